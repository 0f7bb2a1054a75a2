#include <errno.h>
#include <signal.h>
#include "../internal/signal_impl.h"

/* The disposition raise uses: handler (or sa_sigaction with SA_SIGINFO),
 * sa_mask and the flags that mean something without asynchronous
 * delivery (SA_SIGINFO, SA_NODEFER, SA_RESETHAND; the others are kept and
 * given back).  SIGKILL and SIGSTOP: EINVAL for a new action. */
int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict oact)
{
	if (!__sig_valid(sig) || (act && (sig == SIGKILL || sig == SIGSTOP))) {
		errno = EINVAL;
		return -1;
	}
	struct sigaction old;
	old.sa_handler = __sig_handlers[sig];
	old.sa_mask = __sig_masks[sig];
	old.sa_flags = __sig_flags[sig];
	if (act) {
		__sig_handlers[sig] = act->sa_flags & SA_SIGINFO ? (void (*)(int))act->sa_sigaction : act->sa_handler;
		__sig_masks[sig] = act->sa_mask & ~__SIG_UNBLOCKABLE;
		__sig_flags[sig] = act->sa_flags;
		/* A pending signal now ignored is discarded (POSIX). */
		if (__sig_handlers[sig] == SIG_IGN)
			__sig_pending &= ~__SIG_BIT(sig);
	}
	if (oact)
		*oact = old;
	return 0;
}
