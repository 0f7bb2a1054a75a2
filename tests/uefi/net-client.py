#!/usr/bin/env python3
"""The host side of t_net's server check: waits (bounded) for the guest to
say "info listening" on its verdict log, connects to 127.0.0.1:PORT (QEMU's
hostfwd to the guest), sends a line, and writes what came back to OUT.
Ends by itself within 200 s."""
import socket
import sys
import time

log, port, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
deadline = time.time() + 200
result = "never saw the guest listen"
while time.time() < deadline:
    try:
        with open(log, "rb") as f:
            seen = b"info listening" in f.read()
    except OSError:
        seen = False
    if seen:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
                s.sendall(b"hello guest\n")
                data = b""
                while True:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                result = "got " + data.decode("ascii", "replace").strip()
        except OSError as e:
            result = "error " + str(e)
        break
    time.sleep(0.2)
with open(out, "w") as f:
    f.write(result + "\n")
