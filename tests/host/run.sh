#!/bin/bash
# Runs every host test and a bounded run of every fuzz target; prints
# "host: N passed, M failed" (sums of the tests' own counts; a test binary
# that crashes or a fuzzer that finds a crash counts as one failure).
#   SUITE=NAME  runs only test_NAME* and fuzz_NAME* (make test SUITE=NAME)
set -uo pipefail
dir=$1
suite=${SUITE:-}
passed=0 failed=0
for t in "$dir"/test_${suite}*; do
	[ -x "$t" ] || continue
	out=$("$t" 2>&1)
	rc=$?
	echo "$out" | tail -n 30
	line=$(echo "$out" | grep -E '^host: .*: [0-9]+ passed, [0-9]+ failed$' | tail -1)
	if [ -n "$line" ]; then
		p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\1/')
		f=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed$/\2/')
		passed=$((passed + p)); failed=$((failed + f))
	fi
	if [ $rc != 0 ] && { [ -z "$line" ] || [ "${f:-0}" = 0 ]; }; then
		echo "host: $(basename "$t") exited with status $rc"
		failed=$((failed + 1))
	fi
done
for fz in "$dir"/fuzz_${suite}*; do
	[ -x "$fz" ] || continue
	name=$(basename "$fz")
	corpus=$(mktemp -d)
	# Bounded by inputs and by time (FUZZ_SECONDS each), so that the whole
	# suite fits CI's budget however many targets there are.
	if "$fz" -runs="${FUZZ_RUNS:-300000}" -max_total_time="${FUZZ_SECONDS:-60}" -seed=1 -max_len=512 \
		"$corpus" > "$dir/$name.log" 2>&1; then
		runs=$(grep -o 'Done [0-9]* runs' "$dir/$name.log" | tail -1 | grep -o '[0-9]*')
		echo "host: $name: ${runs:-?} inputs, no crash"
		passed=$((passed + 1))
	else
		echo "host: $name: FAILED, see $dir/$name.log"; tail -n 20 "$dir/$name.log"
		failed=$((failed + 1))
	fi
	rm -rf "$corpus"
done
echo "host: $passed passed, $failed failed"
[ "$failed" = 0 ]
