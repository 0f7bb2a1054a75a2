# Process control, environment, signals, setjmp (sourced by run.sh).

# In the UEFI shell: setjmp/longjmp, then the shell's environment through
# t_proc and its children started by system(), then a second program and the
# shell itself reading what they left.
boot proc-shell 180 --copy "$dir/t_setjmp.efi" --copy "$dir/t_proc.efi" --copy "$dir/t_proc_child.efi" \
	--extract "assert.txt:$out/proc-assert.txt" --nsh 'fs0:
t_setjmp.efi
set PROC_GREETING hello
set PROC_NV stored
t_proc.efi shell
t_proc.efi after
echo proc-echo: [%PROC_FROM_PARENT%] [%PROC_FROM_CHILD%]
reset -s'
judge "$out/proc-shell.log" setjmp proc-shell proc-after
if sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' "$out/proc-shell.serial" | tr -d '\r' | grep -aqx 'proc-echo: \[set by t_proc\] \[child-value\]'; then
	pass "proc-shell: the shell itself sees the variables set by t_proc and its child"
else
	fail "proc-shell: the shell's echo did not show the variables (see $out/proc-shell.serial)"
fi
if sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' "$out/proc-shell.serial" | tr -d '\r' | grep -aqx 'proc-order-1 proc-order-2'; then
	pass "proc-shell: system() flushed stdout before the child printed"
else
	fail "proc-shell: the parent's unfinished line and the child's are out of order (see $out/proc-shell.serial)"
fi
if sed -n '/t_proc.efi shell/,$p' "$out/proc-shell.serial" | grep -aq $'\x1b\[2J'; then
	fail "proc-shell: system() let the nested shell clear the screen"
else
	pass "proc-shell: system() kept the screen (no clear from the nested shell)"
fi
for line in 'child: SIGABRT handler ran' 'child: quick 3' 'child: quick 2' 'child: quick 1'; do
	grep -qx "$line" "$out/proc-shell.log" && pass "proc-shell: $line" || fail "proc-shell: missing \"$line\""
done
if [ "$(grep -x 'child: quick [123]' "$out/proc-shell.log" | tr -d '\n')" = "child: quick 3child: quick 2child: quick 1" ]; then
	pass "proc-shell: at_quick_exit handlers ran last registered first"
else
	fail "proc-shell: at_quick_exit handlers out of order"
fi
grep -q 'atexit handler ran at quick_exit' "$out/proc-shell.log" && fail "proc-shell: quick_exit ran an atexit handler" \
	|| pass "proc-shell: quick_exit ran no atexit handler"
want='t_proc_child\.efi: tests/uefi/t_proc_child\.c:[0-9]+: main: Assertion `one == 2'"'"' failed\.'
if [ -f "$out/proc-assert.txt" ] && iconv -f UTF-16 -t UTF-8 "$out/proc-assert.txt" | tr -d '\r' | grep -Eqx "$want"; then
	pass "proc-shell: assert message in glibc's format"
else
	fail "proc-shell: assert message not as expected (see $out/proc-assert.txt)"
fi

# A direct boot: no shell, an in-process environment, ExitBootServices, and a
# failed assert after it, which must power off (QEMU status 0) rather than hang.
boot proc-noshell 60 --boot "$dir/t_proc.efi"
judge "$out/proc-noshell.log" proc-noshell
[ "$rc" = 0 ] && ! grep -q 'assert returned' "$out/proc-noshell.log" \
	&& pass "proc-noshell: assert after ExitBootServices ended the program" \
	|| fail "proc-noshell: assert after ExitBootServices did not end the program (QEMU status $rc)"
