/* Started by t_parent with LoadOptions chosen by the parent.  Its exit status
 * is what the parent checks:
 *   status N   return N from main          exit N   atexit, then exit(N) deep down
 *   abort      abort()                     leak N   malloc N MiB, never free
 *   rawleak    5 pages from AllocatePages directly, never freed (control)
 *   anything else: return a hash of argv, so that the parent can check
 *   every byte of every word. */
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include "harness.h"
#include "argv_hash.h"

static long number(const char *s)
{
	long sign = 1, v = 0;
	if (*s == '-') {
		sign = -1;
		s++;
	}
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return sign * v;
}

static void atexit_handler(void)
{
	th_puts("child: atexit handler ran\n");
}

static _Noreturn void deep_exit(int depth, int status)
{
	if (depth)
		deep_exit(depth - 1, status);
	exit(status);
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";
	if (!strcmp(cmd, "status") && argc > 2)
		return (int)number(argv[2]);
	if (!strcmp(cmd, "exit") && argc > 2) {
		atexit(atexit_handler);
		deep_exit(10, (int)number(argv[2]));
	}
	if (!strcmp(cmd, "abort"))
		abort();
	if (!strcmp(cmd, "leak") && argc > 2) {
		/* Mixed sizes, small and large, all left allocated. */
		long mib = number(argv[2]);
		size_t total = 0, i = 0;
		while (total < (size_t)mib << 20) {
			size_t n = (i % 7 == 0) ? 100000 + i * 13 : 16 + (i * 37) % 1000;
			char *p = malloc(n);
			if (!p)
				return 1;
			p[0] = p[n - 1] = 1;
			total += n;
			i++;
		}
		return 0;
	}
	if (!strcmp(cmd, "rawleak")) {
		EFI_PHYSICAL_ADDRESS a;
		return (int)uefi_boot_services()->AllocatePages(AllocateAnyPages, EfiLoaderData, 5, &a);
	}
	return (int)argv_hash(argc, (const char *const *)argv);
}
