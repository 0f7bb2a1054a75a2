#!/bin/bash
# make test: the host tests once and the firmware tests of each architecture,
# in two lanes side by side (CI's machine has two cores; a QEMU is one busy
# core), then every job's output and one closing line for everything.
#   run-all.sh JOB... [-- JOB...]
#     the jobs before "--" run one after another in the first lane, those
#     after it in the second; a JOB is
#       host=DIR[=COMMAND]   the host tests in DIR (tests/host/run.sh)
#       ARCH=DIR[=COMMAND]   ARCH's firmware tests in DIR (tests/uefi/run.sh)
#     where COMMAND, when given, builds what the job runs first (a failed
#     build is a failure of the job).
#   e.g. run-all.sh x86_64=build/tests/uefi -- "host=build/host=make host-tests-build" \
#          "aarch64=build/aarch64/tests/uefi=make tests-build-aarch64"
# Building one architecture's tests while the other's boot overlaps the
# build's compiles with the emulator; the order of the lanes is the
# Makefile's (the longest chain of work first).
set -uo pipefail
start=$SECONDS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lanes=("" "")
names=()
lane=0
for spec in "$@"; do
	if [ "$spec" = -- ]; then
		lane=1
		continue
	fi
	lanes[lane]+="${spec}"$'\n'
	names+=("${spec%%=*}")
done

run_job() {   # SPEC: runs one job, its output into $tmp/NAME
	local name=${1%%=*} rest=${1#*=} dir cmd="" t0=$SECONDS rc=0
	dir=${rest%%=*}
	[ "$dir" != "$rest" ] && cmd=${rest#*=}
	local log=$tmp/$name
	: > "$log"
	echo "$name: started at $((SECONDS - start)) s" >&2
	if [ -n "$cmd" ] && ! bash -c "$cmd" > "$tmp/$name.build" 2>&1; then
		tail -n 40 "$tmp/$name.build" >> "$log"
		echo "$name: the build (\"$cmd\") failed" >> "$log"
		if [ "$name" = host ]; then echo "host: 0 passed, 1 failed"; else echo "uefi: 0 passed, 1 failed"; fi >> "$log"
		echo "$name: build failed after $((SECONDS - t0)) s" >&2
		return
	fi
	local tb=$((SECONDS - t0))
	if [ "$name" = host ]; then
		tests/host/run.sh "$dir" >> "$log" 2>&1 || rc=$?
	else
		UEFI_ARCH=$name tests/uefi/run.sh "$dir" >> "$log" 2>&1 || rc=$?
		echo "firmware $name: $((SECONDS - t0 - tb)) s" >> "$log"
	fi
	echo "$name: ended at $((SECONDS - start)) s (build $tb s, run $((SECONDS - t0 - tb)) s)" | tee -a "$log" >&2
}

run_lane() {
	local spec
	while IFS= read -r spec; do
		[ -n "$spec" ] && run_job "$spec"
	done <<< "$1"
}

run_lane "${lanes[0]}" &
run_lane "${lanes[1]}"
wait

count() {   # PREFIX FILE: "passed failed" of the file's last summary line
	grep -E "^$1: [0-9]+ passed, [0-9]+ failed$" "$2" | tail -1 | sed -E "s/^$1: ([0-9]+) passed, ([0-9]+) failed$/\\1 \\2/"
}
tp=0 tf=0 summary=""
for name in "${names[@]}"; do
	cat "$tmp/$name"
	if [ "$name" = host ]; then
		read -r p f < <(count host "$tmp/$name" || echo "0 1")
		what="host"
	else
		read -r p f < <(count uefi "$tmp/$name" || echo "0 1")
		what="firmware $name"
	fi
	p=${p:-0} f=${f:-1}
	tp=$((tp + p)) tf=$((tf + f))
	summary="${summary:+$summary, }$what $p/$((p + f))"
done
echo "($summary, $((SECONDS - start)) s)"
echo "$tp passed, $tf failed"
[ "$tf" = 0 ]
