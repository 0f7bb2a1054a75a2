# Wide characters: one direct boot (a file written and read back on the
# boot disk, the console through a recording ConOut); the program ends
# QEMU itself (status 1) once its verdicts are out.
boot wide 120 --boot "$dir/t_wide.efi"
judge "$out/wide.log" wide
[ "$rc" = 1 ] && pass "wide: boot ended by the test" \
	|| fail "wide: boot ended with QEMU status $rc (124 = hung)"
