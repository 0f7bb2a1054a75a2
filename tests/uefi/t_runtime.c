/* What Clang's Windows target expects of a C runtime: floating point
 * across objects and frames over a page (the stack probe); plus a program built from
 * several inputs (this file and an archive made with uefi-cc -c); and the
 * target's predefined macros a portable program sees. */
#include <stdio.h>
#include <string.h>
#include "harness.h"

double t_runtime_scale(double x, int n);   /* from t_runtime_lib.a */

static int deep_frame(int k)
{
	volatile unsigned char frame[200000];
	memset((void *)frame, k, sizeof frame);
	int sum = 0;
	for (size_t i = 0; i < sizeof frame; i += 4096)
		sum += frame[i];
	return sum;
}

int main(void)
{
	th_begin("runtime");
	volatile double x = 1.5;
	double y = t_runtime_scale(x, 3);
	CHECK(y == 12.0, "double arithmetic across objects");
	CHECK(deep_frame(3) == 3 * 49, "200 KB stack frame");
	char buf[64];
	snprintf(buf, sizeof buf, "%d %u %x %s", -5, 7u, 255u, "s");
	CHECK(strcmp(buf, "-5 7 ff s") == 0, "snprintf");
	/* LLP64: long is 32 bits here; scanf must store exactly that much. */
	struct { long l; int guard; } lv = { 0, 0x5A5A5A5A };
	CHECK(sscanf("-2147483648", "%ld", &lv.l) == 1 && lv.l == -2147483647L - 1 &&
	      lv.guard == 0x5A5A5A5A && sizeof(long) == 4, "sscanf %ld stores 32 bits");
	long long ll = 0;
	double d = 0;
	CHECK(sscanf("123456789012 2.5e-3", "%lld %lf", &ll, &d) == 2 &&
	      ll == 123456789012LL && d == 2.5e-3, "sscanf %lld and %lf");
	snprintf(buf, sizeof buf, "%.3f %ld %lu", 2.0 / 3.0, -5L, 4294967295UL);
	CHECK(strcmp(buf, "0.667 -5 4294967295") == 0, "printf %f, %ld, %lu on LLP64");
	/* Portable code tests _WIN32 to reach for windows.h: not here. */
#if defined(_WIN32) || defined(_WIN64)
	CHECK(0, "uefi-cc leaves _WIN32 and _WIN64 undefined");
#else
	CHECK(1, "uefi-cc leaves _WIN32 and _WIN64 undefined");
#endif
	th_end();
	return 0;
}
