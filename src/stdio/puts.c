#include <string.h>
#include "../internal/stdio_impl.h"

int puts(const char *s)
{
	size_t n = strlen(s);
	if (__fwritex((const unsigned char *)s, n, stdout) != n)
		return EOF;
	return __fwritex((const unsigned char *)"\n", 1, stdout) == 1 ? 0 : EOF;
}
