/* build: -Os (start-up or exit code: every program carries it once) */
#include "../internal/unicode.h"

/* Reads one code point at s[i], advancing i; unpaired surrogates give U+FFFD. */
static uint32_t next(const uint16_t *s, size_t n, size_t *i)
{
	uint32_t c = s[(*i)++];
	if (!__utf16_is_surrogate(c))
		return c;
	if (__utf16_is_high(c) && *i < n && __utf16_is_low(s[*i]))
		return __utf16_join(c, s[(*i)++]);
	return __REPLACEMENT_CHAR;
}

size_t __utf16_to_utf8_size(const uint16_t *s, size_t n)
{
	size_t i = 0, len = 0;
	while (i < n && s[i])
		len += (size_t)__utf8_len(next(s, n, &i));
	return len;
}

size_t __utf16_to_utf8(const uint16_t *s, size_t n, char *out)
{
	size_t i = 0, len = 0;
	while (i < n && s[i])
		len += __utf8_put(out + len, next(s, n, &i));
	return len;
}
