#include <signal.h>
#include "../internal/signal_impl.h"

/* Every signal number 1 to NSIG-1. */
int sigfillset(sigset_t *set)
{
	*set = (__SIG_BIT(NSIG) - 1) & ~1ULL;
	return 0;
}
