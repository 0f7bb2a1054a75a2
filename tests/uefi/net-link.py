#!/usr/bin/env python3
"""The host side of t_net_link (tests/uefi/suites/net.sh): QEMU starts
paused (-S) with its monitor on the Unix socket MON; this script sets the
NIC's link down (set_link n0 off) and lets the guest run (cont), then
follows the guest's verdict LOG: "info link-on please" puts the link up,
"info link-off please" down again.  Writes what it did to OUT, one line
each.  Ends by itself within 240 s."""
import os
import socket
import sys
import time

mon, log, out = sys.argv[1], sys.argv[2], sys.argv[3]
deadline = time.time() + 240
done = []


def record(line):
    done.append(line)
    with open(out, "w") as f:
        f.write("\n".join(done) + "\n")


def command(s, text):
    s.sendall(text.encode() + b"\n")
    time.sleep(0.2)
    try:
        s.recv(65536)
    except OSError:
        pass


def wait_log(marker):
    while time.time() < deadline:
        try:
            with open(log, "rb") as f:
                if marker in f.read():
                    return True
        except OSError:
            pass
        time.sleep(0.05)
    return False


s = None
while time.time() < deadline and s is None:
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(mon)
    except OSError:
        s = None
        time.sleep(0.05)
if s is None:
    record("no monitor")
    sys.exit(1)
s.settimeout(1)
command(s, "set_link n0 off")
command(s, "cont")
record("link off, running")
if wait_log(b"info link-on please"):
    command(s, "set_link n0 on")
    record("link on")
if wait_log(b"info link-off please"):
    command(s, "set_link n0 off")
    record("link off again")
s.close()
