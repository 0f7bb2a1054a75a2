#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include "../internal/progname.h"

/* After ExitBootServices the message goes to the console sink, if one was
 * chosen, or is lost; abort still ends the program. */
_Noreturn void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func)
{
	fprintf(stderr, "%s%s%s:%u: %s%sAssertion `%s' failed.\n",
	        __progname, *__progname ? ": " : "", file, line,
	        func ? func : "", func ? ": " : "", expr);
	abort();
}
