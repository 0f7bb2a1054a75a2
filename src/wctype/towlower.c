#include <wctype.h>
#include "../internal/wctype_impl.h"

/* The simple (one to one) lowercase mapping of UnicodeData.txt. */
wint_t towlower(wint_t c)
{
	return (wint_t)__wctype_case(c, 0);
}
