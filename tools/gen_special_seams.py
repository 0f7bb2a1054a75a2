#!/usr/bin/env python3
"""Prints the argument/result table of test_special_seams in
tests/host/test_math.c: erf, erfc and lgamma at the edges of their fast
paths' table rows (src/math/erf.c, src/math/gamma.c: erf's rows i/32 up to
6, erfc's negative arguments, lgamma's rows 2^e (1 + j/32) from 1/2 to 64),
each edge and the double below it, the results correctly rounded by mpmath
at 300 bits.  Run: python3 tools/gen_special_seams.py"""
import math
import mpmath
mpmath.mp.prec = 300

def below(x):
    return math.nextafter(x, -math.inf)

def cr(v):
    return float(mpmath.mpf(v))   # to nearest, ties to even

rows = []
for i in range(1, 193):
    s = i / 32
    for x in (s, below(s)):
        rows.append(('erf', x, cr(mpmath.erf(x))))
for i in range(16, 193):
    s = -i / 32
    for x in (s, math.nextafter(s, math.inf)):
        rows.append(('erfc', x, cr(mpmath.erfc(x))))
for e in range(-1, 6):
    for j in range(32):
        s = 2.0 ** e * (1 + j / 32)
        for x in (s, below(s)):
            if x in (1.0, 2.0):
                continue
            rows.append(('lgamma', x, cr(mpmath.loggamma(x))))
rows.append(('lgamma', 64.0, cr(mpmath.loggamma(64))))
rows.append(('lgamma', below(64.0), cr(mpmath.loggamma(below(64.0)))))
for f, x, y in rows:
    print('\t\t{ %d, %s, %s },' % (('erf', 'erfc', 'lgamma').index(f), float.hex(x), float.hex(y)))
