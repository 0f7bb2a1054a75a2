#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "../internal/progname.h"

/* "prog: fmt: strerror\n" when with_errno, else "prog: fmt\n"; a NULL fmt
 * leaves out the message (and its ": "), as BSD and glibc do; without a
 * program name (argv[0] empty) the line starts with the message. */
void __vwarn(int with_errno, const char *fmt, va_list ap)
{
	int e = errno;
	if (*__progname)
		fprintf(stderr, "%s: ", __progname);
	if (fmt) {
		vfprintf(stderr, fmt, ap);
		if (with_errno)
			fputs(": ", stderr);
	}
	if (with_errno)
		fputs(strerror(e), stderr);
	fputc('\n', stderr);
}

void vwarn(const char *fmt, va_list ap)
{
	__vwarn(1, fmt, ap);
}

void vwarnx(const char *fmt, va_list ap)
{
	__vwarn(0, fmt, ap);
}
