#include <unistd.h>
#include "../internal/getopt_impl.h"

/* POSIX getopt: stops at the first operand (it never reorders argv, unlike
 * glibc's, which does unless POSIXLY_CORRECT is set); see docs/posix-text.md. */
int getopt(int argc, char *const argv[], const char *optstring)
{
	return __getopt_scan(argc, argv, optstring, 0, 0, GETOPT_POSIX);
}
