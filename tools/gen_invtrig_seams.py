#!/usr/bin/env python3
"""Arguments next to the seams of the session 8 asin/acos fast path
(src/math/atan.c, asin_tab: the row in x from the bits of |x| + 1 + 2^-8 -
2^-52, the rows in w = 1 - |x| down to 2^-11) with asin x, acos x and
acos -x correctly rounded (mpmath, 200 bits), for test_invtrig_seams in
tests/host/test_math.c.
Run: python3 tools/gen_invtrig_seams.py   (prints the C initializer lines)"""
import math
from mpmath import mp, mpf
mp.prec = 200


def h(v):
    return float(v).hex()


def ulps(c, k):
    """c moved by k doubles"""
    x = c
    for _ in range(abs(k)):
        x = math.nextafter(x, math.inf if k > 0 else -math.inf)
    return x


centres = [2.0 ** -8] + [(j + 0.5) / 128 for j in (1, 2, 3, 31, 47, 63, 64, 95)] + [0.75]
centres += [1 - 2.0 ** e * (1 + i / 32) for e in (-11, -10, -9) for i in (0, 7, 16, 31)]
centres += [1 - 2.0 ** -11, 1 - 2.0 ** -8]
xs = sorted({ulps(c, k) for c in centres for k in (-2, -1, 0, 1, 2)})
for x in xs:
    a = mp.asin(mpf(x))
    print("\t\t{ %s, %s, %s, %s }," % (h(x), h(a), h(mp.acos(mpf(x))), h(mp.acos(-mpf(x)))))
