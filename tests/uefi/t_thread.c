/* <pthread.h>, <threads.h>, <sched.h> in the firmware (docs/threads.md):
 * the objects for one thread, timed waits that really sleep to their
 * deadline, thread-local storage, and key destructors at the thread's end:
 * main ends with pthread_exit, which runs them and exits with status 0
 * (the suite checks the destructor's line and the exit status). */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <threads.h>
#include <time.h>
#include "harness.h"

static thread_local int tl = 5;
static pthread_key_t key;
static int value = 42;

static void destructor(void *v)
{
	th_puts(v == &value ? "ok thread/key destructor ran at the thread's end\n" : "not ok thread/key destructor got another value\n");
}

static long long ms_since(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000LL + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

static void *never(void *a) { return a; }

int main(void)
{
	th_begin("thread");
	pthread_t t;
	CHECK(pthread_create(&t, NULL, never, NULL) == EAGAIN, "pthread_create: EAGAIN");
	CHECK(pthread_equal(pthread_self(), pthread_self()) && sched_yield() == 0, "pthread_self, pthread_equal, sched_yield");
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	CHECK(pthread_mutex_lock(&m) == 0 && pthread_mutex_lock(&m) == EDEADLK &&
	      pthread_mutex_trylock(&m) == EBUSY, "mutex lock, relock EDEADLK, unlock");
	/* A timed lock of a held normal mutex waits to its deadline. */
	struct timespec t0, dl;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	clock_gettime(CLOCK_REALTIME, &dl);
	dl.tv_nsec += 300000000;
	if (dl.tv_nsec >= 1000000000) {
		dl.tv_sec++;
		dl.tv_nsec -= 1000000000;
	}
	int r = pthread_mutex_timedlock(&m, &dl);
	long long ms = ms_since(&t0);
	CHECK(r == ETIMEDOUT && ms >= 250 && ms < 5000, "timedlock of a held mutex: ETIMEDOUT after its deadline");
	/* cond_timedwait on the monotonic clock: 200 ms. */
	pthread_condattr_t ca;
	pthread_cond_t c;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&c, &ca);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	dl = t0;
	dl.tv_nsec += 200000000;
	if (dl.tv_nsec >= 1000000000) {
		dl.tv_sec++;
		dl.tv_nsec -= 1000000000;
	}
	r = pthread_cond_timedwait(&c, &m, &dl);
	ms = ms_since(&t0);
	CHECK(r == ETIMEDOUT && ms >= 190 && ms < 5000 &&
	      pthread_mutex_trylock(&m) == EBUSY, "cond_timedwait: ETIMEDOUT after 200 ms, the mutex held");
	CHECK(pthread_cond_wait(&c, &m) == EDEADLK, "cond_wait: EDEADLK (nothing could signal)");
	CHECK(pthread_mutex_unlock(&m) == 0 && pthread_mutex_unlock(&m) == EPERM, "unlock");
	pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
	CHECK(pthread_rwlock_rdlock(&rw) == 0 && pthread_rwlock_trywrlock(&rw) == EBUSY && pthread_rwlock_unlock(&rw) == 0 &&
	      pthread_rwlock_wrlock(&rw) == 0 && pthread_rwlock_unlock(&rw) == 0, "rwlock");
	/* C11. */
	mtx_t cm;
	thrd_t th;
	CHECK(thrd_create(&th, NULL, NULL) == thrd_error, "thrd_create: thrd_error");
	CHECK(mtx_init(&cm, mtx_plain | mtx_timed) == thrd_success && mtx_lock(&cm) == thrd_success &&
	      mtx_trylock(&cm) == thrd_busy && mtx_unlock(&cm) == thrd_success, "mtx");
	struct timespec d = { 0, 50000000 };
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK(thrd_sleep(&d, NULL) == 0 && ms_since(&t0) >= 45, "thrd_sleep 50 ms");
	/* Thread-local storage (emulated TLS or the image's TLS). */
	tl++;
	CHECK(tl == 6, "thread_local");
	CHECK(pthread_key_create(&key, destructor) == 0 && pthread_setspecific(key, &value) == 0 &&
	      pthread_getspecific(key) == &value, "key");
	th_end();
	pthread_exit(NULL);
}
