/* The ABI probe (docs/abi.md): what every way to build a program must give
 * it alike (uefi-cc, pkg-config flags with plain clang, CMake, Meson;
 * tests/uefi/suites/tools.sh builds this project each way).  abi_probe
 * prints "abi: ok", or one "abi: FAIL ..." line per broken expectation, and
 * returns how many broke. */
#include <float.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include "abi_cases.h"
#include "util.h"

static int ctor_ran;
__attribute__((constructor)) static void probe_ctor(void)
{
	ctor_ran = 1;
}

extern int abi_absent(void) __attribute__((weak));
static _Thread_local int tls_value = 40;
static volatile unsigned __int128 big;

static int bad;
static void expect(const char *name, int ok)
{
	if (!ok) {
		printf("abi: FAIL %s\n", name);
		bad++;
	}
}

int abi_probe(void)
{
#define ONE(name, expr) expect(name, expr);
	ABI_CASES(ONE)
#if defined(__GNUC__) && defined(__clang__) && !defined(_MSC_VER) && !defined(_WIN32) && !defined(_WIN64) && \
	!defined(__MINGW32__) && !defined(__MINGW64__) && !defined(__CYGWIN__)
	expect("__GNUC__, and no _MSC_VER, _WIN32, __MINGW32__", 1);
#else
	expect("__GNUC__, and no _MSC_VER, _WIN32, __MINGW32__", 0);
#endif
	expect("long int 32 bits, wchar_t 16, long double is double",
	       sizeof(long) == 4 && sizeof(L'x') == 2 && sizeof(long double) == 8 && LDBL_MANT_DIG == 53);
	char buf[64];
	volatile double third = 1.0 / 3;
	snprintf(buf, sizeof buf, "%g %.3f %e %Lg", third, third * 2, 1e300, (long double)2.5);
	expect("printf %g %f %e %Lg", strcmp(buf, "0.333333 0.667 1.000000e+300 2.5") == 0);
	expect("a constructor ran before main", ctor_ran);
	struct rlimit rl;
	expect("getrlimit(RLIMIT_STACK): the default 8 MiB",
	       getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur == 8u << 20 && rl.rlim_max == 8u << 20);
	expect("a weak undefined function is NULL", &abi_absent == 0);
	tls_value++;
	expect("_Thread_local", tls_value == 41);
	big = (unsigned __int128)3 << 100;
	expect("unsigned __int128 division", big / 3 == (unsigned __int128)1 << 100);
	if (!bad)
		printf("abi: ok\n");
	return bad;
}
