/* Started by t_stack, built with -Wl,--stack,262144:
 *   rlimit    exits 0 when getrlimit(RLIMIT_STACK) says 256 KiB
 *   overflow  recurses without end: the stack probe must stop it with a
 *             message on stderr and an abnormal exit (EFI_ABORTED). */
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static volatile int forever = 1;
static int deeper(volatile char *up, int n)
{
	volatile char frame[200];
	frame[0] = (char)n;
	frame[199] = up ? up[0] : 0;
	return (forever ? deeper(frame, n + 1) : 0) + frame[1];
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "rlimit")) {
		struct rlimit r;
		return getrlimit(RLIMIT_STACK, &r) == 0 && r.rlim_cur == 262144 && r.rlim_max == 262144 ? 0 : 1;
	}
	if (argc > 1 && !strcmp(argv[1], "overflow"))
		return deeper(0, 0);
	return 2;
}
