#!/usr/bin/env python3
"""Polynomials of the fast paths in src/math/hyper.c (docs/math.md, "Session
8: hyperbolic functions"), fitted with mpmath and checked on a dense grid at
200 bits.  Run: python3 tools/gen_hyper_poly.py (prints the coefficients as C
constants and the measured approximation errors; nothing is generated into
the sources, the constants are copied by hand)."""
import re, struct, sys
import mpmath
from mpmath import mp, mpf
mp.prec = 200

def b2d(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]

def h(x):
    return float(x).hex()

def log_table():
    """invc of __math_log_tab128, from src/math/explog_data.c"""
    src = open("src/math/explog_data.c").read()
    body = src[src.index("__math_log_tab128[128][3]"):]
    rows = re.findall(r"\{(\S+), (\S+), (\S+)\}", body)[:128]
    return [float.fromhex(r[0]) for r in rows]

def r_range():
    """min and max of r = z invc - 1 over the log kernel's intervals"""
    LOG_OFF = 0x3fe6b00000000000
    lo = hi = 0
    for i, invc in enumerate(log_table()):
        a = mpf(b2d(LOG_OFF + i * 2 ** 45))
        b = mpf(b2d(LOG_OFF + (i + 1) * 2 ** 45))
        lo = min(lo, a * invc - 1)
        hi = max(hi, b * invc - 1)
    return lo, hi

def fit(f, a, b, deg, weight):
    """near-minimax (Chebyshev interpolation) polynomial of degree deg for f
    on [a, b], coefficients rounded to double, lowest first; returns the
    coefficients and the largest |weight(x) (f(x) - p(x))| on a grid"""
    c, _ = mpmath.chebyfit(f, [a, b], deg + 1, error=True)
    c = [float(v) for v in reversed(c)]
    err = 0
    for k in range(4001):
        x = a + (b - a) * mpf(k) / 4000
        p = mpf(0)
        for v in reversed(c):
            p = p * x + mpf(v)
        err = max(err, abs(weight(x) * (f(x) - p)))
    return c, err

def log2_(v):
    return float(mpmath.log(v, 2)) if v else float("-inf")

# log1p(r) - r = -r^2/2 + r^3 (C3 + C4 r + C5 r^2 + C6 r^3 + C7 r^4), the
# log kernel of asinh and acosh (hlog in hyper.c)
rmin, rmax = r_range()
print("log: r in [%s, %s] (2^%.4f, 2^%.4f)" % (h(rmin), h(rmax), log2_(-rmin), log2_(rmax)))
def g(r):
    if r == 0:
        return mpf(1) / 3
    return (mpmath.log1p(r) - r + r * r / 2) / r ** 3
c, err = fit(g, rmin, rmax, 4, lambda r: abs(r) ** 3)
for k, v in enumerate(c):
    print("#define HL_C%d %s" % (k + 3, h(v)))
print("log1p(r) - r: approximation error 2^%.2f (absolute)" % log2_(err))
