/* The functions make bench times, and their arguments: one list for
 * bench/host_math.c (time against glibc on the host) and bench/a64_insns.c
 * (instructions per call on aarch64, counted under QEMU), and the one way
 * both draw the arguments. */
#include <stdint.h>

/* The next argument (or pair) of a row: xorshift64 from a fixed seed, so
 * that every run, and both benches, time the same arguments; one argument
 * uniform in [lo, hi] (*b left as it is), two: x in [0.01, 100], y in
 * [-30, 30]. */
static uint64_t bench_seed = 0x9e3779b97f4a7c15ull;
static inline void bench_args(int two, double lo, double hi, double *a, double *b)
{
	bench_seed ^= bench_seed << 13;
	bench_seed ^= bench_seed >> 7;
	bench_seed ^= bench_seed << 17;
	uint64_t s = bench_seed;
	if (two) {
		*a = 0.01 + 100 * (double)(s >> 11) * 0x1p-53;
		*b = -30 + 60 * (double)((s >> 3) & 0xffffff) * 0x1p-24;
	} else
		*a = lo + (hi - lo) * ((double)(s >> 11) * 0x1p-53);
}

/* One argument: X(label, function, lo, hi): arguments uniform in [lo, hi];
 * the fallback counter is __math_slow_<function>. */
#define DOUBLE_FNS(X) \
	X("sin", sin, -10, 10) X("cos", cos, -10, 10) X("tan", tan, -10, 10) \
	X("sin(1e300..)", sin, 1e300, 1e301) \
	X("asin", asin, -1, 1) X("acos", acos, -1, 1) X("atan", atan, -10, 10) \
	X("exp", exp, -700, 700) X("exp2", exp2, -1000, 1000) X("exp10", exp10, -300, 300) \
	X("expm1", expm1, -2, 2) \
	X("log", log, 1e-10, 1e10) X("log2", log2, 1e-10, 1e10) X("log10", log10, 1e-10, 1e10) \
	X("log1p", log1p, -0.5, 2) \
	X("sinh", sinh, -5, 5) X("cosh", cosh, -5, 5) X("tanh", tanh, -5, 5) \
	X("asinh", asinh, -10, 10) X("acosh", acosh, 1, 20) X("atanh", atanh, -0.99, 0.99) \
	X("cbrt", cbrt, -100, 100) X("erf", erf, -3, 3) X("erfc", erfc, -3, 10) \
	X("tgamma", tgamma, 0.1, 50) X("lgamma", lgamma, 0.1, 50) \
	X("sqrt", sqrt, 0, 1e10) X("floor", floor, -1e6, 1e6) X("rint", rint, -1e6, 1e6)
/* Two arguments: x in [0.01, 100], y in [-30, 30]. */
#define DOUBLE_FNS2(X) X("pow", pow) X("atan2", atan2) X("hypot", hypot) X("fmod", fmod)
#define FLOAT_FNS(X) \
	X("sinf", sinf, -10, 10) X("cosf", cosf, -10, 10) X("tanf", tanf, -10, 10) \
	X("asinf", asinf, -1, 1) X("acosf", acosf, -1, 1) X("atanf", atanf, -10, 10) \
	X("expf", expf, -80, 80) X("exp2f", exp2f, -120, 120) X("exp10f", exp10f, -30, 30) \
	X("expm1f", expm1f, -2, 2) \
	X("logf", logf, 1e-10, 1e10) X("log2f", log2f, 1e-10, 1e10) X("log10f", log10f, 1e-10, 1e10) \
	X("log1pf", log1pf, -0.5, 2) \
	X("sinhf", sinhf, -5, 5) X("coshf", coshf, -5, 5) X("tanhf", tanhf, -5, 5) \
	X("asinhf", asinhf, -10, 10) X("acoshf", acoshf, 1, 20) X("atanhf", atanhf, -0.99, 0.99) \
	X("cbrtf", cbrtf, -100, 100) X("erff", erff, -3, 3) X("erfcf", erfcf, -3, 10) \
	X("tgammaf", tgammaf, 0.1, 30) X("lgammaf", lgammaf, 0.1, 50)
#define FLOAT_FNS2(X) X("powf", powf) X("atan2f", atan2f) X("hypotf", hypotf)
