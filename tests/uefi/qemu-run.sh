#!/bin/bash
# Boots OVMF in QEMU with a fresh FAT disk and collects what the guest says.
#
#   qemu-run.sh [options]
#     --boot FILE        the disk's \EFI\BOOT\BOOTX64.EFI (firmware boots it directly)
#     --copy FILE        put FILE in the disk's root (repeatable)
#     --nsh TEXT         startup.nsh for the UEFI shell (written as UCS-2 with a BOM,
#                        so non-ASCII arguments survive); a line per \n
#     --efi FILE --args "ARGS"   shorthand: copy FILE, run it from the shell with ARGS
#     --debugcon FILE    where bytes written to I/O port 0x403 go (test verdicts)
#     --debugcon2 FILE   a second debugcon at I/O port 0xE9 (QEMU's usual one), for
#                        programs that write there themselves (not verdicts)
#     --serial FILE|stdio   the firmware's serial console (default: discarded)
#     --timeout SECONDS  kill a boot that does not end (exit status 124)
#     --mem MB           guest memory (default 256)
#     --extract NAME:DEST   after the run, copy file NAME from the disk's root to DEST
#
# Exit status: QEMU's (0 after a power-off, (v << 1) | 1 after the guest wrote v
# to the isa-debug-exit port 0xf4), or 124 when the timeout killed it.
set -euo pipefail

OVMF_CODE=${OVMF_CODE:-/usr/share/OVMF/OVMF_CODE_4M.fd}
OVMF_VARS=${OVMF_VARS:-/usr/share/OVMF/OVMF_VARS_4M.fd}
boot="" nsh="" debugcon=/dev/null debugcon2="" serial=none timeout=60 mem=256 efi="" efiargs=""
copies=()
extracts=()
while [ $# -gt 0 ]; do
	case "$1" in
	--boot) boot=$2; shift 2 ;;
	--copy) copies+=("$2"); shift 2 ;;
	--nsh) nsh=$2; shift 2 ;;
	--efi) efi=$2; shift 2 ;;
	--args) efiargs=$2; shift 2 ;;
	--debugcon) debugcon=$2; shift 2 ;;
	--debugcon2) debugcon2=$2; shift 2 ;;
	--serial) serial=$2; shift 2 ;;
	--timeout) timeout=$2; shift 2 ;;
	--mem) mem=$2; shift 2 ;;
	--extract) extracts+=("$2"); shift 2 ;;
	*) echo "qemu-run.sh: unknown option $1" >&2; exit 2 ;;
	esac
done
if [ -n "$efi" ]; then
	copies+=("$efi")
	nsh="fs0:"$'\n'"$(basename "$efi") $efiargs"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
img=$work/disk.img
mkfs.vfat -C -n UEFILIBC "$img" 65536 >/dev/null
export MTOOLS_SKIP_CHECK=1
if [ -n "$boot" ]; then
	mmd -i "$img" ::/EFI ::/EFI/BOOT
	mcopy -i "$img" "$boot" ::/EFI/BOOT/BOOTX64.EFI
fi
for f in "${copies[@]}"; do
	mcopy -i "$img" "$f" ::/
done
if [ -n "$nsh" ]; then
	{ printf '\xff\xfe'; printf '%s\n' "$nsh" | sed 's/$/\r/' | iconv -f UTF-8 -t UTF-16LE; } > "$work/startup.nsh"
	mcopy -i "$img" "$work/startup.nsh" ::/startup.nsh
fi
cp "$OVMF_VARS" "$work/vars.fd"

if [ "$serial" = stdio ]; then
	serial_opt=(-serial stdio)
elif [ "$serial" = none ]; then
	serial_opt=(-serial null)
else
	serial_opt=(-serial "file:$serial")
fi

debugcon2_opt=()
if [ -n "$debugcon2" ]; then
	debugcon2_opt=(-chardev file,id=dc2,path="$debugcon2" -device isa-debugcon,iobase=0xe9,chardev=dc2)
fi

set +e
timeout --foreground -k 5 "$timeout" qemu-system-x86_64 \
	-machine q35 -m "$mem" -display none -no-reboot -net none \
	-drive if=pflash,format=raw,readonly=on,file="$OVMF_CODE" \
	-drive if=pflash,format=raw,file="$work/vars.fd" \
	-drive if=none,id=disk,format=raw,file="$img" \
	-device virtio-blk-pci,drive=disk,bootindex=1 \
	"${serial_opt[@]}" \
	-chardev file,id=tc,path="$debugcon" -device isa-debugcon,iobase=0x403,chardev=tc \
	"${debugcon2_opt[@]}" \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 </dev/null
rc=$?
for e in "${extracts[@]}"; do
	mcopy -o -i "$img" "::/${e%%:*}" "${e#*:}" 2>/dev/null || rm -f "${e#*:}"
done
set -e
exit $rc
