#include <errno.h>
#include <signal.h>
#include "../internal/signal_impl.h"

void (*__sig_handlers[NSIG])(int);

/* SIGKILL and SIGSTOP cannot be caught or ignored, as in POSIX. */
void (*signal(int sig, void (*func)(int)))(int)
{
	if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP || func == SIG_ERR) {
		errno = EINVAL;
		return SIG_ERR;
	}
	void (*old)(int) = __sig_handlers[sig];
	__sig_handlers[sig] = func;
	return old;
}
