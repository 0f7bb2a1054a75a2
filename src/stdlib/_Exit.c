#include <stdlib.h>
#include "../internal/file_impl.h"
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"

/* Even the quickest exit closes the descriptors (so that the firmware
 * writes what it caches for them) and gives the pages back: UEFI reclaims
 * neither when an application ends. */
_Noreturn void _Exit(int status)
{
	__fd_close_all();
	__malloc_release_all();
	__sys_exit(status, 0);
}
