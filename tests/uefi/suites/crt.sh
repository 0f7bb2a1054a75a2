# The compiler runtime helpers in the firmware (tests/uefi/t_crt.c): a direct boot.
boot crt 60 --boot "$dir/t_crt.efi"
judge "$out/crt.log" crt
[ "$rc" = 1 ] && pass "crt: boot ended by the test" \
	|| fail "crt: boot ended with QEMU status $rc (124 = hung)"
