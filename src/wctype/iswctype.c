#include <wctype.h>
#include "../internal/wctype_impl.h"

/* desc is what wctype returned; 0 (an unknown name) matches nothing. */
int iswctype(wint_t c, wctype_t desc)
{
	return desc <= __WC_XDIGIT && __wctype_is(c, desc);
}
