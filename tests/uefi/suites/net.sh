# Sockets over the firmware's TCP/IP stack (sourced by run.sh: boot, judge,
# pass, fail, $dir, $out, $here).  QEMU's user network with restrict=on:
# the guest reaches only 10.0.2.100:7, forwarded to a `cat` that QEMU runs
# on this machine for each connection (an echo server), and the host
# reaches the guest's TCP port 8080 and UDP port 9000 through 127.0.0.1
# (hostfwd), where net-client.py connects and sends datagrams.  Nothing leaves this machine.
net_port=$((20000 + RANDOM % 20000))
net_uport=$((net_port + 1))
rm -f "$out/net.log" "$out/net-client.txt"
python3 "$here/net-client.py" "$out/net.log" "$net_port" "$net_uport" "$out/net-client.txt" &
net_client=$!
boot net 300 --boot "$dir/t_net.efi" --copy "$dir/t_net_exit.efi" --mem 512 \
	--net "guestfwd=tcp:10.0.2.100:7-cmd:cat,hostfwd=tcp:127.0.0.1:$net_port-:8080,hostfwd=udp:127.0.0.1:$net_uport-:9000"
judge "$out/net.log" net
[ "$rc" = 1 ] && pass "net: boot ended by the test" || fail "net: boot ended with QEMU status $rc (124 = hung)"
wait "$net_client"
if grep -qx "tcp got hello host" "$out/net-client.txt" 2>/dev/null; then
	pass "net: the host reached the guest's TCP server through hostfwd"
else
	fail "net: host TCP client: $(sed -n 1p "$out/net-client.txt" 2>/dev/null)"
fi
if grep -qx "udp ok" "$out/net-client.txt" 2>/dev/null; then
	pass "net: the host got every UDP datagram back whole"
else
	fail "net: host UDP client: $(sed -n 2p "$out/net-client.txt" 2>/dev/null)"
fi
grep '^info ' "$out/net.log" | sed 's/^/  /'
