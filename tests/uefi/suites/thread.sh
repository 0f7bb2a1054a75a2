# <pthread.h>, <threads.h> (sourced by run.sh): started by the shell, which
# shows the program's exit status: pthread_exit in main must end it with 0
# after the key's destructor ran.
boot thread 120 --copy "$dir/t_thread.efi" --nsh 'fs0:
t_thread.efi
echo "status %lasterror%"
reset -s'
judge "$out/thread.log" thread
tr -d '\r' < "$out/thread.serial" | grep -qx 'status 0x0' && pass "thread: pthread_exit in main: exit status 0" \
	|| fail "thread: pthread_exit in main did not end with status 0"
grep -qx "ok thread/key destructor ran at the thread's end" "$out/thread.log" \
	&& pass "thread: the key's destructor ran at pthread_exit" || fail "thread: the key's destructor did not run"
