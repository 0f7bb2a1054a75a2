/* The compiler runtime helpers (src/crt/) against the host's: libgcc's for
 * what the host's own compiler calls (128-bit division, conversions, powi,
 * complex multiplication and division) and compiler-rt's builtins for
 * __muloti4/__mulodi4/__mulosi4, which libgcc lacks.  Random operands of
 * every bit length, and the edges. */
#include <complex.h>
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "check.h"

typedef __int128 ti;
typedef unsigned __int128 tu;

tu ul___udivti3(tu, tu);
tu ul___umodti3(tu, tu);
ti ul___divti3(ti, ti);
ti ul___modti3(ti, ti);
tu ul___udivmodti4(tu, tu, tu *);
ti ul___divmodti4(ti, ti, ti *);
ti ul___muloti4(ti, ti, int *);
int64_t ul___mulodi4(int64_t, int64_t, int *);
int32_t ul___mulosi4(int32_t, int32_t, int *);
ti __muloti4(ti, ti, int *);
int64_t __mulodi4(int64_t, int64_t, int *);
int32_t __mulosi4(int32_t, int32_t, int *);
double ul___floattidf(ti);
float ul___floattisf(ti);
double ul___floatuntidf(tu);
float ul___floatuntisf(tu);
ti ul___fixdfti(double);
ti ul___fixsfti(float);
tu ul___fixunsdfti(double);
tu ul___fixunssfti(float);
double ul___powidf2(double, int);
float ul___powisf2(float, int);
double _Complex ul___muldc3(double, double, double, double);
float _Complex ul___mulsc3(float, float, float, float);
double _Complex ul___divdc3(double, double, double, double);
float _Complex ul___divsc3(float, float, float, float);

static uint64_t seed = 0x9e3779b97f4a7c15ull;

/* A random 128-bit value with a random number of significant bits, so
 * that every length of dividend and divisor is met. */
static tu rnd(void)
{
	tu v = (tu)check_xorshift(&seed) << 64 | check_xorshift(&seed);
	int bits = (int)(check_xorshift(&seed) % 129);
	if (bits == 0)
		return 0;
	v >>= 128 - bits;
	if (check_xorshift(&seed) % 8 == 0)      /* runs of ones and zeros */
		v |= ((tu)1 << (bits - 1)) - 1;
	return v;
}

static const char *hex(tu v, char *buf)
{
	sprintf(buf, "%016llx%016llx", (unsigned long long)(v >> 64), (unsigned long long)v);
	return buf;
}

static tu edges[40];
static int nedges;

static void check_div(tu a, tu b)
{
	char x[40], y[40];
	if (b == 0)
		return;
	tu q = ul___udivti3(a, b), r = ul___umodti3(a, b), r2;
	tu q2 = ul___udivmodti4(a, b, &r2);
	CHECK(q == a / b && r == a % b && q2 == q && r2 == r, "unsigned %s / %s", hex(a, x), hex(b, y));
	ti sa = (ti)a, sb = (ti)b;
	if (sa == (ti)((tu)1 << 127) && sb == -1)
		return;                 /* overflows: undefined */
	ti sr;
	ti sq = ul___divti3(sa, sb), srem = ul___modti3(sa, sb), sq2 = ul___divmodti4(sa, sb, &sr);
	CHECK(sq == sa / sb && srem == sa % sb && sq2 == sq && sr == srem, "signed %s / %s", hex(a, x), hex(b, y));
}

static void check_mul(ti a, ti b)
{
	char x[40], y[40];
	int o1 = 7, o2 = 7;
	ti p1 = ul___muloti4(a, b, &o1), p2 = __muloti4(a, b, &o2);
	CHECK(o1 == o2 && (o1 || p1 == p2), "__muloti4 %s * %s: overflow %d/%d", hex((tu)a, x), hex((tu)b, y), o1, o2);
	CHECK(p1 == (ti)((tu)a * (tu)b), "__muloti4 %s * %s wraps", hex((tu)a, x), hex((tu)b, y));
	int64_t a64 = (int64_t)a, b64 = (int64_t)b;
	int64_t q1 = ul___mulodi4(a64, b64, &o1), q2 = __mulodi4(a64, b64, &o2);
	CHECK(o1 == o2 && q1 == (int64_t)((uint64_t)a64 * (uint64_t)b64) && (o1 || q1 == q2),
	      "__mulodi4 %lld * %lld", (long long)a64, (long long)b64);
	int32_t a32 = (int32_t)a, b32 = (int32_t)b;
	int32_t s1 = ul___mulosi4(a32, b32, &o1), s2 = __mulosi4(a32, b32, &o2);
	CHECK(o1 == o2 && s1 == (int32_t)((uint32_t)a32 * (uint32_t)b32) && (o1 || s1 == s2),
	      "__mulosi4 %d * %d", a32, b32);
}

static int same_d(double a, double b) { return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b)); }
static int same_f(float a, float b) { return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b)); }

static void check_float(tu a)
{
	char x[40];
	volatile tu va = a;
	volatile ti vs = (ti)a;
	CHECK(same_d(ul___floatuntidf(a), (double)va), "__floatuntidf %s: %a, host %a (rounding %d)", hex(a, x),
	      ul___floatuntidf(a), (double)va, fegetround());
	CHECK(same_f(ul___floatuntisf(a), (float)va), "__floatuntisf %s", hex(a, x));
	CHECK(same_d(ul___floattidf((ti)a), (double)vs), "__floattidf %s", hex(a, x));
	CHECK(same_f(ul___floattisf((ti)a), (float)vs), "__floattisf %s", hex(a, x));
}

static void check_fix(double d)
{
	char x[40];
	volatile double vd = d;
	volatile float vf = (float)d;
	if (fabs(d) < 0x1p127)
		CHECK(ul___fixdfti(d) == (ti)vd, "__fixdfti %a -> %s", d, hex((tu)ul___fixdfti(d), x));
	if (fabsf(vf) < 0x1p127f)
		CHECK(ul___fixsfti(vf) == (ti)vf, "__fixsfti %a", (double)vf);
	if (d > -1 && d < 0x1p128)
		CHECK(ul___fixunsdfti(d) == (tu)vd, "__fixunsdfti %a", d);
	if (vf > -1 && (double)vf < 0x1p128)
		CHECK(ul___fixunssfti(vf) == (tu)vf, "__fixunssfti %a", (double)vf);
}

static double rnd_double(void)
{
	uint64_t u = check_xorshift(&seed);
	double d = ldexp((double)(u >> 11), (int)(check_xorshift(&seed) % 200) - 100);
	return u & 1 ? -d : d;
}

int main(void)
{
	/* Edges: 0, 1, small, around 2^63, 2^64, 2^127, all ones. */
	tu e[] = { 0, 1, 2, 3, 7, 10, 0xffffffffu, 0x100000000ull, (tu)1 << 63,
		   ((tu)1 << 63) - 1, ((tu)1 << 63) + 1, ~(uint64_t)0, (tu)1 << 64,
		   ((tu)1 << 64) - 1, ((tu)1 << 64) + 1, ((tu)1 << 64) * 3 + 5,
		   (tu)1 << 100, (tu)1 << 127, ((tu)1 << 127) - 1, ((tu)1 << 127) + 1,
		   ~(tu)0, ~(tu)0 - 1, (tu)0xffffffffffffffffull << 64,
		   ((tu)0x8000000000000000ull << 64) | 1, (tu)0x123456789abcdef0ull << 32 };
	nedges = sizeof e / sizeof e[0];
	memcpy(edges, e, sizeof e);
	for (int i = 0; i < nedges; i++) {
		for (int j = 0; j < nedges; j++) {
			check_div(edges[i], edges[j]);
			check_div(-edges[i], edges[j]);
			check_div(edges[i], -edges[j]);
			check_mul((ti)edges[i], (ti)edges[j]);
			check_mul((ti)(0 - edges[i]), (ti)edges[j]);
		}
		check_float(edges[i]);
		check_float(-edges[i]);
	}
	for (int i = 0; i < 300000; i++) {
		tu a = rnd(), b = rnd();
		check_div(a, b);
		check_div(a, (tu)(uint64_t)b);
		check_mul((ti)a, (ti)b);
		check_mul((ti)(a >> 64), (ti)b);
		check_float(a);
	}
	/* Conversions in every rounding mode (the host's honour it too). */
	int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
	for (int m = 0; m < 4; m++) {
		fesetround(modes[m]);
		for (int i = 0; i < 50000; i++)
			check_float(rnd());
		for (int i = 0; i < nedges; i++)
			check_float(edges[i]), check_float(-edges[i]);
	}
	fesetround(FE_TONEAREST);
	double fe[] = { 0, -0.0, 0.5, -0.5, 1, -1, 1.5, -1.9999, 0x1p52, 0x1p53 + 2, 0x1p63, -0x1p63,
			0x1p64, 0x1p64 - 2048, 0x1p100 + 0x1p60, -0x1p126, 0x1p127 - 0x1p74, -0x1p127,
			0x1.fffffffffffffp126, 0x1.fffffep127 };
	for (unsigned i = 0; i < sizeof fe / sizeof fe[0]; i++)
		check_fix(fe[i]);
	for (int i = 0; i < 200000; i++)
		check_fix(rnd_double());
	CHECK(ul___fixunsdfti(-5.0) == 0 && ul___fixunsdfti(NAN) == 0 && ul___fixdfti(NAN) == 0,
	      "out of range: 0 for negatives and NaN");
	CHECK(ul___fixdfti(1e300) == (ti)(~(tu)0 >> 1) && ul___fixdfti(-1e300) == (ti)((tu)1 << 127),
	      "out of range: saturated");

	/* powi: the same algorithm as libgcc's, so the same bits. */
	for (int i = 0; i < 100000; i++) {
		double a = rnd_double() / 0x1p40;
		int b = (int)(check_xorshift(&seed) % 2001) - 1000;
		volatile double va = a;
		volatile int vb = b;
		CHECK(same_d(ul___powidf2(a, b), __builtin_powi(va, vb)), "__powidf2(%a, %d)", a, b);
		CHECK(same_f(ul___powisf2((float)a, b % 60), __builtin_powif((float)va, vb % 60)),
		      "__powisf2(%a, %d)", a, b % 60);
	}
	CHECK(ul___powidf2(2, -1022) == 0x1p-1022 && ul___powidf2(0, -1) == INFINITY &&
	      ul___powidf2(-0.0, -3) == -INFINITY && ul___powidf2(NAN, 0) == 1, "powi special cases");

	/* Complex multiplication: the same formula as libgcc's, the same bits;
	 * division: within a few ulps (libgcc scales differently), and the
	 * same class (Annex G's recovered infinities and zeros). */
	double sp[] = { 0, -0.0, 1, -2.5, 1e300, -1e-300, INFINITY, -INFINITY, NAN, 3 };
	int nsp = sizeof sp / sizeof sp[0];
	for (int i = 0; i < nsp * nsp * nsp * nsp; i++) {
		double a = sp[i % nsp], b = sp[i / nsp % nsp], c = sp[i / nsp / nsp % nsp], d = sp[i / nsp / nsp / nsp];
		volatile double _Complex z = __builtin_complex(a, b), w = __builtin_complex(c, d);
		double _Complex p = ul___muldc3(a, b, c, d), ref = z * w;
		CHECK(same_d(creal(p), creal(ref)) && same_d(cimag(p), cimag(ref)),
		      "__muldc3(%g,%g,%g,%g) = %g%+gi, libgcc %g%+gi", a, b, c, d, creal(p), cimag(p), creal(ref), cimag(ref));
		float _Complex pf = ul___mulsc3((float)a, (float)b, (float)c, (float)d);
		volatile float _Complex zf = __builtin_complex((float)a, (float)b), wf = __builtin_complex((float)c, (float)d);
		float _Complex reff = zf * wf;
		CHECK(same_f(crealf(pf), crealf(reff)) && same_f(cimagf(pf), cimagf(reff)), "__mulsc3(%g,%g,%g,%g)", a, b, c, d);
		double _Complex q = ul___divdc3(a, b, c, d), qref = z / w;
		/* C's classes (G.3): infinite if either part is, even with a NaN
		 * in the other; else NaN if either part is. */
		int cls = (isinf(creal(q)) || isinf(cimag(q))) ? 1 : (isnan(creal(q)) || isnan(cimag(q))) ? 0 : 2;
		int clsr = (isinf(creal(qref)) || isinf(cimag(qref))) ? 1 : (isnan(creal(qref)) || isnan(cimag(qref))) ? 0 : 2;
		/* With a NaN operand C asks nothing beyond a NaN or an infinity
		 * (libgcc's scaling finds an infinity where Annex G's gets NaN). */
		int nan_in = isnan(a) || isnan(b) || isnan(c) || isnan(d);
		CHECK(cls == clsr || (nan_in && cls != 2 && clsr != 2), "__divdc3(%g,%g,%g,%g) = %g%+gi, libgcc %g%+gi", a, b, c, d, creal(q), cimag(q), creal(qref), cimag(qref));
		float _Complex qf = ul___divsc3((float)a, (float)b, (float)c, (float)d), qfr = zf / wf;
		int clsf = (isinf(crealf(qf)) || isinf(cimagf(qf))) ? 1 : (isnan(crealf(qf)) || isnan(cimagf(qf))) ? 0 : 2;
		int clsfr = (isinf(crealf(qfr)) || isinf(cimagf(qfr))) ? 1 : (isnan(crealf(qfr)) || isnan(cimagf(qfr))) ? 0 : 2;
		CHECK(clsf == clsfr || (nan_in && clsf != 2 && clsfr != 2), "__divsc3(%g,%g,%g,%g)", a, b, c, d);
	}
	for (int i = 0; i < 100000; i++) {
		double a = rnd_double(), b = rnd_double(), c = rnd_double(), d = rnd_double();
		volatile double _Complex z = __builtin_complex(a, b), w = __builtin_complex(c, d);
		double _Complex p = ul___muldc3(a, b, c, d), ref = z * w;
		CHECK(same_d(creal(p), creal(ref)) && same_d(cimag(p), cimag(ref)), "__muldc3 random");
		double _Complex q = ul___divdc3(a, b, c, d), qref = z / w;
		double err = cabs(q - qref) / cabs(qref);
		CHECK(err < 0x1p-50, "__divdc3(%a,%a,%a,%a): relative difference %g", a, b, c, d, err);
	}
	return check_report("crt");
}
