#include <signal.h>
#include <stdlib.h>
#include "../internal/exit.h"

/* SIGABRT's handler runs first; it may leave by longjmp.  If it returns, or
 * SIGABRT is ignored, the program still ends abnormally. */
_Noreturn void abort(void)
{
	raise(SIGABRT);
	__exit_abnormal();
}
