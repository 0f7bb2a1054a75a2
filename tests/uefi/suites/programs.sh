# Sourced by tests/uefi/run.sh: real programs in the firmware, their output
# compared with the same source built against glibc on the host.
pdir=$(dirname "$dir")/../programs
pdir=$(cd "$pdir" && pwd)
lua_want=$out/lua.want
work=$(mktemp -d)
cp "$here/../programs/lua/check.lua" "$work/"
(cd "$work" && TZ=UTC LC_ALL=C UEFI_LIBC_TEST=from-the-environment "$pdir/lua-host" check.lua) > "$lua_want" 2>&1
rm -rf "$work"
boot programs 240 --copy "$pdir/lua.efi" --copy "$here/../programs/lua/check.lua" \
	--extract "lua-out.txt:$out/lua-out.txt" --extract "lua-exit.txt:$out/lua-exit.txt" --nsh 'fs0:
set UEFI_LIBC_TEST from-the-environment
lua.efi check.lua > lua-out.txt
lua.efi -e "io.write(42, [[ ]], os.getenv([[UEFI_LIBC_TEST]])) os.exit(3)" > lua-exit.txt
echo %lasterror% >> lua-exit.txt
reset -s'
if [ -f "$out/lua-out.txt" ] && iconv -f UTF-16 -t UTF-8 "$out/lua-out.txt" | tr -d '\r' | cmp -s - "$lua_want"; then
	pass "programs: Lua 5.4.4 runs check.lua exactly as it does on glibc"
else
	fail "programs: Lua's output differs from glibc's: diff $out/lua-out.txt (UTF-16) $lua_want"
fi
# os.exit(3) reaches the shell as an error status with 3 in its low bits,
# and the variable set by startup.nsh reached os.getenv.
if [ -f "$out/lua-exit.txt" ] && [ "$(iconv -f UTF-16 -t UTF-8 "$out/lua-exit.txt" | tr -d '\r')" = "$(printf '42 from-the-environment0x3')" ]; then
	pass "programs: Lua's os.exit(3) and os.getenv through the shell"
else
	fail "programs: Lua's exit status or environment: $out/lua-exit.txt"
fi

# bzip2 1.0.8: its "make test". The Makefile pipes each sample through
# stdin/stdout ("bzip2 -1 < sample1.ref > sample1.rb2"); the UEFI shell's
# ">" writes text as UCS-2, so the same compressions and decompressions run
# on files instead (-k keeps the input; "bzip2 -dk sample1.bz2" writes
# sample1), and the results are compared with cmp as the Makefile does.
bz=$pdir/bzip2-1.0.8
boot programs-bzip2 120 --copy "$pdir/bzip2.efi" \
	$(for i in 1 2 3; do printf -- '--copy %s ' "$bz/sample$i.ref" "$bz/sample$i.bz2"; done) \
	$(for i in 1 2 3; do printf -- '--extract sample%s.ref.bz2:%s ' $i "$out/bzip2-sample$i.rb2"; done) \
	$(for i in 1 2 3; do printf -- '--extract sample%s:%s ' $i "$out/bzip2-sample$i.tst"; done) \
	--extract "bzip2-status.txt:$out/bzip2-status.txt" --nsh 'fs0:
bzip2 -1k sample1.ref
echo %lasterror% > bzip2-status.txt
bzip2 -2k sample2.ref
echo %lasterror% >> bzip2-status.txt
bzip2 -3k sample3.ref
echo %lasterror% >> bzip2-status.txt
bzip2 -dk sample1.bz2
echo %lasterror% >> bzip2-status.txt
bzip2 -dk sample2.bz2
echo %lasterror% >> bzip2-status.txt
bzip2 -dsk sample3.bz2
echo %lasterror% >> bzip2-status.txt
reset -s'
bzst=()
[ -f "$out/bzip2-status.txt" ] && mapfile -t bzst < <(iconv -f UTF-16 -t UTF-8 "$out/bzip2-status.txt" | tr -d '\r')
for i in 1 2 3; do
	if [ "${bzst[$((i - 1))]:-}" = 0x0 ] && cmp -s "$bz/sample$i.bz2" "$out/bzip2-sample$i.rb2"; then
		pass "programs: bzip2 -$i sample$i.ref is byte for byte sample$i.bz2"
	else
		fail "programs: bzip2 -$i sample$i.ref: status ${bzst[$((i - 1))]:-none}, cmp $bz/sample$i.bz2 $out/bzip2-sample$i.rb2"
	fi
	if [ "${bzst[$((i + 2))]:-}" = 0x0 ] && cmp -s "$bz/sample$i.ref" "$out/bzip2-sample$i.tst"; then
		pass "programs: bzip2 -d$([ $i = 3 ] && echo s) sample$i.bz2 is byte for byte sample$i.ref"
	else
		fail "programs: bzip2 -d sample$i.bz2: status ${bzst[$((i + 2))]:-none}, cmp $bz/sample$i.ref $out/bzip2-sample$i.tst"
	fi
done

# unifdef 2.10: its own test suite (tests/*.sh with their expected stdout,
# stderr and exit status), translated to shell lines by
# tests/programs/unifdef/tests.sh; one verdict per test.
. "$here/../programs/unifdef/tests.sh"
ut=$(mktemp -d)
cp -r "$pdir/unifdef-2.10/tests" "$ut/ut"
cp "$pdir/unifdef.efi" "$ut/ut/"
boot programs-unifdef 240 --copy "$ut/ut" --extract "ut:$out/unifdef" \
	--nsh "$(printf 'fs0:\ncd ut\n'; unifdef_nsh "$ut/ut"; printf 'reset -s\n')"
# The judges print "pass TEXT" or "fail TEXT", one line per test.
programs_verdicts() {
	local verdict text
	while read -r verdict text; do
		if [ "$verdict" = pass ]; then pass "programs: $text"; else fail "programs: $text"; fi
	done
}
programs_verdicts < <(unifdef_judge "$pdir/unifdef-2.10/tests" "$out/unifdef")
rm -rf "$ut"

# GNU ed 1.19 (POSIX regcomp/regexec, files, tmpfile): its own testsuite,
# translated to shell lines by tests/programs/ed/tests.sh; one verdict per
# script.
. "$here/../programs/ed/tests.sh"
et=$(mktemp -d)
cp -r "$pdir/ed-1.19/testsuite" "$et/et"
cp "$pdir/ed.efi" "$et/et/"
: > "$et/et/zero"
boot programs-ed 300 --copy "$et/et" --extract "et:$out/ed" \
	--nsh "$(printf 'fs0:\ncd et\n'; ed_nsh "$et/et"; printf 'reset -s\n')"
programs_verdicts < <(ed_judge "$pdir/ed-1.19/testsuite" "$out/ed")
rm -rf "$et"
