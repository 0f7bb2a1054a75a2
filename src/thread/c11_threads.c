#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

#include "../internal/thread_impl.h"

/* C11's threads over the pthread objects: mtx_t and cnd_t have the
 * layouts of pthread_mutex_t and pthread_cond_t. */
_Static_assert(sizeof(mtx_t) == sizeof(pthread_mutex_t), "mtx_t is a pthread_mutex_t");
_Static_assert(sizeof(cnd_t) == sizeof(pthread_cond_t), "cnd_t is a pthread_cond_t");

static int result(int e)
{
	return e == 0 ? thrd_success : e == EBUSY ? thrd_busy : e == ETIMEDOUT ? thrd_timedout :
	       e == ENOMEM ? thrd_nomem : thrd_error;
}

int thrd_create(thrd_t *thr, thrd_start_t func, void *arg)
{
	(void)thr, (void)func, (void)arg;
	return thrd_error;      /* no second thread can exist */
}

thrd_t thrd_current(void)
{
	return __THREAD_SELF;
}

int thrd_detach(thrd_t thr)
{
	return thr == __THREAD_SELF ? thrd_success : thrd_error;
}

int thrd_equal(thrd_t a, thrd_t b)
{
	return a == b;
}

/* The last thread ends: its tss destructors run, then the program ends
 * as by exit(EXIT_SUCCESS) (C17 7.26.5.5). */
_Noreturn void thrd_exit(int res)
{
	(void)res;
	__thread_run_destructors();
	exit(EXIT_SUCCESS);
}

int thrd_join(thrd_t thr, int *res)
{
	(void)thr, (void)res;
	return thrd_error;      /* itself (a deadlock) or no thread */
}

/* 0 after the whole duration, -1 when interrupted (remaining set), another
 * negative value on failure (C17 7.26.5.7). */
int thrd_sleep(const struct timespec *duration, struct timespec *remaining)
{
	int e = errno;
	int r = nanosleep(duration, remaining);
	int err = errno;
	errno = e;
	return r == 0 ? 0 : err == EINTR ? -1 : -2;
}

void thrd_yield(void)
{
}

int mtx_init(mtx_t *mtx, int type)
{
	int base = type & ~mtx_timed;
	if (base != mtx_plain && base != mtx_recursive)
		return thrd_error;
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	/* A plain mutex locked twice is undefined in C; here it is an error
	 * rather than a hang, as an errorcheck mutex reports it. */
	pthread_mutexattr_settype(&a, base == mtx_recursive ? PTHREAD_MUTEX_RECURSIVE : PTHREAD_MUTEX_ERRORCHECK);
	return result(pthread_mutex_init((pthread_mutex_t *)mtx, &a));
}

void mtx_destroy(mtx_t *mtx)
{
	pthread_mutex_destroy((pthread_mutex_t *)mtx);
}

int mtx_lock(mtx_t *mtx)
{
	return result(pthread_mutex_lock((pthread_mutex_t *)mtx));
}

int mtx_trylock(mtx_t *mtx)
{
	return result(pthread_mutex_trylock((pthread_mutex_t *)mtx));
}

/* A held mutex could only be released by this thread: the wait runs to
 * the deadline (TIME_UTC) and times out. */
int mtx_timedlock(mtx_t *restrict mtx, const struct timespec *restrict ts)
{
	int r = pthread_mutex_trylock((pthread_mutex_t *)mtx);
	if (r != EBUSY)
		return result(r);
	return result(__thread_wait_until(CLOCK_REALTIME, ts));
}

int mtx_unlock(mtx_t *mtx)
{
	return result(pthread_mutex_unlock((pthread_mutex_t *)mtx));
}

void call_once(once_flag *flag, void (*func)(void))
{
	pthread_once(flag, func);
}

int cnd_init(cnd_t *cond)
{
	return result(pthread_cond_init((pthread_cond_t *)cond, NULL));
}

void cnd_destroy(cnd_t *cond)
{
	pthread_cond_destroy((pthread_cond_t *)cond);
}

int cnd_signal(cnd_t *cond)
{
	return result(pthread_cond_signal((pthread_cond_t *)cond));
}

int cnd_broadcast(cnd_t *cond)
{
	return result(pthread_cond_broadcast((pthread_cond_t *)cond));
}

/* Nothing could signal it: thrd_error rather than waiting for ever. */
int cnd_wait(cnd_t *cond, mtx_t *mtx)
{
	return result(pthread_cond_wait((pthread_cond_t *)cond, (pthread_mutex_t *)mtx));
}

int cnd_timedwait(cnd_t *restrict cond, mtx_t *restrict mtx, const struct timespec *restrict ts)
{
	return result(pthread_cond_timedwait((pthread_cond_t *)cond, (pthread_mutex_t *)mtx, ts));
}

int tss_create(tss_t *key, tss_dtor_t dtor)
{
	return result(pthread_key_create(key, dtor));
}

void tss_delete(tss_t key)
{
	pthread_key_delete(key);
}

void *tss_get(tss_t key)
{
	return pthread_getspecific(key);
}

int tss_set(tss_t key, void *val)
{
	return result(pthread_setspecific(key, val));
}
