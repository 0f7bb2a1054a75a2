#!/usr/bin/env python3
"""An IPv6 Ethernet segment for the two-guest boot (tests/uefi/suites/net6.sh).

Two QEMU guests, each with a NIC on `-netdev socket,udp=127.0.0.1:HUB_i,
localaddr=127.0.0.1:QEMU_i`: QEMU sends every frame its guest transmits as
one UDP datagram to 127.0.0.1:HUB_i and takes frames back from there.  This
script relays each frame to the other guest (a two-port hub) and is the
segment's router for SLAAC only: every second, and at once after a router
solicitation, it sends both guests a router advertisement (ICMPv6 134) from
fe80::1 with a prefix information option for 2001:db8:6::/64 (on-link,
autonomous) with the O flag (other configuration by DHCPv6), and it
answers neighbour solicitations for fe80::1, 2001:db8:6::53, ::54 and
::55.  It routes nothing.  At 2001:db8:6::53 and ::54 a DNS server answers from
dns-net.py's table; a DHCPv6 Information-Request (RFC 8415; EDK II sends
one for the O flag) gets a Reply with the first (option 23), so that a
query to the second comes from a static configuration; ::55 is a DNS
server that never answers (its queries are logged, "silent B NAME TYPE"),
for the failover to the next server.  A TCP SYN to
either gets a reset (RFC 9293 3.10.7.1: no one listens), logged as
"reset A PORT".  The duplicate address probe
for 2001:db8:6::dead is answered (a host that has it), so that
uefi_net_set_ipv6 meets a taken address.  Nothing leaves 127.0.0.1.

    net6-hub.py LOG HUB_A QEMU_A HUB_B QEMU_B

LOG gets one line per thing seen: "rs A", "dad A 2001:db8:6:0:..." (a
duplicate address probe: the address a guest is taking), "rst A port P"
(a TCP reset from guest A's port P), "dhcp6 A" (a Reply sent), "query A
53 NAME TYPE" (a DNS query to ::53 answered), "taken A ADDR" (a probe answered),
"frames A->B N B->A M" at the end (SIGTERM)."""
import importlib.util
import os
import select
import signal
import socket
import struct
import sys
import time

_spec = importlib.util.spec_from_file_location(
    "dns_net", os.path.join(os.path.dirname(os.path.abspath(__file__)), "dns-net.py"))
dns_net = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dns_net)
checksum = dns_net.checksum

MAC = bytes([0x52, 0x54, 0x00, 0x00, 0x06, 0x01])
ROUTER = socket.inet_pton(socket.AF_INET6, "fe80::1")
PREFIX = socket.inet_pton(socket.AF_INET6, "2001:db8:6::")
ALL_NODES = socket.inet_pton(socket.AF_INET6, "ff02::1")
DNS = socket.inet_pton(socket.AF_INET6, "2001:db8:6::53")
DNS2 = socket.inet_pton(socket.AF_INET6, "2001:db8:6::54")
SILENT = socket.inet_pton(socket.AF_INET6, "2001:db8:6::55")
TAKEN = socket.inet_pton(socket.AF_INET6, "2001:db8:6::dead")


def ip6_frame(dst_mac, src, dst, proto, body, csum_at):
    """An Ethernet frame with IPv6 (hop limit 255) carrying body, whose
    checksum (over the pseudo-header) goes at offset csum_at."""
    pseudo = src + dst + struct.pack("!IxxxB", len(body), proto)
    body = body[:csum_at] + b"\0\0" + body[csum_at + 2:]
    c = checksum(pseudo + body)
    if proto == 17 and c == 0:
        c = 0xFFFF
    body = body[:csum_at] + struct.pack("!H", c) + body[csum_at + 2:]
    ip = struct.pack("!IHBB", 6 << 28, len(body), proto, 255) + src + dst
    return dst_mac + MAC + b"\x86\xdd" + ip + body


def icmp6_frame(dst_mac, src, dst, body):
    return ip6_frame(dst_mac, src, dst, 58, body, 2)


def udp6_frame(dst_mac, src, dst, sport, dport, payload):
    return ip6_frame(dst_mac, src, dst, 17, struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload, 6)


def dhcp6_reply(msg):
    """The Reply to an Information-Request (type 11): the client's
    identifier back, ours (a DUID-LL of MAC), the DNS server; else None."""
    if len(msg) < 4 or msg[0] != 11:
        return None
    out = bytes([7]) + msg[1:4]
    i = 4
    while i + 4 <= len(msg):
        code, n = struct.unpack("!HH", msg[i:i + 4])
        if code == 1:
            out += msg[i:i + 4 + n]
        i += 4 + n
    duid = struct.pack("!HH", 3, 1) + MAC
    out += struct.pack("!HH", 2, len(duid)) + duid
    out += struct.pack("!HH", 23, 16) + DNS
    return out


def router_advert():
    # type 134, code 0, checksum, hop limit 64, flags O (DHCPv6 for other
    # configuration, not addresses), router lifetime 1800 s, reachable 0,
    # retrans 0
    ra = struct.pack("!BBHBBHII", 134, 0, 0, 64, 0x40, 1800, 0, 0)
    # prefix information: type 3, len 4, /64, L|A, valid, preferred
    ra += struct.pack("!BBBBIII", 3, 4, 64, 0xC0, 86400, 14400, 0) + PREFIX
    ra += struct.pack("!BB", 1, 1) + MAC    # source link-layer address
    return icmp6_frame(b"\x33\x33\x00\x00\x00\x01", ROUTER, ALL_NODES, ra)


def main():
    log = open(sys.argv[1], "w", buffering=1)
    hub = [int(sys.argv[2]), int(sys.argv[4])]
    qemu = [int(sys.argv[3]), int(sys.argv[5])]
    socks = []
    for p in hub:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.bind(("127.0.0.1", p))
        socks.append(s)
    names = "AB"
    count = [0, 0]

    def stop(*_):
        log.write("frames A->B %d B->A %d\n" % (count[0], count[1]))
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    ra = router_advert()
    next_ra = 0.0
    while True:
        now = time.monotonic()
        if now >= next_ra:
            for i in range(2):
                socks[i].sendto(ra, ("127.0.0.1", qemu[i]))
            next_ra = now + 1.0
        r, _, _ = select.select(socks, [], [], max(0.0, next_ra - now))
        for s in r:
            i = socks.index(s)
            frame, _ = s.recvfrom(65536)
            count[i] += 1
            socks[1 - i].sendto(frame, ("127.0.0.1", qemu[1 - i]))
            if len(frame) >= 14 + 40 + 20 and frame[12:14] == b"\x86\xdd" and frame[20] == 6 and frame[54 + 13] & 4:
                log.write("rst %s port %d\n" % (names[i], struct.unpack("!H", frame[54:56])[0]))
            if len(frame) < 14 + 40 + 8 or frame[12:14] != b"\x86\xdd":
                continue
            src, dst, body = frame[22:38], frame[38:54], frame[54:]
            if frame[20] == 6 and dst in (DNS, DNS2) and len(body) >= 20 and body[13] & 2:
                sport, dport, seq = struct.unpack("!HHI", body[:8])
                log.write("reset %s %d\n" % (names[i], dport))
                # RST|ACK, seq 0, ack = the SYN's seq + 1, data offset 5
                rst = struct.pack("!HHIIBBHHH", dport, sport, 0, (seq + 1) & 0xFFFFFFFF, 0x50, 0x14, 0, 0, 0)
                s.sendto(ip6_frame(frame[6:12], dst, src, 6, rst, 16), ("127.0.0.1", qemu[i]))
                continue
            if frame[20] == 17:
                sport, dport = struct.unpack("!HH", body[:4])
                payload = body[8:]
                if dport == 547:
                    reply = dhcp6_reply(payload)
                    if reply:
                        log.write("dhcp6 %s\n" % names[i])
                        s.sendto(udp6_frame(frame[6:12], ROUTER, src, 547, 546, reply), ("127.0.0.1", qemu[i]))
                elif dport == 53 and dst == SILENT and len(payload) >= 17:
                    try:
                        qname, qtype, _ = dns_net.dns_answer(payload)
                        log.write("silent %s %s %d\n" % (names[i], qname, qtype))
                    except (IndexError, struct.error):
                        log.write("malformed query %s\n" % payload.hex())
                elif dport == 53 and dst in (DNS, DNS2) and len(payload) >= 17:
                    try:
                        qname, qtype, answer = dns_net.dns_answer(payload)
                    except (IndexError, struct.error):
                        log.write("malformed query %s\n" % payload.hex())
                        continue
                    log.write("query %s %x %s %d\n" % (names[i], dst[15], qname, qtype))
                    s.sendto(udp6_frame(frame[6:12], dst, src, 53, sport, answer), ("127.0.0.1", qemu[i]))
                continue
            if frame[20] != 58:
                continue
            if body[0] == 133:        # router solicitation
                log.write("rs %s\n" % names[i])
                s.sendto(ra, ("127.0.0.1", qemu[i]))
            elif body[0] == 135 and len(body) >= 24:    # neighbour solicitation
                target = body[8:24]
                if src == bytes(16):
                    log.write("dad %s %s\n" % (names[i], socket.inet_ntop(socket.AF_INET6, target)))
                    if target == TAKEN:
                        # RFC 4862 5.4.3: the owner answers a probe to all nodes,
                        # override, not solicited.
                        log.write("taken %s %s\n" % (names[i], socket.inet_ntop(socket.AF_INET6, target)))
                        na = struct.pack("!BBHI", 136, 0, 0, 0x20000000) + TAKEN
                        na += struct.pack("!BB", 2, 1) + MAC
                        s.sendto(icmp6_frame(b"\x33\x33\x00\x00\x00\x01", TAKEN, ALL_NODES, na),
                                 ("127.0.0.1", qemu[i]))
                elif target in (ROUTER, DNS, DNS2, SILENT):
                    # solicited, override; target link-layer address
                    na = struct.pack("!BBHI", 136, 0, 0, 0x60000000) + target
                    na += struct.pack("!BB", 2, 1) + MAC
                    s.sendto(icmp6_frame(frame[6:12], target, src, na), ("127.0.0.1", qemu[i]))


if __name__ == "__main__":
    main()
