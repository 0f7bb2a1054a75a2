#include "../internal/exit.h"
#include "../internal/sys.h"

/* Streams are not flushed (their state may be what went wrong), but the
 * descriptors are closed and the pages go back to the firmware. */
_Noreturn void __exit_abnormal(void)
{
	__exit_release();
	__sys_exit(1, 1);
}
