# Sockets over the firmware's TCP/IP stack (sourced by run.sh: boot, judge,
# pass, fail, $dir, $out, $here).  QEMU's user network with restrict=on:
# the guest reaches only 10.0.2.100:7, forwarded to a `cat` that QEMU runs
# on this machine for each connection (an echo server), and 10.0.2.100:8,
# net-echo-sha.py (an echo that hashes what it saw, for the volume); the host
# reaches the guest's TCP port 8080 and UDP port 9000 through 127.0.0.1
# (hostfwd), where net-client.py connects and sends datagrams.  Nothing leaves this machine.
net_port=$((20000 + RANDOM % 20000))
net_uport=$((net_port + 1))
rm -f "$out/net.log" "$out/net-client.txt" "$out/net-sha.txt"
python3 "$here/net-client.py" "$out/net.log" "$net_port" "$net_uport" "$out/net-client.txt" &
net_client=$!
boot net 600 --boot "$dir/t_net.efi" --copy "$dir/t_net_exit.efi" --mem 512 \
	--net "guestfwd=tcp:10.0.2.100:7-cmd:cat,guestfwd=tcp:10.0.2.100:8-cmd:python3 $here/net-echo-sha.py $out/net-sha.txt,hostfwd=tcp:127.0.0.1:$net_port-:8080,hostfwd=udp:127.0.0.1:$net_uport-:9000"
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
# The volume (64 MiB each way through net-echo-sha.py): the SHA-256 of
# what the guest sent, of what the host received (and echoed), and of what
# the guest received back must be one and the same.
sha_sent=$(sed -n 's/^info sha256 sent //p' "$out/net.log")
sha_got=$(sed -n 's/^info sha256 got //p' "$out/net.log")
sha_host=$(awk '$1 == 67108864 { print $2 }' "$out/net-sha.txt" 2>/dev/null)
if [ -n "$sha_sent" ] && [ "$sha_sent" = "$sha_host" ] && [ "$sha_got" = "$sha_host" ]; then
	pass "net: volume: SHA-256 of 64 MiB the same as sent, as the host received, as echoed back"
else
	fail "net: volume: SHA-256 sent '$sha_sent', host '$sha_host' ($(tr '\n' ';' < "$out/net-sha.txt" 2>/dev/null)), got back '$sha_got'"
fi
grep '^info ' "$out/net.log" | sed 's/^/  /'

# A NIC without a link (t_net_link.c): QEMU starts paused and
# net-link.py, on QEMU's monitor (a Unix socket in $out), sets the user
# network NIC's link down before the guest runs, up again when the guest
# asks, then down under a connection.  DHCP that never answers (link up,
# nobody serving) is in the DNS boot below.
rm -f "$out/net-link.txt" "$out/net-link.mon" "$out/net-link.log"
python3 "$here/net-link.py" "$out/net-link.mon" "$out/net-link.log" "$out/net-link.txt" &
net_link=$!
direct net_link 150 1 --mem 512 --net "guestfwd=tcp:10.0.2.100:7-cmd:cat" \
	--qemu-arg -S --qemu-arg -monitor --qemu-arg "unix:$out/net-link.mon,server=on,wait=off"
wait "$net_link"
if [ "$(cat "$out/net-link.txt" 2>/dev/null)" = "$(printf 'link off, running\nlink on\nlink off again')" ]; then
	pass "net-link: the link went down, up and down as the guest asked"
else
	fail "net-link: the monitor script did: $(tr '\n' ';' < "$out/net-link.txt" 2>/dev/null)"
fi

# DNS and <uefi/net.h> (t_dns.c).  QEMU's user network drops every UDP
# datagram from the guest with restrict=on (DNS included), so this boot's
# only NIC is on QEMU's socket network instead: each frame travels as a
# UDP datagram between QEMU and dns-net.py, both on 127.0.0.1, and the
# script is the whole segment (ARP, a DNS server, a silent one, no DHCP).
# Nothing leaves this machine.
dns_port=$((net_port + 2))
dns_qport=$((net_port + 3))
rm -f "$out/dns-net.txt"
python3 "$here/dns-net.py" "$out/dns-net.txt" "$dns_port" &
dns_net=$!
boot dns 120 --boot "$dir/t_dns.efi" \
	--qemu-arg -netdev --qemu-arg "socket,id=n1,udp=127.0.0.1:$dns_port,localaddr=127.0.0.1:$dns_qport" \
	--qemu-arg -device --qemu-arg "virtio-net-pci,netdev=n1,romfile=,mac=52:54:00:00:03:0f"
kill "$dns_net" 2>/dev/null
wait "$dns_net" 2>/dev/null
judge "$out/dns.log" dns
[ "$rc" = 1 ] && pass "dns: boot ended by the test" || fail "dns: boot ended with QEMU status $rc (124 = hung)"
for want in "dhcp" "query answer.test 1" "query answer.test 28" "query cname.test 1" "query nx.test 1" \
	"query 10.2.0.192.in-addr.arpa 12" "silent silent.test 1"; do
	if grep -qx "$want" "$out/dns-net.txt" 2>/dev/null; then
		pass "dns: the segment saw \"$want\""
	else
		fail "dns: the segment never saw \"$want\""
	fi
done
if grep -q "^query bad" "$out/dns-net.txt" 2>/dev/null; then
	fail "dns: a malformed name was sent to the server"
else
	pass "dns: no query for a malformed name"
fi
grep '^info ' "$out/dns.log" | sed 's/^/  /'

# examples/http-get from the UEFI shell against tests/uefi/http-serve.py,
# which QEMU runs on this machine for each connection to 10.0.2.100:80
# (guestfwd; user network, restrict=on).  The files written are compared
# byte for byte with what was served.
mkdir -p "$out/http"
rm -f "$out/http-serve.txt" "$out"/http-*.got
head -c 1048576 /dev/urandom > "$out/http/plain.bin"
head -c 1048579 /dev/urandom > "$out/http/chunked.bin"
http_url=http://10.0.2.100
boot http 240 --copy "$dir/../../examples/http-get.efi" --mem 512 \
	--net "guestfwd=tcp:10.0.2.100:80-cmd:python3 $here/http-serve.py $out/http $out/http-serve.txt" \
	--nsh "fs0:
http-get.efi -o plain.bin $http_url/plain.bin
echo status-plain %lasterror%
http-get.efi -o chunked.bin $http_url/redirect
echo status-chunked %lasterror%
http-get.efi -m 0x80000001 $http_url/redirect-abs
echo status-mem %lasterror%
http-get.efi -o missing.bin $http_url/missing
echo status-missing %lasterror%
http-get.efi -q -o loop.bin $http_url/loop
echo status-loop %lasterror%
reset -s" \
	--extract plain.bin:"$out/http-plain.got" --extract chunked.bin:"$out/http-chunked.got"
tr -d '\r' < "$out/http.serial" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' > "$out/http.txt"
[ "$rc" = 0 ] && pass "http: the shell script ran to its end" || fail "http: boot ended with QEMU status $rc (124 = hung)"
http_check() {   # http_check WHAT CONDITION-COMMAND...
	local what=$1; shift
	if "$@"; then pass "http: $what"; else fail "http: $what"; fi
}
http_check "Content-Length body byte-identical (1 MiB)" cmp -s "$out/http/plain.bin" "$out/http-plain.got"
http_check "chunked body after a relative redirect byte-identical" cmp -s "$out/http/chunked.bin" "$out/http-chunked.got"
http_check "exit status 0 for both" grep -q "status-plain 0x0" "$out/http.txt"
http_check "exit status 0 after the redirect" grep -q "status-chunked 0x0" "$out/http.txt"
http_check "into memory of type 0x80000001 after an absolute redirect" \
	grep -q "^1048576 bytes at 0x[0-9a-f]*, memory type 0x80000001" "$out/http.txt"
http_check "404: the reason on stderr, exit status not 0" \
	sh -c "grep -q '^http-get: 404 Not Found' '$out/http.txt' && ! grep -q 'status-missing 0x0' '$out/http.txt'"
http_check "redirect loop: stopped after 5" \
	sh -c "grep -q 'too many redirects' '$out/http.txt' && ! grep -q 'status-loop 0x0' '$out/http.txt'"
http_check "the server saw Host headers" grep -q "^GET /plain.bin 10.0.2.100$" "$out/http-serve.txt"
http_check "a progress bar was drawn" grep -q "100%" "$out/http.txt"

# tests/programs/tinyhttpd: a POSIX file server written as a Linux program,
# built unchanged with uefi-cc (and with the host's cc against glibc, run
# first as the reference), started from the UEFI shell and driven from
# this machine through hostfwd (user network, restrict=on).
mkdir -p "$out/www"
printf 'hello from tinyhttpd\n' > "$out/www/hello.txt"
printf '<html><body>index</body></html>\n' > "$out/www/index.html"
head -c 262147 /dev/urandom > "$out/www/data.bin"
www_port=$((net_port + 4))
rm -f "$out/tinyhttpd-host.txt" "$out/tinyhttpd.txt" "$out/tinyhttpd.serial"
"$dir/../../programs/tinyhttpd-host" -p "$www_port" -n 5 "$out/www" > "$out/tinyhttpd-host.out" 2>&1 &
www_host=$!
python3 "$here/tinyhttpd-client.py" "$www_port" "$out/www" "$out/tinyhttpd-host.txt" 20 "$out/tinyhttpd-host.out"
kill "$www_host" 2>/dev/null
wait "$www_host" 2>/dev/null
python3 "$here/tinyhttpd-client.py" "$www_port" "$out/www" "$out/tinyhttpd.txt" 200 "$out/tinyhttpd.serial" &
www_client=$!
boot tinyhttpd 240 --copy "$dir/../../programs/tinyhttpd.efi" --copy "$out/www/hello.txt" \
	--copy "$out/www/index.html" --copy "$out/www/data.bin" --mem 512 \
	--net "hostfwd=tcp:127.0.0.1:$www_port-:8080" --nsh "fs0:
tinyhttpd.efi -n 5
echo status-tinyhttpd %lasterror%
reset -s"
wait "$www_client"
tr -d '\r' < "$out/tinyhttpd.serial" | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' > "$out/tinyhttpd.txt.serial"
[ "$rc" = 0 ] && pass "tinyhttpd: the shell script ran to its end" || fail "tinyhttpd: boot ended with QEMU status $rc (124 = hung)"
for what in hello data head missing index; do
	if grep -qx "ok $what" "$out/tinyhttpd-host.txt" 2>/dev/null; then
		pass "tinyhttpd (host build, glibc): $what"
	else
		fail "tinyhttpd (host build, glibc): $(grep " $what" "$out/tinyhttpd-host.txt" 2>/dev/null || echo "$what: no result")"
	fi
	if grep -qx "ok $what" "$out/tinyhttpd.txt" 2>/dev/null; then
		pass "tinyhttpd (uefi-cc build, in the firmware): $what"
	else
		fail "tinyhttpd (uefi-cc build, in the firmware): $(grep " $what" "$out/tinyhttpd.txt" 2>/dev/null || echo "$what: no result")"
	fi
done
if grep -q "^tinyhttpd: request 5 from 10.0.2.2$" "$out/tinyhttpd.txt.serial" && grep -q "status-tinyhttpd 0x0" "$out/tinyhttpd.txt.serial"; then
	pass "tinyhttpd: served 5 requests from QEMU's host address and exited with status 0"
else
	fail "tinyhttpd: its log: $(grep '^tinyhttpd\|status-tinyhttpd' "$out/tinyhttpd.txt.serial" | tr '\n' ';')"
fi
