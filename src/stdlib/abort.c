#include <stdlib.h>
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"

/* Streams are not flushed (their state may be what went wrong), but the
 * pages still go back to the firmware. */
_Noreturn void abort(void)
{
	if (__malloc_release_hook)
		__malloc_release_hook();
	__sys_exit(EXIT_FAILURE, 1);
}
