#include <stdlib.h>
#include <unistd.h>

/* POSIX's _exit is C's _Exit. */
_Noreturn void _exit(int status)
{
	_Exit(status);
}
