#include <errno.h>
#include <signal.h>
#include "../internal/signal_impl.h"

int sigismember(const sigset_t *set, int sig)
{
	if (!__sig_valid(sig)) {
		errno = EINVAL;
		return -1;
	}
	return (*set & __SIG_BIT(sig)) != 0;
}
