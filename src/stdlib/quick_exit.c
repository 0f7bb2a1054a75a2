#include <errno.h>
#include <stdlib.h>

/* C guarantees at least 32 registrations; a fixed table needs no malloc. */
#define MAX_HANDLERS 64

static void (*handlers[MAX_HANDLERS])(void);
static int count;

int at_quick_exit(void (*func)(void))
{
	if (count == MAX_HANDLERS) {
		errno = ENOMEM;
		return -1;
	}
	handlers[count++] = func;
	return 0;
}

/* The at_quick_exit handlers, last registered first; no atexit handler, no
 * stream flushed. */
_Noreturn void quick_exit(int status)
{
	while (count > 0)
		handlers[--count]();
	_Exit(status);
}
