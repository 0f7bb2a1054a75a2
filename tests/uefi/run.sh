#!/bin/bash
# Boots the firmware tests in QEMU/OVMF and judges what they report over
# debugcon (see harness.h).  Each boot has a timeout; a program that began
# but did not end crashed or hung, and counts as a failure.
#   run.sh BUILD_TEST_DIR      prints "uefi: N passed, M failed"
#   SUITE=NAME run.sh ...      boots only suites/NAME.sh ("core" for the boots
#                              written in this file); make test SUITE=NAME
#   UEFI_ARCH=aarch64 run.sh build/aarch64/tests/uefi   the aarch64 programs,
#                              on AAVMF (qemu-run.sh); boots about x86 itself
#                              are skipped there (x86_only below)
set -uo pipefail
dir=$1
here=$(cd "$(dirname "$0")" && pwd)
arch=${UEFI_ARCH:-x86_64}
export UEFI_ARCH=$arch
out=${UEFI_TEST_OUT:-$dir/out}
# The boot file that starts the shell on a boot's startup.nsh without the
# shell's countdown (tests/uefi/uefi.mk; qemu-run.sh --nsh).
[ -f "$dir/shell_boot.efi" ] && export UEFI_SHELL_BOOT="$dir/shell_boot.efi"
mkdir -p "$out"
passed=0 failed=0

pass() { passed=$((passed + 1)); echo "  ok   $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL $1"; }
# x86_only NAME: true on x86_64; on another architecture says that NAME, a
# boot about x86 itself (I/O ports, x86 page tables, RDRAND...), is not
# booted there, and is false: "if x86_only NAME; then ...; fi" in a suite.
x86_only() {
	[ "$arch" = x86_64 ] && return 0
	echo "  skip $1 (about x86 itself: x86_64 only)"
	return 1
}

# judge LOG PROG... : count the verdict lines, and require begin/end for each PROG.
judge() {
	local log=$1; shift
	local n
	n=$(grep -c '^ok ' "$log" || true)
	passed=$((passed + n))
	while IFS= read -r line; do fail "${line#not ok }"; done < <(grep '^not ok ' "$log" || true)
	for prog in "$@"; do
		if ! grep -qx "begin $prog" "$log"; then
			fail "$prog: never started"
		elif ! grep -qx "end $prog" "$log"; then
			fail "$prog: started but did not finish (crash or hang)"
		fi
	done
}

boot() {   # boot NAME TIMEOUT QEMU-RUN-ARGS...
	local name=$1 timeout=$2; shift 2
	local start=$SECONDS
	"$here/qemu-run.sh" --timeout "$timeout" --debugcon "$out/$name.log" \
		--serial "$out/$name.serial" "$@"
	rc=$?
	echo "boot $name: QEMU status $rc after $((SECONDS - start)) s"
}

# direct NAME [TIMEOUT [STATUS [QEMU-RUN-ARGS...]]]: the plain firmware test,
# one line in a suite: t_NAME.efi booted directly (no shell), its verdicts
# judged under the program name NAME with _ as - (th_begin), its "info"
# lines shown, and QEMU's status required to be STATUS: 1 (the default)
# when the program ends QEMU itself through isa-debug-exit, 0 when it
# returns and the firmware powers off.
direct() {
	local prog=$1 timeout=${2:-120} want=${3:-1}
	shift $(($# < 3 ? $# : 3))
	local name=${prog//_/-}
	boot "$name" "$timeout" --boot "$dir/t_$prog.efi" "$@"
	judge "$out/$name.log" "$name"
	grep '^info ' "$out/$name.log" | sed "s/^/  $name: /"
	[ "$rc" = "$want" ] && pass "$name: boot ended with QEMU status $rc" \
		|| fail "$name: boot ended with QEMU status $rc, not $want (7 = firmware called after exit; 124 = hung)"
}

echo "firmware tests ($arch, QEMU/$([ "$arch" = x86_64 ] && echo OVMF || echo AAVMF), logs in $out)"
suite=${SUITE:-}
if [ -z "$suite" ] || [ "$suite" = core ]; then

# 1. The guard: ExitBootServices called directly, then the library must fail
#    cleanly, and exit() must power off (QEMU status 0, not a timeout).
direct guard 90 0

# 1b. The reserve: malloc keeps working after ExitBootServices, no firmware call.
direct reserve 90

# 2. In the UEFI shell: console, runtime, argv, parent/child, then
#    ExitBootServices over poisoned memory after all those programs exited.
printf 'alpha\r\nbeta gamma\r\n' > "$out/in-ascii.txt"
{ printf '\377\376'; printf 'Gr\303\274\303\237e\r\nzwei\r\n' | iconv -f UTF-8 -t UTF-16LE; } > "$out/in-ucs2.txt"
boot shell 180 --copy "$out/in-ascii.txt" --copy "$out/in-ucs2.txt" \
	--extract "echo-ascii.txt:$out/echo-ascii.txt" --extract "echo-ucs2.txt:$out/echo-ucs2.txt" --copy "$dir/t_console.efi" --copy "$dir/t_runtime.efi" \
	--copy "$dir/t_argv.efi" --copy "$dir/t_parent.efi" --copy "$dir/t_child.efi" \
	--copy "$dir/t_ebs_last.efi" --copy "$dir/t_redirect.efi" --extract "out.txt:$out/redirect.txt" \
	--copy "$dir/size_puts.efi" --copy "$dir/size_printf.efi" --copy "$dir/t_nofloat.efi" \
	--extract "size_puts.txt:$out/size_puts.txt" --extract "size_printf.txt:$out/size_printf.txt" --nsh 'fs0:
size_puts.efi > size_puts.txt
size_printf.efi Grüße two > size_printf.txt
t_nofloat.efi
t_redirect.efi write > out.txt
t_redirect.efi read < in-ascii.txt > echo-ascii.txt
t_redirect.efi read < in-ucs2.txt > echo-ucs2.txt
t_console.efi
t_runtime.efi
t_argv.efi plain "two words" ^"quoted^" Grüße 日本語 "" tab^ x
t_parent.efi
t_ebs_last.efi
reset -s'
judge "$out/shell.log" nofloat console runtime argv parent ebs-after-exit
# The size benchmarks' programs (bench/size_*.c) must work, not just be small.
check_out() {   # FILE WANT WHAT
	if [ -f "$out/$1" ] && [ "$(iconv -f UTF-16 -t UTF-8 "$out/$1" | tr -d '\r')" = "$2" ]; then
		pass "shell: $3"
	else
		fail "shell: $3: $out/$1 is not what was printed"
	fi
}
check_out size_puts.txt "size_puts: hello, world" "size_puts.efi (puts only) prints its line"
check_out size_printf.txt "$(printf 'Gr\303\274\303\237e 3')" "size_printf.efi (printf only) prints its line" 
# Their sizes are deterministic: a regression (something dragging the
# allocator or the float formatter into every program) fails here, not
# only in make bench.
# bench/size-limits has a column per architecture: this one's.
limits=$(awk -v a="$arch" -f "$here/../../bench/size-limits.awk" "$here/../../bench/size-limits")
[ -n "$limits" ] || fail "size: bench/size-limits has no column for $arch"
while read -r n max; do
	[ -n "$n" ] || continue
	size=$(stat -c %s "$dir/$n.efi" 2>/dev/null || echo 999999)
	[ "$size" -le "$max" ] && pass "size: $n.efi is $size bytes (at most $max for $arch)" \
		|| fail "size: $n.efi is $size bytes, over its $max for $arch"
done <<< "$limits"
# stdout redirected by the shell to a file: the host reads it back (the
# shell writes UCS-2 with a BOM); stderr stays on the console.
{
	printf 'line 1: plain\nline 2: Gr\303\274\303\237e 42\n'
	for i in $(seq 0 99); do printf '%03d' "$i"; [ $((i % 10)) = 9 ] && printf '\n' || printf ' '; done
} > "$out/redirect.want"
if [ -f "$out/redirect.txt" ] && iconv -f UTF-16 -t UTF-8 "$out/redirect.txt" | tr -d '\r' | cmp -s - "$out/redirect.want"; then
	pass "shell: stdout redirected to a file arrives byte for byte"
else
	fail "shell: redirected stdout differs from what was printed (see $out/redirect.txt)"
fi
# stdin redirected from a file, compared without CRs: ASCII bytes pass as
# they are (CRLF stays CRLF, so the echo shows CR CR LF);
# UCS-2 text arrives as UTF-8 with CRLF turned into LF.
check_echo() {   # NAME WANT
	if [ -f "$out/$1" ] && [ "$(iconv -f UTF-16 -t UTF-8 "$out/$1" | tr -d '\r')" = "$2" ]; then
		pass "shell: stdin redirected from $1 read whole"
	else
		fail "shell: stdin redirected from a file: $out/$1 is not what was fed"
	fi
}
check_echo echo-ascii.txt "$(printf 'got 1: alpha\ngot 2: beta gamma\nlines: 2')"
check_echo echo-ucs2.txt "$(printf 'got 1: Gr\303\274\303\237e\ngot 2: zwei\nlines: 2')"
grep -q '^child: atexit handler ran$' "$out/shell.log" && pass "child: atexit handler ran at exit" \
	|| fail "child: atexit handler did not run"
[ "$rc" = 1 ] && pass "shell: boot ended by the last test" \
	|| fail "shell: boot ended with QEMU status $rc (124 = hung)"

# 3. Control: an image that leaks its ExitBootServices event must make the
#    same poisoned ExitBootServices crash, or test 2 proves nothing.
boot control 60 --end-on-exception --copy "$dir/t_stale_event.efi" --copy "$dir/t_ebs_last.efi" --nsh 'fs0:
t_stale_event.efi
t_ebs_last.efi
reset -s'
if grep -qx 'end stale-event' "$out/control.log" && grep -qx 'begin ebs-after-exit' "$out/control.log" \
	&& ! grep -qx 'end ebs-after-exit' "$out/control.log"; then
	pass "control: a leaked ExitBootServices event crashes the poisoned ExitBootServices"
else
	fail "control: leaked event did not crash ExitBootServices: the poison test is blind"
fi

fi

# 4. Each area's own boots (tests/uefi/suites/<area>.sh), with boot/judge/pass/fail.
for s in "$here"/suites/*.sh; do
	[ -f "$s" ] || continue
	[ -z "$suite" ] || [ "$(basename "$s" .sh)" = "$suite" ] || continue
	# shellcheck source=/dev/null
	. "$s"
done

echo "uefi: $passed passed, $failed failed"
[ "$failed" = 0 ]
