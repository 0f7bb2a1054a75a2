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
	void (*h)(int) = __sig_handlers[sig];
	if (h == SIG_IGN)
		return 0;
	if (h == SIG_DFL) {
		if (ignored_by_default(sig))
			return 0;
		__exit_abnormal();
	}
	/* As C allows and System V does: the handler is reset before it runs,
	 * so that a signal raised again from inside takes the default action. */
	__sig_handlers[sig] = SIG_DFL;
	h(sig);
	return 0;
}
