#!/usr/bin/env python3
"""Tables of powf's first path (src/math/pow.c, docs/math.md "Session 8:
exponentials and powers"), printed as C to stdout.

  powf_log_tab[i] = { invc_i, RN(-log2(invc_i)) }: invc_i read from
      __math_log_tab128 in src/math/explog_data.c (the same 20-bit 1/c, so
      that z invc - 1 stays exact), the logarithm with mpmath at 200 bits,
      rounded to nearest once.
  powf_exp_tab[j] = the bits of RN(2^(j/128)), j = 0..127, mpmath at 200
      bits, rounded to nearest once.

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
    print("static const uint64_t powf_exp_tab[128] = {")
    import struct
    for j in range(128):
        v = rn(mpmath.power(2, mpmath.mpf(j) / 128))
        assert abs(mpmath.mpf(v) - mpmath.power(2, mpmath.mpf(j) / 128)) <= mpmath.mpf(2) ** -53
        b = struct.unpack("<Q", struct.pack("<d", v))[0]
        print("\t0x%016xull,%s" % (b, "" if (j + 1) % 4 else ""))
    print("};")


if __name__ == "__main__":
    main()
