# <termios.h> (sourced by run.sh): keys typed at the firmware's serial
# console by serial-typist.py, as suites/stdin.sh does.  Raw input must
# arrive without Enter and without echo; canonical input without echo must
# not show the password; the console echoes again at the end.
sock=$out/termios.sock
rm -f "$sock"
"$here/serial-typist.py" "$sock" "$out/termios.serial" \
	'expect:raw? ' 'send:ab\r' 'expect:got 61 62 0d' \
	'expect:arrow? ' 'send:\x1b[A' 'expect:arrow 1b 5b 41' \
	'expect:secret? ' 'send:pw\r' 'expect:secret pw' \
	'expect:echo? ' 'send:hi\r' 'expect:hi' 'expect:line hi' 2> "$out/termios.typist" &
typist=$!
boot termios 120 --boot "$dir/t_termios.efi" --serial "socket:$sock"
wait "$typist" && pass "termios: prompts and answers seen on the serial console" \
	|| fail "termios: the console did not show what was expected: $(cat "$out/termios.typist")"
judge "$out/termios.log" termios
[ "$rc" = 1 ] && pass "termios: boot ended by the test" || fail "termios: boot ended with QEMU status $rc (124 = hung)"
# No echo: nothing between each prompt and the program's answer.
python3 - "$out/termios.serial" <<'PY' && pass "termios: no echo in raw and no-echo modes" || fail "termios: typed keys were echoed"
import re, sys
t = re.sub(rb'\x1b\[[0-9;?]*[A-Za-z]', b'', open(sys.argv[1], 'rb').read()).replace(b'\r', b'')
ok = re.search(rb'raw\? got 61', t) and re.search(rb'secret\? \nsecret pw', t)
sys.exit(0 if ok else 1)
PY
