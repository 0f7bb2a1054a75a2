#include <err.h>
#include <stdarg.h>

void __vwarn(int with_errno, const char *fmt, va_list ap);

void warnx(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	__vwarn(0, fmt, ap);
	va_end(ap);
}
