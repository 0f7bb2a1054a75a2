#include <errno.h>
#include <string.h>
#include "../internal/stdio_impl.h"

void perror(const char *s)
{
	const char *msg = strerror(errno);
	if (s && *s) {
		fputs(s, stderr);
		fputs(": ", stderr);
	}
	fputs(msg, stderr);
	fputc('\n', stderr);
}
