/* rint, nearbyint and the conversions to integer types: rounded in the
 * current rounding direction, by the hardware's own addition. */
#include <limits.h>
#include <fenv.h>
#include "../internal/math_impl.h"

double rint(double x)
{
#ifdef __ARCH_HAS_FRINT
	return __arch_rint_insn(x);
#endif
	uint64_t u = __dbits(x);
	int e = (int)((u >> 52) & 0x7ff) - 1023;
	if (e >= 52)
		return x * 1.0;
	/* Adding and removing 2^52 leaves x rounded to an integer. */
	volatile double t = x + (u >> 63 ? -0x1p52 : 0x1p52);
	double r = t - (u >> 63 ? -0x1p52 : 0x1p52);
	return r == 0.0 ? copysign(0.0, x) : r;
}

float rintf(float x)
{
#ifdef __ARCH_HAS_FRINT
	return __arch_rintf_insn(x);
#endif
	uint32_t u = __fbits(x);
	int e = (int)((u >> 23) & 0xff) - 127;
	if (e >= 23)
		return x * 1.0f;
	volatile float t = x + (u >> 31 ? -0x1p23f : 0x1p23f);
	float r = t - (u >> 31 ? -0x1p23f : 0x1p23f);
	return r == 0.0f ? copysignf(0.0f, x) : r;
}

long double rintl(long double x) { return rint((double)x); }

/* nearbyint is rint without the inexact exception. */
double nearbyint(double x)
{
#ifdef __ARCH_HAS_FRINT
	return __arch_nearbyint_insn(x);
#endif
	int inexact = fetestexcept(FE_INEXACT);
	double r = rint(x);
	if (!inexact)
		feclearexcept(FE_INEXACT);
	return r;
}

float nearbyintf(float x)
{
#ifdef __ARCH_HAS_FRINT
	return __arch_nearbyintf_insn(x);
#endif
	int inexact = fetestexcept(FE_INEXACT);
	float r = rintf(x);
	if (!inexact)
		feclearexcept(FE_INEXACT);
	return r;
}

long double nearbyintl(long double x) { return nearbyint((double)x); }

/* Out of range or NaN: FE_INVALID and the most negative value, as the x86
 * conversion instructions (and glibc) give; errno untouched. */
static long long to_ll(double r, double lo, double hi, long long min)
{
	if (!(r >= lo && r < hi)) {
		volatile double z = 0.0;
		z = z / z;
		return min;
	}
	return (long long)r;
}

#define LONG_LO ((double)LONG_MIN)
#define LONG_HI (-(double)LONG_MIN)
#define LLONG_LO ((double)LLONG_MIN)
#define LLONG_HI (-(double)LLONG_MIN)

long lrint(double x) { return (long)to_ll(rint(x), LONG_LO, LONG_HI, LONG_MIN); }
long lrintf(float x) { return lrint(x); }
long lrintl(long double x) { return lrint((double)x); }
long long llrint(double x) { return to_ll(rint(x), LLONG_LO, LLONG_HI, LLONG_MIN); }
long long llrintf(float x) { return llrint(x); }
long long llrintl(long double x) { return llrint((double)x); }
long lround(double x) { return (long)to_ll(round(x), LONG_LO, LONG_HI, LONG_MIN); }
long lroundf(float x) { return lround(x); }
long lroundl(long double x) { return lround((double)x); }
long long llround(double x) { return to_ll(round(x), LLONG_LO, LLONG_HI, LLONG_MIN); }
long long llroundf(float x) { return llround(x); }
long long llroundl(long double x) { return llround((double)x); }
