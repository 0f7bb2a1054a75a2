/* The one thread's synchronisation (src/thread/): what waiting means
 * when nothing else can ever run. */
#ifndef __INTERNAL_THREAD_IMPL_H
#define __INTERNAL_THREAD_IMPL_H

#include <time.h>

/* The one thread's id. */
#define __THREAD_SELF 1ul

/* Waits until abstime on clock (nothing else could end the wait):
 * ETIMEDOUT, or EINVAL for a bad abstime. */
int __thread_wait_until(clockid_t clock, const struct timespec *abstime);

/* Runs the key destructors (PTHREAD_DESTRUCTOR_ITERATIONS rounds), as a
 * thread's end does. */
void __thread_run_destructors(void);

#endif
