#!/usr/bin/env python3
"""Arguments at the seams of sin's and cos's fast path (src/math/sin.c,
session 8: the reduction by pi/128, the range ends, huge arguments) with
sin, cos and tan correctly rounded (mpmath at 3000 bits), printed as the C
rows of test_trig_seams in tests/host/test_math.c.
Run: python3 tools/gen_trig_seams.py"""
import math
import mpmath
from mpmath import mp, mpf
mp.prec = 3000

def nxt(x, k):
    for _ in range(abs(k)):
        x = math.nextafter(x, math.inf if k > 0 else -math.inf)
    return x

xs = []
# the half-way points between table rows, where k flips: (k + 1/2) pi/128
for k in [0, 1, 2, 31, 32, 63, 64, 65, 127, 128, 129, 191, 255, 256, 257, 1000, 12345, 2 ** 20 + 7]:
    m = float((k + mpf(1) / 2) * mp.pi / 128)
    for d in (-2, -1, 0, 1, 2):
        xs.append(nxt(m, d))
# next to multiples of pi/128 (S = 0 rows and others), a small r
for k in [64, 128, 256, 384, 640, 1024, 4096, 100000]:
    m = float(k * mp.pi / 128)
    for d in (-3, 0, 3):
        xs.append(nxt(m, d))
    xs.append(m + 2.0 ** -20)
    xs.append(m - 2.0 ** -30)
# the ends of the fast path's range and of the old one
for v in [2.0 ** -27, 2.0 ** 19, 2.0 ** 18, 0.0122, 0.0123]:
    for d in (-1, 0, 1):
        xs.append(nxt(v, d))
# huge arguments (the reduction by __rem_pio2 then pi/128)
xs += [float.fromhex(h) for h in ('0x1.d69a1d1bc8cf5p+464', '0x1.fffffffffffffp+1023', '0x1.5p+100', '0x1.921fb54442d18p+60')]
xs += [1e300, 1e22, 3.0e19]
rows = []
for x in xs:
    for s in (1, -1):
        v = mpf(s * x)
        rows.append("\t\t{ %s, %s, %s, %s }," % (float(v).hex(), float(mpmath.sin(v)).hex(), float(mpmath.cos(v)).hex(),
                                                   float(mpmath.tan(v)).hex()))
print("\n".join(rows))
