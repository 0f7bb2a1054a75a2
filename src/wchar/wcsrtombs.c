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
		if (c >= 0xdc00 && c <= 0xdfff)
			goto bad;
		if (c >= 0xd800 && c <= 0xdbff) {
			uint32_t lo = (uint16_t)s[1];
			if (lo < 0xdc00 || lo > 0xdfff)
				goto bad;
			c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
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
