#!/bin/bash
# make test: host tier, then firmware tier; one closing line for both.
set -uo pipefail
build=$1
start=$SECONDS
host=$(mktemp) uefi=$(mktemp)
trap 'rm -f "$host" "$uefi"' EXIT
tests/host/run.sh "$build/host" 2>&1 | tee "$host"
tests/uefi/run.sh "$build/tests/uefi" 2>&1 | tee "$uefi"
count() { grep -E "^$1: [0-9]+ passed, [0-9]+ failed$" "$2" | tail -1 | sed -E "s/^$1: ([0-9]+) passed, ([0-9]+) failed$/\\1 \\2/"; }
read -r hp hf < <(count host "$host" || echo "0 1")
read -r up uf < <(count uefi "$uefi" || echo "0 1")
hp=${hp:-0} hf=${hf:-1} up=${up:-0} uf=${uf:-1}
echo "(host $hp/$((hp + hf)), firmware $up/$((up + uf)), $((SECONDS - start)) s)"
echo "$((hp + up)) passed, $((hf + uf)) failed"
[ $((hf + uf)) = 0 ]
