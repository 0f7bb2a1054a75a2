# The POSIX corners (sourced by run.sh): started by the shell, so that
# system() and popen() have a shell; t_posix.efi is its own child.  The
# machine has a virtio-rng device, whose OVMF driver gives EFI_RNG_PROTOCOL.
boot posix-shell 240 --copy "$dir/t_posix.efi" --qemu-arg -device --qemu-arg virtio-rng-pci --nsh 'fs0:
t_posix.efi
reset -s'
judge "$out/posix-shell.log" posix
grep '^info ' "$out/posix-shell.log" | sed 's/^/  posix: /'

# Entropy without the RNG protocol: from RDRAND (a CPU that has it), and
# from the counter's timing jitter (QEMU's default CPU has no RDRAND).
# (aarch64: RNDR, which QEMU's max CPU has and the cortex-a72 has not.)
cpu_rng=RDRAND
[ "$arch" = aarch64 ] && cpu_rng=RNDR
boot posix-rdrand 120 --copy "$dir/t_posix.efi" --qemu-arg -cpu --qemu-arg max --nsh "fs0:
t_posix.efi entropy $cpu_rng
reset -s"
judge "$out/posix-rdrand.log" posix-entropy
boot posix-norng 120 --copy "$dir/t_posix.efi" --nsh 'fs0:
t_posix.efi entropy JITTER
reset -s'
judge "$out/posix-norng.log" posix-entropy

# /dev (t_dev.c): the devices in a direct boot; a virtio-rng device gives
# /dev/urandom EFI_RNG_PROTOCOL; the boot disk's own dev directory.
direct dev 120 1 --qemu-arg -device --qemu-arg virtio-rng-pci
