# Strings, conversions, sorting: one direct boot; the program ends QEMU
# itself (status 1) once its verdicts are out.
boot strings 120 --boot "$dir/t_strings.efi"
judge "$out/strings.log" strings
[ "$rc" = 1 ] && pass "strings: boot ended by the test" \
	|| fail "strings: boot ended with QEMU status $rc (124 = hung)"
