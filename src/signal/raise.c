#include <errno.h>
#include <signal.h>
#include "../internal/exit.h"
#include "../internal/signal_impl.h"

/* The default action where it is not to terminate: the signals POSIX ignores
 * by default, and the job-control stops, which have nothing to stop here. */
static int ignored_by_default(int sig)
{
	switch (sig) {
	case SIGCHLD: case SIGCONT: case SIGURG: case SIGWINCH:
	case SIGTSTP: case SIGTTIN: case SIGTTOU: case SIGSTOP:
		return 1;
	}
	return 0;
}

int raise(int sig)
{
	if (sig <= 0 || sig >= NSIG) {
		errno = EINVAL;
		return -1;
	}
	/* Blocked: pending until sigprocmask unblocks it (once, as POSIX
	 * allows for a signal raised again while pending). */
	if (__sig_blocked & __SIG_BIT(sig) & ~__SIG_UNBLOCKABLE) {
		__sig_pending |= __SIG_BIT(sig);
		return 0;
	}
	void (*h)(int) = __sig_handlers[sig];
	if (h == SIG_IGN)
		return 0;
	if (h == SIG_DFL) {
		if (ignored_by_default(sig))
			return 0;
		__exit_abnormal();
	}
	int flags = __sig_flags[sig];
	if (flags & (int)SA_RESETHAND) {
		__sig_handlers[sig] = SIG_DFL;
		__sig_flags[sig] = 0;
	}
	/* While the handler runs: its sa_mask and (without SA_NODEFER) the
	 * signal itself are blocked; the mask comes back when it returns. */
	sigset_t saved = __sig_blocked;
	__sig_blocked |= (__sig_masks[sig] | (flags & SA_NODEFER ? 0 : __SIG_BIT(sig))) & ~__SIG_UNBLOCKABLE;
	if (flags & SA_SIGINFO) {
		siginfo_t si = { .si_signo = sig, .si_code = SI_USER, .si_pid = 1 };
		((void (*)(int, siginfo_t *, void *))h)(sig, &si, 0);
	} else {
		h(sig);
	}
	__sig_blocked = saved;
	if (__sig_pending & ~__sig_blocked)
		__sig_deliver_pending();
	return 0;
}

void __sig_deliver_pending(void)
{
	for (int sig = 1; sig < NSIG; sig++) {
		if ((__sig_pending & __SIG_BIT(sig)) && !(__sig_blocked & __SIG_BIT(sig))) {
			__sig_pending &= ~__SIG_BIT(sig);
			raise(sig);
		}
	}
}
