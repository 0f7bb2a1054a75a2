# IPv6 sockets (t_net6.c; sourced by run.sh: boot, judge, pass, fail, $dir,
# $out, $here).  Two guests boot t_net6.efi at once, their only NICs on
# QEMU socket netdevs joined by net6-hub.py on 127.0.0.1: a two-port hub
# that relays Ethernet frames and advertises 2001:db8:6::/64 for SLAAC,
# answers DHCPv6 Information-Requests and DNS queries (2001:db8:6::53).
# The MAC chooses the role (:0a server, :0b client).  Nothing leaves this
# machine.
net6_base=$((20000 + RANDOM % 20000))
rm -f "$out/net6-hub.txt" "$out/net6-server.rc"
python3 "$here/net6-hub.py" "$out/net6-hub.txt" "$net6_base" $((net6_base + 1)) $((net6_base + 2)) $((net6_base + 3)) &
net6_hub=$!
net6_guest() {   # NAME HUB QEMU MAC
	"$here/qemu-run.sh" --timeout 400 --debugcon "$out/$1.log" --serial "$out/$1.serial" \
		--boot "$dir/t_net6.efi" --mem 256 \
		--qemu-arg -netdev --qemu-arg "socket,id=n6,udp=127.0.0.1:$2,localaddr=127.0.0.1:$3" \
		--qemu-arg -device --qemu-arg "virtio-net-pci,netdev=n6,romfile=,mac=52:54:00:00:06:$4"
}
net6_start=$SECONDS
( net6_guest net6-server "$net6_base" $((net6_base + 1)) 0a; echo $? > "$out/net6-server.rc" ) &
net6_server=$!
net6_guest net6-client $((net6_base + 2)) $((net6_base + 3)) 0b
rc=$?
wait "$net6_server"
echo "boot net6: both guests done after $((SECONDS - net6_start)) s"
kill "$net6_hub" 2>/dev/null
wait "$net6_hub" 2>/dev/null
judge "$out/net6-server.log" net6-server
judge "$out/net6-client.log" net6-client
[ "$rc" = 1 ] && pass "net6: client boot ended by the test" || fail "net6: client boot ended with QEMU status $rc (124 = hung)"
src=$(cat "$out/net6-server.rc" 2>/dev/null)
[ "$src" = 1 ] && pass "net6: server boot ended by the test" || fail "net6: server boot ended with QEMU status $src (124 = hung)"
# The 1 MiB each way: SHA-256 of what one side sent and the other got.
sha() { sed -n "s/^info sha256 $2 //p" "$out/$1.log"; }
c_sent=$(sha net6-client "client sent") s_got=$(sha net6-server "server got")
s_sent=$(sha net6-server "server sent") c_got=$(sha net6-client "client got")
[ -n "$c_sent" ] && [ "$c_sent" = "$s_got" ] && pass "net6: SHA-256 of 1 MiB client to server the same on both sides" \
	|| fail "net6: client sent '$c_sent', server got '$s_got'"
[ -n "$s_sent" ] && [ "$s_sent" = "$c_got" ] && pass "net6: SHA-256 of 1 MiB server to client the same on both sides" \
	|| fail "net6: server sent '$s_sent', client got '$c_got'"
# SLAAC: each guest probed (DAD) the address the prefix and its MAC make.
for g in "A 2001:db8:6:0:5054:ff:fe00:60a" "B 2001:db8:6:0:5054:ff:fe00:60b"; do
	grep -qx "dad $g" "$out/net6-hub.txt" 2>/dev/null && pass "net6: the hub saw DAD for $g" \
		|| fail "net6: no DAD for $g in $(tr '\n' ';' < "$out/net6-hub.txt" 2>/dev/null)"
done
# Names over IPv6: the server's DNS server (::53) came from DHCPv6 (the
# hub's Reply), the client's (::54) from uefi_net_set_ipv6, which probed its
# address (and met the hub's answer for 2001:db8:6::dead).
for l in "dhcp6 A" "query A 53 answer.test 1" "query A 53 answer.test 28" "query B 54 answer.test 1" \
	"dad B 2001:db8:6::b0b" "taken B 2001:db8:6::dead" "reset B 7003" "silent B v6only.test 28" \
	"query B 54 v6only.test 28"; do
	grep -qx "$l" "$out/net6-hub.txt" 2>/dev/null && pass "net6: the hub saw '$l'" \
		|| fail "net6: no '$l' in the hub's log"
done
# What EDK II's TCP6 does with a SYN to a closed port: no reset (t_net6.c
# expects ETIMEDOUT for it, and this says why).
grep -q "^rst A port 7002" "$out/net6-hub.txt" 2>/dev/null \
	&& fail "net6: the server reset the closed port 7002 (update t_net6.c: ECONNREFUSED now)" \
	|| pass "net6: no reset from the server's closed port 7002 (EDK II TCP6)"
grep '^info ' "$out/net6-server.log" | sed 's/^/  server: /'
grep '^info ' "$out/net6-client.log" | sed 's/^/  client: /'
