#include <errno.h>
#include <wctype.h>
#include "../internal/wctype_impl.h"

/* desc from wctrans; 0 or any other value (undefined in C) gives c back
 * unchanged with errno EINVAL. */
wint_t towctrans(wint_t c, wctrans_t desc)
{
	if (desc == 1 || desc == 2)
		return (wint_t)__wctype_case(c, (int)desc - 1);
	errno = EINVAL;
	return c;
}
