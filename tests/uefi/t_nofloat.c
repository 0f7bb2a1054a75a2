/* A program with no floating point of its own (no float or double in its
 * code): printf still formats a double it is handed, because printf
 * references its floating-point formatter itself (docs/abi.md).  Clang's
 * GNU environment emits no _fltused, so nothing else could tell that a
 * program like this one needs the formatter: here the double arrives as
 * its bits, as from code built by another compiler.  Integer and string
 * conversions work beside it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "harness.h"

int main(void)
{
	th_begin("nofloat");
	char buf[64];
	unsigned long long one_and_half = 0x3FF8000000000000ull;   /* 1.5 */
	int (*volatile sn)(char *, size_t, const char *, ...) = snprintf;

	int n = sn(buf, sizeof buf, "%d|%s|%x", -42, "str", 255u);
	CHECK_EQ(n, 10, "integers and strings format");
	CHECK(strcmp(buf, "-42|str|ff") == 0, "integers and strings text");

	errno = 0;
	n = sn(buf, sizeof buf, "x=%f", one_and_half);
	CHECK(n == 10 && strcmp(buf, "x=1.500000") == 0, "%f formats without a float in the program");
	CHECK_EQ(errno, 0, "... errno untouched");
	n = sn(buf, sizeof buf, "%g %e %a", one_and_half, one_and_half, one_and_half);
	CHECK(n == 25 && strcmp(buf, "1.5 1.500000e+00 0x1.8p+0") == 0, "%g %e %a too");

	n = sn(buf, sizeof buf, "%lld", -1234567890123ll);
	CHECK(n == 14 && strcmp(buf, "-1234567890123") == 0, "formatting integers after it");
	th_end();
	return 0;
}
