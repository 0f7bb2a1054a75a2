#!/usr/bin/env python3
"""Arguments at the seams of the session 8 fast paths of src/math/hyper.c
(range ends, powers of two of the log kernel's argument, the exp table's
k = 0/1 and j = 0 edges) with their correctly rounded results computed by
mpmath at 300 bits, as C initializers for tests/host/test_math.c
(test_hyper_seams).  Run: python3 tools/gen_hyper_tests.py"""
import math, struct
import mpmath
from mpmath import mp, mpf
mp.prec = 300

def d2b(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]

def b2d(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]

def around(x, n=3):
    """x and its n neighbours on each side"""
    u = d2b(x)
    return [b2d(u + i) for i in range(-n, n + 1)]

def rn(v):
    """v rounded to the nearest double (ties to even; no result here is
    subnormal or overflows)"""
    with mp.workprec(53):
        y = +v                      # rounds to 53 bits, to nearest
    return float(y)                 # exact

FNS = {
    "asinh": lambda x: mpmath.asinh(mpf(x)),
    "acosh": lambda x: mpmath.acosh(mpf(x)),
    "atanh": lambda x: mpmath.atanh(mpf(x)),
    "cosh": lambda x: mpmath.cosh(mpf(x)),
    "sinh": lambda x: mpmath.sinh(mpf(x)),
    "tanh": lambda x: mpmath.tanh(mpf(x)),
}

args = {k: [] for k in FNS}
# asinh: the range ends of sqrt_log, and |x| where x + sqrt(x^2 + 1) is near 2^k
args["asinh"] += around(0.578125) + around(2.0 ** 24) + around(0.75)
for k in range(1, 26):
    x = (2.0 ** k - 2.0 ** -k) / 2           # asinh x = k ln2
    args["asinh"] += around(x, 2)
# acosh: the same
args["acosh"] += around(1.15625) + around(2.0 ** 24) + around(1.25)
for k in range(1, 26):
    x = (2.0 ** k + 2.0 ** -k) / 2
    args["acosh"] += around(x, 2)
# atanh: the range ends, q = (1 + x)/(1 - x) near 2^k
args["atanh"] += around(0.2734375) + around(1 - 2.0 ** -24) + around(0.5)
for k in range(20, 31):                     # 1 - 2^-k, beyond the range too
    args["atanh"] += around(1 - 2.0 ** -k, 2)
for k in range(1, 25):
    x = (2.0 ** k - 1) / (2.0 ** k + 1)
    args["atanh"] += around(x, 2)
# cosh: the fast range's ends, k = 0/1 (a near ln2/256), j = 0 (a near q ln2)
args["cosh"] += around(2.0 ** -27) + around(40.0) + around(math.log(2) / 256)
for q in range(1, 57):
    args["cosh"] += around(q * math.log(2), 1)
# sinh: sinh_exp's ends 1/8 and 40, and a near q ln2 (j = 0)
args["sinh"] += around(0.125) + around(40.0)
for q in range(1, 57):
    args["sinh"] += around(q * math.log(2), 1)
# tanh: 1/16 (tanh_exp's start), 1/4, 20, and 2a near q ln2
args["tanh"] += around(0.0625) + around(0.25) + around(20.0)
for q in range(1, 57):
    args["tanh"] += around(q * math.log(2) / 2, 1)

for name, f in FNS.items():
    print("static const double hyper_seams_%s[][2] = {" % name)
    for x in args[name]:
        y = f(x)
        print("\t{ %s, %s }," % (float(x).hex(), rn(y).hex()))
    print("};")
