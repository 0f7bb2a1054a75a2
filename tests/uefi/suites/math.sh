# <math.h> and <fenv.h> in the firmware (tests/uefi/t_math.c): a direct boot,
# ended by the program through isa-debug-exit.
boot math 120 --boot "$dir/t_math.efi"
judge "$out/math.log" math
[ "$rc" = 1 ] && pass "math: boot ended by the test" \
	|| fail "math: boot ended with QEMU status $rc (124 = hung)"
