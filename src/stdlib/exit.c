#include <stdlib.h>
#include "../internal/exit.h"
#include "../internal/stdio_impl.h"

_Noreturn void exit(int status)
{
	__run_atexit();
	__stdio_exit();
	_Exit(status);
}
