#include <limits.h>
#include "../internal/stdio_impl.h"

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt, va_list ap)
{
	char dummy;
	if (!n) {
		s = &dummy;
		n = 1;
	}
	return __vsnprintf_core(s, n - 1, fmt, ap);
}

int vsprintf(char *restrict s, const char *restrict fmt, va_list ap)
{
	return vsnprintf(s, (size_t)INT_MAX + 1, fmt, ap);
}
