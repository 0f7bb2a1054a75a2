#include <wctype.h>
#include "../internal/wctype_impl.h"

int iswgraph(wint_t c)
{
	return __wctype_is(c, __WC_GRAPH);
}
