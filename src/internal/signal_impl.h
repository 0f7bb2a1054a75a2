#ifndef __INTERNAL_SIGNAL_IMPL_H
#define __INTERNAL_SIGNAL_IMPL_H

#include <signal.h>

/* The disposition of each signal: SIG_DFL, SIG_IGN or a handler. */
extern void (*__sig_handlers[NSIG])(int);

#endif
