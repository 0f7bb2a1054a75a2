/* <complex.h> in the firmware: every function in double, float and long
 * double, built by uefi-cc (the MS x64 ABI returns a complex through
 * memory), against values computed on the host with glibc's 80-bit
 * functions (within 4 ulps per part); the Annex G special values that the
 * host test checks in full, a few here; complex multiplication and
 * division through the compiler runtime (__muldc3 ... with Annex G's
 * recovery of infinities). */
#include <complex.h>
#include <float.h>
#include <math.h>
#include <string.h>
#include "harness.h"

static int close1(double got, double want, double ulps)
{
	if (got == want)
		return 1;
	double u = ldexp(DBL_EPSILON, ilogb(want));
	return fabs(got - want) <= ulps * u;
}

static int closef(float got, double want)
{
	return fabs((double)got - want) <= 1.0 * ldexp(FLT_EPSILON, ilogb(want));
}

/* each function of the table in all three types */
#define C1(fn, x, y, re, im) do { \
	double complex r = fn(CMPLX(x, y)); \
	CHECK(close1(creal(r), re, 4) && close1(cimag(r), im, 4), #fn); \
	float complex rf = fn##f(CMPLXF(x, y)); \
	CHECK(closef(crealf(rf), re) && closef(cimagf(rf), im), #fn "f"); \
	long double complex rl = fn##l(CMPLXL(x, y)); \
	CHECK(creall(rl) == creal(r) && cimagl(rl) == cimag(r), #fn "l"); \
} while (0)

static volatile double vzero = 0.0, vinf = __builtin_inf();

int main(void)
{
	th_begin("complex");
	C1(cexp, 0x1p-1, 0x1p-2, 0x1.98f390d813322p+0, 0x1.a1b0950a13dbcp-2);
	C1(clog, 0x1p-1, 0x1p-2, -0x1.29c440606e6abp-1, 0x1.dac670561bb4fp-2);
	C1(csqrt, 0x1p-1, 0x1p-2, 0x1.749199c6dc181p-1, 0x1.5fce63a0fd5edp-3);
	C1(csin, 0x1p-1, 0x1p-2, 0x1.fa5a7b05c7c67p-2, 0x1.c60471b7762d4p-3);
	C1(ccos, 0x1p-1, 0x1p-2, 0x1.cf6fd72d3ef82p-1, -0x1.f00fc6e441f79p-4);
	C1(ctan, 0x1p-1, 0x1p-2, 0x1.024dea85cc77cp-1, 0x1.3feb35c391b4dp-2);
	C1(casin, 0x1p-1, 0x1p-2, 0x1.00d2e0286798ep-1, 0x1.202649ab3008fp-2);
	C1(cacos, 0x1p-1, 0x1p-2, 0x1.11b645300f051p+0, -0x1.202649ab3008fp-2);
	C1(catan, 0x1p-1, 0x1p-2, 0x1.efe068bba2275p-2, 0x1.9acd28271c737p-3);
	C1(csinh, 0x1p-1, 0x1p-2, 0x1.0281b0ea5fbddp-1, 0x1.1dacb4621fb3ep-2);
	C1(ccosh, 0x1p-1, 0x1p-2, 0x1.17b2b862e3533p+0, 0x1.0807c14fe84fcp-3);
	C1(ctanh, 0x1p-1, 0x1p-2, 0x1.f12393ea7d90dp-2, 0x1.959e1882af54dp-3);
	C1(casinh, 0x1p-1, 0x1p-2, 0x1.f87ff96f4e7fcp-2, 0x1.cb6cb73d06844p-3);
	C1(cacosh, 0x1p-1, 0x1p-2, 0x1.202649ab3008fp-2, 0x1.11b645300f051p+0);
	C1(catanh, 0x1p-1, 0x1p-2, 0x1.00307f2440124p-1, 0x1.41f1963c0045fp-2);
	C1(cexp, -0x1.8p+0, 0x1p+1, -0x1.7c556e2f1625dp-4, 0x1.9f85ac61ffb69p-3);
	C1(clog, -0x1.8p+0, 0x1p+1, 0x1.d5240f0e0e078p-1, 0x1.1b6e192ebbe44p+1);
	C1(csqrt, -0x1.8p+0, 0x1p+1, 0x1.6a09e667f3bcdp-1, 0x1.6a09e667f3bcdp+0);
	C1(csin, -0x1.8p+0, 0x1p+1, -0x1.e05acfb05cc1ep+1, 0x1.06b6148c45ac2p-2);
	C1(ccos, -0x1.8p+0, 0x1p+1, 0x1.1083a5c1caa2p-2, 0x1.cf1340ed6daep+1);
	C1(ctan, -0x1.8p+0, 0x1p+1, -0x1.5f68744c95eddp-8, 0x1.09739b8c2dec7p+0);
	C1(casin, -0x1.8p+0, 0x1p+1, -0x1.3688ad7ea1693p-1, 0x1.9f5bc6cb5ad78p+0);
	C1(cacos, -0x1.8p+0, 0x1p+1, 0x1.16b20601c9c31p+1, -0x1.9f5bc6cb5ad78p+0);
	C1(catan, -0x1.8p+0, 0x1p+1, -0x1.4fac5404fe6dbp+0, 0x1.3de0e96e47aa7p-2);
	C1(csinh, -0x1.8p+0, 0x1p+1, 0x1.c5adf845dbefep-1, 0x1.11cc1023d9ec3p+1);
	C1(ccosh, -0x1.8p+0, 0x1p+1, -0x1.f538a60bbeb4ap-1, -0x1.efa76abb73e19p+0);
	C1(ctanh, -0x1.8p+0, 0x1p+1, -0x1.106bc470af4edp+0, -0x1.494816da63f94p-4);
	C1(casinh, -0x1.8p+0, 0x1p+1, -0x1.99b4792f6c169p+0, 0x1.c689273ac6edap-1);
	C1(cacosh, -0x1.8p+0, 0x1p+1, 0x1.9f5bc6cb5ad78p+0, 0x1.16b20601c9c31p+1);
	C1(catanh, -0x1.8p+0, 0x1p+1, -0x1.c2be60e50b34fp-3, 0x1.3ec939df5d93fp+0);
	C1(cexp, 0x1.8p+1, -0x1.8p-1, 0x1.d6489cb81f389p+3, -0x1.b61d54d10695cp+3);
	C1(clog, 0x1.8p+1, -0x1.8p-1, 0x1.210133dad4895p+0, -0x1.f5b75f92c80ddp-3);
	C1(csqrt, 0x1.8p+1, -0x1.8p-1, 0x1.becdb7c47ebd3p+0, -0x1.b8084372fcdc1p-3);
	C1(csin, 0x1.8p+1, -0x1.8p-1, 0x1.762e6a09463bap-3, 0x1.a0d0101e75538p-1);
	C1(ccos, 0x1.8p+1, -0x1.8p-1, -0x1.481f3e53213f3p+0, 0x1.db525cca3bf5ep-4);
	C1(ctan, 0x1.8p+1, -0x1.8p-1, -0x1.597f30c0da45ep-4, -0x1.491b39c30362cp-1);
	C1(casin, 0x1.8p+1, -0x1.8p-1, 0x1.50068e7397c8ap+0, -0x1.cc65cd73a86dp+0);
	C1(cacos, 0x1.8p+1, -0x1.8p-1, 0x1.08649b42ac239p-2, 0x1.cc65cd73a86dp+0);
	C1(catan, 0x1.8p+1, -0x1.8p-1, 0x1.43e36485623f6p+0, -0x1.24d1c446ec05cp-4);
	C1(csinh, 0x1.8p+1, -0x1.8p-1, 0x1.d51e3050ef614p+2, -0x1.b733576f66d27p+2);
	C1(ccosh, 0x1.8p+1, -0x1.8p-1, 0x1.d773091f4f0fep+2, -0x1.b5075232a659p+2);
	C1(ctanh, 0x1.8p+1, -0x1.8p-1, 0x1.ffd071253c793p-1, -0x1.43f72da4c0b2p-8);
	C1(casinh, 0x1.8p+1, -0x1.8p-1, 0x1.d836222459edap+0, -0x1.de264770eaf1ap-3);
	C1(cacosh, 0x1.8p+1, -0x1.8p-1, 0x1.cc65cd73a86dp+0, -0x1.08649b42ac239p-2);
	C1(catanh, 0x1.8p+1, -0x1.8p-1, 0x1.4a0d9fba946fp-2, -0x1.7becfe0c476eap+0);
	C1(cexp, -0x1p-2, -0x1p+2, -0x1.04a3458a60e1ap-1, 0x1.2dc59fba44431p-1);
	C1(clog, -0x1p-2, -0x1p+2, 0x1.6363f01a2e632p+0, -0x1.a21a631fd9508p+0);
	C1(csqrt, -0x1p-2, -0x1p+2, 0x1.5ee833c06541ep+0, -0x1.7585ff4f26285p+0);
	C1(csin, -0x1p-2, -0x1p+2, -0x1.b06501909b2ffp+2, -0x1.a7108bfec04c5p+4);
	C1(ccos, -0x1p-2, -0x1p+2, 0x1.a7593c497871fp+4, -0x1.b01ac3a82933p+2);
	C1(ctan, -0x1p-2, -0x1p+2, -0x1.5115c8141385bp-12, -0x1.ffb2d77d27b6ep-1);
	C1(casin, -0x1p-2, -0x1p+2, -0x1.f028aefc167b6p-5, -0x1.0c59e2d7d4c33p+1);
	C1(cacos, -0x1p-2, -0x1p+2, 0x1.a1a0fabc23856p+0, 0x1.0c59e2d7d4c33p+1);
	C1(catan, -0x1p-2, -0x1p+2, -0x1.8de05f7632fe3p+0, -0x1.046908972bcfep-2);
	C1(csinh, -0x1p-2, -0x1p+2, 0x1.52299c730fa3dp-3, 0x1.8fa7a89212fap-1);
	C1(ccosh, -0x1p-2, -0x1p+2, -0x1.592daca724ca9p-1, -0x1.8788235f3adbbp-3);
	C1(ctanh, -0x1p-2, -0x1p+2, -0x1.0fa809eeef3d3p-1, -0x1.01e29a6432805p+0);
	C1(casinh, -0x1p-2, -0x1p+2, -0x1.08650a667b53p+1, -0x1.819fd217dc0b9p+0);
	C1(cacosh, -0x1p-2, -0x1p+2, 0x1.0c59e2d7d4c33p+1, -0x1.a1a0fabc23856p+0);
	C1(catanh, -0x1p-2, -0x1p+2, -0x1.e041351d24c19p-7, -0x1.53a14b8a649efp+0);
	/* cpow, cabs, carg, creal, cimag, conj, cproj */
	double complex p = cpow(CMPLX(1.5, -0.5), CMPLX(0.75, 1.25));
	CHECK(close1(creal(p), 0x1.fe51c4b4e6168p+0, 16) && close1(cimag(p), 0x1.5f27e627c69e6p-1, 16), "cpow");
	float complex pf = cpowf(CMPLXF(1.5f, -0.5f), CMPLXF(0.75f, 1.25f));
	CHECK(closef(crealf(pf), 0x1.fe51c4b4e6168p+0) && closef(cimagf(pf), 0x1.5f27e627c69e6p-1), "cpowf");
	long double complex pl = cpowl(CMPLXL(1.5, -0.5), CMPLXL(0.75, 1.25));
	CHECK(creall(pl) == creal(p) && cimagl(pl) == cimag(p), "cpowl");
	CHECK(cabs(CMPLX(3, -4)) == 5 && cabsf(CMPLXF(-5, 12)) == 13 && cabsl(CMPLXL(8, 15)) == 17, "cabs cabsf cabsl");
	CHECK(cabs(CMPLX(DBL_MAX / 2, DBL_MAX / 2)) < DBL_MAX && cabs(CMPLX(vinf, NAN)) == vinf, "cabs range, inf");
	CHECK(carg(CMPLX(-1, 0.0)) == M_PI && carg(CMPLX(-1, -0.0)) == -M_PI && cargf(CMPLXF(0, 1)) == (float)M_PI_2 &&
	      cargl(CMPLXL(1, 1)) == M_PI_4, "carg cargf cargl");
	CHECK(creal(CMPLX(1.5, -2)) == 1.5 && cimag(CMPLX(1.5, -2)) == -2 && crealf(CMPLXF(3, 4)) == 3 &&
	      cimagf(CMPLXF(3, 4)) == 4 && creall(CMPLXL(5, 6)) == 5 && cimagl(CMPLXL(5, 6)) == 6,
	      "creal cimag crealf cimagf creall cimagl");
	/* through pointers too (they are real functions) */
	double (*re)(double complex) = creal, (*im)(double complex) = cimag;
	CHECK(re(CMPLX(7, 8)) == 7 && im(CMPLX(7, 8)) == 8, "creal cimag by pointer");
	p = conj(CMPLX(1, 0.0));
	CHECK(creal(p) == 1 && cimag(p) == 0 && signbit(cimag(p)), "conj");
	CHECK(cimagf(conjf(CMPLXF(1, 2))) == -2 && cimagl(conjl(CMPLXL(1, -2))) == 2, "conjf conjl");
	p = cproj(CMPLX(NAN, -vinf));
	CHECK(creal(p) == vinf && cimag(p) == 0 && signbit(cimag(p)), "cproj");
	CHECK(crealf(cprojf(CMPLXF(1, 2))) == 1 && creall(cprojl(CMPLXL(-vinf, 2))) == vinf, "cprojf cprojl");

	/* Annex G, a sample (tests/host/test_complex.c has the tables) */
	p = clog(CMPLX(-0.0, 0.0));
	CHECK(creal(p) == -vinf && cimag(p) == M_PI, "clog(-0 + i0) = -inf + i pi");
	p = csqrt(CMPLX(-4, -0.0));
	CHECK(creal(p) == 0 && cimag(p) == -2, "csqrt(-4 - i0) = 0 - 2i");
	p = cexp(CMPLX(-vinf, 2));
	CHECK(creal(p) == 0 && signbit(creal(p)) && cimag(p) == 0 && !signbit(cimag(p)), "cexp(-inf + 2i) = +0 cis 2");
	p = ccosh(CMPLX(vzero, vinf));
	CHECK(isnan(creal(p)) && cimag(p) == 0, "ccosh(0 + i inf) = NaN + i0");
	p = ctanh(CMPLX(vinf, 2));
	CHECK(creal(p) == 1 && cimag(p) == 0 && signbit(cimag(p)), "ctanh(inf + 2i) = 1 + i0 sin 4");
	p = catanh(CMPLX(1, 0.0));
	CHECK(creal(p) == vinf && cimag(p) == 0, "catanh(1 + i0) = inf");
	p = cacos(CMPLX(-vinf, vinf));
	CHECK(close1(creal(p), 3 * M_PI_4, 1) && cimag(p) == -vinf, "cacos(-inf + i inf) = 3pi/4 - i inf");
	p = casin(CMPLX(2, -0.0));
	CHECK(close1(creal(p), M_PI_2, 1) && close1(cimag(p), -acosh(2.0), 2), "casin(2 - i0): below the cut");
	p = cacosh(CMPLX(-2, -0.0));
	CHECK(close1(creal(p), acosh(2.0), 2) && close1(cimag(p), -M_PI, 1), "cacosh(-2 - i0)");
	p = cexp(CMPLX(710, M_PI_4));
	CHECK(isfinite(creal(p)) && close1(creal(p), 0x1.c1e7dff8097b1p+1023, 1), "cexp(710 + i pi/4) finite");
	p = csqrt(CMPLX(DBL_MAX, DBL_MAX));
	CHECK(isfinite(creal(p)) && close1(creal(p), 1.4730945569055654e+154, 2), "csqrt(max + i max)");

	/* the compiler runtime: * and / on complex values */
	volatile double a = 1.5, b = -2, c = 0.25, d = 3;
	double complex x = CMPLX(a, b), y = CMPLX(c, d);
	p = x * y;
	CHECK(creal(p) == 6.375 && cimag(p) == 4, "__muldc3");
	p = (x * y) / y;
	CHECK(close1(creal(p), 1.5, 2) && close1(cimag(p), -2, 2), "__divdc3");
	p = CMPLX(vinf, vinf) * CMPLX(1, 1);
	CHECK(isinf(creal(p)) || isinf(cimag(p)), "inf * (1 + i) is infinite (G.5.1)");
	p = CMPLX(1, 1) / CMPLX(vzero, vzero);
	CHECK(isinf(creal(p)) || isinf(cimag(p)), "(1 + i) / 0 is infinite (G.5.1)");
	p = CMPLX(1, 1) / CMPLX(vinf, NAN);
	CHECK(creal(p) == 0 && cimag(p) == 0, "finite / inf is zero (G.5.1)");
	float complex xf = CMPLXF((float)a, (float)b), yf = CMPLXF((float)c, (float)d);
	pf = xf * yf;
	CHECK(crealf(pf) == 6.375f && cimagf(pf) == 4, "__mulsc3");
	pf = (xf * yf) / yf;
	CHECK(closef(crealf(pf), 1.5) && closef(cimagf(pf), -2), "__divsc3");
	/* long double is double: its complex * and / are __muldc3, __divdc3 */
	volatile long double la = 1.5L, lb = -2;
	long double complex xl = CMPLXL(la, lb), yl = CMPLXL(0.25L, 3);
	pl = xl * yl;
	CHECK(creall(pl) == 6.375L && cimagl(pl) == 4, "long double complex *");
	pl = pl / yl;
	CHECK(close1((double)creall(pl), 1.5, 2) && close1((double)cimagl(pl), -2, 2), "long double complex /");
	CHECK(creal(I * I) == -1 && cimag(_Complex_I) == 1 && sizeof(complex double) == 16, "I");

	th_end();
	th_qemu_exit(0);
	return th_failed ? 1 : 0;
}
