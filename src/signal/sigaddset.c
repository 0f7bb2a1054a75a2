#include <errno.h>
#include <signal.h>
#include "../internal/signal_impl.h"

int sigaddset(sigset_t *set, int sig)
{
	if (!__sig_valid(sig)) {
		errno = EINVAL;
		return -1;
	}
	*set |= __SIG_BIT(sig);
	return 0;
}
