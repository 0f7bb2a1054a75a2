# <time.h>: sourced by tests/uefi/run.sh (boot, judge, pass, fail).
# Each program ends QEMU itself (isa-debug-exit 0: status 1).
boot time 90 --boot "$dir/t_time.efi"
judge "$out/time.log" time
grep '^info ' "$out/time.log" | sed 's/^/  /'
[ "$rc" = 1 ] && pass "time: boot ended by the test" \
	|| fail "time: boot ended with QEMU status $rc (7 = firmware called after exit; 124 = hung)"

boot time-ebs 60 --boot "$dir/t_time_ebs.efi"
judge "$out/time-ebs.log" time-ebs
grep '^info ' "$out/time-ebs.log" | sed 's/^/  /'
[ "$rc" = 1 ] && pass "time-ebs: boot ended by the test" \
	|| fail "time-ebs: boot ended with QEMU status $rc (124 = hung)"
