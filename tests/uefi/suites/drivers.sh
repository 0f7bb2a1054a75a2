# Sourced by tests/uefi/run.sh: DXE drivers built with the library
# (docs/drivers.md, examples/drivers/).
ddir=$(dirname "$dir")/../examples/drivers

# The boot-service driver: loaded, used and unloaded by an application that
# records every allocation and event the driver makes (t_drv_kv); then
# loaded by the shell, used by an application and unloaded by the shell's
# `unload` (t_drv_kv_use); then ExitBootServices over poisoned free memory
# (t_ebs_last): an event any of those drivers left behind would crash it.
boot drivers-kv 240 --copy "$ddir/kv.efi" --copy "$dir/t_drv_kv.efi" --copy "$dir/t_drv_kv_use.efi" \
	--copy "$dir/t_ebs_last.efi" --nsh 'fs0:
t_drv_kv.efi kv.efi
load kv.efi
t_drv_kv_use.efi use
t_drv_kv_use.efi gone
t_ebs_last.efi
reset -s'
judge "$out/drivers-kv.log" drv-kv drv-kv-use drv-kv-gone ebs-after-exit
[ "$rc" = 1 ] && pass "drivers-kv: boot ended by the last test" \
	|| fail "drivers-kv: boot ended with QEMU status $rc (124 = hung)"

# The Driver Binding example: a tar archive on the boot disk exposed as a
# file system of its own.  After `load` (which connects it) and `map -r`,
# the shell's ls and type read it, and t_drv_tarfs copies every file out
# with the library's opendir/fopen; the host compares the copies with the
# archive's source byte for byte, and the listing with the source's.
tsrc=$out/tarfs-src
rm -rf "$tsrc" "$out/tarfs-got"
mkdir -p "$tsrc/docs/deep/deeper" "$tsrc/docs/many" "$tsrc/Grüße/日本語" "$tsrc/empty-dir"
printf 'hello from the archive\n' > "$tsrc/readme.txt"
: > "$tsrc/empty.txt"
printf 'x' > "$tsrc/one.bin"
printf 'na\303\257ve caf\303\251\n' > "$tsrc/naïve café.txt"
head -c 511 /dev/urandom > "$tsrc/docs/511.bin"
head -c 512 /dev/urandom > "$tsrc/docs/512.bin"
head -c 513 /dev/urandom > "$tsrc/Grüße/日本語/μ-513.bin"
head -c 65537 /dev/urandom > "$tsrc/Grüße/65537.bin"
head -c 100000 /dev/urandom > "$tsrc/docs/deep/deeper/x.bin"
head -c 3145745 /dev/urandom > "$tsrc/docs/deep/deeper/big.bin"
for i in $(seq -w 1 40); do printf 'file %s\n' "$i" > "$tsrc/docs/many/f$i.txt"; done
tar --format=ustar -cf "$out/archive.tar" -C "$tsrc" .
boot drivers-tarfs 240 --disk-mb 64 --copy "$ddir/tarfs.efi" --copy "$out/archive.tar" --copy "$dir/t_drv_tarfs.efi" \
	--keep-image "$out/tarfs.img" --nsh 'fs0:
load tarfs.efi
map -r
ls fs1:\ > ls.txt
type fs1:\readme.txt > type.txt
t_drv_tarfs.efi fs1: fs0:/out
reset -s'
judge "$out/drivers-tarfs.log" drv-tarfs
[ "$rc" = 0 ] && pass "drivers-tarfs: boot ended by reset -s" \
	|| fail "drivers-tarfs: boot ended with QEMU status $rc (124 = hung)"
mkdir -p "$out/tarfs-got"
for f in out out.lst ls.txt type.txt; do
	LC_ALL=C.UTF-8 mcopy -s -n -i "$out/tarfs.img" "::/$f" "$out/tarfs-got/" 2>/dev/null
done
if [ -d "$out/tarfs-got/out" ] && diff -r "$tsrc" "$out/tarfs-got/out" > "$out/tarfs.diff" 2>&1; then
	pass "drivers-tarfs: every file read through the driver is byte-identical to the source (0 B to 3 MiB, UTF-8 names, nested and empty directories)"
else
	fail "drivers-tarfs: the files read through the driver differ from the source: $out/tarfs.diff"
fi
(cd "$tsrc" && find . -mindepth 1 \( -type d -printf 'd %P\n' \) -o \( -type f -printf 'f %P %s\n' \)) | LC_ALL=C sort > "$out/tarfs.lst.want"
if [ -f "$out/tarfs-got/out.lst" ] && LC_ALL=C sort "$out/tarfs-got/out.lst" | cmp -s - "$out/tarfs.lst.want"; then
	pass "drivers-tarfs: readdir and stat list every entry with its type and size"
else
	fail "drivers-tarfs: the listing differs: $out/tarfs-got/out.lst vs $out/tarfs.lst.want"
fi
if [ -f "$out/tarfs-got/type.txt" ] && [ "$(iconv -f UTF-16 -t UTF-8 "$out/tarfs-got/type.txt" | tr -d '\r')" = "hello from the archive" ]; then
	pass "drivers-tarfs: the shell's type prints a file of the archive"
else
	fail "drivers-tarfs: the shell's type output: $out/tarfs-got/type.txt"
fi
lsok=1
if [ -f "$out/tarfs-got/ls.txt" ]; then
	iconv -f UTF-16 -t UTF-8 "$out/tarfs-got/ls.txt" | tr -d '\r' > "$out/tarfs-ls.txt"
	for want in '<DIR> r           0  docs$' '<DIR> r           0  empty-dir$' '<DIR> r           0  Grüße$' \
		' r          23  readme.txt$' ' r           0  empty.txt$' ' r           1  one.bin$' ' r          13  naïve café.txt$' \
		'4 File(s)          37 bytes' '3 Dir(s)'; do
		grep -q -- "$want" "$out/tarfs-ls.txt" || { lsok=0; echo "  ls: no line matching $want"; }
	done
else
	lsok=0
fi
[ "$lsok" = 1 ] && pass "drivers-tarfs: the shell's ls lists the archive's root with types, sizes and UTF-8 names" \
	|| fail "drivers-tarfs: the shell's ls output: $out/tarfs-ls.txt"

# The runtime driver's loader builds x86_64 page tables and catches x86
# page faults (t_drv_rt.c): x86_64 only.
if x86_only drivers-rt; then
	# The runtime driver: a loader exits boot services, maps the runtime regions
	# high with page tables of its own, calls SetVirtualAddressMap, unmaps the
	# runtime regions' physical addresses and calls the driver through the
	# virtual ones (t_drv_rt.c).  The driver's printf after the change goes to
	# debugcon 0xE9: it must be the lines the loader received.
	boot drivers-rt 90 --boot "$dir/t_drv_rt.efi" --copy "$ddir/rtdemo.efi" --debugcon2 "$out/drivers-rt.e9"
	judge "$out/drivers-rt.log" drv-rt
	[ "$rc" = 1 ] && pass "drivers-rt: boot ended by the test" \
		|| fail "drivers-rt: boot ended with QEMU status $rc (7 = a fault after SetVirtualAddressMap; 124 = hung)"
	sed -n 's/^drv-rt: \(rtdemo [12]: call 1 .*\)$/\1/p' "$out/drivers-rt.log" > "$out/drivers-rt.want"
	if [ "$(wc -l < "$out/drivers-rt.want")" = 2 ] && [ "$(grep 'call 1 ' "$out/drivers-rt.e9" 2>/dev/null)" = "$(cat "$out/drivers-rt.want")" ] \
		&& [ "$(grep -c 'call 2 ' "$out/drivers-rt.e9")" = 2 ]; then
		pass "drivers-rt: the driver's printf after SetVirtualAddressMap reached its debugcon sink"
	else
		fail "drivers-rt: the driver's output after SetVirtualAddressMap: $out/drivers-rt.e9"
	fi
	# The control: without its function pointer registered, the call faults
	# (the loader catches the page fault and names it), so the test above sees
	# stale pointers.
	boot drivers-rt-control 90 --boot "$dir/t_drv_rt.efi" --copy "$ddir/control/rtdemo.efi"
	if [ "$rc" = 7 ] && grep -q '^not ok drv-rt/no fault after SetVirtualAddressMap (line [0-9]*) vector 14 ' "$out/drivers-rt-control.log"; then
		pass "drivers-rt-control: a pointer left unconverted faults at its physical address"
	else
		fail "drivers-rt-control: the unconverted pointer did not fault (QEMU status $rc): the runtime test is blind"
	fi
fi
