#include <signal.h>
#include <stdlib.h>
#include "../internal/exit.h"
#include "../internal/signal_impl.h"

/* SIGABRT's handler runs first, even when SIGABRT is blocked (POSIX: abort
 * overrides the blocking); it may leave by longjmp.  If it returns, or
 * SIGABRT is ignored, the program still ends abnormally. */
_Noreturn void abort(void)
{
	__sig_blocked &= ~__SIG_BIT(SIGABRT);
	raise(SIGABRT);
	__exit_abnormal();
}
