# The bootloader toolkit: ExitBootServices through the helper, life after
# it, and the example bootloader.  Sourced by run.sh (boot, judge, pass, fail).

# The toolkit with boot services: memory map, uefi_load_file (content,
# alignment, memory type, errors), uefi_framebuffer.  Ends through
# isa-debug-exit (status 1).
perl -e 'print pack("C*", map { ($_ * 7 + 3) % 251 } 0 .. 300016)' > "$out/bk.bin"
: > "$out/empty.bin"
direct bootkit 90 1 --copy "$out/bk.bin" --copy "$out/empty.bin"

# The retry path: a stale map key provoked three times, after a control run
# where a single attempt fails and the program goes on.  main then returns:
# QEMU must end by a power-off (status 0), not a timeout.
direct ebs_retry 90 0

# Every public function after ExitBootServices (docs/after-exit.md), in three
# builds: no console after exit, ending with quick_exit(); console on COM1
# with a malloc reserve, ending with exit() and output pending; console on
# debugcon 0xE9, ending with a failed assert() (message on the sink, then
# abort()).  Each must power off by itself (QEMU status 0; a firmware call
# after the exit hits a trap: status 7).  The console builds announce what they wrote ("want" line, backslash-escaped); it must
# arrive byte for byte between their markers.
printf 'after-exit!\n' > "$out/ae.txt"
ae_capture() {   # FILE: the bytes between the markers
	LC_ALL=C sed -n '/@@AE-BEGIN@@/,/@@AE-END@@/p' "$1" | LC_ALL=C sed '1d;$d'
}
ae_compare() {   # NAME CAPTURE
	local line
	line=$(grep -a "^want $1 " "$out/$1.log" | head -1)
	printf '%b' "${line#want $1 }" > "$out/$1.want"
	ae_capture "$2" > "$out/$1.got"
	if [ -n "$line" ] && [ -s "$out/$1.want" ] && cmp -s "$out/$1.want" "$out/$1.got"; then
		pass "$1: the console after exit received exactly what was written"
	else
		fail "$1: console capture differs (compare $out/$1.want and $out/$1.got)"
	fi
}
# The sinks of t_after_exit_serial and _debugcon are at x86 I/O ports
# (a COM1 16550, debugcon 0xE9): x86_64 only; the program without a sink
# runs on both (on aarch64 without the second debugcon: there is none).
ae_list="after-exit after-exit-serial after-exit-debugcon"
x86_only "after-exit-serial, after-exit-debugcon" || ae_list="after-exit"
for ae in $ae_list; do
	ae_args=()
	rm -f "$out/$ae.dc2"
	[ "$arch" = x86_64 ] && ae_args=(--debugcon2 "$out/$ae.dc2")
	boot "$ae" 90 --boot "$dir/t_${ae//-/_}.efi" --copy "$out/ae.txt" "${ae_args[@]}"
	judge "$out/$ae.log" "$ae"
	[ "$rc" = 0 ] && pass "$ae: the program's end powered off" \
		|| fail "$ae: boot ended with QEMU status $rc (124 = hung)"
	if [ "$ae" = after-exit-serial ]; then
		grep -qx "atexit $ae: handler ran" "$out/$ae.log" && pass "$ae: exit() ran the atexit handlers" \
			|| fail "$ae: exit() did not run the atexit handlers"
		[ "$(tail -c 15 "$out/$ae.serial")" = "flushed by exit" ] && pass "$ae: exit() flushed stdout through the UART" \
			|| fail "$ae: output pending at exit() did not reach the UART"
	else
		grep -q "^atexit $ae" "$out/$ae.log" && fail "$ae: quick_exit/abort ran atexit handlers" \
			|| pass "$ae: quick_exit/abort skipped the atexit handlers"
	fi
	# at_quick_exit was called after the exit in every build: only
	# quick_exit (the no-sink build's end) runs that handler.
	if [ "$ae" = after-exit ]; then
		grep -qx "at_quick_exit $ae: handler ran" "$out/$ae.log" && pass "$ae: quick_exit ran the at_quick_exit handler" \
			|| fail "$ae: quick_exit did not run the at_quick_exit handler"
	else
		grep -q "^at_quick_exit $ae" "$out/$ae.log" && fail "$ae: exit/abort ran an at_quick_exit handler" \
			|| pass "$ae: exit/abort skipped the at_quick_exit handler"
	fi
	if [ "$ae" = after-exit ]; then
		# Nothing reached either port after exit: the serial log ends with the
		# last line printed before it, and 0xE9 got nothing.
		if [ "$(tr -d '\r' < "$out/$ae.serial" | tail -n 1)" = "after-exit: exiting boot services" ] \
			&& [ ! -s "$out/$ae.dc2" ]; then
			pass "$ae: without a sink nothing is written after exit"
		else
			fail "$ae: output appeared after exit without a sink"
		fi
	fi
	if [ "$ae" = after-exit-debugcon ]; then
		grep -qx "sigabrt $ae: handler ran" "$out/$ae.log" && pass "$ae: abort() ran the SIGABRT handler, then ended" \
			|| fail "$ae: abort() did not run the SIGABRT handler"
		LC_ALL=C grep -aqE 't_after_exit\.c:[0-9]+: main: Assertion .ae_end == 1. failed\.$' "$out/$ae.dc2" \
			&& pass "$ae: the failed assert's message reached the sink" \
			|| fail "$ae: no assert message on the debugcon sink (see $out/$ae.dc2)"
	fi
done
if [ "$arch" = x86_64 ]; then
	ae_compare after-exit-serial "$out/after-exit-serial.serial"
	ae_compare after-exit-debugcon "$out/after-exit-debugcon.dc2"
fi

# The console after exit found from the firmware's tables
# (t_console_find.c, built twice).  console-find: OVMF has no SPCR and no
# DTB (x86 only; on aarch64 AAVMF's PL011 is found), the sink is debugcon
# at 0xE9 set by description.  console-spcr: QEMU is given an SPCR for the
# 16550 at port 0x3F8 (-acpitable); UEFI_CONSOLE_AUTO must find it and
# write there after ExitBootServices ('\n' as "\r\n").
cf_compare() {   # NAME FILE CRLF: the marked block, byte for byte
	local want='after exit: UTF-8 \xc3\xa9, number 42\n'
	[ "$3" = 1 ] && want='after exit: UTF-8 \xc3\xa9, number 42\r\n'
	printf "$want" > "$out/$1.want"
	LC_ALL=C sed -n '/@@CF-BEGIN@@/,/@@CF-END@@/p' "$2" | LC_ALL=C sed '1d;$d' > "$out/$1.got"
	if cmp -s "$out/$1.want" "$out/$1.got"; then
		pass "$1: the sink received exactly what was written after the exit"
	else
		fail "$1: sink capture differs (compare $out/$1.want and $out/$1.got)"
	fi
}
# On aarch64 the sink is the PL011 that AUTO finds, which QEMU's -serial
# file captures ('\n' as "\r\n"); there is no debugcon there.
if [ "$arch" = x86_64 ]; then
	direct console_find 90 1 --debugcon2 "$out/console-find.dc2"
	cf_compare console-find "$out/console-find.dc2" 0
else
	direct console_find 90 1
	cf_compare console-find "$out/console-find.serial" 1
fi
# QEMU takes -acpitable on x86 only ("Option not supported for this
# target" on aarch64), and the table describes an I/O-port UART.
if x86_only console-spcr; then
	# SPCR revision 2, 80 bytes: 16550 (type 0) in system I/O at 0x3F8, 8-bit,
	# IRQ 4, 115200 baud (7), 8N1, VT100; the checksum byte makes the sum 0.
	perl -e '$t = pack("a4 V C C a6 a8 V a4 V", "SPCR", 80, 2, 0, "UEFILC", "UEFILIBC", 1, "ULBC", 1)
		. pack("C x3 C C C C Q< C C V C C C C C C v v C C C V C V",
		       0, 1, 8, 0, 1, 0x3F8, 1, 4, 4, 7, 0, 1, 0, 0, 0, 0xFFFF, 0xFFFF, 0, 0, 0, 0, 0, 0);
		substr($t, 9, 1) = chr((256 - unpack("%8C*", $t)) % 256); print $t' > "$out/spcr.bin"
	direct console_spcr 90 1 --qemu-arg -acpitable --qemu-arg "file=$out/spcr.bin"
	cf_compare console-spcr "$out/console-spcr.serial" 1
fi

# The example bootloader (examples/bootloader) with its own boot.cfg and a
# random payload: after ExitBootServices it prints, on COM1, a summary of
# the final map and the payload's CRC-32 (zlib's), which must match the one
# computed here from gzip's trailer; it powers off through ResetSystem.
bl_efi=$dir/../../examples/bootloader.efi
head -c 393217 /dev/urandom > "$out/payload.bin"
boot bootloader 90 --boot "$bl_efi" --copy "$here/../../examples/bootloader/boot.cfg" --copy "$out/payload.bin"
tr -d '\r' < "$out/bootloader.serial" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' > "$out/bootloader.txt"
bl_size=$(stat -c %s "$out/payload.bin")
bl_crc=$(printf '%08x' "$(gzip -c "$out/payload.bin" | tail -c 8 | od -An -tu4 -N4 | tr -d ' ')")
bl_pages=$(( (bl_size + 4095) / 4096 ))
[ "$rc" = 0 ] && pass "bootloader: powered off through ResetSystem" \
	|| fail "bootloader: boot ended with QEMU status $rc (124 = hung)"
grep -qx 'booting: uefi-libc example payload' "$out/bootloader.txt" && grep -q '^memory map: [1-9][0-9]* descriptors' "$out/bootloader.txt" \
	&& pass "bootloader: read boot.cfg and printed the memory map" \
	|| fail "bootloader: no config title or memory map before exit (see $out/bootloader.txt)"
grep -qE '^boot services exited after [0-9]+ attempt' "$out/bootloader.txt" \
	&& pass "bootloader: exited boot services through the helper" \
	|| fail "bootloader: no ExitBootServices report on the serial console"
grep -qx "payload crc32 $bl_crc size $bl_size" "$out/bootloader.txt" \
	&& pass "bootloader: payload CRC-32 after exit matches the host's ($bl_crc)" \
	|| fail "bootloader: payload CRC-32/size differ from the host's $bl_crc/$bl_size (see $out/bootloader.txt)"
# The final map summary: the pages per type add up to the total, and the
# payload's OS-defined type (boot.cfg) holds exactly its pages.
bl_sum=$(awk '/^  pages [A-Za-z]+ +[0-9]+$/ && $2 != "total" { s += $3 } END { print s }' "$out/bootloader.txt")
bl_total=$(sed -n 's/^  pages total \([0-9]*\) .*/\1/p' "$out/bootloader.txt")
if grep -qE '^final map: [1-9][0-9]* descriptors$' "$out/bootloader.txt" && [ -n "$bl_total" ] \
	&& [ "$bl_sum" = "$bl_total" ] && grep -qE "^  pages OS +$bl_pages\$" "$out/bootloader.txt"; then
	pass "bootloader: final map summary consistent ($bl_total pages; payload's $bl_pages OS pages)"
else
	fail "bootloader: final map summary wrong (sum $bl_sum, total $bl_total, want OS $bl_pages; see $out/bootloader.txt)"
fi
