#include "../internal/math_impl.h"

/* isless: a NaN must not raise FE_INVALID in the comparison */
double sqrt(double x)
{
	if (__builtin_isless(x, 0.0))
		return __math_invalid(x);
	return __arch_sqrt(x);
}

float sqrtf(float x)
{
	if (__builtin_isless(x, 0.0f))
		return __math_invalidf(x);
	return __arch_sqrtf(x);
}

long double sqrtl(long double x) { return sqrt((double)x); }

/* Digit by digit on integers, rounded in the current direction: for an
 * architecture without a square-root instruction, and as a check of one. */
double __sqrt_soft(double x)
{
	uint64_t u = __dbits(x);
	if (x != x)
		return x + x;
	if (x < 0.0)
		return (x - x) / (x - x);
	if (x == 0.0 || (u >> 52) == 0x7ff)
		return x + x;
	int e = (int)(u >> 52);
	uint64_t m = u & ((1ull << 52) - 1);
	if (e == 0) {   /* subnormal: normalise */
		e = 1;
		while (!(m & (1ull << 52))) {
			m <<= 1;
			e--;
		}
	} else
		m |= 1ull << 52;
	e -= 1075;   /* x = m * 2^e */
	if (e & 1) {
		m <<= 1;
		e--;
	}
	unsigned __int128 rem = (unsigned __int128)m << 54, res = 0;
	unsigned __int128 bit = (unsigned __int128)1 << 106;
	while (bit > rem && bit)
		bit >>= 2;
	while (bit) {
		if (rem >= res + bit) {
			rem -= res + bit;
			res = (res >> 1) + bit;
		} else
			res >>= 1;
		bit >>= 2;
	}
	/* res = floor(sqrt(m << 54)), 54 bits: 53 of result and a guard bit */
	uint64_t r = (uint64_t)res, q = r >> 1;
	int guard = (int)(r & 1), sticky = rem != 0;
	switch (__math_round_mode()) {
	case 0: q += guard && (sticky || (q & 1)); break;
	case 2: q += guard || sticky; break;
	default: break;
	}
	int E = (e - 54) / 2 + 1;   /* result = q * 2^E */
	return __dfrom(((uint64_t)(E + 52 + 1023) << 52) + q - (1ull << 52));
}

float __sqrtf_soft(float x)
{
	/* 53 >= 2 * 24 + 2: rounding twice gives the correctly rounded float. */
	return (float)__sqrt_soft(x);
}
