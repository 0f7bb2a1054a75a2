#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "../internal/thread_impl.h"

/* Thread-specific data of the one thread.  The destructors run when the
 * thread ends: at pthread_exit, thrd_exit, and at exit (an atexit handler
 * registered by the first pthread_key_create), PTHREAD_DESTRUCTOR_ITERATIONS
 * rounds while values remain. */
static struct {
	unsigned char used;
	void (*dtor)(void *);
	const void *value;
} keys[PTHREAD_KEYS_MAX];
static int registered;

void __thread_run_destructors(void)
{
	for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
		int ran = 0;
		for (int k = 0; k < PTHREAD_KEYS_MAX; k++) {
			if (keys[k].used && keys[k].dtor && keys[k].value) {
				void *v = (void *)keys[k].value;
				keys[k].value = NULL;
				keys[k].dtor(v);
				ran = 1;
			}
		}
		if (!ran)
			break;
	}
}

int pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
{
	for (int k = 0; k < PTHREAD_KEYS_MAX; k++) {
		if (!keys[k].used) {
			if (!registered && destructor) {
				if (atexit(__thread_run_destructors) != 0)
					return ENOMEM;
				registered = 1;
			}
			keys[k].used = 1;
			keys[k].dtor = destructor;
			keys[k].value = NULL;
			*key = (pthread_key_t)k;
			return 0;
		}
	}
	return EAGAIN;
}

int pthread_key_delete(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !keys[key].used)
		return EINVAL;
	keys[key].used = 0;     /* no destructor runs (POSIX) */
	keys[key].value = NULL;
	return 0;
}

void *pthread_getspecific(pthread_key_t key)
{
	if (key >= PTHREAD_KEYS_MAX || !keys[key].used)
		return NULL;
	return (void *)keys[key].value;
}

int pthread_setspecific(pthread_key_t key, const void *value)
{
	if (key >= PTHREAD_KEYS_MAX || !keys[key].used)
		return EINVAL;
	keys[key].value = value;
	return 0;
}
