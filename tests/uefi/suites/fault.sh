# Fault injection sweeps (sourced by run.sh: boot, judge, pass, fail, $dir, $out).
# t_fault.efi (the injector) runs each workload of t_fault_w.efi once per
# firmware call with that call failing, in one boot; docs/errno.md is the
# table the workloads check errno against.  A crash or a hang ends the boot
# with a "resume WORKLOAD N" line: the sweep goes on in a new boot from there.
fault_out=$out/fault
rm -rf "$fault_out"
mkdir -p "$fault_out"
export MTOOLS_SKIP_CHECK=1
# The pattern every workload file holds: byte k is (7k + k/251 + 1) mod 256.
fault_pattern() {   # N: the first N bytes
	python3 -c 'import sys; n = int(sys.argv[1]); sys.stdout.buffer.write(bytes((k * 7 + k // 251 + 1) & 255 for k in range(n)))' "$1"
}
fault_pattern 12345 > "$fault_out/keep.dat"
fault_pattern 5500 > "$fault_out/whole.dat"   # t_fault_w.c: WHOLE

# fault_shell NAME SCRIPT: the qemu-run.sh arguments (in the array
# fault_shell_args) that run SCRIPT in the firmware's shell (as every
# --nsh boot, through the tests' shell_boot.efi: no 5-second countdown).
fault_shell() {
	fault_shell_args=(--nsh "$2")
}

# A successful ExitBootServices with each call of the sequence failing in
# turn (the ebs-exit workload): one run per boot, as a real exit cannot
# come back.  Call k counts from main; the runs go on until one finds no
# call k to fail (the clean exit: one run more than the sequence has
# calls), at most 12.  Each run ends a boot: the last command of the rng,
# net and dns boots (after their sweeps), then boots of its own for the
# rest.  The workload reports, then exits, which powers off (QEMU status 0).
ebsx_k=1 ebsx_ok=0 ebsx_end= ebsx_runs=0
# fault_ebsx LOG NAME: judges the ebs-exit run of call ebsx_k in the boot
# LOG, and moves on to the next call; 1 when it did not run there.
fault_ebsx() {
	local k=$ebsx_k
	grep -q "^ebs-exit-[a-z]* $k of " "$1" || return 1
	grep '^ebs-exit-' "$1" | sed "s/^/  /"
	ebsx_runs=$((ebsx_runs + 1))
	[ "$rc" = 0 ] || fail "$2: ebs-exit@$k: boot ended with QEMU status $rc, not 0 (powered off after the exit)"
	if grep -q "^ebs-exit-none $k of [0-9]*: survived\$" "$1"; then
		ebsx_end=$k ebsx_k=
		return 0
	fi
	grep -q "^ebs-exit-call $k of [0-9]* (.*): survived\$" "$1" \
		&& ebsx_ok=$((ebsx_ok + 1)) || fail "$2: ebs-exit: call $k did not survive"
	ebsx_k=$((k + 1))
	[ "$ebsx_runs" -lt 12 ] || ebsx_k=
	return 0
}

# fault_sweep NAME WORKLOAD...: boots (with the QEMU arguments in the
# array fault_qemu) until every workload is swept (at most
# 4 boots), then checks each disk on the host: every run's directory holds
# b.dat, whole and exact, and nothing else; keep.dat is untouched.  With
# fault_attach=1, the boot ends with the next ebs-exit run.
fault_sweep() {
	local name=$1; shift
	local todo="$*" n=0 log img exit_run
	while [ -n "$todo" ] && [ "$n" -lt 4 ]; do
		log=$name-$n
		img=$fault_out/$log.img
		exit_run=
		[ "${fault_attach:-}" = 1 ] && [ -n "$ebsx_k" ] && exit_run="t_fault.efi ebs-exit@$ebsx_k"
		fault_shell "$log" "fs0:
mkdir fw
t_fault.efi $todo
$exit_run
reset -s"
		boot "$log" 900 "${fault_qemu[@]}" --disk-mb 32 --copy "$dir/t_fault.efi" --copy "$dir/t_fault_w.efi" \
			--copy "$fault_out/keep.dat" --keep-image "$img" "${fault_shell_args[@]}"
		judge "$out/$log.log" fault
		grep '^sweep ' "$out/$log.log" | sed "s/^/  /"
		fault_host_check "$img" "$log"
		rm -f "$img"
		[ -n "$exit_run" ] && fault_ebsx "$out/$log.log" "$log"
		# After a crash or hang: the rest of that workload, then the others.
		local resume
		resume=$(sed -n 's/^resume \([a-z-]*\) \([0-9]*\)$/\1 \2/p' "$out/$log.log" | tail -1)
		# Out of time (a loaded machine): the workload it was on, again.
		if [ -z "$resume" ] && [ "$rc" = 124 ]; then
			resume=$(sed -n 's/^sweeping \([a-z-]*\)$/\1 1/p' "$out/$log.log" | grep -v '^ebs-exit ' | tail -1)
		fi
		fault_n=$n
		[ -z "$resume" ] && break
		local wl=${resume% *} from=${resume#* } rest="" seen=""
		for w in $todo; do
			[ -n "$seen" ] && rest="$rest $w"
			[ "${w%@*}" = "$wl" ] && seen=1
		done
		todo="$wl@$from$rest"
		n=$((n + 1))
	done
}

fault_host_check() {   # IMAGE LOG
	local x=$fault_out/x bad=0 dirs=0 done_runs
	rm -rf "$x"
	mkdir -p "$x"
	if ! mcopy -s -i "$1" ::/fw "$x/" 2>/dev/null || ! mcopy -i "$1" ::/keep.dat "$x/" 2>/dev/null; then
		fail "$2: mtools could not read the disk back"
		return
	fi
	# Every run directory at once (one process, not a few per directory:
	# forks are slow on a loaded machine, and there are a hundred).
	local report line
	report=$(python3 - "$x/fw" "$fault_out/whole.dat" <<'EOF'
import os, sys
top, whole = sys.argv[1], open(sys.argv[2], "rb").read()
n = 0
for d in sorted(os.listdir(top)):
    p = os.path.join(top, d)
    if not os.path.isdir(p):
        continue
    n += 1
    names = sorted(os.listdir(p))
    if names != ["b.dat"] or open(os.path.join(p, "b.dat"), "rb").read() != whole:
        print("bad %s holds %s" % (d, " ".join(names)))
print("dirs %d" % n)
EOF
)
	dirs=$(printf '%s\n' "$report" | sed -n 's/^dirs //p')
	[ -n "$dirs" ] || { dirs=0; bad=1; fail "$2: host: the run directories could not be read"; }
	while IFS= read -r line; do
		bad=$((bad + 1))
		fail "$2: host: ${line#bad } (b.dat must be the whole pattern, alone)"
	done < <(printf '%s\n' "$report" | grep '^bad ')
	# Every run that finished the files workload says so; its directory
	# must be among those checked.
	done_runs=$(grep -c '^files-done ' "$out/$2.log" || true)
	for d in $(sed -n 's/^files-done //p' "$out/$2.log"); do
		[ -d "$x/fw/$d" ] || { bad=$((bad + 1)); fail "$2: host: run directory $d is missing"; }
	done
	if [ "$dirs" = 0 ] && [ "$done_runs" = 0 ]; then
		:   # the files workload did not run in this boot
	elif [ "$bad" = 0 ] && [ "$dirs" = "$done_runs" ]; then
		pass "$2: host: all $dirs file-workload runs left b.dat whole and nothing else"
	elif [ "$bad" = 0 ]; then
		fail "$2: host: $dirs run directories, $done_runs runs finished"
	fi
	cmp -s "$x/keep.dat" "$fault_out/keep.dat" && pass "$2: host: keep.dat untouched" \
		|| fail "$2: host: keep.dat changed"
	rm -rf "$x"
}

fault_start=$SECONDS
fault_qemu=()
# The last three carry bugs on purpose, which the injector must catch: a
# leak of pages after any fault, a malloc block leaked after any fault, and
# a crash when malloc fails (which ends the boot).
fault_sweep fault startup conout conin files malloc shell bootkit ebs errno planted-leak planted-block-leak planted-crash
echo "fault: sweeps took $((SECONDS - fault_start)) s"
fault_log=$out/fault-$fault_n.log
grep -q '^caught fault/planted-block-leak/call [0-9]* (.*): malloc blocks left at exit: 1 blocks, 40 bytes (' "$fault_log" \
	&& grep -q '^ok fault/planted-block-leak: the injector caught the planted bug [1-9][0-9]* times$' "$fault_log" \
	&& pass "fault: the planted malloc block leak is reported, with its call number" \
	|| fail "fault: the planted malloc block leak was not reported (see $fault_log)"
grep -q '^caught fault/planted-leak/call [0-9]* (.*): pages left behind at exit: 0x[0-9a-f]*, 3 pages$' "$fault_log" \
	&& grep -q '^ok fault/planted-leak: the injector caught the planted bug [1-9][0-9]* times$' "$fault_log" \
	&& pass "fault: the planted leak is reported, with its call number" \
	|| fail "fault: the planted leak was not reported (see $fault_log)"
# __builtin_trap is ud2 on x86_64 (vector 6, invalid opcode); on aarch64 it
# is BRK: a synchronous exception (type 0) of class 0x3c.
case $UEFI_ARCH in
aarch64) crash_seen='exception 0 class 0x3c at elr ' crash_what='BRK' ;;
*) crash_seen='exception 6 at rip ' crash_what='invalid opcode' ;;
esac
grep -q "^caught fault/planted-crash/call [0-9]* (AllocatePages EFI_OUT_OF_RESOURCES): crashed: $crash_seen" "$fault_log" \
	&& [ "$rc" = 7 ] \
	&& pass "fault: the planted crash is reported ($crash_what), the boot ended by the injector" \
	|| fail "fault: the planted crash was not reported (QEMU status $rc; see $fault_log)"

# The entropy chain with EFI_RNG_PROTOCOL there (a virtio-rng device) and
# failing at each call, start-up included (the stack protector's seed).
fault_start=$SECONDS
fault_qemu=(--qemu-arg -device --qemu-arg virtio-rng-pci)
fault_attach=1
fault_sweep fault-rng rng
fault_qemu=()
echo "fault-rng: sweep took $((SECONDS - fault_start)) s"

# Sockets: QEMU's user network (restrict=on) forwards 10.0.2.100:7 to a
# `cat` that QEMU runs on this machine for each connection (an echo
# server, as suites/net.sh); nothing leaves the machine.  The injector
# fails each call of a TCP exchange, a UDP send and receive, and the
# interface's bring-up (the first run configures it by DHCP; the runs
# swept find it configured).
fault_start=$SECONDS
fault_qemu=(--mem 512 --net "guestfwd=tcp:10.0.2.100:7-cmd:cat")
fault_sweep fault-net net
fault_qemu=()
echo "fault-net: sweep took $((SECONDS - fault_start)) s"

# DHCP and name resolution: the only NIC is on a segment that dns-net.py
# simulates over 127.0.0.1 (QEMU's socket network, as suites/net.sh's DNS
# boot): a DHCP server (--dhcp), ARP, a DNS server answering from a fixed
# table.  The dhcp workload brings the interface up by the firmware's DHCP
# (EFI_IP4_CONFIG2_PROTOCOL; the injector drops the address before each
# run) and resolves a name through the server DHCP gave; the dns workload
# resolves A, CNAME, AAAA, NXDOMAIN and PTR through EFI_DNS4_PROTOCOL.
# Nothing leaves this machine.
fault_start=$SECONDS
fdns_port=$((20000 + RANDOM % 20000))
rm -f "$fault_out/dns-net.txt"
python3 "$here/dns-net.py" "$fault_out/dns-net.txt" "$fdns_port" --dhcp &
fdns_net=$!
fault_qemu=(--mem 512 --qemu-arg -netdev --qemu-arg "socket,id=n1,udp=127.0.0.1:$fdns_port,localaddr=127.0.0.1:$((fdns_port + 1))"
	--qemu-arg -device --qemu-arg "virtio-net-pci,netdev=n1,romfile=,mac=52:54:00:00:03:0f")
fault_sweep fault-dns dhcp dns
fault_qemu=()
kill "$fdns_net" 2>/dev/null
wait "$fdns_net" 2>/dev/null
for want in "dhcp ack" "query answer.test 1" "query v6only.test 28" "query 10.2.0.192.in-addr.arpa 12"; do
	grep -qx "$want" "$fault_out/dns-net.txt" 2>/dev/null && pass "fault-dns: the segment saw \"$want\"" \
		|| fail "fault-dns: the segment never saw \"$want\""
done
echo "fault-dns: sweeps took $((SECONDS - fault_start)) s"

# The ebs-exit runs not done at the end of a sweep's boot: a boot each.
fault_start=$SECONDS
while [ -n "$ebsx_k" ]; do
	k=$ebsx_k
	fault_shell "fault-ebsx-$k" "fs0:
t_fault.efi ebs-exit@$k
reset -s"
	boot "fault-ebsx-$k" 120 --copy "$dir/t_fault.efi" --copy "$dir/t_fault_w.efi" "${fault_shell_args[@]}"
	judge "$out/fault-ebsx-$k.log" fault
	if ! fault_ebsx "$out/fault-ebsx-$k.log" "fault-ebsx-$k"; then
		fail "fault-ebsx-$k: the ebs-exit run of call $k did not report (QEMU status $rc)"
		ebsx_runs=$((ebsx_runs + 1))
		ebsx_k=$((k + 1))
		[ "$ebsx_runs" -lt 12 ] || ebsx_k=
	fi
done
if [ -z "$ebsx_end" ]; then
	fail "fault-ebsx: no clean exit within 12 runs (more calls than the cap, or failures)"
elif [ "$ebsx_ok" = $((ebsx_end - 1)) ]; then
	pass "fault-ebsx: each of the $ebsx_ok calls of the exit sequence failed in turn and the exit succeeded in the end ($ebsx_end runs)"
fi
echo "fault-ebsx: $((SECONDS - fault_start)) s in boots of their own"

# Real media, no injector (t_fault_disk.c): a 1 MiB volume filled until
# ENOSPC through unbuffered and buffered streams and descriptors, then
# freed and written again; the host reads it back.  Then a write-protected
# volume (QEMU readonly=on): EROFS from every call that writes.
mkdir -p "$fault_out/full" "$fault_out/ro/dir"
echo "the volume to fill" > "$fault_out/full/full.txt"
fault_pattern 20000 > "$fault_out/full/other.dat"
printf 'on a write-protected disk\n' > "$fault_out/ro/ro.txt"
echo inside > "$fault_out/ro/dir/inside.txt"
boot fault-full 120 --boot "$dir/t_fault_disk.efi" --disk-mb 1 --copy "$fault_out/full/full.txt" \
	--copy "$fault_out/full/other.dat" --keep-image "$fault_out/full.img" \
	--disk2-mb 1 --copy2 "$fault_out/ro/ro.txt" --copy2 "$fault_out/ro/dir" --disk2-readonly
judge "$out/fault-full.log" fault-disk
[ "$rc" = 1 ] && pass "fault-full: boot ended by the test" || fail "fault-full: boot ended with QEMU status $rc (124 = hung)"
fd_final=$(sed -n 's/^info fd.dat.final //p' "$out/fault-full.log")
mkdir -p "$fault_out/full/x"
if mcopy -i "$fault_out/full.img" ::/fd.dat ::/other.dat ::/after.dat "$fault_out/full/x/" 2>/dev/null; then
	[ -n "$fd_final" ] && [ "$(stat -c %s "$fault_out/full/x/fd.dat")" = "$fd_final" ] \
		&& fault_pattern "$fd_final" | cmp -s - "$fault_out/full/x/fd.dat" \
		&& pass "fault-full: host: fd.dat holds exactly the $fd_final bytes reported written (after truncation)" \
		|| fail "fault-full: host: fd.dat differs from the ${fd_final:-?} bytes reported"
	cmp -s "$fault_out/full/x/other.dat" "$fault_out/full/other.dat" \
		&& pass "fault-full: host: the other file on the full volume is intact" \
		|| fail "fault-full: host: other.dat changed"
	[ "$(cat "$fault_out/full/x/after.dat")" = "written after the disk was full" ] \
		&& pass "fault-full: host: the file written after space was freed is whole" \
		|| fail "fault-full: host: after.dat is not what was written"
	left=$(mdir -b -i "$fault_out/full.img" ::/ 2>/dev/null | grep -ciE 'nbf|fbf|late' || true)
	[ "$left" = 0 ] && pass "fault-full: host: the removed files are gone" \
		|| fail "fault-full: host: removed files are still on the volume"
else
	fail "fault-full: mtools could not read the volume back"
fi
rm -rf "$fault_out/full.img" "$fault_out/full/x"
