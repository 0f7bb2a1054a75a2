/* floor, ceil, trunc, round: exact, by clearing fraction bits. */
#include "../internal/math_impl.h"

enum { TRUNC, FLOOR, CEIL, ROUND };

static double round_to_int(double x, int how)
{
	uint64_t u = __dbits(x);
	int e = (int)((u >> 52) & 0x7ff) - 1023;
	int neg = (int)(u >> 63);
	if (e >= 52)
		return x * 1.0;   /* integral, inf, or NaN (quieted) */
	if (e < 0) {
		if ((u << 1) == 0)
			return x;
		switch (how) {
		case FLOOR: return neg ? -1.0 : 0.0;
		case CEIL: return neg ? -0.0 : 1.0;
		case ROUND: if (e == -1) return neg ? -1.0 : 1.0;
		/* fallthrough */
		default: return neg ? -0.0 : 0.0;
		}
	}
	uint64_t mask = (1ull << (52 - e)) - 1;
	if ((u & mask) == 0)
		return x;
	if ((how == FLOOR && neg) || (how == CEIL && !neg))
		u += mask + 1;
	else if (how == ROUND)
		u += 1ull << (51 - e);
	return __dfrom(u & ~mask);
}

double trunc(double x) { return round_to_int(x, TRUNC); }
double floor(double x) { return round_to_int(x, FLOOR); }
double ceil(double x) { return round_to_int(x, CEIL); }
double round(double x) { return round_to_int(x, ROUND); }
/* Every float is a double, and the result is an integer of no more bits. */
float truncf(float x) { return (float)round_to_int(x, TRUNC); }
float floorf(float x) { return (float)round_to_int(x, FLOOR); }
float ceilf(float x) { return (float)round_to_int(x, CEIL); }
float roundf(float x) { return (float)round_to_int(x, ROUND); }
long double truncl(long double x) { return trunc((double)x); }
long double floorl(long double x) { return floor((double)x); }
long double ceill(long double x) { return ceil((double)x); }
long double roundl(long double x) { return round((double)x); }
