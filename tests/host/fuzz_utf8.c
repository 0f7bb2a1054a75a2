/* libFuzzer target: the UTF-8 decoder and the UTF-16 to UTF-8 converter.
 *
 * The input is decoded as UTF-8 twice, byte by byte with one decoder and in
 * chunks whose sizes come from the input with the state copied between
 * chunks; both must agree, give only scalar values, and no more code points
 * than bytes.  Valid UTF-8 must round-trip.  The same bytes, as UTF-16LE,
 * are converted into an exactly-sized buffer and decoded back. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "internal/unicode.h"
#include "ref_utf8.h"

#define encode ref_utf8_encode

int ul___utf8_decode_byte(struct __utf8_decoder *d, unsigned char b, uint32_t out[2]);
int ul___utf8_decode_end(struct __utf8_decoder *d, uint32_t out[1]);
size_t ul___utf16_to_utf8(const uint16_t *s, size_t n, char *out);
size_t ul___utf16_to_utf8_size(const uint16_t *s, size_t n);

#define REQUIRE(c) do { if (!(c)) __builtin_trap(); } while (0)

static size_t feed(struct __utf8_decoder *d, const uint8_t *s, size_t n, uint32_t *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		int r = ul___utf8_decode_byte(d, s[i], out + k);
		REQUIRE(r >= 0 && r <= 2);
		k += (size_t)r;
	}
	return k;
}

static size_t finish(struct __utf8_decoder *d, uint32_t *out)
{
	int r = ul___utf8_decode_end(d, out);
	REQUIRE(r == 0 || r == 1);
	return (size_t)r;
}

static size_t decode_whole(const uint8_t *s, size_t n, uint32_t *out)
{
	struct __utf8_decoder d;
	memset(&d, 0, sizeof d);
	size_t k = feed(&d, s, n, out);
	return k + finish(&d, out + k);
}

/* Chunks of 1..8 bytes, sizes taken from a generator seeded by the input;
 * after each chunk the state moves to a fresh struct and the old one is
 * scribbled over. */
static size_t decode_chunked(const uint8_t *s, size_t n, uint32_t seed, uint32_t *out)
{
	struct __utf8_decoder d, next;
	memset(&d, 0, sizeof d);
	size_t i = 0, k = 0;
	uint32_t x = seed | 1;
	while (i < n) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		size_t len = 1 + x % 8;
		if (len > n - i)
			len = n - i;
		k += feed(&d, s + i, len, out + k);
		i += len;
		memcpy(&next, &d, sizeof next);
		memset(&d, 0xA5, sizeof d);
		memcpy(&d, &next, sizeof d);
		memset(&next, 0x5A, sizeof next);
	}
	return k + finish(&d, out + k);
}

/* Reference decoder, by the rows of Unicode Table 3-7: the lead byte gives
 * the length and the range of the second byte; the sequence is taken up to
 * the first byte that does not fit, which ends a maximal subpart. */
static size_t ref_decode(const uint8_t *s, size_t n, uint32_t *out)
{
	size_t i = 0, k = 0;
	while (i < n) {
		uint8_t b = s[i];
		size_t len;
		uint32_t c;
		uint8_t lo = 0x80, hi = 0xBF;
		if (b <= 0x7F) {
			out[k++] = b;
			i++;
			continue;
		}
		if (b >= 0xC2 && b <= 0xDF) {
			len = 2;
			c = b & 0x1Fu;
		} else if (b >= 0xE0 && b <= 0xEF) {
			len = 3;
			c = b & 0x0Fu;
			lo = b == 0xE0 ? 0xA0 : 0x80;
			hi = b == 0xED ? 0x9F : 0xBF;
		} else if (b >= 0xF0 && b <= 0xF4) {
			len = 4;
			c = b & 0x07u;
			lo = b == 0xF0 ? 0x90 : 0x80;
			hi = b == 0xF4 ? 0x8F : 0xBF;
		} else {
			out[k++] = __REPLACEMENT_CHAR;
			i++;
			continue;
		}
		size_t j = 1;
		for (; j < len && i + j < n; j++) {
			uint8_t t = s[i + j];
			if (t < (j == 1 ? lo : 0x80) || t > (j == 1 ? hi : 0xBF))
				break;
			c = c << 6 | (t & 0x3Fu);
		}
		out[k++] = j == len ? c : __REPLACEMENT_CHAR;
		i += j;
	}
	return k;
}

static void utf8_part(const uint8_t *data, size_t size)
{
	uint32_t *a = malloc((size + 2) * sizeof *a);
	uint32_t *b = malloc((size + 2) * sizeof *b);
	size_t na = decode_whole(data, size, a);
	uint32_t seed = 0x811C9DC5u;
	for (size_t i = 0; i < size && i < 16; i++)
		seed = (seed ^ data[i]) * 0x01000193u;
	size_t nb = decode_chunked(data, size, seed, b);
	REQUIRE(na == nb);
	REQUIRE(na == 0 || !memcmp(a, b, na * sizeof *a));
	size_t nr = ref_decode(data, size, b);
	REQUIRE(nr == na && (na == 0 || !memcmp(a, b, na * sizeof *a)));
	/* After decode_end the same decoder starts clean: decoding the input
	 * again with it gives the same again, and a second end gives nothing. */
	{
		struct __utf8_decoder d;
		memset(&d, 0, sizeof d);
		uint32_t extra[2];
		for (int round = 0; round < 2; round++) {
			size_t k = feed(&d, data, size, b);
			k += finish(&d, b + k);
			REQUIRE(k == na && (na == 0 || !memcmp(a, b, na * sizeof *a)));
			REQUIRE(finish(&d, extra) == 0);
		}
	}
	REQUIRE(na <= size + 1);
	REQUIRE(na <= size);       /* every code point costs at least one byte */
	int replaced = 0;
	for (size_t i = 0; i < na; i++) {
		REQUIRE(a[i] <= 0x10FFFF);
		REQUIRE(a[i] < 0xD800 || a[i] > 0xDFFF);
		replaced |= a[i] == __REPLACEMENT_CHAR;
	}
	/* Without any U+FFFD the input was well-formed: it re-encodes to itself. */
	if (!replaced) {
		size_t k = 0;
		for (size_t i = 0; i < na; i++) {
			uint8_t e[4];
			int len = encode(a[i], e);
			REQUIRE(k + (size_t)len <= size && !memcmp(data + k, e, (size_t)len));
			k += (size_t)len;
		}
		REQUIRE(k == size);
	}
	free(a);
	free(b);
}

static void utf16_part(const uint8_t *data, size_t size)
{
	size_t n = size / 2;
	uint16_t *s = malloc(n ? n * sizeof *s : 1);
	for (size_t i = 0; i < n; i++)
		s[i] = (uint16_t)(data[2 * i] | data[2 * i + 1] << 8);

	/* The expected code points, and whether U+FFFD may appear. */
	uint32_t *want = malloc((n + 1) * sizeof *want);
	size_t nw = 0;
	int may_replace = 0;
	for (size_t i = 0; i < n && s[i]; i++) {
		uint32_t c = s[i];
		if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
			c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00u);
			i++;
		} else if (c >= 0xD800 && c <= 0xDFFF) {
			c = __REPLACEMENT_CHAR;
		}
		may_replace |= c == __REPLACEMENT_CHAR;
		want[nw++] = c;
	}

	size_t size8 = ul___utf16_to_utf8_size(s, n);
	REQUIRE(size8 <= 3 * n);
	char *out = malloc(size8);         /* exact: ASan sees any overrun */
	size_t wrote = ul___utf16_to_utf8(s, n, out);
	REQUIRE(wrote == size8);

	uint32_t *back = malloc((wrote + 2) * sizeof *back);
	size_t nb = decode_whole((const uint8_t *)out, wrote, back);
	for (size_t i = 0; i < nb; i++)
		REQUIRE(back[i] != __REPLACEMENT_CHAR || may_replace);
	REQUIRE(nb == nw);
	REQUIRE(nw == 0 || !memcmp(back, want, nw * sizeof *want));
	/* Shortest form: re-encoding the code points gives the same bytes. */
	size_t k = 0;
	for (size_t i = 0; i < nb; i++) {
		uint8_t e[4];
		int len = encode(back[i], e);
		REQUIRE(k + (size_t)len <= wrote && !memcmp(out + k, e, (size_t)len));
		k += (size_t)len;
	}
	REQUIRE(k == wrote);
	free(back);
	free(out);
	free(want);
	free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	utf8_part(data, size);
	/* Again with a quarter of the byte values turned into the bytes where
	 * Table 3-7 changes, so that the interesting sequences are dense. */
	static const uint8_t edge[32] = {
		0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
		0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
		0x80, 0x80, 0xBF, 0xA0, 0x9F, 0x8F, 0x90, 0x41, 0x00, 0x7F,
	};
	uint8_t *m = malloc(size ? size : 1);
	for (size_t i = 0; i < size; i++)
		m[i] = data[i] < 0x40 ? edge[data[i] & 31] : data[i];
	utf8_part(m, size);
	free(m);
	utf16_part(data, size);
	/* Odd offset: the other pairing of bytes into units. */
	if (size)
		utf16_part(data + 1, size - 1);
	return 0;
}
