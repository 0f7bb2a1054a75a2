#ifndef _COMPLEX_H
#define _COMPLEX_H

/* C11 7.3 and Annex G: provided in full, so __STDC_NO_COMPLEX__ is not
 * defined (docs/math.md).  long double is double on this target: each l
 * function is the double one. */

#ifdef __cplusplus
extern "C" {
#endif

#define complex _Complex
#define _Complex_I (__extension__ 1.0iF)
#define I _Complex_I

#define CMPLX(x, y)  __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

#define __MATH_CPLX(__n) \
	double _Complex __n(double _Complex); \
	float _Complex __n##f(float _Complex); \
	long double _Complex __n##l(long double _Complex);
__MATH_CPLX(cacos) __MATH_CPLX(casin) __MATH_CPLX(catan)
__MATH_CPLX(ccos) __MATH_CPLX(csin) __MATH_CPLX(ctan)
__MATH_CPLX(cacosh) __MATH_CPLX(casinh) __MATH_CPLX(catanh)
__MATH_CPLX(ccosh) __MATH_CPLX(csinh) __MATH_CPLX(ctanh)
__MATH_CPLX(cexp) __MATH_CPLX(clog) __MATH_CPLX(csqrt)
__MATH_CPLX(conj) __MATH_CPLX(cproj)
#undef __MATH_CPLX

double cabs(double _Complex);
float cabsf(float _Complex);
long double cabsl(long double _Complex);
double carg(double _Complex);
float cargf(float _Complex);
long double cargl(long double _Complex);
double cimag(double _Complex);
float cimagf(float _Complex);
long double cimagl(long double _Complex);
double creal(double _Complex);
float crealf(float _Complex);
long double creall(long double _Complex);
double _Complex cpow(double _Complex, double _Complex);
float _Complex cpowf(float _Complex, float _Complex);
long double _Complex cpowl(long double _Complex, long double _Complex);

#ifdef __cplusplus
}
#endif

#endif
