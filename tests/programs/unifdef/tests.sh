# unifdef's test suite (its tests/*.sh, run by its scripts/runtests.sh)
# translated into UEFI shell lines: sourced by tests/uefi/suites/programs.sh.
#   unifdef_nsh TESTDIR   prints the startup.nsh lines that run every test
#                         this shell can run, in TESTDIR on the disk
#   unifdef_judge TESTDIR RESULTDIR   one verdict per test: stdout, stderr and
#                         exit status compared with its .expout/.experr/.exprc,
#                         byte for byte, as runtests.sh compares them
# runtests.sh runs "sh T.sh >T.out 2>T.err; echo $? >T.rc". A test of one
# line "unifdef ARGS" becomes "unifdef ARGS > T.out 2> T.err" and
# "echo %lasterror% > T.rc"; the few multi-line tests whose other commands
# the UEFI shell has (cp, mkdir, type) are translated by hand below, and
# the shell's "cat FILE" at their end is done on the host over the FILE the
# program left. The multi*.sh tests (multi-generic-sh: copies of the
# files, "unifdef -M~" over them, then "diff -u" of each backup against the
# result) run unifdef in a directory of their own, and the diffs are made
# on the host over the files it left there. Not run (the UEFI shell has no such thing): the unifdefall.sh
# tests (if*-a: a shell script around cpp), outeperm/outperms/overperms
# (chmod/umask/ls -l), overenoent (a symbolic link), xterm (wget).

# The one-line tests: NAME ARGS.
unifdef_simple() {
	local t line
	for t in "$1"/*.sh; do
		line=$(cat "$t")
		case $line in
		*[\|\;\&\<\>\`\$]*|*"
"*) continue ;;
		"unifdef "*) echo "$(basename "$t" .sh) ${line#unifdef }" ;;
		esac
	done
}

unifdef_nsh() {
	local name args
	unifdef_simple "$1" | while read -r name args; do
		echo "unifdef $args > $name.out 2> $name.err"
		echo "echo %lasterror% > $name.rc"
	done
	# outfile.sh, overwrite.sh, overlnnum.sh, outdir.sh, overdir.sh, overin.sh
	cat <<'NSH'
unifdef -DFOO=1 -DFOOB=42 -UBAR -ooutfile.c if1.c > outfile.out 2> outfile.err
echo %lasterror% > outfile.rc
cp -q if1.c overwrite.c
unifdef -DFOO=1 -DFOOB=42 -UBAR -ooverwrite.c overwrite.c > overwrite.out 2> overwrite.err
echo %lasterror% > overwrite.rc
mv overwrite.c overwrite.got
cp -q if1.c overwrite.c
unifdef -DFOO=1 -DFOOB=42 -UBAR -n -ooverwrite.c overwrite.c > overlnnum.out 2> overlnnum.err
echo %lasterror% > overlnnum.rc
mkdir outdir
unifdef -DFOO=1 -DFOOB=42 -UBAR -ooutdir/outfile.c if1.c > outdir.out 2> outdir.err
echo %lasterror% > outdir.rc
mkdir overdir
cp -q if1.c overdir\overwrite.c
unifdef -DFOO=1 -DFOOB=42 -UBAR -ooverdir/overwrite.c overdir/overwrite.c > overdir.out 2> overdir.err
echo %lasterror% > overdir.rc
cp -q if1.c overin.c
unifdef -DFOO=1 -DFOOB=42 -UBAR -ooverin.c < overin.c > overin.out 2> overin.err
echo %lasterror% > overin.rc
NSH
	local t opts files f m
	for t in multi multilnnum multimissing multinewline; do
		eval "$(grep -E '^(opts|files)=' "$1/$t.sh")"
		echo "mkdir $t"
		m=
		for f in $files; do
			[ -f "$1/$f" ] && echo "cp -q $f $t\\m$f"
			m="$m m$f"
		done
		echo "cd $t"
		echo "..\\unifdef -M~ $opts$m > ..\\$t.out 2> ..\\$t.err"
		echo "echo %lasterror% > ..\\$t.rc"
		echo "cd .."
	done
}

# The diffs multi-generic-sh makes after unifdef, in the test's directory:
# stdout and stderr as the script's.
unifdef_multi_diffs() {
	local f
	eval "$(grep -E '^files=' "$1/$2.sh")"
	for f in $files; do
		(cd "$3/$2" && diff -u "m$f~" "m$f" | sed '/^[+-]\{3\} /s/\t.*//') 2>> "$4"
	done
}

# A file the shell redirected: UCS-2 with a BOM, each "\n" the program wrote
# arriving as "\r\n" (the console's line ending): back to the program's bytes.
unifdef_text() {
	[ -f "$1" ] || return 0
	iconv -f UTF-16 -t UTF-8 "$1" | sed 's/\r$//'
}

unifdef_judge() {
	local tdir=$1 rdir=$2 name args rc ok e
	{ unifdef_simple "$tdir"; printf '%s\n' "outfile -" "overwrite -" "overlnnum -" \
		"outdir -" "overdir -" "overin -" "multi -" "multilnnum -" "multimissing -" \
		"multinewline -"; } | while read -r name args; do
		ok=1
		[ -f "$rdir/$name.rc" ] || { echo "fail unifdef: $name did not run"; continue; }
		# What the test's "cat FILE" after the program adds to its stdout.
		case $name in
		outfile) e=outfile.c ;; overwrite) e=overwrite.got ;;
		overlnnum) e=overwrite.c ;; overin) e=overin.c ;;
		outdir) e=outdir/outfile.c ;; overdir) e=overdir/overwrite.c ;; *) e= ;;
		esac
		: > "$rdir/$name.diff-err"
		{ unifdef_text "$rdir/$name.out"; [ -z "$e" ] || cat "$rdir/$e"
		  case $name in multi*) unifdef_multi_diffs "$tdir" $name "$rdir" "$rdir/$name.diff-err" ;; esac
		  true   # diff's status 1 (the files differ) is not a failure here (pipefail)
		} | cmp -s - "$tdir/$name.expout" || ok=0
		# The one difference allowed: the program's name in its messages.
		# err(3) prints it from argv[0], which the UEFI shell gives as the
		# file it found ("unifdef.EFI"; Linux: "unifdef").
		{ unifdef_text "$rdir/$name.err" | sed 's/^unifdef\.EFI: /unifdef: /'
		  cat "$rdir/$name.diff-err"; } | cmp -s - "$tdir/$name.experr" || ok=0
		rc=$(unifdef_text "$rdir/$name.rc" | tr -d ' \n')
		[ "$((rc))" = "$(cat "$tdir/$name.exprc")" ] || ok=0
		if [ $ok = 1 ]; then echo "pass unifdef: $name"
		else echo "fail unifdef: $name (got $rdir/$name.out/.err/.rc, want $tdir/$name.expout/.experr/.exprc)"; fi
	done
}
