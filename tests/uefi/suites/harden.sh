# Hardening (sourced by run.sh): the stack protector and UBSan, triggered on
# purpose (tests/uefi/t_harden*.c, docs/hardening.md).

# In the UEFI shell, with a virtio-rng device: t_harden runs its child in
# each mode and checks the exit statuses; the reports, which the shell
# redirected to files, are checked here.
boot harden-shell 180 --copy "$dir/t_harden.efi" --copy "$dir/t_harden_child.efi" \
	--copy "$dir/t_harden_init_seed.efi" --copy "$dir/t_harden_init_keep.efi" \
	--qemu-arg -device --qemu-arg virtio-rng-pci \
	--extract "smash-msvc.txt:$out/smash-msvc.txt" --extract "smash-gnu.txt:$out/smash-gnu.txt" \
	--extract "ubsan.txt:$out/ubsan.txt" --extract "ubsan-abort.txt:$out/ubsan-abort.txt" --nsh 'fs0:
t_harden.efi
reset -s'
judge "$out/harden-shell.log" harden harden-init-seed harden-init-keep
[ "$rc" = 0 ] && pass "harden-shell: the shell's reset ended the boot" \
	|| fail "harden-shell: boot ended with QEMU status $rc (124 = hung)"

# The offset (image-relative address) of a symbol in the child's link map
# (lld-link's /map: "SECT:OFF  name  VA  object", after "Preferred load
# address is BASE").
map_rva() {
	local va base
	read -r va base < <(awk -v s="$1" '/Preferred load address is/ { base = $NF }
		$2 == s && NF == 4 { print $3, base; exit }' "$dir/t_harden_child.efi.map")
	[ -n "$va" ] && printf '%x\n' $((0x$va - 0x$base))
}
hex_re='0x[0-9a-f]+'
# harden_report FILE WHAT FUNCTION: the report's text, and its offset inside
# FUNCTION (at most 512 bytes past its start in the link map).
harden_report() {
	local f=$1 what=$2 fn=$3 text line off start
	text=$(iconv -f UTF-16 -t UTF-8 "$f" 2>/dev/null | tr -d '\r')
	line=$(printf '%s\n' "$text" | grep -E "^t_harden_child\.efi: $what at $hex_re \(image base $hex_re, offset $hex_re\)$" | head -n 1)
	if [ -z "$line" ]; then
		fail "harden: $what: no report in $f (got: $text)"
		return
	fi
	pass "harden: $what: reported with program, address, image base, offset"
	off=$(( $(printf '%s' "${line##*offset }" | tr -d ')') ))
	start=$(map_rva "$fn")
	if [ -n "$start" ] && [ "$off" -gt $((0x$start)) ] && [ "$off" -lt $((0x$start + 512)) ]; then
		pass "harden: $what: offset $(printf '%#x' "$off") is inside $fn (starts at 0x$start)"
	else
		fail "harden: $what: offset $(printf '%#x' "$off") is not inside $fn (map: ${start:-missing})"
	fi
}
harden_report "$out/smash-msvc.txt" "stack smashing detected" harden_smash_msvc
harden_report "$out/smash-gnu.txt" "stack smashing detected" harden_smash_gnu
harden_report "$out/ubsan-abort.txt" "ubsan: add-overflow" harden_ub_abort
ub=$(iconv -f UTF-16 -t UTF-8 "$out/ubsan.txt" 2>/dev/null | tr -d '\r')
for kind in add-overflow shift-out-of-bounds out-of-bounds mul-overflow; do
	n=$(printf '%s\n' "$ub" | grep -cE "^t_harden_child\.efi: ubsan: $kind at $hex_re \(image base $hex_re, offset $hex_re\)$")
	[ "$n" = 1 ] && pass "harden: ubsan: $kind reported once (its site reached twice)" \
		|| fail "harden: ubsan: $kind reported $n times, want 1 (got: $ub)"
done
printf '%s\n' "$ub" | grep -qx 'ubsan: carried on' && pass "harden: ubsan: the program carried on after the reports" \
	|| fail "harden: ubsan: the program did not carry on"

# A direct boot with no RNG device on QEMU's default CPU (no RDRAND): the
# cookie from timing jitter; after ExitBootServices, reports on the serial
# sink, and the smash still ends the program (powered off: QEMU status 0).
boot harden-ae 60 --boot "$dir/t_harden_child.efi"
judge "$out/harden-ae.log" harden-ae
ser=$(tr -d '\r' < "$out/harden-ae.serial")
printf '%s\n' "$ser" | grep -qE "ubsan: add-overflow at $hex_re \(image base $hex_re, offset $hex_re\)$" \
	&& pass "harden-ae: UBSan report on the after-exit sink" || fail "harden-ae: no UBSan report on the serial sink"
printf '%s\n' "$ser" | grep -qE "stack smashing detected at $hex_re \(image base $hex_re, offset $hex_re\)$" \
	&& pass "harden-ae: smash report on the after-exit sink" || fail "harden-ae: no smash report on the serial sink"
grep -q 'harden-ae: smash returned' "$out/harden-ae.log" && fail "harden-ae: the smashed frame returned" \
	|| pass "harden-ae: the smashed frame did not return"
[ "$rc" = 0 ] && pass "harden-ae: the abort after ExitBootServices powered off" \
	|| fail "harden-ae: boot ended with QEMU status $rc (0 = powered off; 124 = hung)"
