/* The library's <complex.h>, renamed ul_ for the host tests. */
#ifndef TESTS_HOST_UL_COMPLEX_H
#define TESTS_HOST_UL_COMPLEX_H

#define UL_C1(n) double _Complex ul_##n(double _Complex); float _Complex ul_##n##f(float _Complex); \
	long double _Complex ul_##n##l(long double _Complex);
UL_C1(cacos) UL_C1(casin) UL_C1(catan) UL_C1(ccos) UL_C1(csin) UL_C1(ctan)
UL_C1(cacosh) UL_C1(casinh) UL_C1(catanh) UL_C1(ccosh) UL_C1(csinh) UL_C1(ctanh)
UL_C1(cexp) UL_C1(clog) UL_C1(csqrt) UL_C1(conj) UL_C1(cproj)
#undef UL_C1
double ul_cabs(double _Complex); float ul_cabsf(float _Complex); long double ul_cabsl(long double _Complex);
double ul_carg(double _Complex); float ul_cargf(float _Complex); long double ul_cargl(long double _Complex);
double ul_creal(double _Complex); float ul_crealf(float _Complex); long double ul_creall(long double _Complex);
double ul_cimag(double _Complex); float ul_cimagf(float _Complex); long double ul_cimagl(long double _Complex);
double _Complex ul_cpow(double _Complex, double _Complex);
float _Complex ul_cpowf(float _Complex, float _Complex);
long double _Complex ul_cpowl(long double _Complex, long double _Complex);

#endif
