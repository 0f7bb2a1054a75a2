/* build: -Os (every program that prints carries it) */
#include <errno.h>
#include <stdlib.h>
#include "../internal/exit.h"

/* C guarantees at least 32 registrations; a fixed table needs no malloc,
 * so atexit works even when memory is gone. */
#define MAX_HANDLERS 64

static void (*handlers[MAX_HANDLERS])(void);
static int count;

int atexit(void (*func)(void))
{
	if (count == MAX_HANDLERS) {
		errno = ENOMEM;
		return -1;
	}
	handlers[count++] = func;
	return 0;
}

void __run_atexit(void)
{
	/* Popped before the call, so a handler that calls exit does not run
	 * itself again. */
	while (count > 0)
		handlers[--count]();
}

void __atexit_relocate(void (*convert)(void **p))
{
	for (int i = 0; i < count; i++)
		convert((void **)&handlers[i]);
}
