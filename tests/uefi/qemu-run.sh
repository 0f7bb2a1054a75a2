#!/bin/bash
# Boots OVMF in QEMU with a fresh FAT disk and collects what the guest says.
# UEFI_ARCH=aarch64 (the Makefile sets it from ARCH) boots AAVMF on QEMU's
# virt machine (cortex-a72) instead: the boot file is BOOTAA64.EFI, the
# --debugcon log is Arm semihosting's chardev and the guest ends QEMU with
# semihosting's SYS_EXIT (tests/uefi/harness.h); --debugcon2 is x86_64's.
#
#   qemu-run.sh [options]
#     --boot FILE        the disk's \EFI\BOOT\BOOTX64.EFI (firmware boots it directly)
#     --copy FILE        put FILE (or a directory, with its contents) in the disk's
#                        root (repeatable)
#     --nsh TEXT         startup.nsh for the UEFI shell (written as UCS-2 with a BOM,
#                        so non-ASCII arguments survive); a line per \n.  Without
#                        --boot, the boot file is $UEFI_SHELL_BOOT when set (run.sh
#                        sets the tests' shell_boot.efi): it starts the shell with
#                        the script on its command line, so the shell skips its
#                        5-second countdown; otherwise the firmware falls back to
#                        its shell, which counts down first
#     --efi FILE --args "ARGS"   shorthand: copy FILE, run it from the shell with ARGS
#     --debugcon FILE    where bytes written to I/O port 0x403 go (test verdicts)
#     --debugcon2 FILE   a second debugcon at I/O port 0xE9 (QEMU's usual one), for
#                        programs that write there themselves (not verdicts)
#     --serial FILE|stdio|socket:PATH   the firmware's serial console (default:
#                        discarded); socket:PATH is a Unix socket QEMU listens on
#                        and waits for before starting (serial-typist.py types there)
#     --timeout SECONDS  kill a boot that does not end (exit status 124)
#     --end-on-exception end the boot (exit status 125) once the firmware has
#                        written a CPU exception's dump to the serial console
#                        ("!!!! X64 Exception Type", "Synchronous Exception
#                        at"): a boot that is meant to crash the firmware,
#                        which then hangs, need not wait for its timeout
#     --mem MB           guest memory (default 256)
#     --extract NAME:DEST   after the run, copy file (or directory) NAME from the
#                        disk's root to DEST
#     --disk-mb N        size of the disk in MiB (default 64)
#     --disk2-mb N       a second FAT disk of N MiB after the first (default: none)
#     --copy2 FILE       put FILE in the second disk's root (repeatable)
#     --disk2-readonly   attach the second disk write-protected
#     --mattrib ARGS     run "mattrib ARGS" on the first disk before the boot, e.g.
#                        "+r ::/ro.txt" (repeatable)
#     --keep-image PATH  after the run, keep the first disk's image as PATH
#     --keep-image2 PATH and the second's
#     --qemu-arg ARG     pass ARG to QEMU as well (repeatable), e.g. a device
#     --net RULES        a virtio-net NIC on QEMU's user network, restrict=on (nothing
#                        leaves this machine); RULES are added to -netdev user (e.g.
#                        "guestfwd=tcp:10.0.2.100:7-cmd:cat,hostfwd=tcp:127.0.0.1:P-:80");
#                        "-" for none.  The disk stays first in the boot order: no PXE.
#     --disk-image FILE  boot a copy of FILE, a whole disk image (GPT...), as the
#                        first disk instead of a fresh FAT one (--copy etc. then
#                        do not apply)
#
# Exit status: QEMU's (0 after a power-off, (v << 1) | 1 after the guest wrote v
# to the isa-debug-exit port 0xf4), 124 when the timeout killed it, 125 when
# --end-on-exception did.
set -euo pipefail

arch=${UEFI_ARCH:-x86_64}
case "$arch" in
x86_64)
	OVMF_CODE=${OVMF_CODE:-/usr/share/OVMF/OVMF_CODE_4M.fd}
	OVMF_VARS=${OVMF_VARS:-/usr/share/OVMF/OVMF_VARS_4M.fd}
	boot_file=BOOTX64.EFI ;;
aarch64)
	OVMF_CODE=${AAVMF_CODE:-/usr/share/AAVMF/AAVMF_CODE.fd}
	OVMF_VARS=${AAVMF_VARS:-/usr/share/AAVMF/AAVMF_VARS.fd}
	boot_file=BOOTAA64.EFI ;;
*) echo "qemu-run.sh: unknown UEFI_ARCH $arch" >&2; exit 2 ;;
esac
boot="" nsh="" debugcon=/dev/null debugcon2="" serial=none timeout=60 mem=256 efi="" efiargs=""
copies=()
extracts=()
qemu_args=()
disk_mb=64 disk2_mb="" keep_image="" keep_image2="" disk2_ro="" disk_image=""
copies2=()
mattribs=()
net="" end_on_exception=""
while [ $# -gt 0 ]; do
	case "$1" in
	--boot) boot=$2; shift 2 ;;
	--qemu-arg) qemu_args+=("$2"); shift 2 ;;
	--copy) copies+=("$2"); shift 2 ;;
	--nsh) nsh=$2; shift 2 ;;
	--efi) efi=$2; shift 2 ;;
	--args) efiargs=$2; shift 2 ;;
	--debugcon) debugcon=$2; shift 2 ;;
	--debugcon2) debugcon2=$2; shift 2 ;;
	--serial) serial=$2; shift 2 ;;
	--timeout) timeout=$2; shift 2 ;;
	--end-on-exception) end_on_exception=1; shift ;;
	--mem) mem=$2; shift 2 ;;
	--extract) extracts+=("$2"); shift 2 ;;
	--disk-mb) disk_mb=$2; shift 2 ;;
	--disk2-mb) disk2_mb=$2; shift 2 ;;
	--copy2) copies2+=("$2"); shift 2 ;;
	--disk2-readonly) disk2_ro=",readonly=on"; shift ;;
	--mattrib) mattribs+=("$2"); shift 2 ;;
	--keep-image) keep_image=$2; shift 2 ;;
	--keep-image2) keep_image2=$2; shift 2 ;;
	--net) net=$2; shift 2 ;;
	--disk-image) disk_image=$2; shift 2 ;;
	*) echo "qemu-run.sh: unknown option $1" >&2; exit 2 ;;
	esac
done
if [ -n "$efi" ]; then
	copies+=("$efi")
	nsh="fs0:"$'\n'"$(basename "$efi") $efiargs"
fi
if [ -n "$nsh" ] && [ -z "$boot" ] && [ -n "${UEFI_SHELL_BOOT:-}" ]; then
	boot=$UEFI_SHELL_BOOT
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
img=$work/disk.img
export MTOOLS_SKIP_CHECK=1
if [ -n "$disk_image" ]; then
	cp "$disk_image" "$img"
else
mkfs.vfat -C -n UEFILIBC "$img" $((disk_mb * 1024)) >/dev/null
if [ -n "$boot" ]; then
	mmd -i "$img" ::/EFI ::/EFI/BOOT
	mcopy -i "$img" "$boot" "::/EFI/BOOT/$boot_file"
fi
for f in "${copies[@]}"; do
	mcopy -s -i "$img" "$f" ::/
done
if [ -n "$nsh" ]; then
	{ printf '\xff\xfe'; printf '%s\n' "$nsh" | sed 's/$/\r/' | iconv -f UTF-8 -t UTF-16LE; } > "$work/startup.nsh"
	mcopy -i "$img" "$work/startup.nsh" ::/startup.nsh
fi
for a in "${mattribs[@]}"; do
	# shellcheck disable=SC2086
	mattrib -i "$img" $a
done
fi
disk2_opt=()
if [ -n "$disk2_mb" ]; then
	img2=$work/disk2.img
	mkfs.vfat -C -n UEFIDISK2 "$img2" $((disk2_mb * 1024)) >/dev/null
	for f in "${copies2[@]}"; do
		mcopy -i "$img2" "$f" ::/
	done
	disk2_opt=(-drive if=none,id=disk2,format=raw,file="$img2"$disk2_ro -device virtio-blk-pci,drive=disk2)
fi
cp "$OVMF_VARS" "$work/vars.fd"

# --end-on-exception reads the serial console: a file, a private one if
# the caller wants none.
if [ -n "$end_on_exception" ] && [ "$serial" = none ]; then
	serial=$work/serial.txt
fi
if [ "$serial" = stdio ]; then
	serial_opt=(-serial stdio)
elif [ "$serial" = none ]; then
	serial_opt=(-serial null)
elif [ "${serial#socket:}" != "$serial" ]; then
	serial_opt=(-chardev "socket,id=ser0,path=${serial#socket:},server=on,wait=on" -serial chardev:ser0)
else
	serial_opt=(-serial "file:$serial")
fi

net_opt=(-net none)
if [ -n "$net" ]; then
	rules=""
	[ "$net" != - ] && rules=",$net"
	net_opt=(-netdev "user,id=n0,restrict=on$rules" -device virtio-net-pci,netdev=n0,romfile=)
fi

debugcon2_opt=()
if [ -n "$debugcon2" ]; then
	debugcon2_opt=(-chardev file,id=dc2,path="$debugcon2" -device isa-debugcon,iobase=0xe9,chardev=dc2)
fi

# The machine, and the verdict channel and exit device of each architecture.
if [ "$arch" = aarch64 ]; then
	if [ -n "$debugcon2" ]; then
		echo "qemu-run.sh: --debugcon2 is an x86 I/O port; there is none on aarch64" >&2
		exit 2
	fi
	# ramfb: a framebuffer AAVMF drives (a GOP), as q35's VGA is for OVMF.
	# -boot menu=on,splash-time=0: AAVMF counts down 3 s ("press ESCAPE for
	# boot options", PcdPlatformBootTimeOut) before it boots unless QEMU
	# sets the wait (etc/boot-menu-wait), which it does only with menu=on;
	# OVMF's default wait is already 0.
	machine=(qemu-system-aarch64 -machine virt -cpu cortex-a72 -device ramfb -boot menu=on,splash-time=0)
	channel_opt=(-chardev file,id=tc,path="$debugcon" -semihosting-config enable=on,target=native,chardev=tc)
else
	machine=(qemu-system-x86_64 -machine q35)
	channel_opt=(-chardev file,id=tc,path="$debugcon" -device isa-debugcon,iobase=0x403,chardev=tc
		"${debugcon2_opt[@]}" -device isa-debug-exit,iobase=0xf4,iosize=0x04)
fi

watcher=""
if [ -n "$end_on_exception" ]; then
	case "$serial" in stdio | socket:*)
		echo "qemu-run.sh: --end-on-exception needs the serial console in a file" >&2
		exit 2 ;;
	esac
	: > "$serial"   # not a former boot's dump
	( while sleep 0.5; do
		if grep -aq -e '!!!! X64 Exception Type' -e 'Synchronous Exception at' "$serial" 2>/dev/null; then
			sleep 1   # the rest of the dump
			: > "$work/exception"
			kill "$(cat "$work/qemu.pid" 2>/dev/null)" 2>/dev/null
			exit 0
		fi
	  done ) &
	watcher=$!
fi

set +e
timeout --foreground -k 5 "$timeout" "${machine[@]}" -pidfile "$work/qemu.pid" \
	-m "$mem" -display none -no-reboot "${net_opt[@]}" \
	-drive if=pflash,format=raw,readonly=on,file="$OVMF_CODE" \
	-drive if=pflash,format=raw,file="$work/vars.fd" \
	-drive if=none,id=disk,format=raw,file="$img" \
	-device virtio-blk-pci,drive=disk,bootindex=1 \
	"${disk2_opt[@]}" \
	"${serial_opt[@]}" \
	"${channel_opt[@]}" "${qemu_args[@]}" </dev/null
rc=$?
if [ -n "$watcher" ]; then
	kill "$watcher" 2>/dev/null
	wait "$watcher" 2>/dev/null
	[ -e "$work/exception" ] && rc=125
fi
for e in "${extracts[@]}"; do
	rm -rf "${e#*:}"
	mcopy -s -o -i "$img" "::/${e%%:*}" "${e#*:}" 2>/dev/null || rm -rf "${e#*:}"
done
[ -n "$keep_image" ] && cp "$img" "$keep_image"
[ -n "$keep_image2" ] && [ -n "$disk2_mb" ] && cp "$img2" "$keep_image2"
set -e
exit $rc
