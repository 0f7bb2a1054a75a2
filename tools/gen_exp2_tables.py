#!/usr/bin/env python3
"""exp2's table (src/math/exp.c, exp2_tab; docs/math.md, "Session 8, round 2").

Run: python3 tools/gen_exp2_tables.py > /tmp/exp2_tab.c  (mpmath, 300 bits; a
second or so).  Per j in 0..127, with c = ln2/128 and v = 2^(j/128):
  th = RN(v), tl = RN(v - th)          (th + tl within 2^-106 v)
  a  = (th + tl) c rounded to 41 significant bits  (a sh exact for |sh| <= 2^11 2^-12)
  e  = RN((th + tl) c - a)             (|e| < 2^-48)
so that (th + tl) c s = a sh + a sl + ((th + tl) c - a) s exactly.
On stderr: max |e|, max |a|, and checks that a has 41 bits."""
import sys
from mpmath import mp, mpf, log, ldexp, frexp, nint

mp.prec = 300

def rn(x, bits=53):
    if x == 0:
        return mpf(0)
    m, e = frexp(x)                     # x = m 2^e, 0.5 <= |m| < 1
    return ldexp(nint(ldexp(m, bits)), e - bits)

def hexd(x):
    return float(x).hex()

c = log(2) / 128
maxe = mpf(0)
maxa = mpf(0)
print("static const struct { double th, tl, a, e; } exp2_tab[128] = {")
for j in range(128):
    v = mpf(2) ** (mpf(j) / 128)
    th = rn(v)
    tl = rn(v - th)
    assert float(th) == th and float(tl) == tl
    full = (th + tl) * c
    a = rn(full, 41)
    e = rn(full - a)
    # a has at most 41 significant bits
    m, ex = frexp(a)
    assert ldexp(m, 41) == nint(ldexp(m, 41))
    maxe = max(maxe, abs(e))
    maxa = max(maxa, abs(a))
    print("\t{ %s, %s, %s, %s }," % (hexd(th), hexd(tl), hexd(a), hexd(e)))
print("};")
import mpmath
sys.stderr.write("max |e| = 2^%.2f, max |a| = 2^%.3f\n" % (float(mpmath.log(maxe, 2)), float(mpmath.log(maxa, 2))))
