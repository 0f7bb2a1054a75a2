#include <errno.h>
#include <signal.h>
#include "../internal/signal_impl.h"

void (*__sig_handlers[NSIG])(int);
int __sig_flags[NSIG];
sigset_t __sig_masks[NSIG];
sigset_t __sig_blocked, __sig_pending;

/* SIGKILL and SIGSTOP cannot be caught or ignored, as in POSIX.  The
 * handler is reset before it runs and does not block its own signal
 * (System V's signal, which C allows), as sigaction's SA_RESETHAND |
 * SA_NODEFER. */
void (*signal(int sig, void (*func)(int)))(int)
{
	if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP || func == SIG_ERR) {
		errno = EINVAL;
		return SIG_ERR;
	}
	void (*old)(int) = __sig_handlers[sig];
	__sig_handlers[sig] = func;
	__sig_flags[sig] = (int)(SA_RESETHAND | SA_NODEFER);
	__sig_masks[sig] = 0;
	return old;
}
