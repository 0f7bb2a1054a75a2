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

# fault_sweep NAME WORKLOAD...: boots (with the QEMU arguments in the
# array fault_qemu) until every workload is swept (at most
# 4 boots), then checks each disk on the host: every run's directory holds
# b.dat, whole and exact, and nothing else; keep.dat is untouched.
fault_sweep() {
	local name=$1; shift
	local todo="$*" n=0 log img
	while [ -n "$todo" ] && [ "$n" -lt 4 ]; do
		log=$name-$n
		img=$fault_out/$log.img
		boot "$log" 900 "${fault_qemu[@]}" --disk-mb 32 --copy "$dir/t_fault.efi" --copy "$dir/t_fault_w.efi" \
			--copy "$fault_out/keep.dat" --keep-image "$img" --nsh "fs0:
mkdir fw
t_fault.efi $todo
reset -s"
		judge "$out/$log.log" fault
		grep '^sweep ' "$out/$log.log" | sed "s/^/  /"
		fault_host_check "$img" "$log"
		rm -f "$img"
		# After a crash or hang: the rest of that workload, then the others.
		local resume
		resume=$(sed -n 's/^resume \([a-z-]*\) \([0-9]*\)$/\1 \2/p' "$out/$log.log" | tail -1)
		# Out of time (a loaded machine): the workload it was on, again.
		if [ -z "$resume" ] && [ "$rc" = 124 ]; then
			resume=$(sed -n 's/^sweeping \([a-z-]*\)$/\1 1/p' "$out/$log.log" | tail -1)
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
	for d in "$x"/fw/*/; do
		[ -d "$d" ] || continue
		dirs=$((dirs + 1))
		if [ "$(ls -A "$d")" != b.dat ] || ! cmp -s "$d/b.dat" "$fault_out/whole.dat"; then
			bad=$((bad + 1))
			fail "$2: host: $(basename "$d") holds $(ls -A "$d" | tr '\n' ' ')(b.dat must be the whole pattern, alone)"
		fi
	done
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

# A successful ExitBootServices with each call of the sequence failing in
# turn, one boot per call (a real exit cannot come back): the workload
# reports, then exits, which powers off (QEMU status 0).  Call k counts
# from main; the boots go on until one finds no call k to fail (the clean
# exit: one boot more than the sequence has calls), capped at 12 boots.
fault_start=$SECONDS
ebsx_ok=0 ebsx_end=
for k in $(seq 1 12); do
	boot "fault-ebsx-$k" 120 --copy "$dir/t_fault.efi" --copy "$dir/t_fault_w.efi" --nsh "fs0:
t_fault.efi ebs-exit@$k
reset -s"
	judge "$out/fault-ebsx-$k.log" fault
	grep '^ebs-exit-' "$out/fault-ebsx-$k.log" | sed "s/^/  /"
	[ "$rc" = 0 ] || fail "fault-ebsx-$k: boot ended with QEMU status $rc, not 0 (powered off after the exit)"
	if grep -q "^ebs-exit-none $k of [0-9]*: survived\$" "$out/fault-ebsx-$k.log"; then
		ebsx_end=$k
		break
	fi
	grep -q "^ebs-exit-call $k of [0-9]* (.*): survived\$" "$out/fault-ebsx-$k.log" \
		&& ebsx_ok=$((ebsx_ok + 1)) || fail "fault-ebsx-$k: call $k did not survive"
done
if [ -z "$ebsx_end" ]; then
	fail "fault-ebsx: no clean exit within 12 boots (more calls than the cap, or failures)"
elif [ "$ebsx_ok" = $((ebsx_end - 1)) ]; then
	pass "fault-ebsx: each of the $ebsx_ok calls of the exit sequence failed in turn and the exit succeeded in the end ($ebsx_end boots)"
fi
echo "fault-ebsx: $((SECONDS - fault_start)) s"

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
