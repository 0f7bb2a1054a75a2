#include <stdlib.h>
#include "../internal/exit.h"
#include "../internal/stdio_impl.h"

/* Weak: stdio's flush at exit is linked only into programs that use a
 * stream (src/stdio/console.c defines it beside stdout), so an empty main
 * does not carry the console streams. */
extern __typeof__(__stdio_exit) __stdio_exit __attribute__((__weak__));

_Noreturn void exit(int status)
{
	__run_atexit();
	if (__stdio_exit)
		__stdio_exit();
	_Exit(status);
}
