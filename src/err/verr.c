#include <err.h>
#include <stdlib.h>

void __vwarn(int with_errno, const char *fmt, va_list ap);

_Noreturn void verr(int status, const char *fmt, va_list ap)
{
	__vwarn(1, fmt, ap);
	exit(status);
}

_Noreturn void verrx(int status, const char *fmt, va_list ap)
{
	__vwarn(0, fmt, ap);
	exit(status);
}
