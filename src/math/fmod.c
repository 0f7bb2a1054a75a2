/* fmod, remainder, remquo: exact, by long division of the significands. */
#include "../internal/math_impl.h"

/* m * 2^e, known to be representable (m < 2^53). */
static double make(uint64_t m, int e)
{
	if (m == 0)
		return 0.0;
	int sh = __builtin_clzll(m) - 11;   /* m << sh in [2^52, 2^53) */
	m <<= sh;
	e -= sh;
	int be = e + 1075;   /* biased exponent of m * 2^e with m in [2^52, 2^53) */
	if (be <= 0) {
		m >>= 1 - be;   /* subnormal: the bits shifted out are zero */
		return __dfrom(m);
	}
	return __dfrom(((uint64_t)be << 52) | (m & ((1ull << 52) - 1)));
}

static uint64_t unpack(uint64_t u, int *e)
{
	int be = (int)((u >> 52) & 0x7ff);
	uint64_t m = u & ((1ull << 52) - 1);
	if (be == 0) {
		*e = -1074;
		return m;
	}
	*e = be - 1075;
	return m | (1ull << 52);
}

/* |x| rem |y| for finite x, nonzero finite y: returns the magnitude of the
 * result and sets *neg_r (result is -that) and *q (low bits of quotient).
 * nearest: remainder (quotient rounded to even) rather than fmod. */
static double core(double x, double y, int nearest, int *neg_r, unsigned *q)
{
	int ex, ey;
	uint64_t mx = unpack(__dbits(x) & ~(1ull << 63), &ex);
	uint64_t my = unpack(__dbits(y) & ~(1ull << 63), &ey);
	unsigned quo = 0;
	*neg_r = 0;
	if (mx == 0) {
		*q = 0;
		return 0.0;
	}
	/* normalise both (subnormals) so the division works on aligned
	 * 53-bit significands */
	int sy = __builtin_clzll(my) - 11, sx = __builtin_clzll(mx) - 11;
	my <<= sy;
	ey -= sy;
	mx <<= sx;
	ex -= sx;
	if (ex < ey) {
		/* |x| < |y| */
		*q = 0;
		if (!nearest)
			return make(mx, ex);
		/* compare 2|x| with |y| */
		if (ex + 1 < ey || (ex + 1 == ey && mx <= my)) {
			return make(mx, ex);
		}
		/* |y|/2 < |x| < |y|: x - y is exact */
		*neg_r = 1;
		*q = 1;
		return fabs(fabs(y) - fabs(x));
	}
	/* long division 11 bits at a time while more than 11 are left (mx <
	 * my < 2^53, so mx << 11 fits in 64 bits): one hardware division per
	 * step instead of a compare and a branch per bit; the quotient's low
	 * bits are kept */
	if (mx >= my) {
		mx -= my;
		quo = 1;
	}
	while (ex - ey > 11) {
		uint64_t n = mx << 11;
		quo = (quo << 11) + (unsigned)(n / my);
		mx = n % my;
		ex -= 11;
	}
	/* the last bits one at a time (usually few: a division costs more) */
	while (ex > ey) {
		mx <<= 1;
		quo <<= 1;
		if (mx >= my) {
			mx -= my;
			quo++;
		}
		ex--;
	}
	/* the quotient's low 3 bits, then the rounding: 1..8 (as glibc) */
	quo &= 7;
	if (nearest && (2 * mx > my || (2 * mx == my && (quo & 1)))) {
		mx = my - mx;
		quo++;
		*neg_r = 1;
	}
	*q = quo;
	return make(mx, ey);
}

double fmod(double x, double y)
{
	uint64_t bx = __dbits(x) & ~(1ull << 63), by = __dbits(y) & ~(1ull << 63);
	const uint64_t inf = 0x7ffull << 52;
	if (bx < by && by <= inf)   /* |x| < |y|, y not NaN: x itself */
		return x;
	/* finite x, normal y, |y| <= |x| < 2^12 |y| (exponents at most 11
	 * apart): the long division bit by bit on the integers, a
	 * conditional subtraction per bit, inline */
	if (by >= (1ull << 52) && bx < inf && bx - by < (12ull << 52)) {
		int d = (int)(bx >> 52) - (int)(by >> 52);
		uint64_t mx = (bx & ((1ull << 52) - 1)) | (1ull << 52);
		uint64_t my = (by & ((1ull << 52) - 1)) | (1ull << 52);
		mx -= mx >= my ? my : 0;
		for (; d > 0; d--) {
			mx <<= 1;
			mx -= mx >= my ? my : 0;
		}
		double r = make(mx, (int)(by >> 52) - 1075);
		return __dfrom(__dbits(r) | (__dbits(x) & (1ull << 63)));
	}
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0.0)
		return __math_invalid(x);
	if (__builtin_isinf(y))
		return x;
	int neg;
	unsigned q;
	double r = core(x, y, 0, &neg, &q);
	return __builtin_signbit(x) ? -r : r;
}

/* remquo leaves errno alone on a domain error (as glibc); remainder sets EDOM */
double remquo(double x, double y, int *quo)
{
	*quo = 0;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_isinf(x) || y == 0.0) {
		volatile double z = x * y;
		return z / z;
	}
	if (__builtin_isinf(y))
		return x;
	int neg;
	unsigned q;
	double r = core(x, y, 1, &neg, &q);
	if (neg)
		r = -r;
	int sx = __builtin_signbit(x) != 0, sy = __builtin_signbit(y) != 0;
	*quo = (int)q;
	if (sx != sy)
		*quo = -*quo;
	if (r == 0.0)
		r = 0.0;
	return sx ? -r : r;
}

double remainder(double x, double y)
{
	int q;
	if ((__builtin_isinf(x) && !__builtin_isnan(y)) || (y == 0.0 && !__builtin_isnan(x)))
		return __math_invalid(x);
	return remquo(x, y, &q);
}

float fmodf(float x, float y) { return (float)fmod(x, y); }
float remainderf(float x, float y) { return (float)remainder(x, y); }
float remquof(float x, float y, int *q) { return (float)remquo(x, y, q); }
long double fmodl(long double x, long double y) { return fmod((double)x, (double)y); }
long double remainderl(long double x, long double y) { return remainder((double)x, (double)y); }
long double remquol(long double x, long double y, int *q) { return remquo((double)x, (double)y, q); }
