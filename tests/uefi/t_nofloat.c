/* A program with no floating point in it: the linker leaves printf's float
 * formatter out (nothing references _fltused), and a floating conversion,
 * reachable only by passing a double's bits as an integer, fails cleanly
 * with EINVAL instead of printing garbage.  Integer and string conversions
 * still work, and stdout is still usable afterwards. */
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
	CHECK_EQ("integers and strings format", n, 10);
	CHECK("integers and strings text", strcmp(buf, "-42|str|ff") == 0);

	errno = 0;
	memcpy(buf, "untouched", 10);
	n = sn(buf, sizeof buf, "x=%f", one_and_half);
	CHECK_EQ("%f without the formatter fails", n, -1);
	CHECK_EQ("... with EINVAL", errno, EINVAL);
	errno = 0;
	n = sn(buf, sizeof buf, "%g %e %a", one_and_half, one_and_half, one_and_half);
	CHECK_EQ("%g %e %a fail too", n, -1);
	CHECK_EQ("... also with EINVAL", errno, EINVAL);

	n = sn(buf, sizeof buf, "%lld", -1234567890123ll);
	CHECK("formatting works after the failure", n == 14 && strcmp(buf, "-1234567890123") == 0);
	th_end();
	return 0;
}
