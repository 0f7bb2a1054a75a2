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
