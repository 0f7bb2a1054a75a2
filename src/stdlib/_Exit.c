#include <stdlib.h>
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"

/* Even the quickest exit gives the pages back: UEFI does not reclaim an
 * application's memory when it ends. */
void (*__malloc_release_hook)(void);

_Noreturn void _Exit(int status)
{
	if (__malloc_release_hook)
		__malloc_release_hook();
	__sys_exit(status, 0);
}
