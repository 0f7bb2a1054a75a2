#!/usr/bin/env python3
"""Drives tests/programs/tinyhttpd (the guest's copy through QEMU's
hostfwd, or the host's build) on 127.0.0.1:PORT: five requests, the
answers checked against the files in DIR.  Connection attempts are
repeated until the server answers (the guest takes a while to boot and
listen: hostfwd accepts and then closes while nobody listens), for at
most LIMIT seconds, and only after the server's output (the file READY)
says it is serving.  Writes one line per request to OUT: "ok WHAT" or
"bad WHAT: why"."""
import socket
import sys
import time

port, root, out, limit, ready = int(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5]
deadline = time.time() + limit
while time.time() < deadline:
    try:
        with open(ready, "rb") as f:
            if b"tinyhttpd: serving" in f.read():
                break
    except OSError:
        pass
    time.sleep(0.1)


def request(text):
    """The whole answer to one request, or None when nobody served it."""
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                s.sendall(text.encode())
                data = b""
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                if data:
                    return data
        except OSError:
            pass
        time.sleep(0.5)
    return None


def split(answer):
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        fields[k.strip().lower()] = v.strip()
    return lines[0], fields, body


def read(name):
    with open(f"{root}/{name}", "rb") as f:
        return f.read()


results = []


def check(what, answer, status, body=None, length=None):
    if answer is None:
        results.append(f"bad {what}: no answer")
        return
    line, fields, got = split(answer)
    if not line.startswith("HTTP/1.0 " + status):
        results.append(f"bad {what}: status line {line!r}")
    elif body is not None and got != body:
        results.append(f"bad {what}: body of {len(got)} bytes differs (want {len(body)})")
    elif length is not None and fields.get("content-length") != str(length):
        results.append(f"bad {what}: Content-Length {fields.get('content-length')!r}")
    else:
        results.append(f"ok {what}")


check("hello", request("GET /hello.txt HTTP/1.0\r\nHost: t\r\n\r\n"), "200", read("hello.txt"))
data = read("data.bin")
check("data", request("GET /data.bin HTTP/1.0\r\n\r\n"), "200", data, len(data))
check("head", request("HEAD /data.bin HTTP/1.0\r\n\r\n"), "200", b"", len(data))
check("missing", request("GET /missing.txt HTTP/1.0\r\n\r\n"), "404")
check("index", request("GET / HTTP/1.0\r\n\r\n"), "200", read("index.html"))
with open(out, "w") as f:
    f.write("\n".join(results) + "\n")
