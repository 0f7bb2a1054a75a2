/* The ABI a program built with uefi-cc sees (docs/abi.md): GNU C with no
 * Windows or MSVC identity, GCC's struct and bit-field layout (the values
 * x86_64 Linux gives, tests/install/proj/abi_cases.h), long double as double,
 * variadic doubles, weak symbols, thread-local variables (the compiler
 * runtime helpers: t_crt). */
#include <float.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "../install/proj/abi_cases.h"

#define ONE(name, expr) CHECK(expr, name);

extern int t_abi_absent(void) __attribute__((weak));
int t_abi_defined(void) __attribute__((weak));
int t_abi_defined(void) { return 7; }

static _Thread_local int tls_counter = 40;
static __thread char tls_zero[64];

static volatile double vd;

/* A program's own variadic function reading doubles, past the argument
 * registers (Windows on Arm64 passes them in integer registers, then on
 * the stack, as the MS x64 ABI does). */
static __attribute__((noinline)) double sum_doubles(int n, ...)
{
	va_list ap;
	va_start(ap, n);
	double s = 0;
	for (int i = 0; i < n; i++)
		s += va_arg(ap, double) * (i + 1);
	va_end(ap);
	return s;
}

int main(void)
{
	th_begin("abi");
	ABI_CASES(ONE)

#if defined(__GNUC__) && __GNUC__ >= 4 && defined(__GNUC_MINOR__) && defined(__clang__)
	CHECK(1, "__GNUC__ defined (as Clang defines it)");
#else
	CHECK(0, "__GNUC__ defined (as Clang defines it)");
#endif
#if defined(_MSC_VER) || defined(_MSC_FULL_VER) || defined(_MSC_EXTENSIONS)
	CHECK(0, "no _MSC_VER");
#else
	CHECK(1, "no _MSC_VER");
#endif
#if defined(_WIN32) || defined(_WIN64) || defined(WIN32) || defined(__WIN32__) || defined(__MINGW32__) || \
	defined(__MINGW64__) || defined(__CYGWIN__) || defined(__MSVCRT__) || defined(_M_X64) || defined(_M_AMD64)
	CHECK(0, "no _WIN32, _WIN64, __MINGW*, __CYGWIN__, _M_X64");
#else
	CHECK(1, "no _WIN32, _WIN64, __MINGW*, __CYGWIN__, _M_X64");
#endif
#if (defined(__x86_64__) || defined(__aarch64__)) && __SIZEOF_LONG__ == 4 && __SIZEOF_WCHAR_T__ == 2 && \
	__SIZEOF_POINTER__ == 8
	CHECK(1, "x86_64 or aarch64, LLP64: long 32 bits, wchar_t 16 bits");
#else
	CHECK(0, "x86_64 or aarch64, LLP64: long 32 bits, wchar_t 16 bits");
#endif
	CHECK(sizeof(long double) == 8 && LDBL_MANT_DIG == 53 && LDBL_MAX == DBL_MAX, "long double is double");

	char buf[96];
	vd = 1.5;
	long double ld = 2.25L;
	snprintf(buf, sizeof buf, "%.3f %g %Lg %d %.2e %s %a", vd, vd * 3, ld, 7, 12345.678, "x", 0.5);
	if (!th_open("variadic doubles, long double, mixed with integers", strcmp(buf, "1.500 4.5 2.25 7 1.23e+04 x 0x1p-1") == 0, __LINE__)) {
		th_puts(" got ");
		th_puts(buf);
	}
	th_close();
	/* Ten doubles and integers between them: past every argument register
	 * of both ABIs, so some travel on the stack. */
	snprintf(buf, sizeof buf, "%g %d %g %g %g %g %g %g %g %g %g %.1f", vd, 1, vd + 1, vd + 2, vd + 3,
	         vd + 4, vd + 5, vd + 6, vd + 7, vd + 8, -0.0, 1e300 * 1e10);
	if (!th_open("printf of ten variadic doubles (stack slots too)",
	             strcmp(buf, "1.5 1 2.5 3.5 4.5 5.5 6.5 7.5 8.5 9.5 -0 inf") == 0, __LINE__)) {
		th_puts(" got ");
		th_puts(buf);
	}
	th_close();
	CHECK(sum_doubles(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, vd) == 300.0,
	      "va_arg(ap, double) in a program's own variadic function");
	double sd = 0, sa = 0;
	long double sl = 0;
	float sf = 0;
	CHECK(sscanf("2.5 -0x1.8p+1 1e300 0.1", "%lf %la %Lf %f", &sd, &sa, &sl, &sf) == 4 && sd == 2.5 &&
	      sa == -3.0 && sl == 1e300L && sf == 0.1f, "scanf of double, long double and float");

	CHECK(&t_abi_absent == 0, "weak undefined function is NULL");
	CHECK(t_abi_defined() == 7, "weak defined function is called");

	tls_counter++;
	tls_zero[63] = 'z';
	CHECK(tls_counter == 41, "_Thread_local keeps its initial value and changes");
	CHECK(tls_zero[0] == 0 && tls_zero[63] == 'z', "__thread starts zeroed");

	th_end();
	return 0;
}
