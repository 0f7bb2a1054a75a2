#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "../internal/stdio_impl.h"

/* *strp is set only on success, as glibc does. */
int vasprintf(char **strp, const char *restrict fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(0, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		return -1;
	char *s = malloc((size_t)n + 1);
	if (!s)
		return -1;
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	*strp = s;
	return n;
}

int asprintf(char **strp, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vasprintf(strp, fmt, ap);
	va_end(ap);
	return r;
}
