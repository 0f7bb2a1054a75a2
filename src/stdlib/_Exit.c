#include <stdlib.h>
#include "../internal/exit.h"
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"

/* Even the quickest exit closes the descriptors (so that the firmware
 * writes what it caches for them) and gives the pages back: UEFI reclaims
 * neither when an application ends.  Both go through hooks that the file
 * layer and malloc set when first used, so that exiting links neither into
 * programs that never open a file or allocate. */
void (*__malloc_release_hook)(void);
void (*__fd_close_hook)(void);
void (*__mman_release_hook)(void);

void __exit_release(void)
{
	if (__fd_close_hook)
		__fd_close_hook();
	if (__mman_release_hook)
		__mman_release_hook();  /* mmap's pages (src/mman/) */
	if (__malloc_release_hook)
		__malloc_release_hook();
}

_Noreturn void _Exit(int status)
{
	__exit_release();
	__sys_exit(status, 0);
}
