#!/usr/bin/env python3
"""pty-run.py CMD...: runs CMD on a terminal of its own (a pty), and once
CMD's output shows "checksum" (tests/install/proj's program is then reading
stdin), types "typed line", Enter and Ctrl-D.  Prints all CMD wrote to the
terminal; exits with CMD's status.  For uefi-run's terminal stdin."""
import os
import pty
import select
import sys
import time

pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
out = b""
typed = False
deadline = time.monotonic() + 600
while time.monotonic() < deadline:
    r, _, _ = select.select([fd], [], [], 1)
    if not r:
        continue
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    out += data
    if not typed and b"checksum" in out:
        os.write(fd, b"typed line\n")
        time.sleep(1)
        os.write(fd, b"\x04")
        typed = True
else:
    os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
