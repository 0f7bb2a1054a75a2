#include <stdlib.h>
#include <string.h>

char *strndup(const char *s, size_t n)
{
	n = strnlen(s, n);
	char *d = malloc(n + 1);
	if (!d)
		return 0;
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}
