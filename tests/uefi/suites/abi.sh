# The ABI, constructors and destructors, the stack (docs/abi.md).  Sourced by
# run.sh (boot, judge, pass, fail).  One boot into the shell, which starts
# each program (their exit status and output go to the shell) and then
# powers off.
boot abi 180 --copy "$dir/t_abi.efi" --copy "$dir/t_ctors.efi" --copy "$dir/t_stack.efi" \
	--copy "$dir/t_stack_child.efi" --nsh 'fs0:
t_abi.efi
t_ctors.efi
t_stack.efi
reset -s'
judge "$out/abi.log" abi ctors stack
if sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' "$out/abi.serial" | tr -d '\r' | grep -aqx 'ctors: destructor output'; then
	pass "ctors: output written by a destructor reached the console (flushed after the destructors)"
else
	fail "ctors: the destructor's output is missing (see $out/abi.serial)"
fi
