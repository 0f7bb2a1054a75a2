/* <wchar.h> and <uchar.h> with the library's 16-bit wchar_t (uint16_t
 * here), UTF-8 multibyte:
 *  - mbrtoc32 against glibc's mbrtowc in C.UTF-8 (32-bit wchar_t) on random
 *    byte strings (valid UTF-8, random bytes, cut sequences, overlongs,
 *    surrogates, values above U+10FFFF); the same input fed in random
 *    chunks must give the same characters, with -2 in between;
 *  - mbrtowc and mbrtoc16: the same characters as UTF-16, a surrogate
 *    pair for those above U+FFFF (the low half returned as (size_t)-3);
 *  - c32rtomb against glibc's wcrtomb for every code point; c16rtomb and
 *    wcrtomb on pairs and lone surrogates;
 *  - mbstowcs, wcstombs, mbsrtowcs, wcsrtombs on random strings, with
 *    every output size; mblen, mbtowc, wctomb, btowc, wctob, mbsinit;
 *  - the wcs and wmem functions against glibc's on the same values. */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "check.h"
#include "ul.h"
#include "ul_strings.h"

static uint64_t rng = 0xda942042e4dd58b5ull;
static uint64_t rnd(void) { return check_xorshift(&rng); }
static unsigned rn(unsigned n) { return (unsigned)(rnd() % n); }

static uint32_t rand_cp(void)
{
	switch (rn(5)) {
	case 0: return 1 + rn(0x7f);
	case 1: return 0x80 + rn(0x780);
	case 2: { uint32_t c = 0x800 + rn(0xf800); return c >= 0xd800 && c < 0xe000 ? c + 0x800 : c; }
	case 3: return 0x10000 + rn(0x100000);
	default: return rn(2) ? 0xffff - rn(3) : 0x10ffff - rn(3);
	}
}

static size_t enc(unsigned char *p, uint32_t c)
{
	if (c < 0x80) { p[0] = (unsigned char)c; return 1; }
	if (c < 0x800) { p[0] = (unsigned char)(0xc0 | c >> 6); p[1] = (unsigned char)(0x80 | (c & 0x3f)); return 2; }
	if (c < 0x10000) {
		p[0] = (unsigned char)(0xe0 | c >> 12); p[1] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
		p[2] = (unsigned char)(0x80 | (c & 0x3f)); return 3;
	}
	p[0] = (unsigned char)(0xf0 | c >> 18); p[1] = (unsigned char)(0x80 | (c >> 12 & 0x3f));
	p[2] = (unsigned char)(0x80 | (c >> 6 & 0x3f)); p[3] = (unsigned char)(0x80 | (c & 0x3f)); return 4;
}

/* Random bytes, mostly UTF-8, NUL-terminated; returns the length. */
static size_t gen_bytes(unsigned char *b, size_t max)
{
	size_t n = 0;
	while (n + 8 < max && rn(12)) {
		unsigned k = rn(10);
		if (k < 6)
			n += enc(b + n, rand_cp());
		else if (k == 6)
			b[n++] = (unsigned char)(0x80 + rn(0x80));        /* stray or lead byte */
		else if (k == 7) {
			size_t l = enc(b + n, 0x80 + rn(0x10ff80));       /* cut sequence */
			n += l > 1 ? 1 + rn((unsigned)l - 1) : l;
		} else if (k == 8) {
			static const char *bad[] = { "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80",
				"\xed\xbf\xbf", "\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
				"\xff", "\xfe", "\xef\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xee\x80\x80", "\xed\x9f\xbf" };
			const char *s = bad[rn(16)];
			memcpy(b + n, s, strlen(s));
			n += strlen(s);
		} else
			b[n++] = (unsigned char)(1 + rn(255));
	}
	b[n] = 0;
	return n;
}

/* Decodes with the library in chunks of random size (or all at once):
 * code points into out, returns their number; *err set when -1 came. */
static size_t lib_decode32(const unsigned char *b, size_t len, int chunked, uint32_t *out, int *err)
{
	ul_mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t pos = 0, k = 0;
	*err = 0;
	for (;;) {
		size_t avail = len + 1 - pos;
		size_t n = chunked ? 1 + rn(4) : avail;
		if (n > avail)
			n = avail;
		uint32_t c = 0xdeadbeef;
		size_t r = ul_mbrtoc32(&c, (const char *)b + pos, n, &st);
		if (r == (size_t)-2) {
			CHECK(n < 4 || !chunked, "-2 with %zu bytes", n);
			CHECK(c == 0xdeadbeef, "-2 stored a character");
			pos += n;
			continue;
		}
		if (r == (size_t)-1) {
			*err = 1;
			CHECK(ul_errno == EILSEQ, "errno after -1");
			return k;
		}
		out[k++] = c;
		if (r == 0)
			return k;
		pos += r;
	}
}

static void decode_vs_glibc(unsigned rounds)
{
	static unsigned char b[600];
	static uint32_t u1[600], u2[600];
	static uint16_t w16[1200];
	for (unsigned i = 0; i < rounds; i++) {
		size_t len = gen_bytes(b, sizeof b - 8);
		/* glibc, all the bytes left each time */
		mbstate_t gs;
		memset(&gs, 0, sizeof gs);
		size_t pos = 0, k = 0;
		int gerr = 0;
		uint32_t g[600];
		for (;;) {
			wchar_t wc;
			size_t r = mbrtowc(&wc, (const char *)b + pos, len + 1 - pos, &gs);
			/* glibc decodes the old 4- to 6-byte forms up to
			 * 0x7fffffff; UTF-8 (RFC 3629) ends at U+10FFFF. */
			if (r == (size_t)-1 || (uint32_t)wc > 0x10ffff) { gerr = 1; break; }
			g[k++] = (uint32_t)wc;
			if (!r)
				break;
			pos += r;
		}
		int e1, e2;
		size_t n1 = lib_decode32(b, len, 0, u1, &e1);
		size_t n2 = lib_decode32(b, len, 1, u2, &e2);
		CHECK(n1 == k && e1 == gerr && !memcmp(u1, g, k * 4), "mbrtoc32 vs glibc: %zu chars err %d, glibc %zu err %d (case %u)",
		      n1, e1, k, gerr, i);
		if (!(n1 == k && e1 == gerr) && check_failed < 5) {
			for (size_t j = 0; j <= len; j++)
				fprintf(stderr, "%02x ", b[j]);
			fprintf(stderr, "\n");
			for (size_t j = 0; j < k; j++)
				fprintf(stderr, "%x ", g[j]);
			fprintf(stderr, "\n");
		}
		CHECK(n2 == n1 && e2 == e1 && !memcmp(u1, u2, n1 * 4), "mbrtoc32 chunked: %zu chars err %d, whole %zu err %d",
		      n2, e2, n1, e1);
		/* mbrtowc / mbrtoc16 / mbrlen: the same characters in UTF-16 */
		for (int which = 0; which < 3; which++) {
			ul_mbstate_t st;
			memset(&st, 0, sizeof st);
			size_t p = 0, m = 0, ci = 0;
			int err = 0;
			for (;;) {
				uint16_t w = 0;
				size_t r = which == 0 ? ul_mbrtowc(&w, (const char *)b + p, len + 1 - p, &st)
					: which == 1 ? ul_mbrtoc16(&w, (const char *)b + p, len + 1 - p, &st)
					: ul_mbrlen((const char *)b + p, len + 1 - p, &st);
				if (r == (size_t)-1) { err = 1; break; }
				if (r == (size_t)-3) {
					CHECK(which < 2 && m && w16[m - 1] >= 0xd800 && w16[m - 1] < 0xdc00 && w >= 0xdc00 && w < 0xe000,
					      "-3 delivers a low surrogate after a high one");
					w16[m++] = w;
					continue;
				}
				CHECK(r != (size_t)-2, "-2 with all bytes given");
				if (r == (size_t)-2) break;
				uint32_t c = ci < n1 ? u1[ci] : 0;
				ci++;
				if (which == 2) {
					if (!r) break;
					p += r;
					continue;
				}
				if (c >= 0x10000)
					CHECK(w == (0xd800 | (c - 0x10000) >> 10), "high surrogate of %x: %x", c, w);
				else
					CHECK(w == c, "mbrtowc %x, want %x", w, c);
				w16[m++] = w;
				if (!r)
					break;
				p += r;
			}
			CHECK(err == e1 && ci == n1, "UTF-16 decoding (%d): %zu chars err %d, want %zu err %d", which, ci, err, n1, e1);
		}
		/* mbstowcs: the whole string, then every smaller size */
		if (!e1) {
			uint16_t want[1200];
			size_t wn = 0;
			for (size_t j = 0; j + 1 < n1; j++) {
				uint32_t c = u1[j];
				if (c >= 0x10000) {
					want[wn++] = (uint16_t)(0xd800 | (c - 0x10000) >> 10);
					want[wn++] = (uint16_t)(0xdc00 | (c & 0x3ff));
				} else
					want[wn++] = (uint16_t)c;
			}
			size_t r = ul_mbstowcs(w16, (const char *)b, sizeof w16 / 2);
			CHECK(r == wn && !memcmp(w16, want, wn * 2) && w16[wn] == 0, "mbstowcs: %zu, want %zu", r, wn);
			CHECK(ul_mbstowcs(0, (const char *)b, 0) == wn, "mbstowcs count");
			size_t lim = rn((unsigned)wn + 2);
			memset(w16, 0xee, sizeof w16);
			r = ul_mbstowcs(w16, (const char *)b, lim);
			/* stops before a pair that does not fit */
			size_t expect = lim > wn ? wn : lim;
			if (expect < wn && expect && want[expect - 1] >= 0xd800 && want[expect - 1] < 0xdc00)
				expect--;
			CHECK(r == expect && !memcmp(w16, want, r * 2) && (r >= lim || lim > wn ? 1 : w16[r] == 0xeeee),
			      "mbstowcs limit %zu: %zu, want %zu", lim, r, expect);
			/* and back: wcstombs gives the original bytes */
			char back[700];
			want[wn] = 0;
			r = ul_wcstombs(back, want, sizeof back);
			CHECK(r == len && !memcmp(back, b, len + 1), "wcstombs round trip: %zu, want %zu", r, len);
			CHECK(ul_wcstombs(0, want, 0) == len, "wcstombs count");
			lim = rn((unsigned)len + 2);
			memset(back, 0x5a, sizeof back);
			r = ul_wcstombs(back, want, lim);
			CHECK(r <= lim && !memcmp(back, b, r) && (r == len || r + 4 > lim), "wcstombs limit %zu: %zu", lim, r);
			const uint16_t *src = want;
			ul_mbstate_t st;
			memset(&st, 0, sizeof st);
			r = ul_wcsrtombs(back, &src, sizeof back, &st);
			CHECK(r == len && src == 0, "wcsrtombs sets src to null at the end");
			const char *bs = (const char *)b;
			r = ul_mbsrtowcs(w16, &bs, sizeof w16 / 2, &st);
			CHECK(r == wn && bs == 0 && ul_mbsinit(&st), "mbsrtowcs sets src to null at the end");
		} else {
			const char *bs = (const char *)b;
			ul_mbstate_t st;
			memset(&st, 0, sizeof st);
			ul_errno = 0;
			size_t r = ul_mbsrtowcs(w16, &bs, sizeof w16 / 2, &st);
			CHECK(r == (size_t)-1 && ul_errno == EILSEQ && bs >= (const char *)b && bs <= (const char *)b + len,
			      "mbsrtowcs on invalid input");
			CHECK(ul_mbstowcs(0, (const char *)b, 0) == (size_t)-1, "mbstowcs count on invalid input");
		}
	}
}

static void encode_all(void)
{
	unsigned long bad = 0;
	for (uint32_t c = 0; c <= 0x10ffff; c++) {
		char u[8], g[8];
		mbstate_t gs;
		memset(&gs, 0, sizeof gs);
		ul_errno = 0;
		errno = 0;
		size_t ru = ul_c32rtomb(u, c, 0);
		size_t rg = wcrtomb(g, (wchar_t)c, &gs);
		if (ru != rg || (ru != (size_t)-1 && memcmp(u, g, ru)) || (ru == (size_t)-1 && ul_errno != EILSEQ))
			bad++;
		if (c < 0x10000) {
			char w[8];
			ul_mbstate_t st;
			memset(&st, 0, sizeof st);
			size_t rw = ul_wcrtomb(w, (uint16_t)c, &st);
			int surrogate = c >= 0xd800 && c < 0xe000;
			if (surrogate ? (c < 0xdc00 ? rw != 0 : rw != (size_t)-1) : (rw != rg || memcmp(w, g, rw)))
				bad++;
			int wt = ul_wctomb(w, (uint16_t)c);
			if (surrogate ? wt != -1 : (wt != (int)rg || memcmp(w, g, rg)))
				bad++;
		} else {
			/* the pair through wcrtomb and c16rtomb */
			char w[8];
			ul_mbstate_t st;
			memset(&st, 0, sizeof st);
			uint16_t hi = (uint16_t)(0xd800 | (c - 0x10000) >> 10), lo = (uint16_t)(0xdc00 | (c & 0x3ff));
			size_t r1 = (c & 1) ? ul_wcrtomb(w, hi, &st) : ul_c16rtomb(w, hi, &st);
			CHECK(r1 == 0 && !ul_mbsinit(&st), "high surrogate waits");
			size_t r2 = (c & 1) ? ul_wcrtomb(w, lo, &st) : ul_c16rtomb(w, lo, &st);
			if (r2 != 4 || memcmp(w, g, 4) || !ul_mbsinit(&st))
				bad++;
		}
	}
	CHECK(bad == 0, "encoding every code point: %lu mismatches", bad);
	char b[8];
	ul_mbstate_t st;
	memset(&st, 0, sizeof st);
	ul_errno = 0;
	CHECK(ul_c32rtomb(b, 0x110000, 0) == (size_t)-1 && ul_errno == EILSEQ, "c32rtomb above U+10FFFF");
	CHECK(ul_wcrtomb(b, 0xd800, &st) == 0 && ul_wcrtomb(b, 'a', &st) == (size_t)-1, "high then not low");
	memset(&st, 0, sizeof st);
	CHECK(ul_wcrtomb(0, 'x', &st) == 1, "wcrtomb(NULL) is 1 in the initial state");
	CHECK(ul_wcrtomb(b, 0xd83d, &st) == 0 && ul_wcrtomb(0, 0, &st) == (size_t)-1, "wcrtomb(NULL) with a pending half");
	/* single-character functions */
	uint16_t w;
	CHECK(ul_mblen(0, 0) == 0 && ul_mbtowc(0, 0, 0) == 0 && ul_wctomb(0, 0) == 0, "stateless encoding");
	CHECK(ul_mblen("\xe2\x82\xac", 3) == 3 && ul_mblen("\xe2\x82", 2) == -1 && ul_mblen("", 1) == 0, "mblen");
	CHECK(ul_mblen("\xf0\x9f\x98\x80", 4) == 4, "mblen non-BMP");
	CHECK(ul_mbtowc(&w, "\xc3\xa9", 2) == 2 && w == 0xe9, "mbtowc");
	ul_errno = 0;
	CHECK(ul_mbtowc(&w, "\xf0\x9f\x98\x80", 4) == -1 && ul_errno == EILSEQ, "mbtowc refuses non-BMP");
	CHECK(ul_btowc('A') == 'A' && ul_btowc(0x80) == 0xffff && ul_btowc(-1) == 0xffff && ul_btowc(0) == 0, "btowc");
	CHECK(ul_wctob('A') == 'A' && ul_wctob(0xe9) == -1 && ul_wctob(0xffff) == -1, "wctob");
	CHECK(ul_mbsinit(0) && ul_mbsinit(&st), "mbsinit after an error");
	CHECK(ul_wcrtomb(b, 0xd800, &st) == 0 && !ul_mbsinit(&st), "mbsinit with a pending half");
	memset(&st, 0, sizeof st);
	CHECK(ul_mbrtowc(&w, "a", 0, &st) == (size_t)-2 && ul_mbsinit(&st), "mbrtowc n = 0");
	CHECK(ul_mbrtowc(&w, "\xf0\x9f", 2, &st) == (size_t)-2 && !ul_mbsinit(&st), "partial");
	ul_errno = 0;
	CHECK(ul_mbrtowc(0, 0, 0, &st) == (size_t)-1 && ul_errno == EILSEQ, "mbrtowc(NULL) on a partial state");
	memset(&st, 0, sizeof st);
	CHECK(ul_mbrtowc(&w, "\xf0\x9f\x98\x80", 4, &st) == 4 && w == 0xd83d, "pair high");
	CHECK(ul_mbrtowc(&w, "zz", 2, &st) == (size_t)-3 && w == 0xde00, "pair low, no bytes used");
	CHECK(ul_mbrtowc(&w, "zz", 2, &st) == 1 && w == 'z', "then the next character");
	uint32_t c32;
	memset(&st, 0, sizeof st);
	CHECK(ul_mbrtoc32(&c32, "\xf0\x9f\x98\x80", 4, &st) == 4 && c32 == 0x1f600, "mbrtoc32 non-BMP");
	/* mbsrtowcs stops before a pair that does not fit */
	const char *s = "a\xf0\x9f\x98\x80" "b";
	uint16_t out[4] = { 9, 9, 9, 9 };
	memset(&st, 0, sizeof st);
	CHECK(ul_mbsrtowcs(out, &s, 2, &st) == 1 && out[0] == 'a' && out[1] == 9 && *s == '\xf0', "pair does not fit");
	CHECK(ul_mbsrtowcs(out, &s, 3, &st) == 3 && out[0] == 0xd83d && out[1] == 0xde00 && out[2] == 'b' && *s == 0, "rest");
	/* lone surrogates are not encodable */
	uint16_t lone[] = { 'a', 0xdc00, 0 };
	const uint16_t *lp = lone;
	ul_errno = 0;
	CHECK(ul_wcsrtombs(b, &lp, sizeof b, &st) == (size_t)-1 && ul_errno == EILSEQ && lp == lone + 1, "wcsrtombs lone low");
	uint16_t lone2[] = { 0xd800, 'x', 0 };
	CHECK(ul_wcstombs(0, lone2, 0) == (size_t)-1, "wcstombs lone high");
}

/* The wcs/wmem functions on 16-bit arrays against glibc's on the same
 * values held in 32-bit wchar_t. */
static void strings16(unsigned rounds)
{
	uint16_t a[80], b[80], d1[200];
	wchar_t ga[80], gb[80], gd[200];
	for (unsigned i = 0; i < rounds; i++) {
		size_t na = rn(40), nb = rn(40);
		static const uint16_t alpha[] = { 'a', 'b', 'c', 0xe9, 0xd83d, 0xde00, 0xffff, 0x8000 };
		for (size_t j = 0; j < na; j++)
			ga[j] = a[j] = alpha[rn(8)];
		a[na] = 0, ga[na] = 0;
		size_t common = rn(40);
		for (size_t j = 0; j < nb; j++)
			gb[j] = b[j] = j < common && j < na ? a[j] : alpha[rn(8)];
		b[nb] = 0, gb[nb] = 0;
		int su = ul_wcscmp(a, b), sg = wcscmp(ga, gb);
		CHECK((su > 0) - (su < 0) == (sg > 0) - (sg < 0), "wcscmp");
		size_t n = rn(45);
		su = ul_wcsncmp(a, b, n), sg = wcsncmp(ga, gb, n);
		CHECK((su > 0) - (su < 0) == (sg > 0) - (sg < 0), "wcsncmp");
		size_t m = na < nb ? na : nb;
		su = ul_wmemcmp(a, b, m), sg = wmemcmp(ga, gb, m);
		CHECK((su > 0) - (su < 0) == (sg > 0) - (sg < 0), "wmemcmp");
		CHECK(ul_wcslen(a) == wcslen(ga), "wcslen");
		size_t lim = rn(45);
		CHECK(ul_wcsnlen(a, lim) == wcsnlen(ga, lim), "wcsnlen(%zu)", lim);
		uint16_t c = alpha[rn(8)];
		uint16_t *pu = ul_wcschr(a, c);
		wchar_t *pg = wcschr(ga, c);
		CHECK((pu ? pu - a : -1) == (pg ? pg - ga : -1), "wcschr");
		pu = ul_wcsrchr(a, c), pg = wcsrchr(ga, c);
		CHECK((pu ? pu - a : -1) == (pg ? pg - ga : -1), "wcsrchr");
		CHECK(ul_wcschr(a, 0) == a + na, "wcschr nul");
		pu = ul_wmemchr(a, c, na), pg = wmemchr(ga, c, na);
		CHECK((pu ? pu - a : -1) == (pg ? pg - ga : -1), "wmemchr");
		uint16_t nd[4] = { 0 };
		wchar_t gnd[4] = { 0 };
		size_t nl = rn(4);
		for (size_t j = 0; j < nl; j++)
			gnd[j] = nd[j] = na ? a[rn((unsigned)na)] : 'a';
		pu = ul_wcsstr(a, nd), pg = wcsstr(ga, gnd);
		CHECK((pu ? pu - a : -1) == (pg ? pg - ga : -1), "wcsstr");
		CHECK(ul_wcsspn(a, nd) == wcsspn(ga, gnd) && ul_wcscspn(a, nd) == wcscspn(ga, gnd), "wcsspn wcscspn");
		pu = ul_wcspbrk(a, nd), pg = wcspbrk(ga, gnd);
		CHECK((pu ? pu - a : -1) == (pg ? pg - ga : -1), "wcspbrk");
		/* copies: compare element by element */
		for (size_t j = 0; j < 200; j++)
			d1[j] = 0x5a5a, gd[j] = 0x5a5a;
		ul_wcscpy(d1, a), wcscpy(gd, ga);
		ul_wcscat(d1, b), wcscat(gd, gb);
		ul_wcsncat(d1, a, n), wcsncat(gd, ga, n);
		ul_wcsncpy(d1 + 120, b, n), wcsncpy(gd + 120, gb, n);
		ul_wmemset(d1 + 170, c, n % 20), wmemset(gd + 170, c, n % 20);
		ul_wmemmove(d1 + 3, d1, 50), wmemmove(gd + 3, gd, 50);
		ul_wmemmove(d1, d1 + 5, 50), wmemmove(gd, gd + 5, 50);
		ul_wmemcpy(d1 + 100, a, 10), wmemcpy(gd + 100, ga, 10);
		int same = 1;
		for (size_t j = 0; j < 200; j++)
			same &= d1[j] == (uint16_t)gd[j];
		CHECK(same, "wcs copies");
	}
}

/* wcstol and friends against glibc's, on the same text widened. */
static void wide_numbers(unsigned rounds)
{
	static const char *parts[] = { " ", "\t", "-", "+", "0x", "0X", "0", "1", "7", "9", "a", "F", "z", ".", "e",
		"e-", "p", "inf", "nan", "(12)", "99999999999999999999", "1e400", "0x1p-1080", "\xe9", "\xff" };
	char s[128];
	uint16_t w[128];
	wchar_t g[128];
	for (unsigned r = 0; r < rounds; r++) {
		size_t n = 0;
		for (unsigned k = rn(7); k; k--) {
			const char *p = parts[rn(sizeof parts / sizeof *parts)];
			if (n + strlen(p) < sizeof s - 1) {
				memcpy(s + n, p, strlen(p));
				n += strlen(p);
			}
		}
		s[n] = 0;
		for (size_t i = 0; i <= n; i++)
			w[i] = (unsigned char)s[i], g[i] = (unsigned char)s[i];
		int base = rn(5) == 0 ? 0 : rn(8) == 0 ? 1 : (int)(2 + rn(35));
		uint16_t *eu = w;
		wchar_t *eg = g;
		errno = 0, ul_errno = 0;
		long long a = ul_wcstoll(w, &eu, base), b = wcstoll(g, &eg, base);
		CHECK(a == b && eu - w == eg - g && ul_errno == errno, "wcstoll(\"%s\", %d): %lld %td, glibc %lld %td", s, base,
		      a, eu - w, b, eg - g);
		eu = w, eg = g;
		errno = 0, ul_errno = 0;
		unsigned long long ua = ul_wcstoull(w, &eu, base), ub = wcstoull(g, &eg, base);
		CHECK(ua == ub && eu - w == eg - g && ul_errno == errno, "wcstoull(\"%s\", %d)", s, base);
		eu = w, eg = g;
		errno = 0, ul_errno = 0;
		CHECK(ul_wcstol(w, &eu, base) == wcstol(g, &eg, base) && eu - w == eg - g && ul_errno == errno, "wcstol");
		eu = w, eg = g;
		CHECK(ul_wcstoul(w, &eu, base) == wcstoul(g, &eg, base) && eu - w == eg - g, "wcstoul");
		CHECK(ul_wcstoimax(w, &eu, base) == wcstoimax(g, &eg, base) && eu - w == eg - g, "wcstoimax");
		CHECK(ul_wcstoumax(w, &eu, base) == wcstoumax(g, &eg, base) && eu - w == eg - g, "wcstoumax");
		errno = 0, ul_errno = 0;
		double da = ul_wcstod(w, &eu), db = wcstod(g, &eg);
		CHECK(!memcmp(&da, &db, 8) && eu - w == eg - g && ul_errno == errno, "wcstod(\"%s\"): %a %td, glibc %a %td", s, da,
		      eu - w, db, eg - g);
		float fa = ul_wcstof(w, &eu), fb = wcstof(g, &eg);
		CHECK(!memcmp(&fa, &fb, 4) && eu - w == eg - g, "wcstof(\"%s\")", s);
		long double la = ul_wcstold(w, &eu), lb = wcstold(g, &eg);
		CHECK(!memcmp(&la, &lb, 10) && eu - w == eg - g, "wcstold(\"%s\")", s);
	}
	/* a number longer than the short buffer, and a non-ASCII stop */
	static uint16_t lw[3000];
	for (int i = 0; i < 2999; i++)
		lw[i] = i == 0 ? '1' : '0';
	lw[2999] = 0;
	uint16_t *e;
	CHECK(ul_wcstod(lw, &e) == __builtin_inf() && e == lw + 2999, "wcstod long");
	uint16_t x[] = { '4', '2', 0x663, '7', 0 };
	CHECK(ul_wcstol(x, &e, 10) == 42 && e == x + 2, "wcstol stops at non-ASCII");
	uint16_t t[] = { ' ', 'a', ',', 'b', 0 }, d[] = { ' ', ',', 0 }, *sv;
	CHECK(ul_wcstok(t, d, &sv) == t + 1 && ul_wcstok(0, d, &sv) == t + 3 && ul_wcstok(0, d, &sv) == 0, "wcstok");
	uint16_t xf[8];
	CHECK(ul_wcsxfrm(xf, x, 8) == 4 && xf[2] == 0x663 && ul_wcscoll(t, x) < 0 && ul_wcscoll(x, x) == 0, "wcsxfrm wcscoll");
}

int main(int argc, char **argv)
{
	unsigned rounds = argc > 1 ? (unsigned)atoi(argv[1]) : 20000;
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		printf("host: wchar: no C.UTF-8 locale\n");
		return 1;
	}
	decode_vs_glibc(rounds);
	encode_all();
	strings16(rounds);
	wide_numbers(rounds * 5);
	return check_report("wchar");
}
