#!/usr/bin/env python3
"""Types at a program through QEMU's serial port, as a person would.

    serial-typist.py SOCKET LOG STEP...

SOCKET is QEMU's serial chardev (qemu-run.sh --serial socket:SOCKET, which
makes QEMU wait for this script before the guest starts).  Everything the
guest prints is appended to LOG.  Each STEP is
    expect:TEXT   wait (60 s at most) until TEXT appears in the output after
                  the previous match (ANSI escapes and CRs removed)
    send:TEXT     type TEXT; Python escapes: \\r Enter, \\x08 backspace,
                  \\x04 Ctrl-D
After the last step the output is read until QEMU closes the socket.
Exit status 0, or 1 when an expected text did not appear (what did is in LOG).
"""
import re
import socket
import sys
import time

sock_path, log_path, steps = sys.argv[1], sys.argv[2], sys.argv[3:]
ansi = re.compile(rb'\x1b\[[0-9;?]*[A-Za-z]')

s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
deadline = time.time() + 30
while True:
    try:
        s.connect(sock_path)
        break
    except OSError:
        if time.time() > deadline:
            sys.exit('serial-typist: cannot connect to ' + sock_path)
        time.sleep(0.1)

log = open(log_path, 'wb')
raw = b''
seen = 0      # offset in the cleaned text after the last match


def clean():
    return ansi.sub(b'', raw).replace(b'\r', b'')


def pump(timeout):
    global raw
    s.settimeout(timeout)
    try:
        data = s.recv(65536)
    except socket.timeout:
        return True
    if not data:
        return False
    raw += data
    log.write(data)
    log.flush()
    return True


for step in steps:
    kind, _, text = step.partition(':')
    if kind == 'send':
        s.sendall(text.encode('latin-1').decode('unicode_escape').encode('latin-1'))
    elif kind == 'expect':
        want = text.encode()
        deadline = time.time() + 60
        while True:
            i = clean().find(want, seen)
            if i >= 0:
                seen = i + len(want)
                break
            if time.time() > deadline or not pump(0.5):
                print('serial-typist: never saw %r' % text, file=sys.stderr)
                sys.exit(1)
    else:
        sys.exit('serial-typist: bad step ' + step)

while pump(120):
    pass
