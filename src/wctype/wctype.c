#include <string.h>
#include <wctype.h>
#include "../internal/wctype_impl.h"

/* The twelve class names of C11 7.30.2.2.1 (the "C" locale has no others);
 * 0 for any other name.  The value is the class's bit in the tables. */
wctype_t wctype(const char *name)
{
	static const char names[12][7] = {
		"alnum", "alpha", "blank", "cntrl", "digit", "graph",
		"lower", "print", "punct", "space", "upper", "xdigit",
	};
	for (unsigned i = 0; i < 12; i++)
		if (!strcmp(name, names[i]))
			return 1u << i;
	return 0;
}
