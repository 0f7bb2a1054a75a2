#include <errno.h>
#include <pthread.h>

/* A barrier for one thread passes at once (its serial thread); one that
 * waits for more threads than can ever exist is refused when made. */
int pthread_barrier_init(pthread_barrier_t *restrict b, const pthread_barrierattr_t *restrict attr, unsigned count)
{
	(void)attr;
	if (count == 0)
		return EINVAL;
	if (count > 1)
		return EAGAIN;  /* POSIX: "lacks the resources" */
	b->__count = count;
	return 0;
}

int pthread_barrier_destroy(pthread_barrier_t *b)
{
	(void)b;
	return 0;
}

int pthread_barrier_wait(pthread_barrier_t *b)
{
	(void)b;
	return PTHREAD_BARRIER_SERIAL_THREAD;
}

int pthread_barrierattr_init(pthread_barrierattr_t *attr)
{
	attr->pshared = PTHREAD_PROCESS_PRIVATE;
	return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t *attr)
{
	(void)attr;
	return 0;
}

int pthread_barrierattr_getpshared(const pthread_barrierattr_t *restrict attr, int *restrict pshared)
{
	*pshared = attr->pshared;
	return 0;
}

int pthread_barrierattr_setpshared(pthread_barrierattr_t *attr, int pshared)
{
	if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
		return EINVAL;
	attr->pshared = pshared;
	return 0;
}
