#include <wchar.h>
#include "../internal/wctype_impl.h"

/* Columns of one code unit (X/Open): 0 for NUL and combining marks, 2 for
 * East Asian wide and fullwidth characters, -1 for what is not printable
 * (surrogate halves included: a pair's width is wcswidth's business). */
int wcwidth(wchar_t c)
{
	return (int)(__wctype_rec((unsigned)c) >> __WC_WIDTH_SHIFT) - 1;
}
