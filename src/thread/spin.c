#include <errno.h>
#include <pthread.h>

/* A spin lock held by the one thread would spin for ever: EDEADLK. */
int pthread_spin_init(pthread_spinlock_t *s, int pshared)
{
	if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED)
		return EINVAL;
	*s = 0;
	return 0;
}

int pthread_spin_destroy(pthread_spinlock_t *s)
{
	return *s ? EBUSY : 0;
}

int pthread_spin_trylock(pthread_spinlock_t *s)
{
	if (*s)
		return EBUSY;
	*s = 1;
	return 0;
}

int pthread_spin_lock(pthread_spinlock_t *s)
{
	return *s ? EDEADLK : (*s = 1, 0);
}

int pthread_spin_unlock(pthread_spinlock_t *s)
{
	if (!*s)
		return EPERM;
	*s = 0;
	return 0;
}
