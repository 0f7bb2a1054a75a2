#include <stdlib.h>
#include "../internal/file_impl.h"
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"

/* Streams are not flushed (their state may be what went wrong), but the
 * pages still go back to the firmware. */
_Noreturn void abort(void)
{
	__fd_close_all();
	__malloc_release_all();
	__sys_exit(EXIT_FAILURE, 1);
}
