#include <locale.h>
#include <string.h>

static char c_name[] = "C";

char *setlocale(int category, const char *locale)
{
	if (category < LC_CTYPE || category > LC_ALL)
		return 0;
	if (!locale || !*locale || !strcmp(locale, "C") || !strcmp(locale, "POSIX") ||
	    !strcmp(locale, "C.UTF-8") || !strcmp(locale, "C.utf8"))
		return c_name;
	return 0;
}
