#include "../internal/unicode.h"

/* Reads one code point at s[i], advancing i; unpaired surrogates give U+FFFD. */
static uint32_t next(const uint16_t *s, size_t n, size_t *i)
{
	uint32_t c = s[(*i)++];
	if (c < 0xD800 || c > 0xDFFF)
		return c;
	if (c <= 0xDBFF && *i < n && s[*i] >= 0xDC00 && s[*i] <= 0xDFFF)
		return 0x10000 + ((c - 0xD800) << 10) + (s[(*i)++] - 0xDC00);
	return __REPLACEMENT_CHAR;
}

static size_t encoded_size(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

size_t __utf16_to_utf8_size(const uint16_t *s, size_t n)
{
	size_t i = 0, len = 0;
	while (i < n && s[i])
		len += encoded_size(next(s, n, &i));
	return len;
}

size_t __utf16_to_utf8(const uint16_t *s, size_t n, char *out)
{
	unsigned char *o = (unsigned char *)out;
	size_t i = 0;
	while (i < n && s[i]) {
		uint32_t c = next(s, n, &i);
		switch (encoded_size(c)) {
		case 1:
			*o++ = (unsigned char)c;
			break;
		case 2:
			*o++ = (unsigned char)(0xC0 | c >> 6);
			*o++ = (unsigned char)(0x80 | (c & 0x3F));
			break;
		case 3:
			*o++ = (unsigned char)(0xE0 | c >> 12);
			*o++ = (unsigned char)(0x80 | (c >> 6 & 0x3F));
			*o++ = (unsigned char)(0x80 | (c & 0x3F));
			break;
		default:
			*o++ = (unsigned char)(0xF0 | c >> 18);
			*o++ = (unsigned char)(0x80 | (c >> 12 & 0x3F));
			*o++ = (unsigned char)(0x80 | (c >> 6 & 0x3F));
			*o++ = (unsigned char)(0x80 | (c & 0x3F));
		}
	}
	return (size_t)(o - (unsigned char *)out);
}
