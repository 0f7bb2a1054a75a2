#include <wctype.h>
#include "../internal/wctype_impl.h"

/* The simple (one to one) uppercase mapping of UnicodeData.txt; a titlecase
 * letter (U+01C5) maps to its uppercase form. */
wint_t towupper(wint_t c)
{
	return (wint_t)__wctype_case(c, 1);
}
