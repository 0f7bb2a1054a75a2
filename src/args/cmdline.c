/* build: -Oz (start-up or exit code: every program carries it once) */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/cmdline.h"
#include "../internal/unicode.h"

static int is_blank(uint16_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

long __cmdline_text_length(const void *blob, size_t bytes)
{
	const unsigned char *b = blob;
	if (!blob || bytes < 2 || bytes % 2 || bytes / 2 > 0x7FFFFFFF)
		return -1;
	size_t n = bytes / 2, len = 0;
	int ascii = 1;
	for (; len < n; len++) {
		uint16_t c = (uint16_t)(b[2 * len] | b[2 * len + 1] << 8);
		if (!c)
			break;
		if ((c < 0x20 && !is_blank(c)) || (c >= 0x7F && c <= 0x9F) || c >= 0xFFFE)
			return -1;
		if (__utf16_is_high(c)) {
			uint16_t d = len + 1 < n ? (uint16_t)(b[2 * len + 2] | b[2 * len + 3] << 8) : 0;
			if (!__utf16_is_low(d))
				return -1;
			len++;
			ascii = 0;
			continue;
		}
		if (__utf16_is_low(c))
			return -1;
		if (c > 0x7E)
			ascii = 0;
	}
	if (len < n) {
		for (size_t i = 2 * len; i < bytes; i++)
			if (b[i])
				return -1;
		return (long)len;
	}
	return ascii ? (long)len : -1;
}

/* Walks the line once; with out == NULL it only measures.  Each word is
 * gathered as UTF-16 units in place of the quoting, then converted. */
static size_t scan(const uint16_t *line, size_t n, uint16_t *units, size_t *nwords)
{
	size_t i = 0, u = 0, words = 0;
	for (size_t k = 0; k < n; k++)
		if (!line[k])
			n = k;       /* the line ends at a NUL, as a C string would */
	while (i < n) {
		while (i < n && is_blank(line[i]))
			i++;
		if (i >= n)
			break;
		int quoted = 0;
		while (i < n && (quoted || !is_blank(line[i]))) {
			uint16_t c = line[i++];
			if (c == '^' && i < n)
				c = line[i++];
			else if (c == '"') {
				quoted = !quoted;
				continue;
			}
			if (units)
				units[u] = c;
			u++;
		}
		if (units)
			units[u] = 0;
		u++;
		words++;
	}
	*nwords = words;
	return u;
}

int __cmdline_split(const uint16_t *line, size_t n, const char *first, char ***argv,
		    void *(*alloc)(size_t))
{
	size_t words, nunits = scan(line, n, 0, &words);
	size_t argc = words + (first != 0);
	size_t firstlen = first ? strlen(first) + 1 : 0;
	/* Layout: the vector, the words as UTF-16 (even offset, as the vector's
	 * size is a multiple of 8), then their UTF-8, at most 3 bytes a unit (a
	 * word's NUL is one unit too). */
	if (argc > 0x7FFFFFFE || nunits > ((size_t)-1 / 8 - firstlen) / 5 - argc) {
		errno = ENOMEM;
		return -1;
	}
	size_t vec = (argc + 1) * sizeof(char *);
	char *block = alloc(vec + nunits * 2 + nunits * 3 + firstlen);
	if (!block) {
		errno = ENOMEM;
		return -1;
	}
	char **v = (char **)block;
	uint16_t *units = (uint16_t *)(block + vec);
	char *text = block + vec + nunits * 2;
	scan(line, n, units, &words);

	size_t k = 0;
	if (first) {
		memcpy(text, first, firstlen);
		v[k++] = text;
		text += firstlen;
	}
	const uint16_t *w = units;
	for (size_t i = 0; i < words; i++) {
		size_t len = 0;
		while (w[len])
			len++;
		v[k++] = text;
		text += __utf16_to_utf8(w, len, text);
		*text++ = 0;
		w += len + 1;
	}
	v[k] = 0;
	*argv = v;
	return (int)argc;
}
