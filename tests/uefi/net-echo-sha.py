#!/usr/bin/env python3
"""An echo server for one connection, run by QEMU for each guest
connection to 10.0.2.100:8 (guestfwd=...-cmd:, the connection on standard
input and output): sends back every byte, and at the end of the stream
appends "BYTES SHA256-HEX" of what it received to the file OUT."""
import hashlib
import os
import sys

h = hashlib.sha256()
total = 0
while True:
    data = os.read(0, 1 << 16)
    if not data:
        break
    h.update(data)
    total += len(data)
    view = memoryview(data)
    while view:
        n = os.write(1, view)
        view = view[n:]
with open(sys.argv[1], "a") as f:
    f.write(f"{total} {h.hexdigest()}\n")
