#!/usr/bin/env python3
"""Tables of powf's first path (src/math/pow.c, docs/math.md "Session 8:
exponentials and powers"), printed as C to stdout.

  powf_log_tab[i] = { invc_i, RN(-log2(invc_i)) }: invc_i read from
      __math_log_tab128 in src/math/explog_data.c (the same 20-bit 1/c, so
      that z invc - 1 stays exact), the logarithm with mpmath at 200 bits,
      rounded to nearest once.
  (2^(j/128) rounded to nearest is exp2's th, __exp2_tab in
  src/math/exp.c, tools/gen_exp2_tables.py: powf reads it there.)

  POWF1_L1..L5: log2(1 + r) = r Q(r), Q of degree 4, mpmath chebyfit
      (near-minimax) of log2(1 + r)/r on |r| <= 2^-8, coefficients rounded
      to doubles; POWF1_E1..E3: 2^s - 1 = s P(s), P of degree 2, chebyfit
      of (2^s - 1)/s on |s| <= 2^-7.75.  Their relative errors (of r Q(r)
      against log2(1 + r), of 1 + s P(s) against 2^s, with the double
      coefficients) measured on 40001 points each and printed.

Run from the repository's root: python3 tools/gen_powf_tables.py
(the output was pasted into src/math/pow.c)."""
import re
import mpmath

mpmath.mp.prec = 200


def rn(x):
    """x rounded to the nearest double (ties to even), as a Python float"""
    return float(mpmath.mpf(x))  # mpmath rounds to nearest on conversion


def main():
    src = open("src/math/explog_data.c").read()
    body = src[src.index("__math_log_tab128[128][3]"):]
    body = body[body.index("\n"):body.index("};")]
    rows = re.findall(r"\{([^}]*)\}", body)
    assert len(rows) == 128, len(rows)
    invc = [float.fromhex(r.split(",")[0].strip()) for r in rows]
    print("static const struct { double invc, t2; } powf_log_tab[128] = {")
    for c in invc:
        t2 = rn(-mpmath.log(mpmath.mpf(c), 2))
        # the row is exact: invc has 20 bits; t2 checked against mpmath
        assert abs(mpmath.mpf(t2) + mpmath.log(mpmath.mpf(c), 2)) <= abs(mpmath.mpf(t2)) * mpmath.mpf(2) ** -53
        print("\t{ %s, %s }," % (c.hex(), t2.hex()))
    print("};")


def fits():
    a = mpmath.mpf(2) ** -8
    q = lambda r: mpmath.log1p(r) / (r * mpmath.log(2)) if r != 0 else 1 / mpmath.log(2)
    c = [float(v) for v in mpmath.chebyfit(q, [-a, a], 5)[::-1]]
    m = max(abs(sum(mpmath.mpf(c[i]) * r ** i for i in range(5)) * r / (mpmath.log1p(r) / mpmath.log(2)) - 1)
            for r in (a * k / 20000 for k in range(-20000, 20001)) if r != 0)
    for i, v in enumerate(c):
        print("#define POWF1_L%d %s" % (i + 1, v.hex()))
    print("/* relative error of r Q(r): 2^%.2f */" % float(mpmath.log(m, 2)))
    b = mpmath.mpf(2) ** mpmath.mpf(-7.75)
    p = lambda x: (mpmath.power(2, x) - 1) / x if x != 0 else mpmath.log(2)
    e = [float(v) for v in mpmath.chebyfit(p, [-b, b], 3)[::-1]]
    m = max(abs((1 + x * sum(mpmath.mpf(e[i]) * x ** i for i in range(3))) / mpmath.power(2, x) - 1)
            for x in (b * k / 20000 for k in range(-20000, 20001)))
    for i, v in enumerate(e):
        print("#define POWF1_E%d %s" % (i + 1, v.hex()))
    print("/* relative error of 1 + s P(s): 2^%.2f */" % float(mpmath.log(m, 2)))


if __name__ == "__main__":
    fits()
    main()
