/* Wide stdio (C11 7.29.2-3) and wcsftime, with the library's 16-bit
 * wchar_t (uint16_t here):
 *  - swprintf against glibc's swprintf (32-bit wchar_t, C.UTF-8) on random
 *    formats of every conversion, with text and arguments in the BMP, where
 *    a wide character is one unit in both; then characters above U+FFFF,
 *    which are two units here (widths and precisions count units, and a
 *    precision never splits a pair), checked against the rule;
 *  - swprintf's overflow (-1, truncated and terminated), EILSEQ cases;
 *  - fwprintf onto a memory stream: the UTF-8 of what swprintf gives;
 *  - fputwc/fputws/fgetwc/fgetws/ungetwc through memory streams: random
 *    UTF-16 out, UTF-8 bytes checked, the same units back; invalid UTF-8
 *    in (EILSEQ, what is consumed); orientation (fwide, byte functions on a
 *    wide stream and wide ones on a byte stream fail with EBADF);
 *  - wcsftime against glibc's wcsftime for random times and formats. */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "check.h"
#include "ul.h"
#include "ul_wide.h"

static uint64_t rng = 0x243f6a8885a308d3ull;
static unsigned rn(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

static size_t u16len(const uint16_t *s) { size_t n = 0; while (s[n]) n++; return n; }

/* UTF-16 (valid) to code points; returns the count. */
static size_t to32(wchar_t *out, const uint16_t *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t c = s[i];
		if (c >= 0xD800 && c < 0xDC00 && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000)
			c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
		out[k++] = (wchar_t)c;
	}
	out[k] = 0;
	return k;
}

static size_t utf8(char *p, uint32_t c)
{
	if (c < 0x80) { p[0] = (char)c; return 1; }
	if (c < 0x800) { p[0] = (char)(0xC0 | c >> 6); p[1] = (char)(0x80 | (c & 0x3F)); return 2; }
	if (c < 0x10000) { p[0] = (char)(0xE0 | c >> 12); p[1] = (char)(0x80 | (c >> 6 & 0x3F)); p[2] = (char)(0x80 | (c & 0x3F)); return 3; }
	p[0] = (char)(0xF0 | c >> 18); p[1] = (char)(0x80 | (c >> 12 & 0x3F));
	p[2] = (char)(0x80 | (c >> 6 & 0x3F)); p[3] = (char)(0x80 | (c & 0x3F)); return 4;
}

static uint32_t rand_bmp(void)
{
	for (;;) {
		uint32_t c = rn(4) ? 0x20 + rn(0x5F) : 0xA0 + rn(0xFF00);
		if ((c < 0xD800 || c > 0xDFFF) && c != 0xFFFF && c != '%')
			return c;
	}
}

/* A format of literal text, one random conversion (BMP only), more text;
 * ours and glibc's swprintf must give the same characters and count. */
static void one_case(int idx)
{
	static char mbs[64];
	static uint16_t ws[32];
	static wchar_t gws[32];
	uint16_t fmt[128];
	wchar_t gfmt[128];
	size_t fn = 0;
	for (int t = rn(4); t > 0; t--) {
		uint32_t c = rand_bmp();
		fmt[fn] = (uint16_t)c; gfmt[fn++] = (wchar_t)c;
	}
	char spec[32];
	int sl = 0, kind;
	spec[sl++] = '%';
	static const char flags[] = "-+ #0";
	for (int t = rn(3); t > 0; t--)
		spec[sl++] = flags[rn(5)];
	if (rn(2))
		sl += sprintf(spec + sl, "%u", rn(25));
	if (rn(2))
		sl += sprintf(spec + sl, ".%u", rn(12));
	long long iv = 0;
	double dv = 0;
	switch (kind = rn(8)) {
	case 0: spec[sl++] = "diouxX"[rn(6)]; iv = (int)check_xorshift(&rng); break;
	case 1: spec[sl++] = 'l'; spec[sl++] = 'l'; spec[sl++] = "diouxX"[rn(6)];
		iv = (long long)check_xorshift(&rng) >> rn(64); break;
	case 2: spec[sl++] = "eEfFgGaA"[rn(8)];
		dv = (double)(int64_t)check_xorshift(&rng) / (double)(1ull << rn(60)); break;
	case 3: { size_t ml = 0;
		for (int t = rn(6); t > 0; t--)
			ml += utf8(mbs + ml, rand_bmp());
		mbs[ml] = 0;
		spec[sl++] = 's'; break; }
	case 4: { size_t wl = 0;
		for (int t = rn(6); t > 0; t--) {
			uint32_t c = rand_bmp();
			ws[wl] = (uint16_t)c; gws[wl++] = (wchar_t)c;
		}
		ws[wl] = 0; gws[wl] = 0;
		spec[sl++] = 'l'; spec[sl++] = 's'; break; }
	case 5: spec[sl++] = 'c'; iv = 0x20 + rn(0x5F); break;
	case 6: spec[sl++] = 'l'; spec[sl++] = 'c'; iv = rand_bmp(); break;
	default: spec[sl++] = 'n'; break;
	}
	for (int t = 0; t < sl; t++) {
		fmt[fn] = (uint16_t)spec[t];
		gfmt[fn++] = (wchar_t)spec[t];
	}
	for (int t = rn(3); t > 0; t--) {
		uint32_t c = rand_bmp();
		fmt[fn] = (uint16_t)c; gfmt[fn++] = (wchar_t)c;
	}
	fmt[fn] = 0;
	gfmt[fn] = 0;
	/* Flags that C leaves undefined for the conversion are not compared
	 * (# with d i c s, 0 with c s n ...): glibc guesses, the engine
	 * follows printf's choices, which test_printf checks. */
	if (kind >= 3 && strpbrk(spec, "#0"))
		return;
	if (kind == 7 && sl > 2)
		return;
	uint16_t out[512];
	wchar_t gout[512], conv[512];
	int n1 = -7, n2 = -7, r, gr;
	switch (kind) {
	case 0: r = ul_swprintf(out, 512, fmt, (int)iv); gr = swprintf(gout, 512, gfmt, (int)iv); break;
	case 1: r = ul_swprintf(out, 512, fmt, iv); gr = swprintf(gout, 512, gfmt, iv); break;
	case 2: r = ul_swprintf(out, 512, fmt, dv); gr = swprintf(gout, 512, gfmt, dv); break;
	case 3: r = ul_swprintf(out, 512, fmt, mbs); gr = swprintf(gout, 512, gfmt, mbs); break;
	case 4: r = ul_swprintf(out, 512, fmt, ws); gr = swprintf(gout, 512, gfmt, gws); break;
	case 5: case 6: r = ul_swprintf(out, 512, fmt, (int)iv); gr = swprintf(gout, 512, gfmt, (wint_t)iv); break;
	default: r = ul_swprintf(out, 512, fmt, &n1); gr = swprintf(gout, 512, gfmt, &n2); break;
	}
	CHECK(r == gr, "#%d %ls: swprintf returned %d, glibc %d", idx, gfmt, r, gr);
	if (r >= 0 && r == gr) {
		size_t k = to32(conv, out, (size_t)r);
		CHECK(k == (size_t)gr && !wcscmp(conv, gout), "#%d %ls: \"%ls\", glibc \"%ls\"", idx, gfmt, conv, gout);
		CHECK(out[r] == 0, "#%d: not terminated", idx);
		CHECK(n1 == n2, "#%d %ls: %%n %d, glibc %d", idx, gfmt, n1, n2);
		/* fwprintf: the UTF-8 bytes of the same characters. */
		char *mem = NULL;
		size_t ml = 0;
		ul_FILE *f = ul_open_memstream(&mem, &ml);
		int fr;
		switch (kind) {
		case 0: case 5: case 6: fr = ul_fwprintf(f, fmt, (int)iv); break;
		case 1: fr = ul_fwprintf(f, fmt, iv); break;
		case 2: fr = ul_fwprintf(f, fmt, dv); break;
		case 3: fr = ul_fwprintf(f, fmt, mbs); break;
		case 4: fr = ul_fwprintf(f, fmt, ws); break;
		default: fr = ul_fwprintf(f, fmt, &n1); break;
		}
		ul_fclose(f);
		char expect[2048];
		size_t el = 0;
		for (size_t i = 0; i < k; i++)
			el += utf8(expect + el, (uint32_t)conv[i]);
		CHECK(fr == r && ml == el && !memcmp(mem, expect, el), "#%d %ls: fwprintf %d bytes %zu, expected %d %zu",
		      idx, gfmt, fr, ml, r, el);
		ul_free(mem);
	}
}

static int vsw(uint16_t *s, size_t n, const uint16_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = ul_vswprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}

#define U(s) ((const uint16_t *)u##s)

static int u16eq(const uint16_t *a, const uint16_t *b)
{
	size_t n = u16len(b);
	return u16len(a) == n && !memcmp(a, b, 2 * n);
}

static void fixed_printf(void)
{
	uint16_t out[64];
	/* Several conversions, positional arguments. */
	CHECK(ul_swprintf(out, 64, U("%d|%5ls|%-4s|%c%lc|%.2f"), 42, U("ab"), "x\xc3\xa9", 'q', 0x20AC, 2.5) == 21 &&
	      u16eq(out, U("42|   ab|xé  |q€|2.50")), "mixed conversions");
	CHECK(ul_swprintf(out, 64, U("%2$ls-%1$d"), 7, U("é")) == 3 && u16eq(out, U("é-7")), "positional");
	/* Above the BMP: a pair is two wide characters for width and
	 * precision, and a precision never splits it. */
	CHECK(ul_swprintf(out, 64, U("[%4ls]"), U("😀")) == 6 && u16eq(out, U("[  😀]")), "%%4ls of a pair");
	CHECK(ul_swprintf(out, 64, U("[%.1ls]"), U("😀x")) == 2 && u16eq(out, U("[]")), "%%.1ls does not split a pair");
	CHECK(ul_swprintf(out, 64, U("[%.3ls]"), U("a😀x")) == 5 && u16eq(out, U("[a😀]")), "%%.3ls");
	CHECK(ul_swprintf(out, 64, U("[%.1s]"), "\xf0\x9f\x98\x80") == 2 && u16eq(out, U("[]")), "%%.1s does not split a pair");
	CHECK(ul_swprintf(out, 64, U("[%3s]"), "\xf0\x9f\x98\x80") == 5 && u16eq(out, U("[ 😀]")), "%%3s of a pair");
	CHECK(ul_swprintf(out, 64, U("😀%d%n"), 5, (int *)out + 20) == 3, "literal pair counts 2");
	CHECK(ul_swprintf(out, 64, U("%ls"), (const uint16_t *)0) == 6 && u16eq(out, U("(null)")), "%%ls null");
	/* A lone surrogate goes into the array as it is (no encoding there). */
	{
		const uint16_t lone[] = { 'a', 0xD800, 'b', 0 }, fmt[] = { 0xDC00, '%', 'l', 's', 0 };
		CHECK(ul_swprintf(out, 64, fmt, lone) == 4 && out[0] == 0xDC00 && out[1] == 'a' && out[2] == 0xD800 &&
		      out[3] == 'b' && out[4] == 0, "lone surrogates kept by swprintf");
		char *mem = NULL;
		size_t ml = 0;
		ul_FILE *f = ul_open_memstream(&mem, &ml);
		ul_errno = 0;
		CHECK(ul_fwprintf(f, U("%ls"), lone) == -1 && ul_errno == EILSEQ, "fwprintf of a lone surrogate: EILSEQ");
		ul_fclose(f);
		ul_free(mem);
	}
	/* Overflow: -1, the output cut and terminated. */
	ul_errno = 0;
	CHECK(ul_swprintf(out, 4, U("%d"), 12345) == -1 && ul_errno == EOVERFLOW && u16eq(out, U("123")), "overflow");
	CHECK(ul_swprintf(out, 6, U("%d"), 12345) == 5, "exact fit");
	CHECK(ul_swprintf(out, 5, U("%d"), 12345) == -1 && u16eq(out, U("1234")), "one short");
	CHECK(ul_swprintf(out, 0, U("x")) == -1, "n = 0");
	CHECK(vsw(out, 64, U("%s=%d"), "k", 3) == 3 && u16eq(out, U("k=3")), "vswprintf");
	ul_errno = 0;
	CHECK(ul_swprintf(out, 64, U("%s"), "a\xff") == -1 && ul_errno == EILSEQ, "%%s of invalid UTF-8: EILSEQ");
	ul_errno = 0;
	CHECK(ul_swprintf(out, 64, U("%c"), 0xE9) == -1 && ul_errno == EILSEQ, "%%c of a non-ASCII byte: EILSEQ");
	CHECK(ul_swprintf(out, 64, U("%q")) == -1 && ul_errno == EINVAL, "bad conversion: EINVAL");
	/* A long format (the temporary copy). */
	{
		static uint16_t big[2000], res[2100];
		for (int i = 0; i < 1990; i++)
			big[i] = (uint16_t)(i % 7 ? 0x4E00 + i : 'a');
		big[1990] = '%'; big[1991] = 'd'; big[1992] = 0;
		CHECK(ul_swprintf(res, 2100, big, 9) == 1991 && res[1989] == big[1989] && res[1990] == '9', "long format");
		/* 4,096 units is the most (a copy on the stack); one more is
		 * ENOMEM. */
		static uint16_t huge[4200], hres[4200];
		for (int i = 0; i < 4093; i++)
			huge[i] = (uint16_t)(i % 5 ? 0x800 + i : 'b');
		huge[4093] = '%'; huge[4094] = 'l'; huge[4095] = 's'; huge[4096] = 0;
		CHECK(ul_swprintf(hres, 4200, huge, U("😀")) == 4095 && hres[4092] == huge[4092] &&
		      hres[4093] == 0xD83D && hres[4094] == 0xDE00 && hres[4095] == 0, "a format of 4,096 units");
		huge[4096] = 'z';
		huge[4097] = 0;
		ul_errno = 0;
		CHECK(ul_swprintf(hres, 4200, huge, U("x")) == -1 && ul_errno == ENOMEM, "a format of 4,097 units: ENOMEM");
	}
}

/* Orientation, character I/O and pushback through memory streams. */
static void char_io(void)
{
	char buf[256];
	ul_FILE *f = ul_fmemopen(buf, sizeof buf, "w+");
	CHECK(ul_fwide(f, 0) == 0, "new stream has no orientation");
	CHECK(ul_fputwc(0xE9, f) == 0xE9 && ul_fwide(f, 0) > 0 && ul_fwide(f, -1) > 0, "fputwc makes it wide, for good");
	ul_errno = 0;
	CHECK(ul_fputc('x', f) == EOF && ul_errno == EBADF, "fputc on a wide stream: EOF, EBADF");
	ul_errno = 0;
	CHECK(ul_fputs("xy", f) == EOF && ul_errno == EBADF, "fputs on a wide stream");
	ul_errno = 0;
	CHECK(ul_fprintf(f, "z") < 0 && ul_errno == EBADF, "fprintf on a wide stream");
	/* As a write to a stream not open for writing: the error indicator. */
	CHECK(ul_ferror(f), "error indicator after the byte functions");
	ul_clearerr(f);
	CHECK(ul_fputws(U("a😀b"), f) == 0, "fputws");
	CHECK(ul_putwc(0xD83D, f) == 0xD83D && ul_fputwc(0xDE00, f) == 0xDE00, "a pair by halves");
	ul_errno = 0;
	CHECK(ul_fputwc(0xDC00, f) == 0xFFFF && ul_errno == EILSEQ && !ul_ferror(f), "lone low: EILSEQ, no error indicator");
	CHECK(ul_fputwc(0xD800, f) == 0xD800, "high half held");
	ul_errno = 0;
	CHECK(ul_fputwc('c', f) == 0xFFFF && ul_errno == EILSEQ, "high half then not a low one: EILSEQ");
	ul_errno = 0;
	CHECK(ul_fputwc(0xFFFF, f) == 0xFFFF && ul_errno == EILSEQ, "WEOF is no character");
	CHECK(ul_fputwc('\n', f) == '\n', "newline");
	ul_fflush(f);
	CHECK(!memcmp(buf, "\xc3\xa9" "a\xf0\x9f\x98\x80" "b\xf0\x9f\x98\x80\n", 14), "bytes are UTF-8");
	ul_fseek(f, 0, SEEK_SET);
	CHECK(ul_fgetwc(f) == 0xE9 && ul_fgetwc(f) == 'a', "fgetwc");
	CHECK(ul_fgetwc(f) == 0xD83D && ul_fgetwc(f) == 0xDE00, "a pair read as two units");
	CHECK(ul_fgetwc(f) == 'b' && ul_getwc(f) == 0xD83D, "getwc");
	CHECK(ul_ungetwc(0xD83D, f) == 0xD83D && ul_fgetwc(f) == 0xD83D && ul_fgetwc(f) == 0xDE00,
	      "ungetwc of the high half puts the pair back");
	CHECK(ul_ungetwc(0xDE00, f) == 0xDE00 && ul_fgetwc(f) == 0xDE00, "ungetwc of a low half");
	CHECK(ul_ungetwc(0x20AC, f) == 0x20AC && ul_fgetwc(f) == 0x20AC, "ungetwc of a BMP character");
	ul_errno = 0;
	CHECK(ul_fgetc(f) == EOF && ul_errno == EBADF, "fgetc on a wide stream");
	CHECK(ul_fgetwc(f) == '\n', "newline back");
	CHECK(ul_fgetwc(f) == 0xFFFF && ul_feof(f), "end of file");
	CHECK(ul_ungetwc(0xFFFF, f) == 0xFFFF, "ungetwc(WEOF) fails");
	ul_fclose(f);

	/* A byte stream refuses the wide functions. */
	f = ul_fmemopen(buf, sizeof buf, "w+");
	CHECK(ul_fputc('x', f) == 'x' && ul_fwide(f, 1) < 0, "fputc makes it byte-oriented");
	ul_errno = 0;
	CHECK(ul_fputwc('y', f) == 0xFFFF && ul_errno == EBADF, "fputwc on a byte stream");
	ul_errno = 0;
	CHECK(ul_fwprintf(f, U("y")) == -1 && ul_errno == EBADF, "fwprintf on a byte stream");
	ul_fclose(f);
	f = ul_fmemopen(buf, sizeof buf, "r");
	CHECK(ul_fwide(f, -1) < 0 && ul_fgetwc(f) == 0xFFFF, "fwide(-1), then fgetwc fails");
	ul_fclose(f);

	/* fgetws: lines, a pair cut by the size, end of file. */
	memcpy(buf, "ab\xe2\x82\xac\n\xf0\x9f\x98\x80z", 11);
	f = ul_fmemopen(buf, 11, "r");
	uint16_t line[16];
	CHECK(ul_fgetws(line, 16, f) && u16eq(line, U("ab€\n")), "fgetws stops after the newline");
	CHECK(ul_fgetws(line, 2, f) && line[0] == 0xD83D && line[1] == 0, "fgetws: room for one unit");
	CHECK(ul_fgetws(line, 16, f) && line[0] == 0xDE00 && line[1] == 'z' && line[2] == 0, "the low half comes next");
	CHECK(!ul_fgetws(line, 16, f), "NULL at end of file");
	ul_fclose(f);

	/* Invalid input: EILSEQ; what is consumed. */
	memcpy(buf, "a\xc3(b\xff" "c\xe2\x82", 8);
	f = ul_fmemopen(buf, 8, "r");
	CHECK(ul_fgetwc(f) == 'a', "a");
	ul_errno = 0;
	CHECK(ul_fgetwc(f) == 0xFFFF && ul_errno == EILSEQ && !ul_feof(f) && !ul_ferror(f), "C3 28: EILSEQ");
	CHECK(ul_fgetwc(f) == '(' && ul_fgetwc(f) == 'b', "the byte that broke it is read next");
	ul_errno = 0;
	CHECK(ul_fgetwc(f) == 0xFFFF && ul_errno == EILSEQ, "FF: EILSEQ");
	CHECK(ul_fgetwc(f) == 'c', "c after FF");
	ul_errno = 0;
	CHECK(ul_fgetwc(f) == 0xFFFF && ul_errno == EILSEQ && ul_feof(f), "cut sequence at the end: EILSEQ");
	ul_fclose(f);
	memcpy(buf, "x\n\xef\xbf\xbfy", 6);
	f = ul_fmemopen(buf, 6, "r");
	CHECK(ul_fgetws(line, 16, f) && u16eq(line, U("x\n")), "line");
	ul_errno = 0;
	CHECK(!ul_fgetws(line, 16, f) && ul_errno == EILSEQ, "U+FFFF (WEOF) in the input: EILSEQ");
	ul_fclose(f);

	/* Random round trips of valid UTF-16 through a stream. */
	for (int it = 0; it < 3000; it++) {
		uint16_t s[64], back[80];
		char expect[256];
		size_t n = 0, el = 0;
		while (n < 60) {
			uint32_t c = rn(4) ? rand_bmp() : 0x10000 + rn(0x100000);
			if (rn(10) == 0)
				c = '\n';
			el += utf8(expect + el, c);
			if (c >= 0x10000) {
				s[n++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
				s[n++] = (uint16_t)(0xDC00 + (c & 0x3FF));
			} else
				s[n++] = (uint16_t)c;
		}
		s[n] = 0;
		char *mem = NULL;
		size_t ml = 0;
		f = ul_open_memstream(&mem, &ml);
		CHECK(ul_fputws(s, f) == 0, "round trip %d: fputws", it);
		ul_fclose(f);
		CHECK(ml == el && !memcmp(mem, expect, el), "round trip %d: bytes", it);
		f = ul_fmemopen(mem, ml, "r");
		size_t k = 0;
		for (;;) {
			uint16_t c = ul_fgetwc(f);
			if (c == 0xFFFF)
				break;
			if (k < 80)
				back[k++] = c;
			if (rn(8) == 0) {
				CHECK(ul_ungetwc(c, f) == c, "round trip %d: ungetwc", it);
				k--;
			}
		}
		CHECK(ul_feof(f) && k == n && !memcmp(back, s, 2 * n), "round trip %d: read back %zu of %zu", it, k, n);
		ul_fclose(f);
		ul_free(mem);
	}
}

/* wcsftime against glibc's (same struct tm layout, see ul.h). */
static void strftime_cases(void)
{
	static const char conv[] = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%";
	for (int it = 0; it < 20000; it++) {
		struct tm tm;
		memset(&tm, 0, sizeof tm);
		time_t t = (time_t)(int64_t)(check_xorshift(&rng) % 8000000000ull) - 2000000000;
		gmtime_r(&t, &tm);
		uint16_t fmt[64];
		wchar_t gfmt[64];
		size_t fn = 0;
		for (int k = 1 + rn(4); k > 0; k--) {
			if (rn(2)) {
				uint32_t c = rand_bmp();
				fmt[fn] = (uint16_t)c; gfmt[fn++] = (wchar_t)c;
			}
			fmt[fn] = '%'; gfmt[fn++] = '%';
			if (rn(4) == 0) {
				char fl = "_-0^#"[rn(5)];
				fmt[fn] = (uint16_t)fl; gfmt[fn++] = fl;
			}
			if (rn(4) == 0) {
				char w = (char)('1' + rn(9));
				fmt[fn] = (uint16_t)w; gfmt[fn++] = w;
			}
			char c = conv[rn(sizeof conv - 1)];
			fmt[fn] = (uint16_t)c; gfmt[fn++] = c;
		}
		fmt[fn] = 0;
		gfmt[fn] = 0;
		uint16_t out[256];
		wchar_t gout[256], c32[256];
		size_t lim = rn(4) ? 256 : rn(40);
		size_t r = ul_wcsftime(out, lim, fmt, &tm), gr = wcsftime(gout, lim, gfmt, &tm);
		CHECK(r == gr, "wcsftime #%d \"%ls\" n=%zu: %zu, glibc %zu", it, gfmt, lim, r, gr);
		if (r && r == gr) {
			to32(c32, out, r);
			CHECK(!wcscmp(c32, gout), "wcsftime #%d \"%ls\": \"%ls\", glibc \"%ls\"", it, gfmt, c32, gout);
		}
	}
	struct tm tm = { .tm_year = 126, .tm_mon = 11, .tm_mday = 2, .tm_hour = 17 };
	uint16_t out[32];
	const uint16_t lone[] = { 0xD800, '%', 'Y', 0 };
	CHECK(ul_wcsftime(out, 32, lone, &tm) == 5 && out[0] == 0xD800 && out[1] == '2', "lone surrogate copied");
	CHECK(ul_wcsftime(out, 32, U("年%Y😀"), &tm) == 7 && u16eq(out, U("年2026😀")), "non-ASCII text");
}

int main(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		printf("host: wide_stdio: no C.UTF-8 locale\n");
		return 1;
	}
	for (int i = 0; i < 60000; i++)
		one_case(i);
	fixed_printf();
	char_io();
	strftime_cases();
	return check_report("wide_stdio");
}
