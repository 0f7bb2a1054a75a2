#!/bin/sh
# make bench-a64 [A64_ONLY=prefix]: the library's math built for aarch64
# Linux (Clang, the same flags as the host bench, symbols renamed ul_ as in
# the host tests), linked beside glibc's aarch64 libm, and run under
# qemu-aarch64 with one instruction per translation block and every block
# logged: the log's lines are the instructions executed.  Per row:
# (count of 2000 calls - count of 1000 calls) / 1000, less the same for
# the bare loop of the row's shape (rows id, id2, idf, idf2: a function that
# returns its argument or the sum of the two) on the same library's path,
# for ours and for glibc's, and their ratio.
# Needs Debian's qemu-user, gcc-aarch64-linux-gnu, libc6-dev-arm64-cross
# (make deps-a64).  The Linux build differs from the firmware's only in
# the ABI's long double (the bench does not use it).
set -eu
out=${1:-build/a64-bench}
only=${2:-}
for t in qemu-aarch64 aarch64-linux-gnu-gcc clang llvm-objcopy llvm-nm; do
	command -v $t >/dev/null || { echo "bench-a64: $t missing (make deps-a64)"; exit 1; }
done
mkdir -p "$out/obj" "$out/ren"
srcs="$(ls src/math/*.c) src/errno/errno.c src/arch/aarch64/sqrt_insn.c src/arch/aarch64/fenv.c"
for f in $srcs; do
	o="$out/obj/$(echo "$f" | tr / _ | sed 's/\.c$/.o/')"
	# (every time, ten seconds: no header can leave an object stale)
	clang --target=aarch64-linux-gnu -std=gnu11 -ffreestanding -nostdlibinc -isystem include -O2 \
		-fshort-wchar -Wall -Wextra -Werror -DUL_MATH_STATS -c "$f" -o "$o"
done
llvm-nm -u "$out"/obj/*.o | awk '$2 ~ /^__math_slow_/ { print "unsigned long " $2 ";" }' | sort -u > "$out/counters.c"
llvm-nm --defined-only "$out"/obj/*.o | awk 'NF == 3 && $2 ~ /[A-Z]/ { print $3 " ul_" $3 }' | sort -u > "$out/renames"
for o in "$out"/obj/*.o; do llvm-objcopy --redefine-syms="$out/renames" "$o" "$out/ren/$(basename "$o")"; done
aarch64-linux-gnu-gcc -O2 -Ibench -Itests/host bench/a64_insns.c "$out/counters.c" "$out"/ren/*.o -lm -o "$out/a64_insns"
run() { qemu-aarch64 -L /usr/aarch64-linux-gnu -singlestep -d exec,nochain "$out/a64_insns" "$@" 2>&1 >/dev/null | grep -c '^Trace'; }
per() { echo $(( $(run "$1" "$2" 2000) - $(run "$1" "$2" 1000) )); }
# (per library too: the loop's path to the call may differ between them)
for b in id id2 idf idf2; do eval "base_${b}_1=$(per $b 1) base_${b}_0=$(per $b 0)"; done
qemu-aarch64 -L /usr/aarch64-linux-gnu "$out/a64_insns" list | while read -r kind id f; do
	case "$f" in id|id2|idf|idf2) continue ;; "$only"*) ;; *) continue ;; esac
	eval "bu=\$base_${id}_1 bg=\$base_${id}_0"
	u=$(( $(per "$f" 1) - bu )); g=$(( $(per "$f" 0) - bg ))
	awk -v f="$f" -v k="$kind" -v u="$u" -v g="$g" 'BEGIN { printf "bench: a64 %-13s %6.1f instructions/call, glibc %6.1f: ratio %5.2f %s\n", f, u / 1000, g / 1000, u / g, k }'
done > "$out/last.txt"
awk '{ k = $NF; r = $(NF - 1); line = $0; sub(/ [a-z]+$/, "", line); print line; n[k]++; l[k] += log(r) }
END { for (k in n) printf "bench: a64 geometric mean of the %d %s ratios: %.2f\n", n[k], k, exp(l[k] / n[k]) }' "$out/last.txt"
