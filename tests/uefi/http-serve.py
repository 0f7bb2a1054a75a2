#!/usr/bin/env python3
"""One HTTP/1.1 exchange on stdin/stdout, for QEMU's guestfwd=...-cmd: (QEMU
runs this once per connection the guest makes to the forwarded address, with
the connection as standard input and output; nothing else is reachable).

    http-serve.py DIR LOG

Serves DIR/plain.bin with Content-Length, DIR/chunked.bin chunked (chunk
sizes varying from 1 byte to 64 KiB), /redirect -> 302 to /chunked.bin
(a relative Location), /redirect-abs -> 301 to http://10.0.2.100/plain.bin,
/loop -> 302 to itself, anything else 404.  Appends "METHOD PATH HOST" to
LOG."""
import os
import random
import sys


def main():
    d, log = sys.argv[1], sys.argv[2]
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    request = inp.readline().decode("latin-1").strip()
    headers = {}
    while True:
        line = inp.readline()
        if not line or line in (b"\r\n", b"\n"):
            break
        k, _, v = line.decode("latin-1").partition(":")
        headers[k.strip().lower()] = v.strip()
    parts = request.split()
    method, path = (parts[0], parts[1]) if len(parts) >= 2 else ("?", "?")
    with open(log, "a") as f:
        f.write("%s %s %s\n" % (method, path, headers.get("host", "-")))

    def send(status, extra, body=b""):
        out.write(("HTTP/1.1 %s\r\n" % status).encode())
        for k, v in extra:
            out.write(("%s: %s\r\n" % (k, v)).encode())
        out.write(b"Connection: close\r\n\r\n")
        out.write(body)
        out.flush()

    if path == "/plain.bin":
        data = open(os.path.join(d, "plain.bin"), "rb").read()
        send("200 OK", [("Content-Length", len(data)), ("Content-Type", "application/octet-stream")], data)
    elif path == "/chunked.bin":
        data = open(os.path.join(d, "chunked.bin"), "rb").read()
        send("200 OK", [("Transfer-Encoding", "chunked")])
        rng = random.Random(len(data))
        i = 0
        while i < len(data):
            n = min(len(data) - i, rng.choice([1, 7, 100, 4096, 65536, rng.randint(1, 65536)]))
            out.write(b"%x;ext=1\r\n" % n + data[i:i + n] + b"\r\n")
            i += n
        out.write(b"0\r\nX-Trailer: yes\r\n\r\n")
        out.flush()
    elif path == "/redirect":
        send("302 Found", [("Location", "/chunked.bin"), ("Content-Length", 5)], b"moved")
    elif path == "/redirect-abs":
        send("301 Moved Permanently", [("Location", "http://10.0.2.100/plain.bin"), ("Content-Length", 0)])
    elif path == "/loop":
        send("302 Found", [("Location", "/loop"), ("Content-Length", 0)])
    else:
        send("404 Not Found", [("Content-Length", 9)], b"not found")


if __name__ == "__main__":
    main()
