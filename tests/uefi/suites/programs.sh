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

# libtommath 1.2.0: its unit tests ("make test": demo/test.c), whose 64-bit
# digits divide unsigned __int128 (__udivti3). The output is compared with
# the same source built against glibc, all but the lines that differ
# between two glibc runs: the time seed and two sizes of random numbers.
# The program runs the tests named on its command line: all but the three
# slowest (mp_prime_is_prime, mp_root_u32, mp_montgomery_reduce: 5.5 s of
# the 5.8 s on the host, over 15 minutes under QEMU's emulation) and
# mp_set_double, which test.c compiles only where __STDC_IEC_559__ is
# predefined (glibc's stdc-predef.h does; uefi-cc does not, docs/math.md).
ltm_tests="feature_detection trivial_stuff mp_get_set_i32 mp_get_set_i64 mp_and mp_cnt_lsb mp_complement
mp_decr mp_div_3 mp_dr_reduce mp_pack_unpack mp_fread_fwrite mp_get_u32 mp_get_u64 mp_get_ul mp_log_u32
mp_incr mp_invmod mp_is_square mp_kronecker mp_or mp_prime_next_prime mp_prime_rand mp_rand mp_read_radix
mp_read_write_ubin mp_read_write_sbin mp_reduce_2k mp_reduce_2k_l mp_signed_rsh mp_sqrt
mp_sqrtmod_prime mp_xor s_mp_balance_mul s_mp_karatsuba_mul s_mp_karatsuba_sqr s_mp_toom_mul s_mp_toom_sqr"
ltm_tests=$(echo $ltm_tests)
# mp_get_ul's progress line counts the bits of unsigned long: 64 on glibc,
# 32 here (LLP64, docs/abi.md), so its i runs to 30, not 62.
ltm_filter() { tr -d '\r' | grep -Ev '^(SEED: |mp_to_[us]bin)'; }
"$pdir/ltm-test-host" $ltm_tests | ltm_filter | sed 's/^\( t = 0x1 i = 0 .* i = 30\) t = .*/\1/' > "$out/ltm-want.txt"
boot programs-ltm 600 --copy "$pdir/ltm-test.efi" \
	--extract "ltm-out.txt:$out/ltm-out.txt" --extract "ltm-status.txt:$out/ltm-status.txt" --nsh "fs0:
ltm-test.efi $ltm_tests > ltm-out.txt
echo %lasterror% > ltm-status.txt
reset -s"
ltm_st=$([ -f "$out/ltm-status.txt" ] && iconv -f UTF-16 -t UTF-8 "$out/ltm-status.txt" | tr -d '\r\n')
if [ -f "$out/ltm-out.txt" ] && iconv -f UTF-16 -t UTF-8 "$out/ltm-out.txt" | ltm_filter | cmp -s - "$out/ltm-want.txt" &&
   grep -q '^Tests OK/NOP/FAIL: 38/0/0$' "$out/ltm-want.txt" && [ "$ltm_st" = 0x0 ]; then
	pass "programs: libtommath's unit tests (38 of 42) pass, output as on glibc"
else
	fail "programs: libtommath: status ${ltm_st:-none}, diff <(iconv -f UTF-16 $out/ltm-out.txt) $out/ltm-want.txt"
fi
