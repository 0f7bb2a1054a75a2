/* How a program can end badly, for uefi-run's exit codes
 * (tests/uefi/suites/tools.sh):
 *   modes crash    a CPU exception (ud2; brk)   uefi-run: 139
 *   modes hang     never returns                uefi-run: 124
 *   modes abort    abort()                      uefi-run: 134 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	const char *m = argc > 1 ? argv[1] : "";
	printf("mode %s\n", m);
	fflush(stdout);
	if (strcmp(m, "crash") == 0)
		__builtin_trap();
	if (strcmp(m, "hang") == 0)
		for (;;)
#if defined(__x86_64__)
			__asm__ volatile("pause");
#else
			__asm__ volatile("yield");
#endif
	if (strcmp(m, "abort") == 0)
		abort();
	return 0;
}
