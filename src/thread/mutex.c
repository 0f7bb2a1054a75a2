#include <errno.h>
#include <limits.h>
#include <pthread.h>

#include "../internal/thread_impl.h"

/* The one thread owns every locked mutex.  Relocking one that is not
 * recursive could only wait for ever: a real deadlock for a normal mutex
 * (POSIX), an error for an errorcheck one.  Here both return EDEADLK
 * instead of hanging the machine (docs/threads.md). */

int pthread_mutex_init(pthread_mutex_t *restrict m, const pthread_mutexattr_t *restrict attr)
{
	m->__type = attr ? attr->type : PTHREAD_MUTEX_DEFAULT;
	m->__count = 0;
	m->__locked = 0;
	return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m)
{
	return m->__locked ? EBUSY : 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m)
{
	if (!m->__locked) {
		m->__locked = 1;
		m->__count = 1;
		return 0;
	}
	if (m->__type == PTHREAD_MUTEX_RECURSIVE) {
		if (m->__count == INT_MAX)
			return EAGAIN;
		m->__count++;
		return 0;
	}
	return EBUSY;
}

int pthread_mutex_lock(pthread_mutex_t *m)
{
	int r = pthread_mutex_trylock(m);
	return r == EBUSY ? EDEADLK : r;
}

int pthread_mutex_timedlock(pthread_mutex_t *restrict m, const struct timespec *restrict abstime)
{
	int r = pthread_mutex_trylock(m);
	if (r != EBUSY)
		return r;
	if (m->__type == PTHREAD_MUTEX_ERRORCHECK)
		return EDEADLK;
	/* A normal mutex: the wait runs to the deadline, since nothing
	 * could unlock it. */
	return __thread_wait_until(CLOCK_REALTIME, abstime);
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	if (!m->__locked)
		return EPERM;   /* not owned (POSIX's error for errorcheck and recursive) */
	if (--m->__count == 0)
		m->__locked = 0;
	return 0;
}

/* Robust mutexes never lose their owner: there is none to die. */
int pthread_mutex_consistent(pthread_mutex_t *m)
{
	(void)m;
	return EINVAL;
}

int pthread_mutexattr_init(pthread_mutexattr_t *attr)
{
	*attr = (pthread_mutexattr_t){ PTHREAD_MUTEX_DEFAULT, PTHREAD_PROCESS_PRIVATE, PTHREAD_PRIO_NONE, PTHREAD_MUTEX_STALLED, 0 };
	return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_mutexattr_gettype(const pthread_mutexattr_t *restrict attr, int *restrict type)
{
	*type = attr->type;
	return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t *attr, int type)
{
	if (type != PTHREAD_MUTEX_NORMAL && type != PTHREAD_MUTEX_RECURSIVE && type != PTHREAD_MUTEX_ERRORCHECK)
		return EINVAL;
	attr->type = type;
	return 0;
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t *restrict attr, int *restrict pshared)
{
	*pshared = attr->pshared;
	return 0;
}

int pthread_mutexattr_setpshared(pthread_mutexattr_t *attr, int pshared)
{
	if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
		return EINVAL;
	attr->pshared = pshared;
	return 0;
}

int pthread_mutexattr_getrobust(const pthread_mutexattr_t *restrict attr, int *restrict robust)
{
	*robust = attr->robust;
	return 0;
}

int pthread_mutexattr_setrobust(pthread_mutexattr_t *attr, int robust)
{
	if (robust != PTHREAD_MUTEX_STALLED && robust != PTHREAD_MUTEX_ROBUST)
		return EINVAL;
	attr->robust = robust;
	return 0;
}

int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *restrict attr, int *restrict protocol)
{
	*protocol = attr->protocol;
	return 0;
}

int pthread_mutexattr_setprotocol(pthread_mutexattr_t *attr, int protocol)
{
	if (protocol != PTHREAD_PRIO_NONE && protocol != PTHREAD_PRIO_INHERIT && protocol != PTHREAD_PRIO_PROTECT)
		return EINVAL;
	attr->protocol = protocol;
	return 0;
}
