#include <wchar.h>
#include "../internal/mbstate.h"

/* A character needing a surrogate pair is converted only when both halves
 * fit in what is left of dst. */
size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	const char *s = *src;
	size_t count = 0;
	uint32_t c;
	if (!ps)
		ps = &internal;
	if (ps->__pend) {
		if (dst && !n)
			return 0;
		if (dst)
			dst[count] = ps->__pend;
		ps->__pend = 0;
		count++;
	}
	for (;;) {
		if (dst && count >= n)
			break;
		mbstate_t before = *ps;
		size_t r = __utf8_step(&c, s, (size_t)-1, ps);
		if (r == __MB_ILSEQ) {
			if (dst)
				*src = s;
			return (size_t)-1;
		}
		if (r == 0) {
			if (dst) {
				dst[count] = 0;
				*src = 0;
			}
			return count;
		}
		if (c >= 0x10000) {
			if (dst && n - count < 2) {
				*ps = before;
				break;
			}
			if (dst) {
				dst[count] = (wchar_t)__utf16_high(c);
				dst[count + 1] = (wchar_t)__utf16_low(c);
			}
			count += 2;
		} else {
			if (dst)
				dst[count] = (wchar_t)c;
			count++;
		}
		s += r;
	}
	*src = s;
	return count;
}
