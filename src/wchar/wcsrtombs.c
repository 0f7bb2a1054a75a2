#include <errno.h>
#include <wchar.h>
#include "../internal/mbstate.h"

/* Stops before a character whose bytes would not all fit in n. */
size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t n, mbstate_t *restrict ps)
{
	const wchar_t *s = *src;
	size_t count = 0;
	char buf[4];
	(void)ps;   /* a pair is always read whole from the string */
	for (;; s++) {
		uint32_t c = (uint16_t)*s;
		size_t adv = 0;
		if (__utf16_is_low(c))
			goto bad;
		if (__utf16_is_high(c)) {
			uint32_t lo = (uint16_t)s[1];
			if (!__utf16_is_low(lo))
				goto bad;
			c = __utf16_join(c, lo);
			adv = 1;
		}
		size_t k = __utf8_put(buf, c);
		if (dst) {
			if (k > n - count)
				break;
			for (size_t i = 0; i < k; i++)
				dst[count + i] = buf[i];
		}
		if (!c) {
			if (dst)
				*src = 0;
			return count;
		}
		count += k;
		s += adv;
	}
	*src = s;
	return count;
bad:
	if (dst)
		*src = s;
	errno = EILSEQ;
	return (size_t)-1;
}
