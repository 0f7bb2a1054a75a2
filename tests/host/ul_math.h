/* The library's <math.h> and <fenv.h>, renamed ul_ for the host tests. */
#ifndef TESTS_HOST_UL_MATH_H
#define TESTS_HOST_UL_MATH_H

#include <fenv.h>

#define UL_M1(n) double ul_##n(double); float ul_##n##f(float); long double ul_##n##l(long double);
#define UL_M2(n) double ul_##n(double, double); float ul_##n##f(float, float); \
	long double ul_##n##l(long double, long double);
UL_M1(acos) UL_M1(asin) UL_M1(atan) UL_M2(atan2) UL_M1(cos) UL_M1(sin) UL_M1(tan)
UL_M1(acosh) UL_M1(asinh) UL_M1(atanh) UL_M1(cosh) UL_M1(sinh) UL_M1(tanh)
UL_M1(exp) UL_M1(exp2) UL_M1(expm1) UL_M1(exp10) UL_M1(log) UL_M1(log10) UL_M1(log1p)
UL_M1(log2) UL_M1(logb) UL_M1(cbrt) UL_M1(fabs) UL_M2(hypot) UL_M2(pow) UL_M1(sqrt)
UL_M1(erf) UL_M1(erfc) UL_M1(lgamma) UL_M1(tgamma)
UL_M1(ceil) UL_M1(floor) UL_M1(nearbyint) UL_M1(rint) UL_M1(round) UL_M1(trunc)
UL_M2(fmod) UL_M2(remainder) UL_M2(copysign) UL_M2(nextafter) UL_M2(fdim) UL_M2(fmax) UL_M2(fmin)
#undef UL_M1
#undef UL_M2
double ul_frexp(double, int *); float ul_frexpf(float, int *);
double ul_ldexp(double, int); float ul_ldexpf(float, int);
double ul_scalbn(double, int); float ul_scalbnf(float, int);
double ul_scalbln(double, long); float ul_scalblnf(float, long);
int ul_ilogb(double); int ul_ilogbf(float);
double ul_modf(double, double *); float ul_modff(float, float *);
long ul_lrint(double); long ul_lrintf(float); long long ul_llrint(double); long long ul_llrintf(float);
long ul_lround(double); long ul_lroundf(float); long long ul_llround(double); long long ul_llroundf(float);
double ul_remquo(double, double, int *); float ul_remquof(float, float, int *);
double ul_nan(const char *); float ul_nanf(const char *);
double ul_nexttoward(double, long double); float ul_nexttowardf(float, long double);
double ul_fma(double, double, double); float ul_fmaf(float, float, float);
void ul_sincos(double, double *, double *); void ul_sincosf(float, float *, float *);
double ul_lgamma_r(double, int *); float ul_lgammaf_r(float, int *);
extern int ul_signgam;
double ul___sqrt_soft(double); float ul___sqrtf_soft(float);

/* <fenv.h>: the library's fenv_t is its own (three fields), kept opaque here. */
typedef struct { unsigned short cw, sw; unsigned mxcsr; } ul_fenv_t;
int ul_feclearexcept(int); int ul_fetestexcept(int); int ul_feraiseexcept(int);
int ul_fegetround(void); int ul_fesetround(int);
int ul_fegetenv(ul_fenv_t *); int ul_fesetenv(const ul_fenv_t *);
int ul_feholdexcept(ul_fenv_t *); int ul_feupdateenv(const ul_fenv_t *);
int ul_fegetexceptflag(unsigned short *, int); int ul_fesetexceptflag(const unsigned short *, int);

#endif
