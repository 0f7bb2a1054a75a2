# The bootloader toolkit: ExitBootServices through the helper, life after
# it, and the example bootloader.  Sourced by run.sh (boot, judge, pass, fail).

# The retry path: a stale map key provoked three times, after a control run
# where a single attempt fails and the program goes on.  main then returns:
# QEMU must end by a power-off (status 0), not a timeout.
boot ebs-retry 90 --boot "$dir/t_ebs_retry.efi"
judge "$out/ebs-retry.log" ebs-retry
[ "$rc" = 0 ] && pass "ebs-retry: return from main after exit powered off" \
	|| fail "ebs-retry: boot ended with QEMU status $rc (124 = hung)"
