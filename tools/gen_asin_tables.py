#!/usr/bin/env python3
"""Generates src/math/asin_tables.c: the piecewise polynomials of the asin,
acos, atan, atan2 and tan fast paths (src/math/atan.c), computed with mpmath at
300 bits.

One function serves both: F(w) = asin(sqrt w) / sqrt w (F(0) = 1), analytic
for w < 1.  asin x = x F(x^2) for |x| < 1/2, and for 1/2 <= |x| < 1, with
w = (1 - |x|)/2, acos |x| = 2 asin(sqrt w) = 2 sqrt(w) F(w).  So w lies in
[0, 1/4] in both cases.  (The fast path now uses F only for 1 - 2^-11 <= |x| < 1 (2^-8 until session 8),
w < 2^-9; below, it uses the table in x below.)

The table has 33 intervals of w, one about each centre m = j/128, j = 0..32
(the nearest to w; t = w - m, exact by Sterbenz, |t| <= 1/256), the first
and the last cut at 0 and 1/4.  F(m + t) ~ c0 + c1 t + c2 t^2 + ... + cd t^d,
c0 and c1 as double-doubles (c1's high part rounded to 27 bits, so that its
product with the 26-bit high part of t is exact), the rest doubles.  Each polynomial interpolates
F at the Chebyshev nodes of its interval; with its coefficients rounded to
doubles it is checked at 801 points of the interval against F (relative
error printed, asserted below 2^-68).

A second table (__asin_tab) serves |x| < 1 - 2^-WE directly in x: asin
about each x_j = j/128, j = 0..96, up to 3/4, then about the centres 1 - w_m
of 32 intervals per binade of w = 1 - |x| (d = |x| - x_j, exact by Sterbenz,
|d| <= 1/256, or |d| <= w/64), c0 + c1 d + d^2 Q(d), Q of degree DX - 2; c0
a double-double, c1 a 27-bit high part and a double, Q's coefficients
doubles, and c0' = asin(x_j) - pi/2 = -acos(x_j) and c0'' = asin(x_j) + pi/2
= acos(-x_j) as double-doubles, so that acos |x| and acos -|x| are the same
polynomial with c0' (negated; no cancellation next to 1) or c0''.  For j =
0, c0 = 0, c1 = 1 and Q interpolates (asin d - d)/d^2 (so that the result
stays relative for tiny x).  Checked at 201 points per interval, relative
to asin and to acos (asserted below 2^-69 and 2^-68).  A third table, the same for atan on [0, 1] (j = 0..128,
degree DA), serves atan (of x, or of 1/x above 1) and atan2 (of the smaller
of |x|, |y| over the larger), and a fourth for tan on [0, 0.79] (j = 0..101,
degree DT) serves tan's fast path (src/math/sin.c).
Run: python3 tools/gen_asin_tables.py > src/math/asin_tables.c"""
import sys
import mpmath
from mpmath import mp, mpf
mp.prec = 300
from gen_erf_tables import split, h   # double-double split, hex literal

D = 7            # degree
N = 33           # intervals
W = mpf(1) / 128 # their width
DX = 9           # degree of the table in x
NX = 97          # its intervals, width 1/128, up to 3/4
WB = 32          # asin's intervals per binade of w = 1 - x above 3/4
WE = 11          # down to w = 2^-WE (8 until session 8)
DA = 7           # degree of atan's table in x
NA = 129         # its intervals, width 1/128, up to 1
DT = 8           # degree of tan's table in x
NT = 102         # its intervals, width 1/128, up to 0.79


def round_bits(v, b):
    """v rounded to b significant bits"""
    e = int(mpmath.floor(mpmath.log(abs(v), 2))) + 1
    return float(mpmath.nint(v * mpf(2) ** (b - e)) * mpf(2) ** (e - b))


def split27(v):
    hi = round_bits(v, 27)
    return hi, float(v - mpf(hi))


def F(w):
    if w == 0:
        return mpf(1)
    s = mpmath.sqrt(w)
    return mpmath.asin(s) / s


def fit(m, a, b, d, F=F):
    """monomial coefficients in t = w - m of the degree-d interpolant of F
    at the Chebyshev nodes of [a, b]"""
    c, r = (a + b) / 2, (b - a) / 2
    nodes = [c + r * mpmath.cos((2 * k + 1) * mp.pi / (2 * (d + 1))) for k in range(d + 1)]
    A = mpmath.matrix([[(w - m) ** j for j in range(d + 1)] for w in nodes])
    v = mpmath.matrix([F(w) for w in nodes])
    return list(mpmath.lu_solve(A, v))


def row_value(c0, c1, cs, t):
    """a table row's polynomial at t: c0 (hi + lo) + c1 (hi + lo) t + t^2 (cs in t)"""
    p = mpf(0)
    for c in reversed(cs):
        p = p * t + mpf(c)
    return (mpf(c0[0]) + mpf(c0[1])) + (mpf(c1[0]) + mpf(c1[1])) * t + p * t * t


def check(m, a, b, c0, c1, cs):
    worst = mpf(0)
    for k in range(801):
        w = a + (b - a) * k / 800
        worst = max(worst, abs(row_value(c0, c1, cs, w - m) / F(w) - 1))
    return worst


def xtable(out, name, fname, f, dx, nx, lim, widen=False):
    """the table of f (asin or atan) in x about j/128, j = 0..nx-1, up to
    lim; appended to out; returns log2 of its largest relative error.  With
    widen (atan, session 8: its row index rounds to nearest up to 2^-52),
    each row is also checked at its upper edge plus 2^-52 (below lim)."""
    out += ["", "/* %s x about j/128, j = 0..%d, for |x - j/128| <= 1/256: c0 hi, lo," % (fname, nx - 1),
            " * c1 hi (27 bits), lo, c2 ... c%d */" % dx,
            "const double %s[%d][%d] = {" % (name, nx, dx + 3)]
    worst_x = mpf(0)
    for j in range(nx):
        m = mpf(j) / 128
        a, b = max(mpf(0), m - W / 2), min(lim, m + W / 2)
        if j == 0:
            q = fit(0, a, b, dx - 2, lambda d: (f(d) - d) / d ** 2 if d else mpf(0))
            c0, c1, cs = (0.0, 0.0), (1.0, 0.0), [float(x) for x in q]
        else:
            c = fit(m, a, b, dx, f)
            c0, c1, cs = split(c[0]), split27(c[1]), [float(x) for x in c[2:]]
        wx = mpf(0)
        pts = [a + (b - a) * k / 400 for k in range(1, 401)]
        if widen and b < lim:
            pts.append(b + mpf(2) ** -52)
        for x in pts:
            wx = max(wx, abs(row_value(c0, c1, cs, x - m) / f(x) - 1))
        worst_x = max(worst_x, wx)
        vals = [c0[0], c0[1], c1[0], c1[1]] + cs
        out.append("\t{ " + ", ".join(h(x) for x in vals) + " },   /* %s */" % mpmath.nstr(m, 8))
    out.append("};")
    ex = float(mpmath.log(worst_x, 2))
    assert ex < -68, ex
    return ex


def asin_table(out):
    """asin's table (__asin_tab): rows 0..NX-1 in x about j/128 as
    xtable's (j = 0: c0 = 0, c1 = 1, Q fits (asin d - d)/d^2), then WB
    rows per binade of w = 1 - x for 2^-WE <= w < 1/4 (3/4 < x <= 1 -
    2^-WE): w in [2^e (1 + k/WB), 2^e (1 + (k+1)/WB)), the centre c = 1 -
    w_m with w_m the interval's midpoint (d = x - c = w_m - w, exact by
    Sterbenz).  Each row: c0 hi, lo, c1 hi (27 bits), lo, c2 ... cDX, then
    c0' hi, lo with c0' = asin(c) - pi/2 = -acos(c), so that c0' + c1 d +
    d^2 Q is -acos(x) without cancellation, then c0'' hi, lo with c0'' =
    asin(c) + pi/2 = acos(-c), so that c0'' + c1 d + d^2 Q is acos(-x).
    Checked at 201 points per interval, relative to asin x and (with c0',
    c0'') to acos x and acos -x; also prints the
    largest |c1 d| and |d^2 Q| relative to the result (the error analysis
    in src/math/atan.c uses them).  Returns log2 of the largest errors."""
    out += ["", "/* asin x about x_j (the first %d rows: j/128; the next %d: 1 - w_m, w_m the" % (NX, WB * (WE - 2)),
            " * middle of w = 1 - x's interval, %d per binade of w from 2^-%d to 1/4): c0 hi, lo," % (WB, WE),
            " * c1 hi (27 bits), lo, c2 ... c%d, c0' hi, lo (c0' = asin x_j - pi/2)," % DX,
            " * c0'' hi, lo (c0'' = asin x_j + pi/2) */",
            "const double __asin_tab[%d][%d] = {" % (NX + WB * (WE - 2), DX + 7)]
    ws, wc, wq, w1 = mpf(0), mpf(0), mpf(0), mpf(0)
    rows = [(mpf(j) / 128, max(mpf(0), mpf(j) / 128 - W / 2), min(mpf(3) / 4, mpf(j) / 128 + W / 2)) for j in range(NX)]
    for e in range(-WE, -2):
        for k in range(WB):
            wa, wb = mpf(2) ** e * (1 + mpf(k) / WB), mpf(2) ** e * (1 + mpf(k + 1) / WB)
            rows.append((1 - (wa + wb) / 2, 1 - wb, 1 - wa))
    for m, a, b in rows:
        if b < mpf(3) / 4:
            b = b + mpf(2) ** -52   # the row index from ax + (1 + 2^-8 - 2^-52): |d| < 2^-8 + 2^-52
        if m == 0:
            q = fit(0, a, b, DX - 2, lambda d: (mpmath.asin(d) - d) / d ** 2 if d else mpf(0))
            c0, c1, cs = (0.0, 0.0), (1.0, 0.0), [float(x) for x in q]
            c0p, c0n = split(-mp.pi / 2), split(mp.pi / 2)
        else:
            c = fit(m, a, b, DX, mpmath.asin)
            c0, c1, cs = split(c[0]), split27(c[1]), [float(x) for x in c[2:]]
            c0p, c0n = split(c[0] - mp.pi / 2), split(c[0] + mp.pi / 2)
        for k in range(1, 202):
            x = a + (b - a) * k / 200 if k <= 200 else b   # b: the (widened) upper edge
            d = x - m
            p = mpf(0)
            for cc in reversed(cs):
                p = p * d + mpf(cc)
            r = (mpf(c1[0]) + mpf(c1[1])) * d + p * d * d
            fa, fc = mpmath.asin(x), mpmath.acos(x)
            ws = max(ws, abs(((mpf(c0[0]) + mpf(c0[1])) + r) / fa - 1))
            wc = max(wc, abs(-((mpf(c0p[0]) + mpf(c0p[1])) + r) / fc - 1),
                     abs(((mpf(c0n[0]) + mpf(c0n[1])) + r) / mpmath.acos(-x) - 1))
            wq = max(wq, abs(p * d * d) / min(fa, fc))
            if m:
                w1 = max(w1, abs(mpf(c1[0]) * d) / min(fa, fc))
        vals = [c0[0], c0[1], c1[0], c1[1]] + cs + [c0p[0], c0p[1], c0n[0], c0n[1]]
        out.append("\t{ " + ", ".join(h(x) for x in vals) + " },   /* %s */" % mpmath.nstr(m, 10))
    out.append("};")
    l = lambda v: float(mpmath.log(v, 2))
    assert l(ws) < -69 and l(wc) < -68, (l(ws), l(wc))
    return l(ws), l(wc), l(wq), l(w1)


def ftable(out, name, f, deg, nx):
    """atanf's table (session 8, src/math/atanf.c): f (atan) about x_j =
    j/128, j = 0..nx-1, for d = x - x_j in [-2^-8, 2^-8 + 2^-52] (the row
    index rounds to nearest up to 2^-52; [0, 2^-8 + 2^-52] for j = 0, [-2^-8,
    0] for the last row, x <= 1), all in plain doubles: each row x_j, c0, c1,
    ..., c_deg and a zero (deg = 5: 8 doubles, 64 bytes a row); for j = 0, c0 = 0 and
    c1 ... c_deg interpolate f(d)/d, so that the result stays relative for
    tiny x.  Checked at 401 points per interval (with the coefficients as
    rounded, exact arithmetic; c0's rounding, up to 2^-53 relative, is
    most of it): returns log2 of the largest relative error."""
    out += ["", "/* atan about x_j = j/128, j = 0..%d, for atanf and atan2f: x_j, c0 ... c%d, 0," % (nx - 1, deg),
            " * plain doubles (c0 = 0 for j = 0) */",
            "const double %s[%d][%d] = {" % (name, nx, deg + 3)]
    worst = mpf(0)
    for j in range(nx):
        m = mpf(j) / 128
        a = max(mpf(0), m - W / 2)
        b = min(mpf(1), m + W / 2 + (mpf(2) ** -52 if j < nx - 1 else 0))
        if j == 0:
            q = fit(0, a, b, deg - 1, lambda d: f(d) / d if d else mpf(1))
            cs = [0.0] + [float(x) for x in q]
        else:
            cs = [float(x) for x in fit(m, a, b, deg, f)]
        for k in range(0, 401):
            x = a + (b - a) * k / 400
            if x == 0:
                continue
            p = mpf(0)
            for c in reversed(cs):
                p = p * (x - m) + mpf(c)
            worst = max(worst, abs(p / f(x) - 1))
        out.append("\t{ " + ", ".join(h(x) for x in [float(m)] + cs + [0.0]) + " },   /* %s */" % mpmath.nstr(m, 8))
    out.append("};")
    e = float(mpmath.log(worst, 2))
    assert e < -51.9, e
    return e


def main():
    out = ["/* Generated by tools/gen_asin_tables.py: do not edit. */",
           '#include "../internal/math_impl.h"', "",
           "/* F(w) = asin(sqrt w)/sqrt w about j/128, j = 0..32, for |w - j/128| <=",
           " * 1/256: c0 hi, lo, c1 hi, lo, c2 ... c%d */" % D,
           "const double __asin_poly[%d][%d] = {" % (N, D + 3)]
    worst_all = mpf(0)
    for i in range(N):
        m = i * W
        a, b = max(mpf(0), m - W / 2), min(mpf(1) / 4, m + W / 2)
        c = fit(m, a, b, D)
        c0, c1 = split(c[0]), split27(c[1])
        cs = [float(x) for x in c[2:]]
        w = check(m, a, b, c0, c1, cs)
        worst_all = max(worst_all, w)
        vals = [c0[0], c0[1], c1[0], c1[1]] + cs
        out.append("\t{ " + ", ".join(h(x) for x in vals) + " },   /* %s */" % mpmath.nstr(m, 8))
    out.append("};")
    e = float(mpmath.log(worst_all, 2))
    assert e < -68, e
    ex, exc, eq, e1 = asin_table(out)
    ea = xtable(out, "__atan_xpoly", "atan", mpmath.atan, DA, NA, mpf(1), widen=True)
    et = xtable(out, "__tan_xpoly", "tan", mpmath.tan, DT, NT, mpf("0.79"))
    ef = ftable(out, "__atanf_tab", mpmath.atan, 5, 129)
    print("\n".join(out))
    print("asin's F: max rel error 2^%.2f; asin's table: 2^%.2f (acos 2^%.2f, |d^2 Q| <= 2^%.2f, |c1 d| <= 2^%.2f"
          " of the result for j > 0); atan in x: 2^%.2f; tan in x: 2^%.2f; atanf's: 2^%.2f" % (e, ex, exc, eq, e1, ea, et, ef),
          file=sys.stderr)


if __name__ == "__main__":
    main()
