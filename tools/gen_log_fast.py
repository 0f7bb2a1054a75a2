#!/usr/bin/env python3
"""Session 8 log fast paths (src/math/log.c, docs/math.md "Session 8:
logarithms"): the series of log1p(r) - r on the reduced interval of the
128-row table of tools/gen_explog_tables.py, in base e, 2 and 10, and the
table of -log10(invc) for log10's own kernel.
Run: python3 tools/gen_log_fast.py   (prints the C text for log.c to stdout,
the bounds used by the error analysis to stderr; mpmath at 300 bits).

Series (base b, s = 1/ln b):  (log1p(r) - r) s = d2 r^2 + r^3 (d3 + d4 r +
d5 r^2 + d6 r^3 + d7 r^4 + d8 r^5), d2 = RN(-s/2) fixed, d3..d8 a near-minimax fit
(Chebyshev nodes, then exchange iterations) of the absolute error on the
union of the reduced intervals; the error with the double coefficients is
then measured on a dense grid (and at the ends)."""
import struct, sys
import mpmath
from mpmath import mp, mpf
mp.prec = 160

def h(x):
    return float(x).hex()

def d2b(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]

def b2d(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]

def round_to(v, quantum):
    return mpmath.nint(mpf(v) / quantum) * quantum

def round_bits(v, bits):
    v = mpf(v)
    e = mpmath.floor(mpmath.log(abs(v), 2))
    return round_to(v, mpf(2) ** (e - bits + 1))

def lg(v):
    return float(mpmath.log(abs(mpf(v)), 2))

# the table of gen_explog_tables.py (the same construction)
B = d2b(1 - 2.0 ** -9)
n = round((B - d2b(0.5 ** 0.5)) / 2 ** 45)
OFF = B - n * 2 ** 45
rlo, rhi = mpf(0), mpf(0)
ivs = []
for i in range(128):
    a = mpf(b2d(OFF + i * 2 ** 45))
    b = mpf(b2d(OFF + (i + 1) * 2 ** 45))
    invc = mpf(1) if i == n else round_bits(2 / (a + b), 20)
    lo_, hi_ = a * invc - 1, b * invc - 1
    rlo, rhi = min(rlo, lo_), max(rhi, hi_)
    ivs.append((invc, lo_, hi_))
print("r in [-2^%.4f, 2^%.4f]" % (lg(rlo), lg(rhi)), file=sys.stderr)

def fit(s):
    d2 = mpf(float(-s / 2))
    def g(r):   # what r^3 (d3 + ... + d7 r^4) approximates
        return (mpmath.log1p(r) - r) * s - d2 * r * r
    # minimax of |g(r) - r^3 q(r)|, q of degree 5: exchange (Remez) on 7 points
    m = 7
    pts = [(rlo + rhi) / 2 - (rhi - rlo) / 2 * mpmath.cos(mp.pi * j / (m - 1)) for j in range(m)]
    for it in range(30):
        # solve r^3 q(r) + (-1)^j E = g(r) at the points
        A = mpmath.matrix(m, m)
        y = mpmath.matrix(m, 1)
        for j, r in enumerate(pts):
            for k in range(6):
                A[j, k] = r ** (3 + k)
            A[j, 6] = (-1) ** j
            y[j] = g(r)
        sol = mpmath.lu_solve(A, y)
        q = [sol[k] for k in range(6)]
        err = lambda r: g(r) - sum(q[k] * r ** (3 + k) for k in range(6))
        # new extrema: scan a grid
        N = 1500
        grid = [rlo + (rhi - rlo) * j / N for j in range(N + 1)]
        ev = [err(r) for r in grid]
        # local extrema with alternating signs
        ext = [0]
        for j in range(1, N):
            if (ev[j] - ev[j - 1]) * (ev[j + 1] - ev[j]) <= 0:
                ext.append(j)
        ext.append(N)
        # keep m alternating extrema of largest magnitude
        sel = []
        for j in ext:
            if sel and (ev[j] > 0) == (ev[sel[-1]] > 0):
                if abs(ev[j]) > abs(ev[sel[-1]]):
                    sel[-1] = j
            else:
                sel.append(j)
        while len(sel) > m:
            if abs(ev[sel[0]]) < abs(ev[sel[-1]]):
                sel.pop(0)
            else:
                sel.pop()
        if len(sel) < m:
            break
        pts = [grid[j] for j in sel]
    qd = [mpf(float(c)) for c in q]
    # the error with the double coefficients, dense grid
    N = 6000
    worst = max(abs(g(r) - sum(qd[k] * r ** (3 + k) for k in range(6)))
                for r in [rlo + (rhi - rlo) * j / N for j in range(N + 1)])
    return d2, qd, worst

out = []
for name, s in (("LN", mpf(1)), ("L2", 1 / mp.ln2), ("L10", 1 / mp.log(10))):
    d2, q, worst = fit(s)
    print("series %s: approximation error (double coefficients) 2^%.2f absolute" % (name, lg(worst)), file=sys.stderr)
    out.append("#define %s_D2 %s" % (name, h(d2)))
    for k in range(6):
        out.append("#define %s_D%d %s" % (name, k + 3, h(q[k])))

# log10: -log10(invc) = T10h (a multiple of 2^-43: k L10H + T10h exact for
# |k| < 2^11, L10H = log10(2) to a multiple of 2^-43) + T10l.  Its fast
# two-sum hi = (k L10H + T10h) + ra A10 (A10 = 1/ln10 to 18 bits, ra = ma
# invc - 1, |ra| <= |r| + 2^-19.5) needs e(K) >= e(ra A10): checked for
# k = 0, i != n (k != 0: |K| >= log10(2 LOG_OFF) > 2^-2.8 > |ra A10|).
A10 = round_bits(1 / mp.log(10), 18)
L10H = round_to(mp.log10(2), mpf(2) ** -43)
L10L = mp.log10(2) - L10H
print("A10 = %s (%d bits)" % (h(A10), 18), file=sys.stderr)
out.append("#define L10_A %s" % h(A10))
out.append("#define L10_B %s" % h(1 / mp.log(10) - A10))
out.append("#define L10_S %s" % h(1 / mp.log(10)))
out.append("#define L10_H %s" % h(L10H))
out.append("#define L10_L %s" % h(L10L))
assert abs(mp.log10(2) - L10H - mpf(float(L10L))) < mpf(2) ** -96
out.append("static const double log10_tab[128][4] = {   /* invc, -log10(invc) as hi + lo, 0 */")
margin = 99
for i, (invc, lo_, hi_) in enumerate(ivs):
    L = -mpmath.log10(invc)
    Lh = round_to(L, mpf(2) ** -43)
    Ll = float(L - Lh)
    assert abs(L - Lh - mpf(Ll)) < mpf(2) ** -96 and abs(Lh) < 0.25
    if i != n:
        P = (max(abs(lo_), abs(hi_)) + mpf(2) ** -19.5) * A10
        margin = min(margin, int(mpmath.floor(mpmath.log(abs(Lh), 2)) - mpmath.floor(mpmath.log(P, 2))))
    out.append("\t{%s, %s, %s, 0}," % (h(invc), h(Lh), h(Ll)))
out.append("};")
print("log10: min e(T10h_i) - e((max |r_i| + 2^-19.5) A10) (i != %d) = %d" % (n, margin), file=sys.stderr)
assert margin >= 0
# k != 0: |K| >= log10(LOG_OFF 2) - |T10h - ...|: the smallest |k L10 + T10|
mk = min(abs(k * mp.log10(2) - mpmath.log10(invc)) for k in (-1, 1) for (invc, a, b) in ivs)
print("log10: min |K| for k = +-1: 2^%.3f" % lg(mk), file=sys.stderr)
# log2: invc, -log2(invc) = T2h (a multiple of 2^-42) + T2l: the rows of
# __math_log2_tab128 (gen_explog_tables.py, which checks log2's Fast2Sum
# condition) with invc beside them, one row per interval (32 bytes)
out.append("static const double log2_tab[128][4] = {   /* invc, -log2(invc) as hi + lo, 0 */")
for i, (invc, lo_, hi_) in enumerate(ivs):
    L = -mpmath.log(invc) / mp.ln2
    Lh = round_to(L, mpf(2) ** -42)
    Ll = float(L - Lh)
    assert abs(L - Lh - mpf(Ll)) < mpf(2) ** -95 and abs(Lh) < 0.5
    out.append("\t{%s, %s, %s, 0}," % (h(invc), h(Lh), h(Ll)))
out.append("};")
print("\n".join(out))
