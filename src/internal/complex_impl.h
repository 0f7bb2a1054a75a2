/* Shared pieces of <complex.h> (src/complex/): kernels in double-double
 * on top of the math library's cores (math_impl.h). */
#ifndef UL_COMPLEX_IMPL_H
#define UL_COMPLEX_IMPL_H

#include <complex.h>
#include "math_impl.h"

#define CX_PIO2 0x1.921fb54442d18p+0
#define CX_PI   0x1.921fb54442d18p+1
#define CX_PI_LO 0x1.1a62633145c07p-53
#define CX_PIO4 0x1.921fb54442d18p-1
#define CX_3PIO4 0x1.2d97c7f3321d2p+1

/* sin y and cos y (y finite) as double-doubles, relative error ~2^-100. */
void __cx_sincos(double y, __dd *s, __dd *c);
/* sinh x and cosh x for finite x >= 0: 2^k (sh, ch); returns k (0 below
 * 40, where both are exact double-doubles to ~2^-100). */
int __cx_sinhcosh(double x, __dd *sh, __dd *ch);
/* x^2 + y^2 - 1 for |x|, |y| <= 2^500, summed with no cancellation loss
 * (three error-free passes over the five exact parts). */
__dd __cx_x2y2m1(double x, double y);
/* log1p(w.hi + w.lo), w > -1/2, rounded once. */
double __cx_log1p(__dd w);
/* log(sqrt(x^2 + y^2)) for finite x, y, not both 0. */
double __cx_log_abs(double x, double y);
/* The asin kernel for x, y >= 0 (|Re|, |Im| of casin's argument): *ra the
 * real part of casin, *im the |Im| of casin and cacos, *rc the real part
 * of cacos for the argument -x (neg, the sign bit of Re) or x, computed
 * from that signed value so that it is rounded once. */
void __cx_asin(double x, double y, int neg, double *ra, double *rc, double *im);
/* The atanh kernel for x, y >= 0: catanh's real part and |Im|. */
void __cx_atanh(double x, double y, double *re, double *im);

/* 2^k a b rounded once (__exp_finish: overflow and underflow as the
 * result itself does), for finite double-doubles a, b of any size (each is
 * first brought to [1, 2), exactly); a zero product is a signed zero. */
double __cx_round_mul(int k, __dd a, __dd b);

#endif
