# GNU ed 1.19's test suite (testsuite/check.sh) translated into UEFI shell
# lines: sourced by tests/uefi/suites/programs.sh.
#   ed_nsh TESTDIR        the startup.nsh lines, run in TESTDIR on the disk
#                         (the testsuite directory with ed.efi beside it)
#   ed_judge TESTDIR RESULTDIR   one verdict per script
# check.sh, in the order it runs them:
#   1. each *.err script as "ed -s test.txt < X.err": must exit non-zero;
#   2. each again with -l (--loose-exit-status): must exit 0: not run here,
#      to keep the boot within the test budget (60 more runs, about 50 s);
#   3. each piped into ed ("cat X.err | ed -s test.txt"): not run here (the
#      UEFI shell's pipes carry UCS-2 text, not the script's bytes);
#   4. each *.ed script as "ed -s test.txt < X.ed": must exit 0, and the
#      out.o it writes must be X.r byte for byte. Each runs in a directory
#      of its own (a copy of test.txt, test.bin and the empty file zero, as
#      check.sh makes them), so that every script's out.o is kept.
# Scripts that run Unix commands through ed's "!" are listed in ED_UNIX and
# not run: the UEFI shell has none of them (e3: cat; filter: sort; w: cat
# and rm -f; a: sh's "read", which consumes the script's next line from the
# shared stdin, which the expected a.r counts on).
ED_UNIX="a e3 filter w"

ed_nsh() {
	local f t
	for f in "$1"/*.err; do
		t=$(basename "$f" .err)
		echo "ed -s test.txt < $t.err > $t.e1out 2> $t.e1err"
		echo "echo %lasterror% > $t.e1rc"
	done
	for f in "$1"/*.ed; do
		t=$(basename "$f" .ed)
		case " $ED_UNIX " in *" $t "*) continue ;; esac
		echo "mkdir d-$t"
		echo "cp -q test.txt test.bin zero d-$t"
		echo "cd d-$t"
		echo "..\\ed -s test.txt < ..\\$t.ed > ..\\$t.out 2> ..\\$t.log"
		echo "echo %lasterror% > ..\\$t.rc"
		echo "cd .."
	done
}

ed_status() {
	[ -f "$1" ] || { echo none; return; }
	echo $(($(iconv -f UTF-16 -t UTF-8 "$1" | tr -d ' \r\n')))
}

ed_judge() {
	local tdir=$1 rdir=$2 f t rc
	for f in "$tdir"/*.err; do
		t=$(basename "$f" .err)
		rc=$(ed_status "$rdir/$t.e1rc")
		if [ "$rc" != none ] && [ "$rc" != 0 ]; then echo "pass ed: $t.err exits with an error ($rc)"
		else echo "fail ed: $t.err exited with status $rc (want non-zero)"; fi
	done
	for f in "$tdir"/*.ed; do
		t=$(basename "$f" .ed)
		case " $ED_UNIX " in *" $t "*) continue ;; esac
		rc=$(ed_status "$rdir/$t.rc")
		if [ "$rc" = 0 ] && cmp -s "$rdir/d-$t/out.o" "$tdir/$t.r"; then echo "pass ed: $t.ed writes $t.r"
		else echo "fail ed: $t.ed: status $rc, cmp $rdir/d-$t/out.o $tdir/$t.r (stderr: $rdir/$t.log)"; fi
	done
}
