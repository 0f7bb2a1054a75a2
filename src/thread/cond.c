#include <errno.h>
#include <pthread.h>

#include "../internal/thread_impl.h"

/* No other thread exists to signal a condition: a timed wait sleeps to
 * its deadline and returns ETIMEDOUT; an untimed one could only wait for
 * ever and returns EDEADLK instead (docs/threads.md).  Either way the
 * mutex is held again on return, as POSIX requires. */

int pthread_cond_init(pthread_cond_t *restrict c, const pthread_condattr_t *restrict attr)
{
	c->__clock = attr ? attr->clock : CLOCK_REALTIME;
	return 0;
}

int pthread_cond_destroy(pthread_cond_t *c)
{
	(void)c;
	return 0;
}

/* The caller must hold the mutex (EPERM otherwise, as errorcheck and
 * recursive mutexes report; checked for every type here). */
static int held(const pthread_mutex_t *m)
{
	return m->__locked;
}

int pthread_cond_wait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m)
{
	(void)c;
	return held(m) ? EDEADLK : EPERM;
}

int pthread_cond_timedwait(pthread_cond_t *restrict c, pthread_mutex_t *restrict m, const struct timespec *restrict abstime)
{
	if (!held(m))
		return EPERM;
	return __thread_wait_until(c->__clock, abstime);
}

int pthread_cond_signal(pthread_cond_t *c)
{
	(void)c;
	return 0;       /* nobody waits */
}

int pthread_cond_broadcast(pthread_cond_t *c)
{
	(void)c;
	return 0;
}

int pthread_condattr_init(pthread_condattr_t *attr)
{
	*attr = (pthread_condattr_t){ CLOCK_REALTIME, PTHREAD_PROCESS_PRIVATE };
	return 0;
}

int pthread_condattr_destroy(pthread_condattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_condattr_getclock(const pthread_condattr_t *restrict attr, clockid_t *restrict clock)
{
	*clock = attr->clock;
	return 0;
}

int pthread_condattr_setclock(pthread_condattr_t *attr, clockid_t clock)
{
	if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC)
		return EINVAL;
	attr->clock = clock;
	return 0;
}

int pthread_condattr_getpshared(const pthread_condattr_t *restrict attr, int *restrict pshared)
{
	*pshared = attr->pshared;
	return 0;
}

int pthread_condattr_setpshared(pthread_condattr_t *attr, int pshared)
{
	if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
		return EINVAL;
	attr->pshared = pshared;
	return 0;
}
