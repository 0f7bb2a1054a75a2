#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

#include "../internal/thread_impl.h"

/* No second thread can be made: POSIX's EAGAIN ("the system lacked the
 * resources to create another thread"), as wasi-libc without threads. */
int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr,
                   void *(*start)(void *), void *restrict arg)
{
	(void)thread, (void)attr, (void)start, (void)arg;
	return EAGAIN;
}

/* Joining oneself is EDEADLK; any other id names no thread. */
int pthread_join(pthread_t thread, void **value)
{
	(void)value;
	return thread == __THREAD_SELF ? EDEADLK : ESRCH;
}

int pthread_detach(pthread_t thread)
{
	return thread == __THREAD_SELF ? 0 : ESRCH;
}

/* The last thread ends: its keys' destructors run, then the process
 * exits with status 0 (POSIX), atexit handlers included. */
_Noreturn void pthread_exit(void *value)
{
	(void)value;
	__thread_run_destructors();
	exit(0);
}

pthread_t pthread_self(void)
{
	return __THREAD_SELF;
}

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}

/* Cancelling oneself would act at a cancellation point; there are none
 * here, so a request is remembered and never acted on: 0 for oneself,
 * ESRCH for any other id. */
int pthread_cancel(pthread_t thread)
{
	return thread == __THREAD_SELF ? 0 : ESRCH;
}

static int cancel_state = PTHREAD_CANCEL_ENABLE, cancel_type = PTHREAD_CANCEL_DEFERRED;

int pthread_setcancelstate(int state, int *old)
{
	if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE)
		return EINVAL;
	if (old)
		*old = cancel_state;
	cancel_state = state;
	return 0;
}

int pthread_setcanceltype(int type, int *old)
{
	if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS)
		return EINVAL;
	if (old)
		*old = cancel_type;
	cancel_type = type;
	return 0;
}

void pthread_testcancel(void)
{
}

int pthread_kill(pthread_t thread, int sig)
{
	if (thread != __THREAD_SELF)
		return ESRCH;
	if (sig == 0)
		return 0;
	int e = errno;
	int r = raise(sig) == 0 ? 0 : EINVAL;
	errno = e;
	return r;
}

/* fork is ENOSYS: the handlers could never run. */
int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void))
{
	(void)prepare, (void)parent, (void)child;
	return 0;
}

static int concurrency;

int pthread_getconcurrency(void)
{
	return concurrency;
}

int pthread_setconcurrency(int level)
{
	if (level < 0)
		return EINVAL;
	concurrency = level;
	return 0;
}

static int sched_policy = SCHED_OTHER;
static struct sched_param sched_par;

int pthread_getschedparam(pthread_t thread, int *restrict policy, struct sched_param *restrict param)
{
	if (thread != __THREAD_SELF)
		return ESRCH;
	*policy = sched_policy;
	*param = sched_par;
	return 0;
}

int pthread_setschedparam(pthread_t thread, int policy, const struct sched_param *param)
{
	if (thread != __THREAD_SELF)
		return ESRCH;
	if (policy < SCHED_OTHER || policy > SCHED_RR || !param)
		return EINVAL;
	if (param->sched_priority < sched_get_priority_min(policy) || param->sched_priority > sched_get_priority_max(policy))
		return EINVAL;
	sched_policy = policy;
	sched_par = *param;
	return 0;
}
