/* <pthread.h>, <threads.h>, <sched.h> for one thread: every object's
 * states and errors, checked against what glibc gives the same single
 * thread where glibc answers without blocking (the same error numbers and
 * constants), and against docs/threads.md where glibc would hang. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <threads.h>
#include <time.h>

#include "check.h"
#include "sys_host.h"
#include "ul.h"

struct ul_mutex { int type, count, locked; };
struct ul_mattr { int type, pshared, protocol, robust, ceiling; };
struct ul_cond { int clock; };
struct ul_cattr { int clock, pshared; };
struct ul_rw { unsigned readers; int writer; };
struct ul_rwattr { int pshared; };
struct ul_barrier { unsigned count; };
struct ul_battr { int pshared; };
struct ul_mtx { int type, count, locked; };     /* mtx_t: pthread_mutex_t's layout, its own type */
struct ul_cnd { int clock; };
struct ul_attr { int detach, scope, inherit, policy, priority; size_t stacksize, guardsize; };

int ul_pthread_create(unsigned long *t, const struct ul_attr *attr, void *(*start)(void *), void *arg);
int ul_pthread_join(unsigned long t, void **v);
int ul_pthread_detach(unsigned long t);
unsigned long ul_pthread_self(void);
int ul_pthread_equal(unsigned long a, unsigned long b);
int ul_pthread_once(int *once, void (*init)(void));
int ul_pthread_cancel(unsigned long t);
int ul_pthread_setcancelstate(int s, int *old);
int ul_pthread_setcanceltype(int t, int *old);
int ul_pthread_kill(unsigned long t, int sig);
int ul_pthread_mutex_init(struct ul_mutex *m, const struct ul_mattr *a);
int ul_pthread_mutex_destroy(struct ul_mutex *m);
int ul_pthread_mutex_lock(struct ul_mutex *m);
int ul_pthread_mutex_trylock(struct ul_mutex *m);
int ul_pthread_mutex_timedlock(struct ul_mutex *m, const struct timespec *t);
int ul_pthread_mutex_unlock(struct ul_mutex *m);
int ul_pthread_mutexattr_init(struct ul_mattr *a);
int ul_pthread_mutexattr_settype(struct ul_mattr *a, int t);
int ul_pthread_mutexattr_gettype(const struct ul_mattr *a, int *t);
int ul_pthread_mutexattr_setpshared(struct ul_mattr *a, int p);
int ul_pthread_mutexattr_setrobust(struct ul_mattr *a, int r);
int ul_pthread_mutexattr_setprotocol(struct ul_mattr *a, int p);
int ul_pthread_cond_init(struct ul_cond *c, const struct ul_cattr *a);
int ul_pthread_cond_wait(struct ul_cond *c, struct ul_mutex *m);
int ul_pthread_cond_timedwait(struct ul_cond *c, struct ul_mutex *m, const struct timespec *t);
int ul_pthread_cond_signal(struct ul_cond *c);
int ul_pthread_cond_broadcast(struct ul_cond *c);
int ul_pthread_cond_destroy(struct ul_cond *c);
int ul_pthread_condattr_init(struct ul_cattr *a);
int ul_pthread_condattr_setclock(struct ul_cattr *a, int clock);
int ul_pthread_condattr_getclock(const struct ul_cattr *a, int *clock);
int ul_pthread_rwlock_init(struct ul_rw *r, const struct ul_rwattr *a);
int ul_pthread_rwlock_destroy(struct ul_rw *r);
int ul_pthread_rwlock_rdlock(struct ul_rw *r);
int ul_pthread_rwlock_tryrdlock(struct ul_rw *r);
int ul_pthread_rwlock_wrlock(struct ul_rw *r);
int ul_pthread_rwlock_trywrlock(struct ul_rw *r);
int ul_pthread_rwlock_timedwrlock(struct ul_rw *r, const struct timespec *t);
int ul_pthread_rwlock_unlock(struct ul_rw *r);
int ul_pthread_spin_init(int *s, int p);
int ul_pthread_spin_lock(int *s);
int ul_pthread_spin_trylock(int *s);
int ul_pthread_spin_unlock(int *s);
int ul_pthread_spin_destroy(int *s);
int ul_pthread_barrier_init(struct ul_barrier *b, const struct ul_battr *a, unsigned n);
int ul_pthread_barrier_wait(struct ul_barrier *b);
int ul_pthread_key_create(unsigned *k, void (*d)(void *));
int ul_pthread_key_delete(unsigned k);
void *ul_pthread_getspecific(unsigned k);
int ul_pthread_setspecific(unsigned k, const void *v);
void ul___thread_run_destructors(void);
int ul_pthread_attr_init(struct ul_attr *a);
int ul_pthread_attr_setdetachstate(struct ul_attr *a, int s);
int ul_pthread_attr_getdetachstate(const struct ul_attr *a, int *s);
int ul_pthread_attr_setstacksize(struct ul_attr *a, size_t s);
int ul_pthread_attr_getstacksize(const struct ul_attr *a, size_t *s);
int ul_pthread_attr_setscope(struct ul_attr *a, int s);
int ul_pthread_attr_setschedpolicy(struct ul_attr *a, int p);
int ul_sched_yield(void);
int ul_sched_get_priority_max(int p);
int ul_sched_get_priority_min(int p);
int ul_thrd_create(unsigned long *t, int (*f)(void *), void *arg);
unsigned long ul_thrd_current(void);
int ul_thrd_equal(unsigned long a, unsigned long b);
int ul_thrd_join(unsigned long t, int *res);
int ul_thrd_detach(unsigned long t);
int ul_mtx_init(struct ul_mtx *m, int type);
int ul_mtx_lock(struct ul_mtx *m);
int ul_mtx_trylock(struct ul_mtx *m);
int ul_mtx_timedlock(struct ul_mtx *m, const struct timespec *t);
int ul_mtx_unlock(struct ul_mtx *m);
void ul_call_once(int *flag, void (*f)(void));
int ul_cnd_init(struct ul_cnd *c);
int ul_cnd_wait(struct ul_cnd *c, struct ul_mtx *m);
int ul_cnd_timedwait(struct ul_cnd *c, struct ul_mtx *m, const struct timespec *t);
int ul_cnd_signal(struct ul_cnd *c);
int ul_tss_create(unsigned *k, void (*d)(void *));
int ul_tss_set(unsigned k, void *v);
void *ul_tss_get(unsigned k);
void ul_tss_delete(unsigned k);

static int once_runs;
static int once_flag_u;
static void once_inner(void)
{
	once_runs++;
	/* Calling it again from inside: would wait for itself. */
	CHECK(ul_pthread_once(&once_flag_u, once_inner) == EDEADLK, "pthread_once from its own init: EDEADLK");
}
static void once_plain(void)
{
	once_runs++;
}

static int dtor_calls[3];
static unsigned dkey[3];
static int again;
static void dtor(void *v)
{
	int i = (int)(intptr_t)v - 1;
	dtor_calls[i]++;
	/* A destructor that sets a value again: another round runs it. */
	if (i == 0 && again++ < 2)
		ul_pthread_setspecific(dkey[0], (void *)1);
}

static void *never(void *a) { return a; }
static int never_c11(void *a) { (void)a; return 0; }

int main(void)
{
	/* Constants as glibc's. */
	CHECK(PTHREAD_MUTEX_NORMAL == 0 && PTHREAD_MUTEX_RECURSIVE == 1 && PTHREAD_MUTEX_ERRORCHECK == 2 &&
	      PTHREAD_CREATE_DETACHED == 1 && PTHREAD_PROCESS_SHARED == 1 && PTHREAD_CANCEL_DISABLE == 1 &&
	      PTHREAD_BARRIER_SERIAL_THREAD == -1 && thrd_success == 0 && thrd_busy == 1 &&
	      thrd_error == 2 && thrd_nomem == 3 && thrd_timedout == 4 && mtx_plain == 0 && mtx_recursive == 1 &&
	      mtx_timed == 2, "constants are glibc's");

	/* Threads. */
	unsigned long t = 99;
	CHECK(ul_pthread_create(&t, NULL, never, NULL) == EAGAIN && t == 99, "pthread_create: EAGAIN");
	unsigned long self = ul_pthread_self();
	CHECK(ul_pthread_equal(self, ul_pthread_self()) && !ul_pthread_equal(self, self + 1), "pthread_self, pthread_equal");
	CHECK(ul_pthread_join(self, NULL) == EDEADLK && pthread_join(pthread_self(), NULL) == EDEADLK, "join oneself: EDEADLK (as glibc)");
	CHECK(ul_pthread_join(self + 5, NULL) == ESRCH && ul_pthread_detach(self + 5) == ESRCH, "another id: ESRCH");
	CHECK(ul_pthread_cancel(self + 5) == ESRCH && ul_pthread_kill(self + 5, 0) == ESRCH && ul_pthread_kill(self, 0) == 0, "cancel, kill");
	int old;
	CHECK(ul_pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old) == 0 && old == PTHREAD_CANCEL_ENABLE &&
	      ul_pthread_setcancelstate(7, &old) == EINVAL && ul_pthread_setcanceltype(9, &old) == EINVAL, "cancel state");
	CHECK(ul_sched_yield() == 0 && ul_sched_get_priority_max(SCHED_FIFO) == sched_get_priority_max(SCHED_FIFO) &&
	      ul_sched_get_priority_min(SCHED_RR) == sched_get_priority_min(SCHED_RR) && ul_sched_get_priority_max(SCHED_OTHER) == 0,
	      "sched_yield, priorities (as Linux)");
	ul_errno = 0;
	CHECK(ul_sched_get_priority_max(42) == -1 && ul_errno == EINVAL, "unknown policy");

	/* Mutexes: each type, against glibc's answers for one thread where
	 * glibc does not block. */
	static const int types[] = { PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_RECURSIVE, PTHREAD_MUTEX_ERRORCHECK };
	for (int i = 0; i < 3; i++) {
		struct ul_mattr ua;
		pthread_mutexattr_t ga;
		ul_pthread_mutexattr_init(&ua);
		pthread_mutexattr_init(&ga);
		int ty = -1;
		CHECK(ul_pthread_mutexattr_settype(&ua, types[i]) == 0 && pthread_mutexattr_settype(&ga, types[i]) == 0 &&
		      ul_pthread_mutexattr_gettype(&ua, &ty) == 0 && ty == types[i], "settype %d", types[i]);
		struct ul_mutex um;
		pthread_mutex_t gm;
		ul_pthread_mutex_init(&um, &ua);
		pthread_mutex_init(&gm, &ga);
		CHECK(ul_pthread_mutex_unlock(&um) == EPERM, "type %d: unlock of an unlocked mutex: EPERM", types[i]);
		if (types[i] != PTHREAD_MUTEX_NORMAL)
			CHECK(pthread_mutex_unlock(&gm) == EPERM, "glibc agrees");
		CHECK(ul_pthread_mutex_lock(&um) == 0 && pthread_mutex_lock(&gm) == 0, "lock");
		int ut = ul_pthread_mutex_trylock(&um), gt = pthread_mutex_trylock(&gm);
		CHECK(ut == gt, "type %d: trylock when held: %d, glibc %d", types[i], ut, gt);
		if (types[i] == PTHREAD_MUTEX_RECURSIVE) {
			CHECK(ul_pthread_mutex_lock(&um) == 0 && pthread_mutex_lock(&gm) == 0, "recursive: lock again");
			CHECK(ul_pthread_mutex_unlock(&um) == 0 && ul_pthread_mutex_unlock(&um) == 0 && ul_pthread_mutex_destroy(&um) == EBUSY &&
			      ul_pthread_mutex_unlock(&um) == 0 && ul_pthread_mutex_unlock(&um) == EPERM, "recursive: three unlocks, then EPERM");
			pthread_mutex_unlock(&gm), pthread_mutex_unlock(&gm), pthread_mutex_unlock(&gm);
		} else {
			int ul = ul_pthread_mutex_lock(&um);
			CHECK(ul == EDEADLK, "type %d: relock: EDEADLK (docs: instead of a deadlock for a normal mutex)", types[i]);
			if (types[i] == PTHREAD_MUTEX_ERRORCHECK)
				CHECK(pthread_mutex_lock(&gm) == EDEADLK, "glibc: EDEADLK for errorcheck");
			struct timespec past = { 0, 0 };
			int tl = ul_pthread_mutex_timedlock(&um, &past);
			CHECK(tl == (types[i] == PTHREAD_MUTEX_ERRORCHECK ? EDEADLK : ETIMEDOUT), "timedlock of a held mutex: %d", tl);
			struct timespec bad = { 0, 2000000000 };
			if (types[i] == PTHREAD_MUTEX_NORMAL)
				CHECK(ul_pthread_mutex_timedlock(&um, &bad) == EINVAL, "timedlock with a bad time: EINVAL");
			CHECK(ul_pthread_mutex_destroy(&um) == EBUSY && ul_pthread_mutex_unlock(&um) == 0 &&
			      ul_pthread_mutex_destroy(&um) == 0, "destroy while held: EBUSY");
			pthread_mutex_unlock(&gm);
		}
		pthread_mutex_destroy(&gm);
	}
	struct ul_mattr ua;
	ul_pthread_mutexattr_init(&ua);
	CHECK(ul_pthread_mutexattr_settype(&ua, 7) == EINVAL && ul_pthread_mutexattr_setpshared(&ua, 5) == EINVAL &&
	      ul_pthread_mutexattr_setrobust(&ua, 5) == EINVAL && ul_pthread_mutexattr_setprotocol(&ua, 5) == EINVAL &&
	      ul_pthread_mutexattr_setpshared(&ua, PTHREAD_PROCESS_SHARED) == 0, "mutexattr errors");
	struct ul_mutex st = { 0, 0, 0 };     /* PTHREAD_MUTEX_INITIALIZER */
	CHECK(ul_pthread_mutex_lock(&st) == 0 && ul_pthread_mutex_unlock(&st) == 0, "a static mutex");

	/* Conditions. */
	struct ul_cond c;
	struct ul_cattr ca;
	struct ul_mutex m;
	ul_pthread_condattr_init(&ca);
	int clk = -1;
	CHECK(ul_pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0 && ul_pthread_condattr_getclock(&ca, &clk) == 0 &&
	      clk == CLOCK_MONOTONIC && ul_pthread_condattr_setclock(&ca, 77) == EINVAL, "condattr clock");
	ul_pthread_cond_init(&c, &ca);
	ul_pthread_mutex_init(&m, NULL);
	struct timespec past = { 0, 0 };
	CHECK(ul_pthread_cond_wait(&c, &m) == EPERM && ul_pthread_cond_timedwait(&c, &m, &past) == EPERM, "wait without the mutex: EPERM");
	ul_pthread_mutex_lock(&m);
	CHECK(ul_pthread_cond_signal(&c) == 0 && ul_pthread_cond_broadcast(&c) == 0, "signal, broadcast: nobody waits");
	CHECK(ul_pthread_cond_wait(&c, &m) == EDEADLK && m.locked, "cond_wait: EDEADLK, mutex still held");
	CHECK(ul_pthread_cond_timedwait(&c, &m, &past) == ETIMEDOUT && m.locked, "timedwait past the deadline: ETIMEDOUT, held");
	struct timespec bad = { 0, -1 };
	CHECK(ul_pthread_cond_timedwait(&c, &m, &bad) == EINVAL, "timedwait with a bad time: EINVAL");
	CHECK(ul_pthread_cond_destroy(&c) == 0 && ul_pthread_mutex_unlock(&m) == 0, "destroy");

	/* rwlocks, against glibc where it answers. */
	struct ul_rw rw;
	pthread_rwlock_t grw;
	ul_pthread_rwlock_init(&rw, NULL);
	pthread_rwlock_init(&grw, NULL);
	CHECK(ul_pthread_rwlock_rdlock(&rw) == 0 && ul_pthread_rwlock_rdlock(&rw) == 0 && ul_pthread_rwlock_tryrdlock(&rw) == 0,
	      "three read locks");
	pthread_rwlock_rdlock(&grw);
	CHECK(ul_pthread_rwlock_trywrlock(&rw) == EBUSY && pthread_rwlock_trywrlock(&grw) == EBUSY, "trywrlock while read: EBUSY (as glibc)");
	CHECK(ul_pthread_rwlock_wrlock(&rw) == EDEADLK, "wrlock while read-locked by the thread: EDEADLK");
	CHECK(ul_pthread_rwlock_destroy(&rw) == EBUSY, "destroy while held");
	CHECK(ul_pthread_rwlock_unlock(&rw) == 0 && ul_pthread_rwlock_unlock(&rw) == 0 && ul_pthread_rwlock_unlock(&rw) == 0 &&
	      ul_pthread_rwlock_unlock(&rw) == EPERM, "three unlocks, then EPERM");
	pthread_rwlock_unlock(&grw);
	CHECK(ul_pthread_rwlock_wrlock(&rw) == 0 && pthread_rwlock_wrlock(&grw) == 0, "wrlock");
	CHECK(ul_pthread_rwlock_tryrdlock(&rw) == EBUSY && pthread_rwlock_tryrdlock(&grw) == EBUSY, "tryrdlock while written: EBUSY");
	CHECK(ul_pthread_rwlock_rdlock(&rw) == EDEADLK && pthread_rwlock_rdlock(&grw) == EDEADLK, "rdlock while written: EDEADLK (as glibc)");
	CHECK(ul_pthread_rwlock_wrlock(&rw) == EDEADLK && pthread_rwlock_wrlock(&grw) == EDEADLK, "wrlock again: EDEADLK (as glibc)");
	CHECK(ul_pthread_rwlock_timedwrlock(&rw, &past) == EDEADLK, "timedwrlock: EDEADLK");
	CHECK(ul_pthread_rwlock_unlock(&rw) == 0 && ul_pthread_rwlock_destroy(&rw) == 0, "unlock, destroy");
	pthread_rwlock_unlock(&grw);

	/* Spin locks, barriers. */
	int sp;
	CHECK(ul_pthread_spin_init(&sp, 0) == 0 && ul_pthread_spin_lock(&sp) == 0 && ul_pthread_spin_trylock(&sp) == EBUSY &&
	      ul_pthread_spin_lock(&sp) == EDEADLK && ul_pthread_spin_destroy(&sp) == EBUSY && ul_pthread_spin_unlock(&sp) == 0 &&
	      ul_pthread_spin_unlock(&sp) == EPERM && ul_pthread_spin_init(&sp, 9) == EINVAL, "spin locks");
	struct ul_barrier bar;
	CHECK(ul_pthread_barrier_init(&bar, NULL, 1) == 0 && ul_pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD &&
	      ul_pthread_barrier_init(&bar, NULL, 0) == EINVAL && ul_pthread_barrier_init(&bar, NULL, 2) == EAGAIN, "barriers");

	/* once. */
	int once = PTHREAD_ONCE_INIT;
	CHECK(ul_pthread_once(&once, once_plain) == 0 && ul_pthread_once(&once, once_plain) == 0 && once_runs == 1, "once runs once");
	once_runs = 0;
	CHECK(ul_pthread_once(&once_flag_u, once_inner) == 0 && once_runs == 1, "once with a nested call");

	/* Keys and their destructors. */
	for (int i = 0; i < 3; i++)
		CHECK(ul_pthread_key_create(&dkey[i], i == 2 ? NULL : dtor) == 0, "key_create");
	CHECK(ul_pthread_getspecific(dkey[0]) == NULL, "a new key's value is NULL");
	CHECK(ul_pthread_setspecific(dkey[0], (void *)1) == 0 && ul_pthread_setspecific(dkey[1], (void *)2) == 0 &&
	      ul_pthread_setspecific(dkey[2], (void *)3) == 0 && ul_pthread_getspecific(dkey[1]) == (void *)2, "set, get");
	ul___thread_run_destructors();
	CHECK(dtor_calls[0] == 3 && dtor_calls[1] == 1 && dtor_calls[2] == 0, "destructors: %d %d %d (3 rounds for the one that sets again)",
	      dtor_calls[0], dtor_calls[1], dtor_calls[2]);
	CHECK(ul_pthread_getspecific(dkey[1]) == NULL && ul_pthread_getspecific(dkey[2]) == (void *)3, "values cleared as destructors ran");
	CHECK(ul_pthread_key_delete(dkey[1]) == 0 && ul_pthread_key_delete(dkey[1]) == EINVAL && ul_pthread_setspecific(dkey[1], &t) == EINVAL &&
	      ul_pthread_getspecific(dkey[1]) == NULL, "key_delete");
	unsigned many[128];
	int made = 0;
	while (made < 128 && ul_pthread_key_create(&many[made], NULL) == 0)
		made++;
	CHECK(made == 128 - 2, "keys run out after %d: EAGAIN", made);
	for (int i = 0; i < made; i++)
		ul_pthread_key_delete(many[i]);

	/* Attributes. */
	struct ul_attr at;
	int ds;
	size_t ss;
	CHECK(ul_pthread_attr_init(&at) == 0 && ul_pthread_attr_getdetachstate(&at, &ds) == 0 && ds == PTHREAD_CREATE_JOINABLE &&
	      ul_pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED) == 0 && ul_pthread_attr_getdetachstate(&at, &ds) == 0 &&
	      ds == PTHREAD_CREATE_DETACHED && ul_pthread_attr_setdetachstate(&at, 5) == EINVAL, "detach state");
	CHECK(ul_pthread_attr_setstacksize(&at, 100) == EINVAL && ul_pthread_attr_setstacksize(&at, 1 << 20) == 0 &&
	      ul_pthread_attr_getstacksize(&at, &ss) == 0 && ss == 1 << 20, "stack size");
	CHECK(ul_pthread_attr_setscope(&at, PTHREAD_SCOPE_PROCESS) == ENOTSUP && ul_pthread_attr_setschedpolicy(&at, 9) == EINVAL,
	      "scope, policy");

	/* C11. */
	unsigned long th = 7;
	CHECK(ul_thrd_create(&th, never_c11, NULL) == thrd_error && ul_thrd_equal(ul_thrd_current(), ul_pthread_self()) &&
	      ul_thrd_join(ul_thrd_current(), NULL) == thrd_error && ul_thrd_detach(ul_thrd_current()) == thrd_success, "thrd_*");
	struct ul_mtx cm;
	CHECK(ul_mtx_init(&cm, mtx_plain) == thrd_success && ul_mtx_lock(&cm) == thrd_success && ul_mtx_trylock(&cm) == thrd_busy &&
	      ul_mtx_lock(&cm) == thrd_error && ul_mtx_unlock(&cm) == thrd_success && ul_mtx_unlock(&cm) == thrd_error, "mtx_plain");
	CHECK(ul_mtx_init(&cm, mtx_recursive | mtx_timed) == thrd_success && ul_mtx_lock(&cm) == thrd_success &&
	      ul_mtx_lock(&cm) == thrd_success && ul_mtx_unlock(&cm) == thrd_success && ul_mtx_unlock(&cm) == thrd_success, "mtx_recursive");
	CHECK(ul_mtx_init(&cm, mtx_timed) == thrd_success && ul_mtx_lock(&cm) == thrd_success &&
	      ul_mtx_timedlock(&cm, &past) == thrd_timedout && ul_mtx_init(&cm, 9) == thrd_error, "mtx_timed");
	struct ul_cnd cc;
	ul_mtx_init(&cm, mtx_plain);
	ul_mtx_lock(&cm);
	CHECK(ul_cnd_init(&cc) == thrd_success && ul_cnd_signal(&cc) == thrd_success && ul_cnd_wait(&cc, &cm) == thrd_error &&
	      ul_cnd_timedwait(&cc, &cm, &past) == thrd_timedout, "cnd_*");
	int flag = 0;
	once_runs = 0;
	ul_call_once(&flag, once_plain);
	ul_call_once(&flag, once_plain);
	CHECK(once_runs == 1, "call_once");
	unsigned tk;
	CHECK(ul_tss_create(&tk, NULL) == thrd_success && ul_tss_set(tk, &flag) == thrd_success && ul_tss_get(tk) == &flag &&
	      (ul_tss_delete(tk), ul_tss_get(tk) == NULL), "tss_*");
	return check_report("thread");
}
