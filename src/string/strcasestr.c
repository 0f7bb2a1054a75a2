#include <string.h>
#include <strings.h>

char *strcasestr(const char *h, const char *n)
{
	size_t len = strlen(n);
	for (; *h; h++)
		if (!strncasecmp(h, n, len))
			return (char *)h;
	return len ? 0 : (char *)h;
}
