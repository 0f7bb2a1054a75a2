#!/usr/bin/env python3
"""An IPv6 Ethernet segment for the two-guest boot (tests/uefi/suites/net6.sh).

Two QEMU guests, each with a NIC on `-netdev socket,udp=127.0.0.1:HUB_i,
localaddr=127.0.0.1:QEMU_i`: QEMU sends every frame its guest transmits as
one UDP datagram to 127.0.0.1:HUB_i and takes frames back from there.  This
script relays each frame to the other guest (a two-port hub) and is the
segment's router for SLAAC only: every second, and at once after a router
solicitation, it sends both guests a router advertisement (ICMPv6 134) from
fe80::1 with a prefix information option for 2001:db8:6::/64 (on-link,
autonomous), and it answers neighbour solicitations for fe80::1.  It routes
nothing.  Nothing leaves 127.0.0.1.

    net6-hub.py LOG HUB_A QEMU_A HUB_B QEMU_B

LOG gets one line per thing seen: "rs A", "dad A 2001:db8:6:0:..." (a
duplicate address probe: the address a guest is taking), "rst A port P"
(a TCP reset from guest A's port P), "frames A->B N B->A M" at the end
(SIGTERM)."""
import select
import signal
import socket
import struct
import sys
import time

MAC = bytes([0x52, 0x54, 0x00, 0x00, 0x06, 0x01])
ROUTER = socket.inet_pton(socket.AF_INET6, "fe80::1")
PREFIX = socket.inet_pton(socket.AF_INET6, "2001:db8:6::")
ALL_NODES = socket.inet_pton(socket.AF_INET6, "ff02::1")


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def icmp6_frame(dst_mac, src, dst, body):
    pseudo = src + dst + struct.pack("!IxxxB", len(body), 58)
    c = checksum(pseudo + body)
    body = body[:2] + struct.pack("!H", c) + body[4:]
    ip = struct.pack("!IHBB", 6 << 28, len(body), 58, 255) + src + dst
    return dst_mac + MAC + b"\x86\xdd" + ip + body


def router_advert():
    # type 134, code 0, checksum, hop limit 64, flags 0 (no DHCPv6),
    # router lifetime 1800 s, reachable 0, retrans 0
    ra = struct.pack("!BBHBBHII", 134, 0, 0, 64, 0, 1800, 0, 0)
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
            if len(frame) < 14 + 40 + 4 or frame[12:14] != b"\x86\xdd" or frame[20] != 58:
                continue
            src, dst, body = frame[22:38], frame[38:54], frame[54:]
            if body[0] == 133:        # router solicitation
                log.write("rs %s\n" % names[i])
                s.sendto(ra, ("127.0.0.1", qemu[i]))
            elif body[0] == 135 and len(body) >= 24:    # neighbour solicitation
                target = body[8:24]
                if src == bytes(16):
                    log.write("dad %s %s\n" % (names[i], socket.inet_ntop(socket.AF_INET6, target)))
                elif target == ROUTER:
                    # solicited, override; target link-layer address
                    na = struct.pack("!BBHI", 136, 0, 0, 0x60000000) + ROUTER
                    na += struct.pack("!BB", 2, 1) + MAC
                    s.sendto(icmp6_frame(frame[6:12], ROUTER, src, na), ("127.0.0.1", qemu[i]))


if __name__ == "__main__":
    main()
