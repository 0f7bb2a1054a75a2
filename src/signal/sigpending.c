#include <signal.h>
#include "../internal/signal_impl.h"

/* The blocked signals raised and not yet delivered. */
int sigpending(sigset_t *set)
{
	*set = __sig_pending;
	return 0;
}
