/* fma: x*y + z rounded once, on integers: the 106-bit product and z are
 * aligned in 128 bits, the bits shifted out kept as a sticky bit. */
#include "../internal/math_impl.h"

typedef unsigned __int128 u128;

static uint64_t unpack(double x, int *e)
{
	uint64_t u = __dbits(x);
	int be = (int)((u >> 52) & 0x7ff);
	uint64_t m = u & ((1ull << 52) - 1);
	if (be == 0) {
		*e = -1074;
		while (!(m & (1ull << 52))) {
			m <<= 1;
			(*e)--;
		}
		return m;
	}
	*e = be - 1075;
	return m | (1ull << 52);
}

static int msb128(u128 v)
{
	uint64_t h = (uint64_t)(v >> 64);
	return h ? 127 - __builtin_clzll(h) : 63 - __builtin_clzll((uint64_t)v);
}

/* v >> s with the bits shifted out or'ed into bit 0 */
static u128 shr_jam(u128 v, int s)
{
	if (s <= 0)
		return v;
	if (s >= 128)
		return v != 0;
	return (v >> s) | ((v & (((u128)1 << s) - 1)) != 0);
}

double fma(double x, double y, double z)
{
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y))
		return x * y + z;
	if (!__builtin_isfinite(z))
		return z + z;
	if (x == 0.0 || y == 0.0)
		return x * y + z;
	if (z == 0.0)
		return x * y;
	int ex, ey, ez;
	uint64_t mx = unpack(x, &ex), my = unpack(y, &ey), mz = unpack(z, &ez);
	int sp = (__builtin_signbit(x) != 0) ^ (__builtin_signbit(y) != 0);
	int sz = __builtin_signbit(z) != 0;
	/* both with their leading bit at 124 or 125 */
	u128 P = ((u128)mx * my) << 20;
	int ep = ex + ey - 20;
	u128 Z = (u128)mz << 73;
	ez -= 73;
	u128 A, B;
	int ea, sa, sb;
	if (ep > ez || (ep == ez && P >= Z)) {
		A = P; ea = ep; sa = sp; B = shr_jam(Z, ep - ez); sb = sz;
	} else {
		A = Z; ea = ez; sa = sz; B = shr_jam(P, ez - ep); sb = sp;
	}
	u128 R;
	int sign = sa;
	if (sa == sb)
		R = A + B;
	else if (A >= B)
		R = A - B;
	else {
		R = B - A;
		sign = sb;
	}
	int mode = __math_round_mode();
	if (R == 0)
		return mode == 1 ? -0.0 : 0.0;
	int p = msb128(R);
	/* value = R 2^ea; want 53 bits: shift by p - 52, more if subnormal */
	int E = ea + p - 52;           /* exponent of the 53-bit significand */
	int be = E + 1075;             /* biased exponent */
	int shift = p - 52;
	if (be < 1) {
		shift += 1 - be;
		be = 0;
	}
	uint64_t m;
	int guard, sticky;
	if (shift > 0) {
		u128 rest = shift >= 128 ? R : R & (((u128)1 << shift) - 1);
		m = shift >= 128 ? 0 : (uint64_t)(R >> shift);
		u128 half = shift > 128 ? 0 : (u128)1 << (shift - 1);
		guard = shift <= 128 && (rest & half) != 0;
		sticky = (rest & (half - 1)) != 0 || (shift > 128 && rest != 0);
	} else {
		m = (uint64_t)(R << -shift);
		guard = sticky = 0;
	}
	int inexact = guard || sticky;
	int up = 0;
	switch (mode) {
	case 0: up = guard && (sticky || (m & 1)); break;
	case 1: up = sign && inexact; break;
	case 2: up = !sign && inexact; break;
	default: break;
	}
	m += up;
	uint64_t bits;
	if (be == 0)
		bits = m;   /* subnormal; a carry to 2^52 makes the smallest normal */
	else {
		if (m == (1ull << 53)) {
			m >>= 1;
			be++;
		}
		if (be >= 2047) {
			volatile double h = 0x1p1023;
			h = h * 2.0;   /* overflow, inexact */
			int inf = mode == 0 || (mode == 2 && !sign) || (mode == 1 && sign);
			bits = inf ? 0x7ff0000000000000ull : 0x7fefffffffffffffull;
			return __dfrom(bits | ((uint64_t)sign << 63));
		}
		bits = ((uint64_t)be << 52) | (m & ((1ull << 52) - 1));
	}
	if (inexact) {
		volatile double t = be == 0 ? 0x1p-1022 : 1.0;
		t = t * (be == 0 ? 0x1p-60 : 1.0 + 0x1p-60);   /* underflow or inexact */
	}
	return __dfrom(bits | ((uint64_t)sign << 63));
}

/* The product of two floats is exact in double; the sum is made exact as a
 * double-double, then rounded to odd so the rounding to float is single. */
float fmaf(float x, float y, float z)
{
	double p = (double)x * y;
	if (!__builtin_isfinite(p) || !__builtin_isfinite(z) || z == 0.0f || p == 0.0)
		return (float)(p + z);
	__dd s = __two_sum(p, z);
	if (s.lo != 0.0 && !(__dbits(s.hi) & 1)) {
		uint64_t u = __dbits(s.hi);
		u += ((s.lo > 0.0) == (s.hi > 0.0)) ? 1 : -1;
		s.hi = __dfrom(u);
	}
	return (float)s.hi;
}

long double fmal(long double x, long double y, long double z) { return fma((double)x, (double)y, (double)z); }
