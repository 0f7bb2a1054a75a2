/* libFuzzer target: LoadOptions blobs through __cmdline_text_length and
 * __cmdline_split.
 *
 * The blob's verdict is compared with a reference written from the rules in
 * cmdline.h.  An accepted command line is copied (exactly sized, aligned)
 * and split with and without a first argument; the raw bytes as units are
 * split too (anything may come from a caller).  argv must be terminated,
 * every word valid UTF-8 and equal to what a reference splitter gives, and
 * the vector goes back with one ul_free. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "internal/cmdline.h"
#include "ref_utf8.h"

long ul___cmdline_text_length(const void *blob, size_t bytes);
int ul___cmdline_split(const uint16_t *line, size_t n, const char *first, char ***argv,
		       void *(*alloc)(size_t));
void ul_free(void *p);
void *ul_malloc(size_t n);
size_t ul_malloc_usable_size(void *p);

#define REQUIRE(c) do { if (!(c)) __builtin_trap(); } while (0)

static int blank(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int is_high(uint32_t c)
{
	return c >= 0xD800 && c <= 0xDBFF;
}

static int is_low(uint32_t c)
{
	return c >= 0xDC00 && c <= 0xDFFF;
}

static long ref_text_length(const uint8_t *b, size_t bytes)
{
	if (bytes < 2 || bytes % 2)
		return -1;
	size_t n = bytes / 2, z = n;
	for (size_t i = 0; i < n; i++)
		if (!b[2 * i] && !b[2 * i + 1]) {
			z = i;
			break;
		}
	for (size_t i = 2 * z; i < bytes; i++)
		if (b[i])
			return -1;
	int plain = 1;
	for (size_t i = 0; i < z; i++) {
		uint32_t c = (uint32_t)(b[2 * i] | b[2 * i + 1] << 8);
		if ((c >= 0x20 && c <= 0x7E) || blank(c))
			continue;
		plain = 0;
		if (c < 0xA0 || c >= 0xFFFE || is_low(c))
			return -1;
		if (is_high(c)) {
			uint32_t d = i + 1 < z ? (uint32_t)(b[2 * i + 2] | b[2 * i + 3] << 8) : 0;
			if (!is_low(d))
				return -1;
			i++;
		}
	}
	return z == n && !plain ? -1 : (long)z;
}

static int valid_utf8(const unsigned char *s)
{
	while (*s) {
		unsigned char b = *s;
		if (b < 0x80) {
			s++;
			continue;
		}
		int need;
		unsigned char lo = 0x80, hi = 0xBF;
		if (b >= 0xC2 && b <= 0xDF)
			need = 1;
		else if (b >= 0xE0 && b <= 0xEF) {
			need = 2;
			if (b == 0xE0)
				lo = 0xA0;
			if (b == 0xED)
				hi = 0x9F;
		} else if (b >= 0xF0 && b <= 0xF4) {
			need = 3;
			if (b == 0xF0)
				lo = 0x90;
			if (b == 0xF4)
				hi = 0x8F;
		} else
			return 0;
		s++;
		for (int i = 0; i < need; i++, s++) {
			if (*s < lo || *s > hi)
				return 0;
			lo = 0x80;
			hi = 0xBF;
		}
	}
	return 1;
}

static size_t put8(uint32_t c, char *o)
{
	return (size_t)ref_utf8_encode(c, (uint8_t *)o);
}

/* Reference splitter, a character-at-a-time state machine.  Words are
 * written one after another, NUL-terminated, into text; returns the count. */
static size_t ref_words(const uint16_t *line, size_t n, char *text)
{
	uint16_t *w = malloc((n + 1) * sizeof *w);
	size_t words = 0, len = 0;
	int in_word = 0, quoted = 0;
	for (size_t i = 0; i <= n; i++) {
		int end = i == n;
		uint16_t c = end ? 0 : line[i];
		if (end || (!quoted && blank(c))) {
			if (in_word) {
				/* Convert the gathered units. */
				for (size_t j = 0; j < len; j++) {
					uint32_t u = w[j];
					if (is_high(u) && j + 1 < len && is_low(w[j + 1]))
						u = 0x10000 + ((u - 0xD800) << 10) + (w[++j] - 0xDC00u);
					else if (is_high(u) || is_low(u))
						u = 0xFFFD;
					text += put8(u, text);
				}
				*text++ = 0;
				words++;
			}
			in_word = quoted = 0;
			len = 0;
			continue;
		}
		in_word = 1;
		if (c == '^' && i + 1 < n)
			w[len++] = line[++i];
		else if (c == '"')
			quoted = !quoted;
		else
			w[len++] = c;
	}
	free(w);
	return words;
}

static int by_address(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	return x < y ? -1 : x > y;
}

/* Splits line (n units, an exactly-sized buffer) and checks the result.
 * compare: whether the reference applies (no NUL among the units). */
static void split_one(const uint16_t *line, size_t n, const char *first, int compare, int no_fffd)
{
	char **argv = NULL;
	int argc = ul___cmdline_split(line, n, first, &argv, ul_malloc);
	REQUIRE(argc >= 0);             /* these sizes never run out of memory */
	REQUIRE(argv != NULL);
	REQUIRE(argv[argc] == NULL);
	REQUIRE((size_t)argc <= n / 2 + 1 + (first != NULL));
	int k = 0;
	if (first) {
		REQUIRE(argc >= 1 && argv[0] != first && !strcmp(argv[0], first));
		k = 1;
	}
	/* One block holds the vector and the strings, which do not overlap. */
	const char *lo = (const char *)(argv + argc + 1);
	const char *hi = (const char *)argv + ul_malloc_usable_size(argv);
	const char **starts = malloc(((size_t)argc + 1) * sizeof *starts);
	for (int i = 0; i < argc; i++) {
		REQUIRE(argv[i] != NULL);
		REQUIRE(argv[i] >= lo && argv[i] + strlen(argv[i]) + 1 <= hi);
		starts[i] = argv[i];
	}
	qsort(starts, (size_t)argc, sizeof *starts, by_address);
	for (int i = 1; i < argc; i++)
		REQUIRE(starts[i - 1] + strlen(starts[i - 1]) + 1 <= starts[i]);
	free(starts);
	for (int i = 0; i < argc; i++) {
		REQUIRE(valid_utf8((const unsigned char *)argv[i]));
		if (no_fffd)
			REQUIRE(!strstr(argv[i], "\xEF\xBF\xBD"));
	}
	if (compare) {
		char *text = malloc(3 * n + n + 1);
		size_t words = ref_words(line, n, text);
		REQUIRE((size_t)argc == words + (size_t)k);
		const char *t = text;
		for (int i = k; i < argc; i++) {
			REQUIRE(!strcmp(argv[i], t));
			t += strlen(t) + 1;
		}
		free(text);
	}
	ul_free(argv);
}

static const char first_arg[] = "\\EFI\\BOOT\\fuzz\xC3\xA9.efi";

/* Every byte picks a piece of command line: blanks, quotes, carets, letters,
 * non-ASCII, a surrogate pair.  The result always passes text_length. */
static void mapped(const uint8_t *data, size_t size)
{
	static const uint16_t alphabet[16] = {
		' ', '\t', '\r', '\n', '"', '"', '^', '^', 'a', 0x8A9E, '-', 0xE9,
		0x20AC, 0xFFFD, 0xD83D /* + DE00 */, 0xFFEE,
	};
	uint8_t *blob = malloc(4 * size + 4);
	size_t n = 0;
	for (size_t i = 0; i < size; i++) {
		uint16_t u[2] = { alphabet[data[i] & 15], 0xDE00 };
		if (data[i] >> 4 == 15)
			u[0] = (uint16_t)(0x21 + data[i] % 0x5E);   /* more ASCII */
		int k = u[0] == 0xD83D ? 2 : 1;
		for (int j = 0; j < k; j++, n++) {
			blob[2 * n] = (uint8_t)u[j];
			blob[2 * n + 1] = (uint8_t)(u[j] >> 8);
		}
	}
	blob[2 * n] = blob[2 * n + 1] = 0;
	size_t bytes = 2 * n + 2 + (size % 2 ? 2 : 0);
	if (bytes > 2 * n + 2)
		blob[2 * n + 2] = blob[2 * n + 3] = 0;
	long len = ul___cmdline_text_length(blob, bytes);
	REQUIRE(len == (long)n);
	uint16_t *units = malloc(n ? n * sizeof *units : 1);
	int has_fffd = 0;
	for (size_t i = 0; i < n; i++) {
		units[i] = (uint16_t)(blob[2 * i] | blob[2 * i + 1] << 8);
		has_fffd |= units[i] == 0xFFFD;
	}
	split_one(units, n, size % 3 ? NULL : first_arg, 1, !has_fffd);
	free(units);
	free(blob);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	long len = ul___cmdline_text_length(data, size);
	REQUIRE(len == ref_text_length(data, size));
	/* The same blob at another alignment gets the same answer. */
	uint8_t *copy = malloc(size + 1);
	memcpy(copy + 1, data, size);
	REQUIRE(ul___cmdline_text_length(copy + 1, size) == len);
	free(copy);

	if (len >= 0) {
		REQUIRE((size_t)len <= size / 2);
		uint16_t *units = malloc(len ? (size_t)len * sizeof *units : 1);
		int has_fffd = 0;
		for (long i = 0; i < len; i++) {
			units[i] = (uint16_t)(data[2 * i] | data[2 * i + 1] << 8);
			REQUIRE(units[i] != 0);
			has_fffd |= units[i] == 0xFFFD;
		}
		/* Accepted text has no unpaired surrogate, so no U+FFFD appears
		 * unless it was there. */
		split_one(units, (size_t)len, NULL, 1, !has_fffd);
		split_one(units, (size_t)len, first_arg, 1, !has_fffd);
		split_one(units, (size_t)len, "", 1, !has_fffd);
		free(units);
	}

	/* The raw bytes as units, whatever they are. */
	size_t n = size / 2;
	uint16_t *raw = malloc(n ? n * sizeof *raw : 1);
	int has_nul = 0;
	for (size_t i = 0; i < n; i++) {
		raw[i] = (uint16_t)(data[2 * i] | data[2 * i + 1] << 8);
		has_nul |= !raw[i];
	}
	split_one(raw, n, size % 2 ? first_arg : NULL, !has_nul, 0);
	free(raw);

	mapped(data, size);
	return 0;
}
