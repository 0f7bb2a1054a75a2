#include <wchar.h>
#include "../internal/unicode.h"
#include "../internal/wctype_impl.h"

/* The width of a code point above U+FFFF (a surrogate pair). */
static int astral(uint32_t cp)
{
	unsigned lo = 0, hi = __wctype_astral_width_n;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		const struct __wc_range *r = &__wctype_astral_width[mid];
		if (cp < r->first)
			hi = mid;
		else if (cp > r->last)
			lo = mid + 1;
		else
			return r->w;
	}
	return 1;
}

/* Columns of at most n code units of s, up to its NUL; -1 if any character
 * is not printable.  A surrogate pair is one character outside the BMP,
 * measured by the same rules as wcwidth's (from the same Unicode data); an
 * unpaired surrogate, or a pair cut by n, is -1. */
int wcswidth(const wchar_t *s, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n && s[i]; i++) {
		unsigned c = (unsigned)s[i];
		int k;
		if (__utf16_is_surrogate(c)) {
			if (!__utf16_is_high(c) || i + 1 >= n || !__utf16_is_low((unsigned)s[i + 1]))
				return -1;
			k = astral(__utf16_join(c, (unsigned)s[++i]));
		} else {
			k = (int)(__wctype_rec(c) >> __WC_WIDTH_SHIFT) - 1;
		}
		if (k < 0)
			return -1;
		w += k;
	}
	return w;
}
