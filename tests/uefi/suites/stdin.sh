# stdin typed at the firmware's serial console by tests/uefi/serial-typist.py
# after each prompt shows (see t_stdin.c).  The typist also expects the
# echo of what it typed and the program's answers on the console.
sock=$out/stdin.sock
rm -f "$sock"
"$here/serial-typist.py" "$sock" "$out/stdin.serial" \
	'expect:name? ' 'send:Ada Lovelacf\x08e\r' 'expect:Ada Lovelac' 'expect:hello, Ada Lovelace!' \
	'expect:numbers? ' 'send:12 -34\r' 'expect:12 -34' \
	'expect:letters? ' 'send:xyz\r' 'expect:xyz' \
	'expect:ctrl-d? ' 'send:\x04' \
	'expect:again? ' 'send:after\r' 'expect:after' 'expect:sum -22' 2> "$out/stdin.typist" &
typist=$!
boot stdin 120 --boot "$dir/t_stdin.efi" --serial "socket:$sock"
wait "$typist" && pass "stdin: prompts, echo and answers seen on the serial console" \
	|| fail "stdin: the console did not show what was expected: $(cat "$out/stdin.typist")"
judge "$out/stdin.log" stdin
[ "$rc" = 1 ] && grep -qx 'end stdin' "$out/stdin.log" && pass "stdin: boot ended by the test" \
	|| fail "stdin: boot ended with QEMU status $rc (124 = hung waiting for input)"
rm -f "$sock"
# wscanf on the console (t_wstdin.c): stdin wide-oriented from the start.
sock=$out/wstdin.sock
rm -f "$sock"
"$here/serial-typist.py" "$sock" "$out/wstdin.serial" \
	'expect:wide? ' 'send:hello -42\r' 'expect:hello -42' \
	'expect:ctrl-d? ' 'send:\x04' 'expect:done -42' 2> "$out/wstdin.typist" &
typist=$!
boot wstdin 120 --boot "$dir/t_wstdin.efi" --serial "socket:$sock"
wait "$typist" && pass "wstdin: prompts, echo and answers seen on the serial console" \
	|| fail "wstdin: the console did not show what was expected: $(cat "$out/wstdin.typist")"
judge "$out/wstdin.log" wstdin
[ "$rc" = 1 ] && grep -qx 'end wstdin' "$out/wstdin.log" && pass "wstdin: boot ended by the test" \
	|| fail "wstdin: boot ended with QEMU status $rc (124 = hung waiting for input)"
rm -f "$sock"
