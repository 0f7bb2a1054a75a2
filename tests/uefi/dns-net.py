#!/usr/bin/env python3
"""A tiny Ethernet segment for the DNS boot (tests/uefi/suites/net.sh).

QEMU's `-netdev socket,udp=127.0.0.1:PORT,localaddr=127.0.0.1:QPORT` sends
every frame the guest's NIC transmits as one UDP datagram to 127.0.0.1:PORT,
and takes frames back the same way.  This script is everything on that
segment: it answers ARP for every address but the guest's own (so the
guest's duplicate-address probe finds nobody), and a DNS server at
10.0.3.3 answers from the table below.  10.0.3.4 is a DNS server that never
answers.  Nothing else answers, DHCP included.  Nothing leaves 127.0.0.1.

    dns-net.py LOG PORT [--dhcp]

With --dhcp a DHCP server at 10.0.3.2 offers the guest 10.0.3.15/24, the
router 10.0.3.2 and the DNS server 10.0.3.3 (the fault sweeps, suites/
fault.sh); without it nobody answers DHCP.

LOG gets one line per thing seen: "query NAME TYPE", "silent NAME TYPE",
"dhcp" (a DHCP request nobody answered), "dhcp offer", "dhcp ack"."""
import socket
import struct
import sys

GUEST = bytes([10, 0, 3, 15])
DNS = bytes([10, 0, 3, 3])
SILENT = bytes([10, 0, 3, 4])
MAC = bytes([0x52, 0x54, 0x00, 0x00, 0x03, 0x02])
ROUTER = bytes([10, 0, 3, 2])

A, PTR, CNAME, AAAA = 1, 12, 5, 28


def ip4(s):
    return socket.inet_aton(s)


def ip6(s):
    return socket.inet_pton(socket.AF_INET6, s)


def name_bytes(name):
    out = b""
    for label in name.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def rev6(s):
    """The ip6.arpa name of an IPv6 address (RFC 3596)."""
    return ".".join(reversed(ip6(s).hex())) + ".ip6.arpa"


# (name, type) -> rcode, or a list of (type, rdata); CNAME rdata is a name
# and the records after it are owned by that name.
TABLE = {
    ("answer.test", A): [(A, ip4("192.0.2.10")), (A, ip4("192.0.2.11"))],
    ("answer.test", AAAA): [(AAAA, ip6("2001:db8::10"))],
    ("cname.test", A): [(CNAME, "answer.test"), (A, ip4("192.0.2.10"))],
    ("v6only.test", A): [],
    ("v6only.test", AAAA): [(AAAA, ip6("2001:db8::6"))],
    ("nx.test", A): 3,
    ("servfail.test", A): 2,
    ("10.2.0.192.in-addr.arpa", PTR): [(PTR, "answer.test")],
    (rev6("2001:db8::10"), PTR): [(PTR, "answer.test")],
}


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def udp_frame(dst_mac, src_ip, dst_ip, sport, dport, payload):
    ulen = 8 + len(payload)
    pseudo = src_ip + dst_ip + struct.pack("!BBH", 0, 17, ulen)
    uh = struct.pack("!HHHH", sport, dport, ulen, 0)
    c = checksum(pseudo + uh + payload) or 0xFFFF
    uh = struct.pack("!HHHH", sport, dport, ulen, c)
    ih = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + ulen, 0, 0, 64, 17, 0, src_ip, dst_ip)
    ih = ih[:10] + struct.pack("!H", checksum(ih)) + ih[12:]
    return dst_mac + MAC + b"\x08\x00" + ih + uh + payload


def dns_answer(query):
    qid, flags, qd = struct.unpack("!HHH", query[:6])
    i = 12
    labels = []
    while query[i]:
        labels.append(query[i + 1:i + 1 + query[i]].decode("ascii", "replace"))
        i += 1 + query[i]
    qname = ".".join(labels).lower()
    qtype, qclass = struct.unpack("!HH", query[i + 1:i + 5])
    question = query[12:i + 5]
    entry = TABLE.get((qname, qtype), 3 if not any(k[0] == qname for k in TABLE) else [])
    rcode, records = (entry, []) if isinstance(entry, int) else (0, entry)
    body = b""
    owner = 12  # offset of the question's name: every answer's name is a pointer
    offset = 12 + len(question)
    for rtype, rdata in records:
        if isinstance(rdata, str):
            rdata = name_bytes(rdata)
        rr = struct.pack("!HHHIH", 0xC000 | owner, rtype, 1, 60, len(rdata))
        if rtype == CNAME:
            owner = offset + len(rr)
        body += rr + rdata
        offset += len(rr) + len(rdata)
    authority = 0
    if rcode or not records:
        # As real servers do (RFC 2308): the zone's SOA in the authority
        # section of a negative answer.
        soa = name_bytes("ns.test") + name_bytes("admin.test") + struct.pack("!IIIII", 1, 3600, 600, 86400, 60)
        body += struct.pack("!HHHIH", 0xC000 | 12, 6, 1, 60, len(soa)) + soa
        authority = 1
    head = struct.pack("!HHHHHH", qid, 0x8180 | (flags & 0x0100) | rcode, 1, len(records), authority, 0)
    return qname, qtype, head + question + body


def dhcp_reply(payload):
    """The OFFER for a DISCOVER, the ACK for a REQUEST (RFC 2131), else None."""
    if len(payload) < 240 or payload[0] != 1 or payload[236:240] != b"\x63\x82\x53\x63":
        return None, None
    kind, i = None, 240
    while i < len(payload) and payload[i] != 255:
        if payload[i] == 0:
            i += 1
            continue
        if i + 1 >= len(payload):
            break
        code, n = payload[i], payload[i + 1]
        if code == 53 and n >= 1:
            kind = payload[i + 2]
        i += 2 + n
    answer = {1: 2, 3: 5}.get(kind)
    if answer is None:
        return None, None
    reply = bytearray(240)
    reply[0:4] = b"\x02\x01\x06\x00"
    reply[4:8] = payload[4:8]            # xid
    reply[10:12] = payload[10:12]        # flags
    reply[16:20] = GUEST                 # yiaddr
    reply[20:24] = ROUTER                # siaddr
    reply[28:44] = payload[28:44]        # chaddr
    reply[236:240] = b"\x63\x82\x53\x63"
    opts = bytes([53, 1, answer]) + bytes([54, 4]) + ROUTER + bytes([51, 4]) + struct.pack("!I", 3600)
    opts += bytes([1, 4, 255, 255, 255, 0]) + bytes([3, 4]) + ROUTER + bytes([6, 4]) + DNS + bytes([255])
    return ("offer" if answer == 2 else "ack"), bytes(reply) + opts


def main():
    serve_dhcp = "--dhcp" in sys.argv[3:]
    log = open(sys.argv[1], "a", buffering=1)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", int(sys.argv[2])))
    while True:
        frame, peer = s.recvfrom(65536)
        if peer[0] != "127.0.0.1" or len(frame) < 14:
            continue
        src_mac, etype = frame[6:12], struct.unpack("!H", frame[12:14])[0]
        if etype == 0x0806 and len(frame) >= 42:
            op = struct.unpack("!H", frame[20:22])[0]
            spa, tpa = frame[28:32], frame[38:42]
            if op == 1 and tpa != GUEST and spa != b"\0\0\0\0":
                reply = (src_mac + MAC + b"\x08\x06" + struct.pack("!HHBBH", 1, 0x0800, 6, 4, 2) +
                         MAC + tpa + frame[22:28] + spa)
                s.sendto(reply, peer)
            continue
        if etype != 0x0800 or len(frame) < 34 or frame[23] != 17:
            continue
        ihl = (frame[14] & 15) * 4
        src_ip, dst_ip = frame[26:30], frame[30:34]
        u = 14 + ihl
        sport, dport = struct.unpack("!HH", frame[u:u + 4])
        payload = frame[u + 8:]
        if dport == 67:
            kind, reply = dhcp_reply(payload) if serve_dhcp else (None, None)
            if reply is None:
                log.write("dhcp\n")
                continue
            log.write("dhcp %s\n" % kind)
            s.sendto(udp_frame(b"\xff" * 6, ROUTER, b"\xff\xff\xff\xff", 67, 68, reply), peer)
            continue
        if dport != 53 or len(payload) < 17:
            continue
        try:
            qname, qtype, answer = dns_answer(payload)
        except (IndexError, struct.error):
            log.write("malformed query %s\n" % payload.hex())
            continue
        if dst_ip == SILENT or qname == "silent.test":
            log.write("silent %s %d\n" % (qname, qtype))
            continue
        if dst_ip != DNS:
            continue
        log.write("query %s %d\n" % (qname, qtype))
        s.sendto(udp_frame(src_mac, DNS, src_ip, 53, sport, answer), peer)


if __name__ == "__main__":
    main()
