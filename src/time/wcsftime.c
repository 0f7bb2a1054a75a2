#include <errno.h>
#include <time.h>
#include <wchar.h>
#include "../internal/mbstate.h"

/* C11 7.29.5.1: strftime for wide strings.  Literal text is copied unit
 * for unit; each conversion (%, its flags and width, an E or O modifier,
 * its letter) is formatted by strftime and its UTF-8 turned into UTF-16.
 * Returns the units written without the null, or 0 when they do not fit
 * in n (the array is then indeterminate, as C says).  One conversion may
 * produce at most 511 bytes (a field width above that gives 0). */
size_t wcsftime(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt,
		const struct tm *restrict tm)
{
	size_t k = 0;
	while (*fmt) {
		if (*fmt != '%') {
			if (k + 1 >= n)
				return 0;
			s[k++] = *fmt++;
			continue;
		}
		char spec[32], out[512];
		size_t m = 0;
		spec[m++] = (char)*fmt++;
		while (m < sizeof spec - 2 && *fmt && *fmt < 0x80 &&
		       ((*fmt >= '0' && *fmt <= '9') || *fmt == '_' || *fmt == '-' ||
			*fmt == '^' || *fmt == '#' || *fmt == '+' || *fmt == 'E' || *fmt == 'O'))
			spec[m++] = (char)*fmt++;
		if (*fmt && *fmt < 0x80)
			spec[m++] = (char)*fmt++;
		spec[m] = 0;
		/* A lone "%" before a non-ASCII unit: strftime copies it. */
		size_t len = strftime(out, sizeof out, spec, tm);
		mbstate_t st = { 0 };
		for (size_t i = 0; i < len;) {
			uint16_t u;
			size_t r = __mbrtoutf16(&u, out + i, len - i, &st);
			if (r == __MB_ILSEQ || r == __MB_PARTIAL) {
				errno = EILSEQ;
				return 0;
			}
			if (k + 1 >= n)
				return 0;
			s[k++] = (wchar_t)u;
			if (r != __MB_PENDING)
				i += r ? r : 1;
		}
		if (st.__pend) {
			if (k + 1 >= n)
				return 0;
			__mbrtoutf16((uint16_t *)&s[k++], out, 0, &st);
		}
	}
	if (k >= n)
		return 0;
	s[k] = 0;
	return k;
}
