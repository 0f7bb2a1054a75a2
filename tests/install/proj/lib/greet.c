/* The project's own static library (libgreet.a). */
#include <stdio.h>
#include "greet.h"

const char *greet(const char *who)
{
	static char line[128];
	snprintf(line, sizeof line, "hello, %s", who);
	return line;
}
