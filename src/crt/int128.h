/* Compiler runtime helpers (src/crt/): the functions Clang calls for
 * operations x86_64 has no instruction for, as compiler-rt and libgcc name
 * them.  Portable C; the 128-bit types are Clang's and GCC's __int128. */
#ifndef __CRT_INT128_H
#define __CRT_INT128_H

#include <stdint.h>

typedef __int128 ti_int;
typedef unsigned __int128 tu_int;

static inline uint64_t __crt_hi(tu_int x) { return (uint64_t)(x >> 64); }
static inline uint64_t __crt_lo(tu_int x) { return (uint64_t)x; }
static inline tu_int __crt_make(uint64_t hi, uint64_t lo) { return (tu_int)hi << 64 | lo; }

/* Leading zeros of a nonzero 64-bit value (a bit-scan instruction). */
static inline int __crt_clz64(uint64_t x) { return __builtin_clzll(x); }

/* 2^s, 0 <= s <= 127, built from its bits (a conversion from a 128-bit
 * integer would call the functions this is for). */
static inline double __crt_pow2(int s)
{
	union { uint64_t u; double d; } v = { (uint64_t)(1023 + s) << 52 };
	return v.d;
}
static inline float __crt_pow2f(int s)
{
	union { uint32_t u; float f; } v = { (uint32_t)(127 + s) << 23 };
	return v.f;
}

/* The helpers, each defined in the file of its name: declared once here so
 * that every definition, and the host tests' mirrors of them
 * (tests/host/gen/ul_check.py), are checked against one prototype. */
tu_int __udivmodti4(tu_int a, tu_int b, tu_int *rem);
ti_int __divmodti4(ti_int a, ti_int b, ti_int *rem);
tu_int __udivti3(tu_int a, tu_int b);
tu_int __umodti3(tu_int a, tu_int b);
ti_int __divti3(ti_int a, ti_int b);
ti_int __modti3(ti_int a, ti_int b);
ti_int __muloti4(ti_int a, ti_int b, int *overflow);
int64_t __mulodi4(int64_t a, int64_t b, int *overflow);
int32_t __mulosi4(int32_t a, int32_t b, int *overflow);
double __floattidf(ti_int a);
float __floattisf(ti_int a);
double __floatuntidf(tu_int a);
float __floatuntisf(tu_int a);
ti_int __fixdfti(double a);
ti_int __fixsfti(float a);
tu_int __fixunsdfti(double a);
tu_int __fixunssfti(float a);
double __powidf2(double a, int b);
float __powisf2(float a, int b);
double _Complex __muldc3(double a, double b, double c, double d);
float _Complex __mulsc3(float a, float b, float c, float d);
double _Complex __divdc3(double a, double b, double c, double d);
float _Complex __divsc3(float a, float b, float c, float d);

#endif
