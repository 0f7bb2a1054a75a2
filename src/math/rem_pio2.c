/* Argument reduction for sin, cos, tan: x = n pi/2 + r.  x * 2/pi is formed
 * exactly enough in integers (Payne and Hanek): the 53-bit significand times
 * the 192 bits of 2/pi that matter for its exponent, so that even the
 * doubles closest to a multiple of pi/2 (about 2^-61 away) keep some 75
 * correct bits in r. */
#include "../internal/math_impl.h"

typedef unsigned __int128 u128;

/* The 64 bits of 2/pi starting at bit `off` of its fraction (bit 0 = 2^-1). */
static uint64_t bits_at(int off)
{
	int w = off / 64, s = off % 64;
	uint64_t v = __math_2_over_pi[w] << s;
	if (s)
		v |= __math_2_over_pi[w + 1] >> (64 - s);
	return v;
}

int __rem_pio2(double x, __dd *r)
{
	uint64_t u = __dbits(x);
	int neg = (int)(u >> 63);
	if (__builtin_fabs(x) <= PI_4_HI) {
		*r = (__dd){ x, 0.0 };
		return 0;
	}
	uint64_t m = (u & ((1ull << 52) - 1)) | (1ull << 52);
	int e = (int)((u >> 52) & 0x7ff) - 1075;   /* |x| = m 2^e */
	/* Bits of 2/pi at fraction index i (weight 2^-i, i >= 1) contribute
	 * m 2^(e-i), a multiple of 4 once e - i >= 2: start at i0 = e - 1. */
	int i0 = e - 1 < 1 ? 1 : e - 1;
	uint64_t w2 = bits_at(i0 - 1), w1 = bits_at(i0 + 63), w0 = bits_at(i0 + 127);
	/* P = m * W, W = w2:w1:w0 (192 bits); x 2/pi = P 2^-(i0 + 191 - e) */
	u128 t0 = (u128)m * w0, t1 = (u128)m * w1, t2 = (u128)m * w2;
	uint64_t p[4];
	p[0] = (uint64_t)t0;
	u128 c = (t0 >> 64) + (uint64_t)t1;
	p[1] = (uint64_t)c;
	c = (c >> 64) + (t1 >> 64) + (uint64_t)t2;
	p[2] = (uint64_t)c;
	c = (c >> 64) + (t2 >> 64);
	p[3] = (uint64_t)c;
	int S = i0 + 191 - e;   /* fraction bits in P, 190..245 */
	/* quadrant: bits S and S+1 */
	int n = (int)((S + 1 < 256 ? ((p[(S + 1) / 64] >> ((S + 1) % 64)) & 1) << 1 : 0) |
		((p[S / 64] >> (S % 64)) & 1));
	/* fraction, left-aligned in f[3..0] */
	uint64_t f[4];
	int sh = 256 - S, ws = sh / 64, bs = sh % 64;
	for (int i = 3; i >= 0; i--) {
		int src = i - ws;
		uint64_t v = 0;
		if (src >= 0) {
			v = p[src] << bs;
			if (bs && src > 0)
				v |= p[src - 1] >> (64 - bs);
		}
		f[i] = v;
	}
	int fneg = 0;
	if (f[3] >> 63) {   /* fraction >= 1/2: next quadrant, negative r */
		n++;
		fneg = 1;
		unsigned carry = 1;
		for (int i = 0; i < 4; i++) {
			f[i] = ~f[i] + carry;
			carry = carry && f[i] == 0;
		}
	}
	/* normalise: leading one to bit 255 */
	int lz = 0;
	while (lz < 192 && f[3] == 0) {
		f[3] = f[2];
		f[2] = f[1];
		f[1] = f[0];
		f[0] = 0;
		lz += 64;
	}
	if (f[3] == 0) {
		*r = (__dd){ 0.0, 0.0 };
		return (neg ? -n : n) & 3;
	}
	int z = __builtin_clzll(f[3]);
	if (z) {
		f[3] = (f[3] << z) | (f[2] >> (64 - z));
		f[2] = (f[2] << z) | (f[1] >> (64 - z));
	}
	lz += z;
	/* fraction = (f3 + f2 2^-64) 2^-(64 + lz) */
	double hi = (double)(f[3] & ~0x7ffull);
	double lo = (double)(f[3] & 0x7ff) + (double)f[2] * 0x1p-64;
	__dd fr = __fast_two_sum(hi, lo);
	double sc = 0x1p-64;
	for (int i = lz; i > 0; i -= 512)
		sc *= __pow2(i > 512 ? -512 : -i);
	fr.hi *= sc;
	fr.lo *= sc;
	__dd res = __dd_mul(fr, (__dd){ PI_2_HI, PI_2_LO });
	if (fneg != neg) {
		res.hi = -res.hi;
		res.lo = -res.lo;
	}
	*r = res;
	return (neg ? -n : n) & 3;
}
