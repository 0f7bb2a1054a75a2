#include <errno.h>
#include <pthread.h>

#include "../internal/thread_impl.h"

/* Read locks stack up; a write lock excludes all.  A lock that would
 * wait for the one thread itself: EDEADLK (POSIX's error for a thread
 * that already holds the lock), the timed forms after their deadline. */

int pthread_rwlock_init(pthread_rwlock_t *restrict rw, const pthread_rwlockattr_t *restrict attr)
{
	(void)attr;
	rw->__readers = 0;
	rw->__writer = 0;
	return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t *rw)
{
	return rw->__readers || rw->__writer ? EBUSY : 0;
}

int pthread_rwlock_tryrdlock(pthread_rwlock_t *rw)
{
	if (rw->__writer)
		return EBUSY;
	if (rw->__readers == ~0u)
		return EAGAIN;
	rw->__readers++;
	return 0;
}

int pthread_rwlock_rdlock(pthread_rwlock_t *rw)
{
	int r = pthread_rwlock_tryrdlock(rw);
	return r == EBUSY ? EDEADLK : r;
}

int pthread_rwlock_timedrdlock(pthread_rwlock_t *restrict rw, const struct timespec *restrict abstime)
{
	(void)abstime;  /* only this thread could hold it: no wait helps */
	int r = pthread_rwlock_tryrdlock(rw);
	return r == EBUSY ? EDEADLK : r;
}

int pthread_rwlock_trywrlock(pthread_rwlock_t *rw)
{
	if (rw->__writer || rw->__readers)
		return EBUSY;
	rw->__writer = 1;
	return 0;
}

int pthread_rwlock_wrlock(pthread_rwlock_t *rw)
{
	int r = pthread_rwlock_trywrlock(rw);
	return r == EBUSY ? EDEADLK : r;
}

int pthread_rwlock_timedwrlock(pthread_rwlock_t *restrict rw, const struct timespec *restrict abstime)
{
	(void)abstime;
	int r = pthread_rwlock_trywrlock(rw);
	return r == EBUSY ? EDEADLK : r;
}

int pthread_rwlock_unlock(pthread_rwlock_t *rw)
{
	if (rw->__writer)
		rw->__writer = 0;
	else if (rw->__readers)
		rw->__readers--;
	else
		return EPERM;
	return 0;
}

int pthread_rwlockattr_init(pthread_rwlockattr_t *attr)
{
	attr->pshared = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *restrict attr, int *restrict pshared)
{
	*pshared = attr->pshared;
	return 0;
}

int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *attr, int pshared)
{
	if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
		return EINVAL;
	attr->pshared = pshared;
	return 0;
}
