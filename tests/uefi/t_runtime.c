/* What Clang's Windows target expects of a C runtime: floating point
 * (_fltused) and frames over a page (__chkstk); plus a program built from
 * several inputs (this file and an archive made with uefi-cc -c). */
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
	CHECK("double arithmetic across objects", y == 12.0);
	CHECK("200 KB stack frame", deep_frame(3) == 3 * 49);
	char buf[64];
	snprintf(buf, sizeof buf, "%d %u %x %s", -5, 7u, 255u, "s");
	CHECK("snprintf", strcmp(buf, "-5 7 ff s") == 0);
	th_end();
	return 0;
}
