#!/usr/bin/env python3
"""The host side of t_net (tests/uefi/suites/net.sh): waits (bounded) for
the guest to say "info listening" on its verdict log, connects to
127.0.0.1:TCP_PORT (QEMU's hostfwd to the guest's 8080), sends a line and
records the answer; then waits for "info udp ready" and sends datagrams to
127.0.0.1:UDP_PORT (hostfwd to the guest's 9000), each repeated until the
guest's log says it arrived.
Writes one result line per part to OUT.  Ends by itself within 300 s."""
import socket
import sys
import time

log, tcp_port, udp_port, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
deadline = time.time() + 300


def wait_for(marker, limit=None):
    end = deadline if limit is None else min(deadline, time.time() + limit)
    while True:
        try:
            with open(log, "rb") as f:
                if marker in f.read():
                    return True
        except OSError:
            pass
        if time.time() >= end:
            return False
        time.sleep(0.05)


results = []
if wait_for(b"info listening"):
    try:
        with socket.create_connection(("127.0.0.1", tcp_port), timeout=60) as s:
            s.sendall(b"hello guest\n")
            data = b""
            while True:
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
            results.append("tcp got " + data.decode("ascii", "replace").strip())
    except OSError as e:
        results.append("tcp error " + str(e))
else:
    results.append("tcp never saw the guest listen")

if wait_for(b"info udp ready"):
    try:
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.settimeout(30)
        lost = []
        for size in (1, 100, 1000, 1472):
            d = bytes((j + size) & 255 for j in range(size))
            mark = b"info udp got %d\n" % size
            for attempt in range(200):
                u.sendto(d, ("127.0.0.1", udp_port))
                if wait_for(mark, 0.3):
                    break
            else:
                lost.append(str(size))
        done = False
        for attempt in range(100):
            for d in (b"T" * 100, b"U" * 50, b"after"):
                u.sendto(d, ("127.0.0.1", udp_port))
            if wait_for(b"info udp done", 0.5):
                done = True
                break
        if lost:
            results.append("udp never arrived: " + ",".join(lost))
        else:
            results.append("udp ok" if done else "udp never got done")
    except OSError as e:
        results.append("udp error " + str(e))
else:
    results.append("udp never saw the guest ready")

with open(out, "w") as f:
    f.write("\n".join(results) + "\n")
