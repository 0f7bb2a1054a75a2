#ifndef __INTERNAL_RLIMIT_H
#define __INTERNAL_RLIMIT_H

#include <sys/resource.h>

/* The limits set so far; RLIMIT_STACK and RLIMIT_NOFILE are filled in on
 * first use (getrlimit.c). */
extern struct rlimit __rlimits[RLIMIT_NLIMITS];
void __rlimits_init(void);

#endif
