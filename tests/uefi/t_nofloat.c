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
	CHECK_EQ(n, 10, "integers and strings format");
	CHECK(strcmp(buf, "-42|str|ff") == 0, "integers and strings text");

	errno = 0;
	memcpy(buf, "untouched", 10);
	n = sn(buf, sizeof buf, "x=%f", one_and_half);
	CHECK_EQ(n, -1, "%f without the formatter fails");
	CHECK_EQ(errno, EINVAL, "... with EINVAL");
	errno = 0;
	n = sn(buf, sizeof buf, "%g %e %a", one_and_half, one_and_half, one_and_half);
	CHECK_EQ(n, -1, "%g %e %a fail too");
	CHECK_EQ(errno, EINVAL, "... also with EINVAL");

	n = sn(buf, sizeof buf, "%lld", -1234567890123ll);
	CHECK(n == 14 && strcmp(buf, "-1234567890123") == 0, "formatting works after the failure");
	th_end();
	return 0;
}
