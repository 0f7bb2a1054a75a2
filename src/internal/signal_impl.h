#ifndef __INTERNAL_SIGNAL_IMPL_H
#define __INTERNAL_SIGNAL_IMPL_H

#include <signal.h>

/* The disposition of each signal: SIG_DFL, SIG_IGN or a handler (a
 * sa_sigaction one when its flags have SA_SIGINFO). */
extern void (*__sig_handlers[NSIG])(int);
/* Each signal's sigaction flags and sa_mask; signal() sets SA_RESETHAND |
 * SA_NODEFER, the System V way raise has always run a handler. */
extern int __sig_flags[NSIG];
extern sigset_t __sig_masks[NSIG];
/* The thread's signal mask, and the blocked signals raised meanwhile. */
extern sigset_t __sig_blocked, __sig_pending;

#define __SIG_BIT(sig) (1ULL << (sig))
/* What can never be blocked or caught. */
#define __SIG_UNBLOCKABLE (__SIG_BIT(SIGKILL) | __SIG_BIT(SIGSTOP))
/* A signal number sigaction and the set functions accept: 1 to NSIG-1. */
static inline int __sig_valid(int sig)
{
	return sig > 0 && sig < NSIG;
}
/* Delivers the pending signals the mask no longer blocks, lowest first. */
void __sig_deliver_pending(void);

#endif
