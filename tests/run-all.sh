#!/bin/bash
# make test: host tier once, then the firmware tier on each architecture,
# the architectures' boots side by side (each QEMU is one busy core); one
# closing line for everything.
#   run-all.sh HOST_TEST_DIR ARCH=FIRMWARE_TEST_DIR...
#   e.g. run-all.sh build/host x86_64=build/tests/uefi aarch64=build/aarch64/tests/uefi
set -uo pipefail
host_dir=$1
shift
start=$SECONDS
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tests/host/run.sh "$host_dir" 2>&1 | tee "$tmp/host"
arches=()
for spec in "$@"; do
	arch=${spec%%=*}
	arches+=("$arch")
	( t0=$SECONDS
	  UEFI_ARCH=$arch tests/uefi/run.sh "${spec#*=}" > "$tmp/uefi-$arch" 2>&1
	  echo "firmware $arch: $((SECONDS - t0)) s" >> "$tmp/uefi-$arch" ) &
done
wait
count() { grep -E "^$1: [0-9]+ passed, [0-9]+ failed$" "$2" | tail -1 | sed -E "s/^$1: ([0-9]+) passed, ([0-9]+) failed$/\\1 \\2/"; }
read -r hp hf < <(count host "$tmp/host" || echo "0 1")
hp=${hp:-0} hf=${hf:-1}
tp=$hp tf=$hf
summary="host $hp/$((hp + hf))"
for arch in "${arches[@]}"; do
	cat "$tmp/uefi-$arch"
	read -r up uf < <(count uefi "$tmp/uefi-$arch" || echo "0 1")
	up=${up:-0} uf=${uf:-1}
	tp=$((tp + up)) tf=$((tf + uf))
	summary="$summary, firmware $arch $up/$((up + uf))"
done
echo "($summary, $((SECONDS - start)) s)"
echo "$tp passed, $tf failed"
[ "$tf" = 0 ]
