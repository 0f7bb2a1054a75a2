#include <string.h>
#include <wctype.h>

/* "tolower" is 1, "toupper" 2, anything else 0 (C11 7.30.3.2.2). */
wctrans_t wctrans(const char *name)
{
	if (!strcmp(name, "tolower"))
		return 1;
	if (!strcmp(name, "toupper"))
		return 2;
	return 0;
}
