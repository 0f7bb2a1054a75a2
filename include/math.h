#ifndef _MATH_H
#define _MATH_H

#ifdef __cplusplus
extern "C" {
#endif

/* SSE2 evaluates float and double in their own precision (FLT_EVAL_METHOD 0). */
typedef float float_t;
typedef double double_t;

#define HUGE_VAL  __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()
#define INFINITY  __builtin_inff()
#define NAN       __builtin_nanf("")

/* Numbered as glibc numbers them. */
#define FP_NAN       0
#define FP_INFINITE  1
#define FP_ZERO      2
#define FP_SUBNORMAL 3
#define FP_NORMAL    4

#define FP_ILOGB0   (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define MATH_ERRNO     1
#define MATH_ERREXCEPT 2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)

#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x)    __builtin_isinf(x)
#define isnan(x)    __builtin_isnan(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x)  __builtin_signbit(x)

#define isgreater(x, y)      __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y)         __builtin_isless(x, y)
#define islessequal(x, y)    __builtin_islessequal(x, y)
#define islessgreater(x, y)  __builtin_islessgreater(x, y)
#define isunordered(x, y)    __builtin_isunordered(x, y)

/* The names C does not reserve are declared as glibc declares them: the
 * XSI/BSD ones (M_PI..., signgam, lgamma_r) unless the compiler is in a strict
 * ISO mode (-std=c11) without a feature macro, the GNU ones (exp10, sincos)
 * with _GNU_SOURCE; so a program may use those names for itself. */
#if !defined(__STRICT_ANSI__) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE) || \
	defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE)
#define __MATH_MISC 1
#endif

#ifdef __MATH_MISC
#define M_E        2.7182818284590452354
#define M_LOG2E    1.4426950408889634074
#define M_LOG10E   0.43429448190325182765
#define M_LN2      0.69314718055994530942
#define M_LN10     2.30258509299404568402
#define M_PI       3.14159265358979323846
#define M_PI_2     1.57079632679489661923
#define M_PI_4     0.78539816339744830962
#define M_1_PI     0.31830988618379067154
#define M_2_PI     0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2    1.41421356237309504880
#define M_SQRT1_2  0.70710678118654752440
#define MAXFLOAT   3.40282346638528859812e+38F
#endif

/* Each function comes in double, float (f) and long double (l) forms; long
 * double is double on this target, so the l forms are the double ones. */
#define __MATH_1(name) double name(double); float name##f(float); long double name##l(long double)
#define __MATH_2(name) double name(double, double); float name##f(float, float); \
	long double name##l(long double, long double)

__MATH_1(acos); __MATH_1(asin); __MATH_1(atan); __MATH_2(atan2);
__MATH_1(cos); __MATH_1(sin); __MATH_1(tan);
__MATH_1(acosh); __MATH_1(asinh); __MATH_1(atanh);
__MATH_1(cosh); __MATH_1(sinh); __MATH_1(tanh);
__MATH_1(exp); __MATH_1(exp2); __MATH_1(expm1);
__MATH_1(log); __MATH_1(log10); __MATH_1(log1p); __MATH_1(log2); __MATH_1(logb);
__MATH_1(cbrt); __MATH_1(fabs); __MATH_2(hypot); __MATH_2(pow); __MATH_1(sqrt);
__MATH_1(erf); __MATH_1(erfc); __MATH_1(lgamma); __MATH_1(tgamma);
__MATH_1(ceil); __MATH_1(floor); __MATH_1(nearbyint); __MATH_1(rint);
__MATH_1(round); __MATH_1(trunc);
__MATH_2(fmod); __MATH_2(remainder); __MATH_2(copysign); __MATH_2(nextafter);
__MATH_2(fdim); __MATH_2(fmax); __MATH_2(fmin);

double frexp(double, int *); float frexpf(float, int *); long double frexpl(long double, int *);
double ldexp(double, int); float ldexpf(float, int); long double ldexpl(long double, int);
double scalbn(double, int); float scalbnf(float, int); long double scalbnl(long double, int);
double scalbln(double, long); float scalblnf(float, long); long double scalblnl(long double, long);
int ilogb(double); int ilogbf(float); int ilogbl(long double);
double modf(double, double *); float modff(float, float *); long double modfl(long double, long double *);
long lrint(double); long lrintf(float); long lrintl(long double);
long long llrint(double); long long llrintf(float); long long llrintl(long double);
long lround(double); long lroundf(float); long lroundl(long double);
long long llround(double); long long llroundf(float); long long llroundl(long double);
double remquo(double, double, int *); float remquof(float, float, int *);
long double remquol(long double, long double, int *);
double nan(const char *); float nanf(const char *); long double nanl(const char *);
double nexttoward(double, long double); float nexttowardf(float, long double);
long double nexttowardl(long double, long double);
double fma(double, double, double); float fmaf(float, float, float);
long double fmal(long double, long double, long double);

#ifdef __MATH_MISC
extern int signgam;
double lgamma_r(double, int *); float lgammaf_r(float, int *); long double lgammal_r(long double, int *);
#endif

#ifdef _GNU_SOURCE
void sincos(double, double *, double *); void sincosf(float, float *, float *);
void sincosl(long double, long double *, long double *);
__MATH_1(exp10);
#endif

#undef __MATH_1
#undef __MATH_2

#ifdef __cplusplus
}
#endif

#endif
