#include <errno.h>
#include <signal.h>
#include "../internal/signal_impl.h"

/* SIGKILL and SIGSTOP are never blocked (silently, as POSIX says).  A
 * pending signal this unblocks is delivered before sigprocmask returns. */
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict oset)
{
	sigset_t old = __sig_blocked;
	if (set) {
		switch (how) {
		case SIG_BLOCK: __sig_blocked |= *set; break;
		case SIG_UNBLOCK: __sig_blocked &= ~*set; break;
		case SIG_SETMASK: __sig_blocked = *set; break;
		default:
			errno = EINVAL;
			return -1;
		}
		__sig_blocked &= (__SIG_BIT(NSIG) - 1) & ~__SIG_UNBLOCKABLE & ~1ULL;
	}
	if (oset)
		*oset = old;
	if (__sig_pending & ~__sig_blocked)
		__sig_deliver_pending();
	return 0;
}
