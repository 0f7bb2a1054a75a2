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

/* The attribute objects and the calls that have nothing to wait for, with
 * the library's own constants: what is stored is read back, and what
 * POSIX rejects is rejected. */
static void attributes(void)
{
	pthread_attr_t a;
	size_t sz = 0;
	int v = -1;
	struct sched_param sp = { 7 }, sp2 = { 0 };
	CHECK(pthread_attr_init(&a) == 0 && pthread_attr_setguardsize(&a, 8192) == 0 &&
	      pthread_attr_getguardsize(&a, &sz) == 0 && sz == 8192, "attr guardsize");
	CHECK(pthread_attr_setscope(&a, PTHREAD_SCOPE_PROCESS) == ENOTSUP &&
	      pthread_attr_setscope(&a, PTHREAD_SCOPE_SYSTEM) == 0 &&
	      pthread_attr_getscope(&a, &v) == 0 && v == PTHREAD_SCOPE_SYSTEM, "attr scope");
	CHECK(pthread_attr_setinheritsched(&a, 12345) == EINVAL &&
	      pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED) == 0 &&
	      pthread_attr_getinheritsched(&a, &v) == 0 && v == PTHREAD_EXPLICIT_SCHED, "attr inheritsched");
	CHECK(pthread_attr_setschedpolicy(&a, SCHED_FIFO) == 0 &&
	      pthread_attr_getschedpolicy(&a, &v) == 0 && v == SCHED_FIFO, "attr schedpolicy");
	CHECK(pthread_attr_setschedparam(&a, &sp) == 0 && pthread_attr_getschedparam(&a, &sp2) == 0 &&
	      sp2.sched_priority == 7, "attr schedparam");
	CHECK(pthread_attr_destroy(&a) == 0, "attr destroy");

	pthread_barrierattr_t ba;
	CHECK(pthread_barrierattr_init(&ba) == 0 && pthread_barrierattr_getpshared(&ba, &v) == 0 &&
	      v == PTHREAD_PROCESS_PRIVATE && pthread_barrierattr_setpshared(&ba, 99) == EINVAL &&
	      pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED) == 0 &&
	      pthread_barrierattr_getpshared(&ba, &v) == 0 && v == PTHREAD_PROCESS_SHARED &&
	      pthread_barrierattr_destroy(&ba) == 0, "barrierattr pshared");
	pthread_barrier_t b;
	CHECK(pthread_barrier_init(&b, NULL, 1) == 0 && pthread_barrier_wait(&b) == PTHREAD_BARRIER_SERIAL_THREAD &&
	      pthread_barrier_destroy(&b) == 0, "barrier of one: wait, destroy");

	pthread_condattr_t ca;
	CHECK(pthread_condattr_init(&ca) == 0 && pthread_condattr_getpshared(&ca, &v) == 0 &&
	      v == PTHREAD_PROCESS_PRIVATE && pthread_condattr_setpshared(&ca, 99) == EINVAL &&
	      pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED) == 0 &&
	      pthread_condattr_getpshared(&ca, &v) == 0 && v == PTHREAD_PROCESS_SHARED &&
	      pthread_condattr_destroy(&ca) == 0, "condattr pshared");

	pthread_mutexattr_t ma;
	CHECK(pthread_mutexattr_init(&ma) == 0 && pthread_mutexattr_getpshared(&ma, &v) == 0 &&
	      v == PTHREAD_PROCESS_PRIVATE, "mutexattr pshared default");
	CHECK(pthread_mutexattr_getrobust(&ma, &v) == 0 && v == PTHREAD_MUTEX_STALLED &&
	      pthread_mutexattr_setrobust(&ma, PTHREAD_MUTEX_ROBUST) == 0 &&
	      pthread_mutexattr_getrobust(&ma, &v) == 0 && v == PTHREAD_MUTEX_ROBUST, "mutexattr robust");
	CHECK(pthread_mutexattr_getprotocol(&ma, &v) == 0 && v == PTHREAD_PRIO_NONE &&
	      pthread_mutexattr_setprotocol(&ma, PTHREAD_PRIO_INHERIT) == 0 &&
	      pthread_mutexattr_getprotocol(&ma, &v) == 0 && v == PTHREAD_PRIO_INHERIT, "mutexattr protocol");
	CHECK(pthread_mutexattr_destroy(&ma) == 0, "mutexattr destroy");
	pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	CHECK(pthread_mutex_consistent(&m) == EINVAL, "mutex_consistent: no owner ever dies: EINVAL");

	pthread_rwlockattr_t ra;
	pthread_rwlock_t rw;
	struct timespec past = { 0, 0 };
	CHECK(pthread_rwlockattr_init(&ra) == 0 && pthread_rwlockattr_getpshared(&ra, &v) == 0 &&
	      v == PTHREAD_PROCESS_PRIVATE && pthread_rwlockattr_setpshared(&ra, 99) == EINVAL &&
	      pthread_rwlockattr_setpshared(&ra, PTHREAD_PROCESS_SHARED) == 0 &&
	      pthread_rwlockattr_getpshared(&ra, &v) == 0 && v == PTHREAD_PROCESS_SHARED, "rwlockattr pshared");
	CHECK(pthread_rwlock_init(&rw, &ra) == 0 && pthread_rwlock_timedrdlock(&rw, &past) == 0 &&
	      pthread_rwlock_unlock(&rw) == 0 && pthread_rwlock_destroy(&rw) == 0 &&
	      pthread_rwlockattr_destroy(&ra) == 0, "rwlock_timedrdlock of a free lock");

	CHECK(pthread_setconcurrency(-1) == EINVAL && pthread_setconcurrency(3) == 0 &&
	      pthread_getconcurrency() == 3, "concurrency level kept");
	CHECK(pthread_setschedparam(pthread_self(), 12345, &sp) == EINVAL &&
	      pthread_getschedparam(pthread_self(), &v, &sp2) == 0 && v == SCHED_OTHER, "schedparam of the one thread");
	CHECK(pthread_atfork(NULL, NULL, NULL) == 0, "atfork: nothing to fork, accepted");
	pthread_testcancel();   /* no cancellation is ever pending: returns */
	CHECK(1, "testcancel returns");

	mtx_t mx;
	cnd_t cv;
	CHECK(mtx_init(&mx, mtx_plain) == thrd_success && cnd_init(&cv) == thrd_success &&
	      cnd_broadcast(&cv) == thrd_success, "cnd_broadcast with no waiter");
	cnd_destroy(&cv);
	mtx_destroy(&mx);
	thrd_yield();
	CHECK(1, "cnd_destroy, mtx_destroy, thrd_yield return");
}

int main(void)
{
	th_begin("thread");
	attributes();
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
