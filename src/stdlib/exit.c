#include <stdlib.h>
#include "../internal/exit.h"
#include "../internal/stdio_impl.h"

/* Weak: stdio's flush at exit is linked only into programs that use a
 * stream (src/stdio/console.c defines it beside stdout), so an empty main
 * does not carry the console streams. */
extern __typeof__(__stdio_exit) __stdio_exit __attribute__((__weak__));

void (*__destructors_hook)(void);

void __exit_handlers(void)
{
	__run_atexit();
	/* Taken first, so that a destructor that calls exit does not run the
	 * destructors again. */
	void (*destructors)(void) = __destructors_hook;
	__destructors_hook = 0;
	if (destructors)
		destructors();
	if (__stdio_exit)
		__stdio_exit();
}

_Noreturn void exit(int status)
{
	__exit_handlers();
	_Exit(status);
}
