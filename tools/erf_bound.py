#!/usr/bin/env python3
"""First-order rounding-error bound of poly_dd's t^2 Q part (src/math/erf.c)
over every row of src/math/erf_tables.c, at 201 points of each interval:
each rounding is at most 2^-53 of its result, weighted by the power of t
the result is multiplied by; t t and the final product t^2 q count one
rounding each of |t^2 Q|; then the additions of the small terms in
poly_dd's order and the product c1 t (two_prod_m, 2^-76.9): everything
but the approximation error, relative to |v|.  erf's rows are reported
in parts (x below 1/2, 1/2 to 1, 1 to 2, 2 to 6), then per binade of x with
the approximation error (mpmath) added.  Prints, per table and per evaluation scheme
(Horner's rule and the Estrin scheme erf.c uses), the largest bound relative
to the value v = c0 + c1 t + t^2 Q, and the largest |t^2 Q| / |v|.
Run: python3 tools/erf_bound.py"""
import math, os, re
src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'math', 'erf_tables.c')).read()
def rows(name):
    body = src.split(name)[1].split('};')[0]
    out = []
    for line in body.split('\n'):
        if '{' in line and '0x' in line:
            out.append([float.fromhex(v) for v in re.findall(r'-?0x[0-9a-f.]+p[-+]?\d+', line.split('/*')[0])])
    return out
u = 2.0 ** -53
def bound(c, n, t, scheme):
    a = abs
    t2 = t * t
    v = c[0] + c[2] * t + t2 * sum(c[4 + i] * t ** i for i in range(n - 4))
    Q = sum(c[4 + i] * t ** i for i in range(n - 4))
    if scheme == 'horner':
        E = 0.0; q = c[n - 1]
        for i in range(n - 2, 3, -1):
            w = t ** (i - 4)
            E += u * a(q * t) * w
            q = q * t + c[i]
            E += u * a(q) * w
    else:
        A0 = c[4] + c[5] * t; A1 = c[6] + c[7] * t; A2 = c[8] + c[9] * t
        if n == 13:
            w = c[11] + t * c[12]; A3 = c[10] + t * w
            E3 = (a(t * c[12]) + a(w)) * a(t) * u + a(t * w) * u + a(A3) * u
        else:
            A3 = c[10] + c[11] * t; E3 = (a(c[11] * t) + a(A3)) * u
        B0 = A0 + t2 * A1; B1 = A2 + t2 * A3; q = B0 + t2 * t2 * B1
        E = (a(c[5] * t) + a(A0)) * u
        E += (a(c[7] * t) + a(A1)) * u * t2 + 2 * u * a(t2 * A1) + u * a(B0)
        E += ((a(c[9] * t) + a(A2)) * u + E3 * t2 + 2 * u * a(t2 * A3) + u * a(B1)) * t2 * t2
        E += 3 * u * a(t2 * t2 * B1) + u * a(t2 * t2 * B1) + u * a(q)
    # t*t and the product t2*q: one rounding each, of |t^2 Q|
    E = E * t2 + 2 * u * a(t2 * Q)
    # poly_dd's additions: tiny = c1lo + (a.lo + c3 t) (a.lo below u |c1 t|),
    # X = tiny + t^2 q, rest = s.lo + X (s.lo below u |s.hi|); each rounding
    # u of its result; the product c1 t by two_prod_m: 2^-76.9 |c1 t|
    tiny = a(c[1]) + u * a(c[2] * t) + a(c[3] * t)
    E += u * a(c[3] * t) + u * (u * a(c[2] * t) + a(c[3] * t)) + u * tiny
    X = tiny + a(t2 * Q)
    E += u * X
    E += u * (X + u * (a(c[0]) + a(c[2] * t)))
    E += 2 ** -76.9 * a(c[2] * t)
    return E / a(v), a(t2 * Q) / a(v)
for name, n, hws, part in (("__erf_poly", 12, [2 ** -6] * 191, (0, 15)), ("__erf_poly", 12, [2 ** -6] * 191, (15, 31)), ("__erf_poly", 12, [2 ** -6] * 191, (31, 63)), ('__erf_poly', 12, [2 ** -6] * 191, (63, 191)),
                           ('__erfc_poly', 13, [2.0 ** (e - 6) for e in range(-1, 5) for j in range(32)], (0, 192))):
    R = rows(name)
    assert len(R) == len(hws), (len(R), len(hws))
    print('rows %d to %d:' % (part[0], part[1] - 1), end=' ')
    for scheme in ('horner', 'estrin'):
        worst = 0; wq = 0
        for c, hw in list(zip(R, hws))[part[0]:part[1]]:
            assert len(c) == n
            for k in range(201):
                t = -hw + 2 * hw * k / 200
                if t == 0: continue
                b, r = bound(c, n, t, scheme)
                worst = max(worst, b); wq = max(wq, r)
        print(name, scheme, 'bound 2^%.2f' % math.log2(worst), ' |t^2 Q|/|v| 2^%.2f' % math.log2(wq))

# Per binade of x, erf's whole fast-path bound (the rounding bound above,
# Estrin's scheme, plus the approximation error measured with mpmath at 401
# points per row, tools/gen_erf_tables.py's check): erf_eb in src/math/erf.c
# uses the largest below 1, the one of [1, 2) and the one of [2, 4).
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mpmath
import gen_erf_tables as g
R = rows('__erf_poly')
for e in range(-5, 3):
    lo_i, hi_i = max(1, 2 ** (e + 5)), min(192, 2 ** (e + 6))
    rb = ap = 0.0
    for i in range(lo_i, hi_i):
        c = R[i - 1]
        for k in range(201):
            t = -2.0 ** -6 + 2.0 ** -5 * k / 200
            if t == 0: continue
            rb = max(rb, bound(c, 12, t, 'estrin')[0])
        ap = max(ap, float(g.check(mpmath.erf, mpmath.mpf(2 * i + 1) / 64, mpmath.mpf(1) / 64, (c[0], c[1]), (c[2], c[3]), c[4:])))
    tot = rb + ap
    print('x in [2^%d, 2^%d): rounding 2^%.2f, approximation 2^%.2f, sum 2^%.3f' % (e, e + 1, math.log2(rb), math.log2(ap), math.log2(tot)))
