/* The wscanf family (C11 7.29.2.2) with the library's 16-bit wchar_t:
 *  - swscanf against glibc's swscanf (32-bit wchar_t, C.UTF-8) on hand-picked
 *    corners and random formats of every conversion and qualifier, with text
 *    in the BMP (one wchar_t per character in both): return value, every
 *    byte stored (%ls %lc %l[ compared unit for unit), %n;
 *  - where glibc departs from C (the narrow scanf's two cases, docs/
 *    strings.md), C's answer, checked exactly;
 *  - characters above U+FFFF (two units here), lone surrogates, %s/%c to
 *    multibyte as by wcrtomb, EILSEQ;
 *  - white space: every unit against iswspace;
 *  - fwscanf/vfwscanf on memory streams: the UTF-8 read, the one unmatched
 *    character pushed back, orientation, EILSEQ from the stream.
 *
 * Usage: test_wscanf [iterations [seed]]   (defaults: 300000, fixed seed) */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#include <uchar.h>

#include "check.h"
#include "ul.h"
#include "ul_wide.h"

#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
#pragma GCC diagnostic ignored "-Wformat-extra-args"

static int (*volatile glibc_swscanf)(const wchar_t *, const wchar_t *, ...) = swscanf;

#define NARG 8
#define ASZ 1216

static _Alignas(16) unsigned char ga[NARG][ASZ], ua[NARG][ASZ];

#define U(s) ((const uint16_t *)u##s)

static uint64_t rs = 0x5eedfacecafeULL;
static unsigned r(unsigned n) { return (unsigned)(check_xorshift(&rs) % n); }


static void show(const uint16_t *in, const uint16_t *fmt)
{
	fprintf(stderr, "    input \"");
	for (const uint16_t *p = in; *p; p++)
		fprintf(stderr, *p >= 0x20 && *p < 0x7f ? "%c" : "\\u%04x", *p);
	fprintf(stderr, "\" format \"");
	for (const uint16_t *p = fmt; *p; p++)
		fprintf(stderr, *p >= 0x20 && *p < 0x7f ? "%c" : "\\u%04x", *p);
	fprintf(stderr, "\"\n");
}

/* Which arguments receive wchar_t (%ls %lc %l[), from the format. */
static void wide_args(const uint16_t *f, int *wide)
{
	int k = 0;
	for (int i = 0; i < NARG; i++)
		wide[i] = 0;
	for (const uint16_t *p = f; *p && k < NARG; p++) {
		if (*p != '%')
			continue;
		p++;
		if (*p == '%')
			continue;
		int sup = *p == '*', l = 0;
		while (*p && (*p == '*' || (*p >= '0' && *p <= '9')))
			p++;
		while (*p && strchr("hljztLq", *p)) {
			l = *p == 'l';
			p++;
		}
		if (!sup) {
			wide[k++] = l && (*p == 's' || *p == 'c' || *p == '[');
		}
		if (*p == '[') {
			p++;
			if (*p == '^') p++;
			if (*p == ']') p++;
			while (*p && *p != ']') p++;
		}
		if (!*p)
			break;
	}
}

/* As test_scanf: where glibc departs from C (a %c that the input ends
 * inside; "0x" with no hex digit for %i %x %X %p; a floating item that is
 * only a prefix of a number, "1e+" "0x1p"), this library may only end
 * sooner, with glibc's values in what it stored.  2: a floating conversion
 * on input with "nan(", which C reads whole and glibc stops after "nan":
 * not compared (test_scanf and standard() check C's answer). */
static int may_deviate(const uint16_t *in, const uint16_t *fmt)
{
	int hex = 0, nanp = 0, dev = 0;
	for (const uint16_t *p = in; *p; p++) {
		hex |= p[0] == '0' && (p[1] == 'x' || p[1] == 'X');
		nanp |= (p[0] | 32) == 'n' && (p[1] | 32) == 'a' && (p[2] | 32) == 'n' && p[3] == '(';
	}
	for (const uint16_t *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		p++;
		if (*p == '%')
			continue;
		while (*p && strchr("*0123456789hljztLq", *p))
			p++;
		if (*p == 'c' || (hex && *p && strchr("ixXp", *p)))
			dev = 1;
		if (*p && *p < 0x80 && strchr("aefgAEFG", *p)) {
			if (nanp)
				return 2;
			dev = 1;
		}
		if (!*p)
			break;
	}
	return dev;
}

/* glibc 2.36's wide %s and %[ (no l) store the multibyte string and then
 * a second null byte after its terminator: one byte more than the array C
 * asks for ("large enough to accept the sequence and a terminating null
 * character", 7.29.2.2p12), which can overrun an array of exactly that
 * size.  The library writes the one terminator; glibc's extra byte is not
 * compared (and only there: elsewhere every byte must be the same). */
static int same_arg(int i, int wide)
{
	if (!wide) {
		for (int j = 0; j < ASZ; j++)
			if (ga[i][j] != ua[i][j] &&
			    !(j > 0 && ga[i][j] == 0 && ua[i][j] == 0xa5 && ua[i][j - 1] == 0 && ga[i][j - 1] == 0))
				return 0;
		return 1;
	}
	/* BMP only: one unit for one wchar_t; untouched stays untouched. */
	const uint32_t *g = (const uint32_t *)ga[i];
	const uint16_t *u = (const uint16_t *)ua[i];
	for (int j = 0; j < ASZ / 4; j++) {
		if (g[j] == 0xa5a5a5a5u ? u[j] != 0xa5a5 : u[j] != (uint16_t)g[j] || g[j] > 0xffff)
			return 0;
	}
	return 1;
}

static int fresh(int i)
{
	for (int j = 0; j < ASZ; j++)
		if (ua[i][j] != 0xa5)
			return 0;
	return 1;
}

static int ends_sooner(int rg, int ru, const int *wide)
{
	if (ru == rg)
		return 1;
	if (ru == 0 && rg == EOF)
		return 1;
	if (ru == EOF ? rg < 0 : ru > rg)
		return 0;
	int untouched = 0;
	for (int i = 0; i < NARG; i++) {
		int same = same_arg(i, wide[i]), fr = fresh(i);
		if (!same && !fr)
			return 0;
		if (untouched && !fr)
			return 0;
		untouched |= fr && !same;
	}
	return 1;
}

static unsigned long assigned_cases, total_assigned;
/* Cases that differed from glibc where C and glibc part: compared as
 * "ends sooner" (deviated), or not compared (nan_skipped). */
static unsigned long deviated, nan_skipped;

static int diff(const uint16_t *in, const uint16_t *fmt, int line)
{
	wchar_t in32[512], fmt32[256];
	size_t i;
	for (i = 0; in[i]; i++)
		in32[i] = in[i];
	in32[i] = 0;
	for (i = 0; fmt[i]; i++)
		fmt32[i] = fmt[i];
	fmt32[i] = 0;
	int wide[NARG];
	wide_args(fmt, wide);
	memset(ga, 0xa5, sizeof ga);
	memset(ua, 0xa5, sizeof ua);
	int rg = glibc_swscanf(in32, fmt32, ga[0], ga[1], ga[2], ga[3], ga[4], ga[5], ga[6], ga[7]);
	int ru = ul_swscanf(in, fmt, ua[0], ua[1], ua[2], ua[3], ua[4], ua[5], ua[6], ua[7]);
	int ok = rg == ru;
	for (int a = 0; a < NARG && ok; a++)
		ok = same_arg(a, wide[a]);
	int dev = ok ? 0 : may_deviate(in, fmt);
	if (dev == 2)
		nan_skipped++;
	else if (dev && ok == 0)
		deviated++;
	if (dev == 2 || (dev && ends_sooner(rg, ru, wide)))
		ok = 1;
	if (rg > 0) {
		assigned_cases++;
		total_assigned += (unsigned long)rg;
	}
	CHECK(ok, "line %d: glibc %d, ul %d", line, rg, ru);
	if (!ok) {
		show(in, fmt);
		for (int a = 0; a < NARG; a++)
			if (!same_arg(a, wide[a])) {
				fprintf(stderr, "    arg %d (%s) differs: glibc", a, wide[a] ? "wide" : "bytes");
				for (int j = 0; j < 16; j++) fprintf(stderr, " %02x", ga[a][j]);
				fprintf(stderr, "\n               ul   ");
				for (int j = 0; j < 16; j++) fprintf(stderr, " %02x", ua[a][j]);
				fprintf(stderr, "\n");
			}
	}
	return ok;
}

#define D(in, fmt) diff(U(in), U(fmt), __LINE__)

static void table(void)
{
	static const char16_t *const num[] = {
		u"0x", u"0xg", u"0", u"08", u"-0x10", u"+", u"-", u"0x1", u"(nil)", u"0x10",
		u"99999999999", u"-1", u"99999999999999999999", u"18446744073709551616",
		u"-9223372036854775809", u"077", u"0X1f", u" \t\n 42abc", u"\u3000\u2003 42\u00e9",
		u"\u00a042", u"1e", u"1e+", u".", u"-.", u"0x1p", u"nan(abc)", u"infin", u"infinity",
		u"-Infinity", u"1e400", u"1e-400", u"0x1.8p3", u"1.5\u20ac", u"4.9e-324", u"\u0661\u0662",
		u"12\u0663", u"3.4028236e38", u"0x1.fffffffffffff8p1023",
	};
	static const char16_t *const nf[] = { u"%d", u"%i", u"%o", u"%u", u"%x", u"%X", u"%p",
		u"%hhd", u"%hd", u"%ld", u"%lld", u"%jd", u"%zd", u"%td", u"%hhu", u"%lu", u"%1i",
		u"%2i", u"%3i", u"%2x", u"%5p", u"%*d", u"%lf", u"%f", u"%Lf", u"%le", u"%3lf",
		u"%2lf", u"%4Lg", u"%la", u"%lG", u"%*lf" };
	uint16_t fmt[64];
	for (size_t i = 0; i < sizeof num / sizeof *num; i++)
		for (size_t j = 0; j < sizeof nf / sizeof *nf; j++) {
			size_t k = 0;
			for (const char16_t *p = nf[j]; *p; p++)
				fmt[k++] = *p;
			fmt[k++] = '%';
			fmt[k++] = 'n';
			fmt[k] = 0;
			diff((const uint16_t *)num[i], fmt, __LINE__);
		}
	static const struct { const char16_t *in, *fmt; } m[] = {
		{ u"", u"%d%d" }, { u"  ", u"%d" }, { u"a", u"%d" }, { u"1", u"%d%d" },
		{ u"", u"%n" }, { u"x", u"x%n" }, { u"", u"x%n" }, { u" ", u"%%" },
		{ u"%", u"%%%n" }, { u" %", u"%%%n" }, { u"]ab", u"%[]a]%n" },
		{ u"a-b", u"%[a-]%n" }, { u"zb-a", u"%[z-a]%n" }, { u"", u"%c" },
		{ u"ab", u"%s%n" }, { u"  ab cd", u"%s%s%n" }, { u"abc", u"%2s%n%s" },
		{ u"hello world", u"%[^ ]%n" }, { u"abc", u"%[^a]" }, { u"abc", u"%[abc" },
		{ u"-a]", u"%[-a]%n" }, { u"^x", u"%[]^]%n" }, { u"a b", u"%c%c%c%n" },
		{ u"a b", u"%c %c%n" }, { u"12 34", u"%d %n%d" }, { u"12abc", u"%dabc%n" },
		{ u"12abd", u"%dabc%n" }, { u"1 2", u"%d%*d%n" }, { u"abc", u"%*s%n" },
		{ u"abc", u"%*[a-b]%n" }, { u"1,2", u"%d,%d%n" }, { u"1\n\t2", u"%d\n%d%n" },
		{ u"12 x", u"%d %c%n" }, { u"12 x", u"%d%c%n" }, { u"[]", u"[%[^]]]%n" },
		{ u"a-z", u"%[a-z]%n" }, { u"--", u"%[--]%n" }, { u"12345", u"%3d%d%n" },
		{ u"12345", u"%3s%2c%n" },
		/* Beyond ASCII: text, literals, scan sets and their ranges. */
		{ u"\u00e9t\u00e9 caf\u00e9", u"%s %ls%n" }, { u"\u00e9t\u00e9 caf\u00e9", u"%ls%s%n" },
		{ u"\u00e9t\u00e9", u"%lc%c%2c%n" }, { u"\u4e2d\u6587,x", u"%l[^,],%c%n" },
		{ u"\u4e2d\u6587,x", u"%[\u4e00-\u9fff]%n" }, { u"\u0430\u0431\u0432z", u"%l[\u0430-\u044f]%n" },
		{ u"\u20ac5", u"\u20ac%d%n" }, { u"\u20ac5", u"\u00a3%d%n" }, { u"x\u3000\u3000y", u"x y%n" },
		{ u"a\u2028b", u"%s%n" }, { u"a\u00a0b", u"%s%n" }, { u"a\u2007b c", u"%s%n" },
		{ u"\u3000 5", u"%d%n" }, { u"\u00ff\u0100", u"%[^\u0100]%n" }, { u"\u00ff\u0100", u"%l[\u00ff]%n" },
		{ u"\u00e9\u00e8", u"%3ls%n" }, { u"ab\u00e9", u"%*3c%n" }, { u"\u0100x", u"%[\u00ff-\u0101]%n" },
		{ u"\u0101", u"%[\u0101-\u00ff]%n" }, { u"\u00e9", u"%1s%n" },
	};
	for (size_t i = 0; i < sizeof m / sizeof *m; i++)
		diff((const uint16_t *)m[i].in, (const uint16_t *)m[i].fmt, __LINE__);
}

static void cat(uint16_t *b, size_t *n, size_t cap, const char *s)
{
	while (*s && *n + 1 < cap)
		b[(*n)++] = (unsigned char)*s++;
	b[*n] = 0;
}

static void cat1(uint16_t *b, size_t *n, size_t cap, uint16_t c)
{
	if (*n + 1 < cap)
		b[(*n)++] = c;
	b[*n] = 0;
}

static const uint16_t bmp_pool[] = { 0xe9, 0xff, 0x100, 0x3b1, 0x430, 0x4e2d, 0x20ac, 0x3000,
	0x2003, 0xa0, 0x2028, 0x85, 0xfeff, 0x661, 0xff10, 0xe000 };

static void rand_text(uint16_t *b, size_t *n, size_t cap)
{
	char t[80];
	switch (r(6)) {
	case 0:
		snprintf(t, sizeof t, "%lld", (long long)check_xorshift(&rs) >> r(64));
		cat(b, n, cap, t);
		break;
	case 1:
		if (r(2))
			snprintf(t, sizeof t, "%#llx", (unsigned long long)check_xorshift(&rs) >> r(64));
		else
			snprintf(t, sizeof t, "%.*e", (int)r(20), (double)check_xorshift(&rs) / (double)(check_xorshift(&rs) | 1));
		cat(b, n, cap, t);
		break;
	case 2: {
		static const char *const w[] = { "inf", "nan", "-nan", "NaN(12)", "0x", "0x.", "-", "+", ".",
			"0x1p", "1e+", "(nil)", "0X", "0x1.8p3", "1.5e-3", "077", "0xfg", "]", "^", "-" };
		cat(b, n, cap, w[r(sizeof w / sizeof *w)]);
		break;
	}
	default: {
		static const char al[] = "0123456789+-.eExXpabcz,]^ \t\n";
		int len = 1 + r(10);
		for (int k = 0; k < len; k++) {
			if (r(3) == 0)
				cat1(b, n, cap, bmp_pool[r(sizeof bmp_pool / sizeof *bmp_pool)]);
			else
				cat1(b, n, cap, (uint16_t)al[r(sizeof al - 1)]);
		}
	}
	}
}

static void random_case(uint16_t *in, uint16_t *fmt)
{
	size_t ni = 0, nf = 0;
	int nconv = 1 + r(4), nargs = 0;
	in[0] = fmt[0] = 0;
	for (int c = 0; c < nconv && nargs < NARG - 1; c++) {
		char spec[40];
		size_t k = 0;
		int sup = r(8) == 0;
		spec[k++] = '%';
		if (sup) spec[k++] = '*';
		if (r(3) == 0) k += (size_t)snprintf(spec + k, sizeof spec - k, "%u", 1 + r(12));
		static const char *const il[] = { "", "hh", "h", "l", "ll", "j", "z", "t" };
		static const char *const fl[] = { "", "l", "L" };
		uint16_t setch = 0;
		switch (r(11)) {
		case 0: case 1: case 2: {
			char cv = "diouxXp"[r(7)];
			snprintf(spec + k, sizeof spec - k, "%s%c", cv == 'p' ? "" : il[r(8)], cv);
			break;
		}
		case 3: case 4:
			snprintf(spec + k, sizeof spec - k, "%s%c", fl[r(3)], "aefgAEFG"[r(8)]);
			break;
		case 5: snprintf(spec + k, sizeof spec - k, "%ss", r(2) ? "l" : ""); break;
		case 6: snprintf(spec + k, sizeof spec - k, "%sc", r(2) ? "l" : ""); break;
		case 7: case 8: {
			static const char *const sets[] = { "[a-z]", "[^ ]", "[]a-]", "[^]0-9]", "[0-9a-fx.]",
				"[-+e.0-9]", "[^\t\n ]", "[z-a]", "[^,", "[", "[^" };
			int s = (int)r(11);
			snprintf(spec + k, sizeof spec - k, "%s%s", r(2) ? "l" : "", sets[s]);
			if (s >= 8) {
				/* a set of non-ASCII characters, or a range of them */
				setch = bmp_pool[r(sizeof bmp_pool / sizeof *bmp_pool)];
			}
			break;
		}
		default: snprintf(spec + k, sizeof spec - k, "n"); break;
		}
		if (!sup) nargs++;
		if (r(4) == 0) cat(fmt, &nf, 200, r(2) ? " " : ",");
		if (r(8) == 0) cat1(fmt, &nf, 200, bmp_pool[r(sizeof bmp_pool / sizeof *bmp_pool)]);
		cat(fmt, &nf, 200, spec);
		if (setch) {
			cat1(fmt, &nf, 200, setch);
			if (r(2)) {
				cat(fmt, &nf, 200, "-");
				cat1(fmt, &nf, 200, (uint16_t)(setch + r(300)));
			}
			cat(fmt, &nf, 200, "]");
		}
		if (r(5) == 0) cat(in, &ni, 400, r(2) ? " " : r(2) ? "," : "\t\n");
		if (r(8) == 0) cat1(in, &ni, 400, bmp_pool[r(sizeof bmp_pool / sizeof *bmp_pool)]);
		rand_text(in, &ni, 400);
		if (r(3)) cat(in, &ni, 400, r(2) ? " " : "x");
	}
	if (nargs < NARG) cat(fmt, &nf, 200, "%n");
}

/* C's answers where glibc departs (docs/strings.md), and what glibc cannot
 * show: two units per character above U+FFFF, lone surrogates, EILSEQ. */
static void standard(void)
{
	char a[16] = { 0 }, b[16] = { 0 };
	int x = -1, y = -1, n = -1;
	CHECK(ul_swscanf(U("hello, world\n"), U("%8c%8c"), a, b) == 1 && !memcmp(a, "hello, w", 8),
	      "swscanf(L\"hello, world\\n\", L\"%%8c%%8c\") returns 1");
	CHECK(ul_swscanf(U("ab"), U("%5c"), a) == EOF, "%%5c on 2 characters: EOF");
	CHECK(ul_swscanf(U("\u00e9b"), U("%c%5lc"), a, b) == 1 && !memcmp(a, "\xc3\xa9", 2),
	      "%%c%%5lc on 2 characters: 1 (%%c of U+00E9 stores its 2 bytes)");
	CHECK(ul_swscanf(U(" 0x12 0x34"), U("%5i%2i"), &x, &y) == 1 && x == 0x12 && y == -1,
	      "swscanf(L\" 0x12 0x34\", L\"%%5i%%2i\") returns 1");
	x = -1;
	CHECK(ul_swscanf(U("0xg"), U("%x%n"), &x, &n) == 0 && x == -1, "%%x on \"0xg\": matching failure");
	CHECK(ul_swscanf(U("0X"), U("%p"), &a) == 0, "%%p on \"0X\": matching failure");
	float q = -1;
	double dv = -1;
	CHECK(ul_swscanf(U("100ergs of energy"), U("%f%8s of %8s"), &q, a, b) == 0 && q == -1,
	      "C's example 3 (7.21.6.2p22): \"100e\" fails to match %%f");
	CHECK(ul_swscanf(U("1e+x"), U("%lf"), &dv) == 0 && ul_swscanf(U("0x1p"), U("%lf"), &dv) == 0 && dv == -1,
	      "1e+ and 0x1p are no numbers");
	CHECK(ul_swscanf(U("nan(abc)x"), U("%lf%n"), &dv, &n) == 1 && dv != dv && n == 8, "nan(abc) read whole");

	/* Above U+FFFF: two wchar_t. */
	uint16_t w[16];
	memset(w, 0xee, sizeof w);
	memset(a, 0x55, sizeof a);
	n = -1;
	CHECK(ul_swscanf(U("\U0001F600x y"), U("%ls%n"), w, &n) == 1 && n == 3 && w[0] == 0xD83D &&
	      w[1] == 0xDE00 && w[2] == 'x' && w[3] == 0, "%%ls of a pair: both units; %%n counts units");
	CHECK(ul_swscanf(U("\U0001F600x y"), U("%s%n"), a, &n) == 1 && n == 3 && !strcmp(a, "\xf0\x9f\x98\x80x"),
	      "%%s of a pair: its 4 UTF-8 bytes");
	memset(a, 0x55, sizeof a);
	CHECK(ul_swscanf(U("\U0001F600"), U("%2c%n"), a, &n) == 1 && n == 2 && !memcmp(a, "\xf0\x9f\x98\x80", 4) &&
	      a[4] == 0x55, "%%2c of a pair: 4 bytes, no terminator");
	memset(a, 0x55, sizeof a);
	CHECK(ul_swscanf(U("\U0001F600"), U("%1s%n"), a, &n) == 1 && n == 1 && a[0] == 0,
	      "%%1s ending inside a pair: the high half stays in the wcrtomb state (C 7.29.2.2p12), nothing stored");
	CHECK(ul_swscanf(U("a\U0001F600b"), U("%[a\xD83D\xDE00]%n"), a, &n) == 1 && n == 3,
	      "a scan set holds a pair's two units");
	/* A lone surrogate: a character like any other to %ls, EILSEQ to %s. */
	uint16_t lone[] = { 'a', 0xDC00, 'b', ' ', 'c', 0 };
	memset(w, 0xee, sizeof w);
	CHECK(ul_swscanf(lone, U("%ls"), w) == 1 && w[1] == 0xDC00 && w[3] == 0, "%%ls stores a lone surrogate");
	ul_errno = 0;
	CHECK(ul_swscanf(lone, U("%s"), a) == EOF && ul_errno == EILSEQ, "%%s of a lone low surrogate: EOF, EILSEQ");
	uint16_t hi_then[] = { 'x', ' ', 0xD800, 'b', 0 };
	ul_errno = 0;
	CHECK(ul_swscanf(hi_then, U("%c %s"), a, b) == 1 && ul_errno == EILSEQ,
	      "%%s of a high surrogate then 'b': input failure after one conversion, EILSEQ");
	ul_errno = 0;
	CHECK(ul_swscanf(lone + 1, U("%c"), a) == EOF && ul_errno == EILSEQ, "%%c of a lone surrogate: EILSEQ");
	CHECK(ul_swscanf(lone + 1, U("%lc"), w) == 1 && w[0] == 0xDC00, "%%lc of a lone surrogate");
	CHECK(ul_swscanf(lone + 1, U("%*s%n"), &n) == 0 && n == 2, "%%*s: a lone surrogate is not converted");
	/* A wide string may hold U+FFFF (WEOF's unit): it is a character. */
	uint16_t ffff[] = { 0xFFFF, '7', 0 };
	CHECK(ul_swscanf(ffff, U("%lc%d"), w, &x) == 2 && w[0] == 0xFFFF && x == 7, "U+FFFF in a string is read");
	/* Width counts wchar_t. */
	memset(w, 0xee, sizeof w);
	CHECK(ul_swscanf(U("\u4e2d\u6587\u5b57"), U("%2ls%n"), w, &n) == 1 && n == 2 && w[2] == 0, "%%2ls");
	CHECK(ul_swscanf(U("\u4e2d\u6587\u5b57"), U("%2s%n"), a, &n) == 1 && n == 2 && strlen(a) == 6, "%%2s: 6 bytes");
	/* Numbers stop at the first non-ASCII digit; fullwidth digits are none. */
	CHECK(ul_swscanf(U("12\uff13"), U("%d%n"), &x, &n) == 1 && x == 12 && n == 2, "%%d stops at U+FF13");
	CHECK(ul_swscanf(U("\uff11"), U("%d"), &x) == 0, "%%d on U+FF11: matching failure");
}

/* The white space the wide directives and conversions skip is iswspace's
 * (7.29.2.2p5, p8), for every unit. */
static void spaces(void)
{
	unsigned bad = 0;
	for (unsigned c = 1; c < 0x10000; c++) {
		if ((c >= '0' && c <= '9') || c == '+' || c == '-' || (c >= 0xD800 && c < 0xE000))
			continue;
		uint16_t in[3] = { (uint16_t)c, '5', 0 };
		int x = 0;
		int got = ul_swscanf(in, U("%d"), &x) == 1 && x == 5;
		int want = ul_iswspace((uint16_t)c) != 0;
		uint16_t in2[4] = { 'a', (uint16_t)c, 'b', 0 };
		char s[16];
		int n = 0;
		int got2 = ul_swscanf(in2, U("%s%n"), s, &n) == 1 && n == (want ? 1 : 3);
		if (got != want || !got2) {
			if (bad++ < 5)
				fprintf(stderr, "    U+%04X: %%d skipped it %d, iswspace %d, %%s ok %d\n", c, got, want, got2);
		}
	}
	CHECK(bad == 0, "white space is iswspace for every unit (%u differ)", bad);
}

/* fwscanf on streams: UTF-8 in, pushback, orientation, EILSEQ. */
static void streams(void)
{
	char buf[] = "12 \xc3\xa9t\xc3\xa9 0x1p4\xe2\x82\xac \xf0\x9f\x98\x80z 7";
	ul_FILE *f = ul_fmemopen(buf, strlen(buf), "r");
	int x = 0;
	uint16_t w[8];
	char s[16];
	double d = 0;
	CHECK(f && ul_fwscanf(f, U("%d"), &x) == 1 && x == 12, "fwscanf %%d");
	CHECK(ul_fwide(f, 0) > 0, "fwscanf made the stream wide");
	CHECK(ul_fgetwc(f) == ' ', "fwscanf left the next character");
	CHECK(ul_fwscanf(f, U("%ls%lf"), w, &d) == 2 && w[0] == 0xe9 && w[1] == 't' && w[3] == 0 && d == 16,
	      "fwscanf %%ls%%lf");
	CHECK(ul_fgetwc(f) == 0x20AC, "the unmatched U+20AC was pushed back whole");
	CHECK(ul_fwscanf(f, U(" %lc"), w) == 1 && w[0] == 0xD83D, "%%lc takes the high half");
	CHECK(ul_fwscanf(f, U("%lc%s"), w, s) == 2 && w[0] == 0xDE00 && !strcmp(s, "z"), "then the low half");
	CHECK(ul_fwscanf(f, U("%d%d"), &x, &x) == 1 && x == 7, "fwscanf at the end: 1");
	CHECK(ul_fwscanf(f, U("%d"), &x) == EOF, "fwscanf at end of file: EOF");
	ul_fclose(f);

	/* A pair pushed back whole: a literal that does not match the pair. */
	char buf2[] = "\xf0\x9f\x98\x80";
	f = ul_fmemopen(buf2, strlen(buf2), "r");
	CHECK(f && ul_fwscanf(f, U("x")) == 0 && ul_fgetwc(f) == 0xD83D && ul_fgetwc(f) == 0xDE00,
	      "an unmatched character above U+FFFF goes back whole");
	ul_fclose(f);

	/* Encoding errors: an input failure with EILSEQ. */
	char bad[] = "12 \xff 3";
	f = ul_fmemopen(bad, strlen(bad), "r");
	ul_errno = 0;
	int y = -1;
	CHECK(f && ul_fwscanf(f, U("%d %d"), &x, &y) == 1 && x == 12 && y == -1 && ul_errno == EILSEQ,
	      "an invalid byte after one conversion: 1, EILSEQ");
	ul_errno = 0;
	CHECK(ul_fwscanf(f, U("%d"), &y) == 1 && y == 3, "the stream goes on after the bad byte");
	ul_fclose(f);
	char bad2[] = "\xc3(";
	f = ul_fmemopen(bad2, strlen(bad2), "r");
	ul_errno = 0;
	CHECK(f && ul_fwscanf(f, U("%s"), s) == EOF && ul_errno == EILSEQ, "an invalid sequence first: EOF, EILSEQ");
	ul_fclose(f);

	/* Orientation: a byte stream refuses wide input. */
	char b3[] = "5 6";
	f = ul_fmemopen(b3, strlen(b3), "r");
	CHECK(f && ul_fgetc(f) == '5', "byte read");
	ul_errno = 0;
	CHECK(ul_fwscanf(f, U("%d"), &x) == EOF && ul_errno == EBADF, "fwscanf on a byte stream: EOF, EBADF");
	ul_fclose(f);
	f = ul_fmemopen(b3, strlen(b3), "r");
	CHECK(f && ul_fwscanf(f, U("%d"), &x) == 1, "fwscanf");
	ul_errno = 0;
	CHECK(ul_fscanf(f, "%d", &x) == EOF && ul_errno == EBADF, "then fscanf on the wide stream: EOF, EBADF");
	ul_fclose(f);
}

static int call_vswscanf(const uint16_t *s, const uint16_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = ul_vswscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

static int call_vfwscanf(ul_FILE *f, const uint16_t *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = ul_vfwscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

static void v_forms(void)
{
	int x = 0, y = 0;
	CHECK(call_vswscanf(U("4 5"), U("%d%d"), &x, &y) == 2 && x == 4 && y == 5, "vswscanf");
	char b[] = "8 9";
	ul_FILE *f = ul_fmemopen(b, strlen(b), "r");
	CHECK(f && call_vfwscanf(f, U("%d%d"), &x, &y) == 2 && x == 8 && y == 9, "vfwscanf");
	ul_fclose(f);
}

int main(int argc, char **argv)
{
	unsigned long iters = argc > 1 ? strtoul(argv[1], NULL, 0) : 300000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 0x5eedfacecafeULL;
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		fprintf(stderr, "test_wscanf: no C.UTF-8 locale\n");
		return 1;
	}
	rs = seed ? seed : 1;
	table();
	standard();
	spaces();
	streams();
	v_forms();
	uint16_t in[400], fmt[200];
	for (unsigned long i = 0; i < iters; i++) {
		random_case(in, fmt);
		diff(in, fmt, __LINE__);
	}
	printf("test_wscanf: %lu random cases (seed 0x%llx), %lu assigned something, %lu assignments\n",
	       iters, (unsigned long long)seed, assigned_cases, total_assigned);
	printf("test_wscanf: %lu cases where C and glibc part (checked as ending sooner), %lu with nan( not compared\n",
	       deviated, nan_skipped);
	return check_report("wscanf");
}
