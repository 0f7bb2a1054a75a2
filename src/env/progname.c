/* build: -Os (every program that prints carries it) */
#include "../internal/progname.h"

const char *__progname = "";

/* UEFI paths use '\' and a volume prefix ("fs0:"); '/' is taken too. */
void __progname_init(const char *argv0)
{
	const char *p = argv0 ? argv0 : "";
	__progname = p;
	for (; *p; p++)
		if (*p == '\\' || *p == '/' || *p == ':')
			__progname = p + 1;
}
