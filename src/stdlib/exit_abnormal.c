#include "../internal/exit.h"
#include "../internal/malloc_impl.h"
#include "../internal/sys.h"

/* Streams are not flushed (their state may be what went wrong), but the
 * pages still go back to the firmware. */
_Noreturn void __exit_abnormal(void)
{
	if (__malloc_release_hook)
		__malloc_release_hook();
	__sys_exit(1, 1);
}
