/* scanf: the library's sscanf against glibc's, on hand-picked corners and on
 * a randomized differential run (return value, every byte each conversion
 * stored, %n positions), plus the floatscan core against strtod / strtof /
 * strtold, and hand-written checks of %lc / %ls / %l[ (16-bit wide
 * characters, which glibc cannot vouch for).
 *
 * Usage: test_scanf [iterations [seed]]   (defaults: 1000000, fixed seed) */

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "ul.h"

#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
#pragma GCC diagnostic ignored "-Wformat-extra-args"

static int (*volatile glibc_sscanf)(const char *, const char *, ...) = sscanf;
static double (*volatile glibc_strtod)(const char *, char **) = strtod;
static float (*volatile glibc_strtof)(const char *, char **) = strtof;
static long double (*volatile glibc_strtold)(const char *, char **) = strtold;

#define NARG 8
#define ASZ 608

static _Alignas(16) unsigned char ga[NARG][ASZ], ua[NARG][ASZ];

static void show(const char *in, const char *fmt)
{
	fprintf(stderr, "    input \"");
	for (const char *p = in; *p; p++)
		fprintf(stderr, (unsigned char)*p >= 0x20 && *p < 0x7f ? "%c" : "\\x%02x", (unsigned char)*p);
	fprintf(stderr, "\" format \"%s\"\n", fmt);
}

/* Runs both and compares; returns 1 when the same. */
static unsigned long assigned_cases, total_assigned;
/* Cases that differed from glibc where C and glibc part: compared as
 * "ends sooner" (deviated), or not compared (nan_skipped). */
static unsigned long deviated, nan_skipped;

/* Where glibc departs from C, and this library follows C (docs/strings.md):
 *  - %c (any width) that the input ends inside: an input failure (C
 *    7.21.6.2p10, p12), where glibc counts a conversion;
 *  - %i, %x, %X, %p reading "0x" with no hex digit after it (or a width that
 *    ends there): the input item "0x" does not match (7.21.6.2p9), where
 *    glibc reads 0.
 *  - a floating conversion whose input item is only a prefix of a number
 *    ("1e", "1e+", "0x.", "0x1p", "." ...): a matching failure (7.21.6.2p9,
 *    p10, EXAMPLE 3: "100ergs" fails %f), where glibc converts what comes
 *    before the exponent.
 * Such a pair may differ from glibc only by ending sooner: fewer
 * conversions (or EOF), and the arguments it stored are glibc's.  (Inputs
 * with "nan(" and a floating conversion return 2: there C reads the whole
 * nan(n-char-sequence), glibc stops after "nan"; those are not compared
 * with glibc, standard() and the table check C's answer.) */
static int has_nan_paren(const char *in)
{
	for (const char *p = in; *p; p++)
		if ((p[0] | 32) == 'n' && (p[1] | 32) == 'a' && (p[2] | 32) == 'n' && p[3] == '(')
			return 1;
	return 0;
}

static int may_deviate(const char *in, const char *fmt)
{
	int hex_prefix = strstr(in, "0x") || strstr(in, "0X");
	int dev = 0;
	for (const char *p = fmt; (p = strchr(p, '%')); ) {
		p++;
		if (*p == '%') {
			p++;
			continue;
		}
		while (*p && strchr("*0123456789hljztLq", *p))
			p++;
		if (*p == 'c' || (hex_prefix && strchr("ixXp", *p)))
			dev = 1;
		if (*p && strchr("aefgAEFG", *p)) {
			if (has_nan_paren(in))
				return 2;
			dev = 1;
		}
	}
	return dev;
}

static int ends_sooner(int rg, int ru)
{
	if (ru == rg)
		return 1;
	/* glibc may also go on past the "0x" it read as 0 and meet the end of
	 * the input (EOF), where C stops at a matching failure with nothing
	 * assigned (0). */
	if (ru == 0 && rg == EOF)
		return 1;
	if (ru == EOF ? rg < 0 : ru > rg)
		return 0;
	int untouched = 0;
	for (int i = 0; i < NARG; i++) {
		int same = !memcmp(ga[i], ua[i], ASZ), fresh = 1;
		for (int j = 0; j < ASZ && fresh; j++)
			fresh = ua[i][j] == 0xa5;
		if (!same && !fresh)
			return 0;
		if (untouched && !fresh)
			return 0;
		untouched |= fresh && !same;
	}
	return 1;
}

static int diff(const char *in, const char *fmt, int line)
{
	memset(ga, 0xa5, sizeof ga);
	memset(ua, 0xa5, sizeof ua);
	int rg = glibc_sscanf(in, fmt, ga[0], ga[1], ga[2], ga[3], ga[4], ga[5], ga[6], ga[7]);
	int ru = ul_sscanf(in, fmt, ua[0], ua[1], ua[2], ua[3], ua[4], ua[5], ua[6], ua[7]);
	int ok = rg == ru && !memcmp(ga, ua, sizeof ga);
	int dev = ok ? 0 : may_deviate(in, fmt);
	if (dev == 2)
		nan_skipped++;
	else if (dev && ok == 0)
		deviated++;
	if (dev == 2 || (dev && ends_sooner(rg, ru)))
		ok = 1;
	if (rg > 0) {
		assigned_cases++;
		total_assigned += (unsigned long)rg;
	}
	if (getenv("SCANF_SHOW") && line > 200)
		printf("[%s] [%s] -> %d\n", in, fmt, rg);
	CHECK(ok, "line %d: glibc %d, ul %d", line, rg, ru);
	if (!ok) {
		show(in, fmt);
		for (int i = 0; i < NARG; i++)
			if (memcmp(ga[i], ua[i], ASZ)) {
				fprintf(stderr, "    arg %d differs: glibc", i);
				for (int j = 0; j < 16; j++) fprintf(stderr, " %02x", ga[i][j]);
				fprintf(stderr, "\n               ul   ");
				for (int j = 0; j < 16; j++) fprintf(stderr, " %02x", ua[i][j]);
				fprintf(stderr, "\n");
			}
	}
	return ok;
}

#define D(in, fmt) diff(in, fmt, __LINE__)

static void table(void)
{
	static const char *const fl[] = {
		"1e", "1e+", "1ex", "1e+x", ".", "-.", "0x", "0xg", "0x.p1", "0x1p",
		"nan(", "nan(abc)", "infin", "infinity", "in", "nax", "+", "0x1.8p3",
		"1.", ".5", "-0x", "-0x.", "0x1p+", "00x1", "0.x", "-inf", "+nAn",
		"1.2.3", "1e1e", "0x1.8p3f", "0xa.p-1", "INF", "-Infinity", "nan",
		"1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "2.2250738585072011e-308",
		"2.2250738585072012e-308", "1.7976931348623157e308",
		"1.7976931348623158e308", "1.7976931348623159e308", "0x1p-1074",
		"0x1p-1075", "0x1.8p-1075", "0x1.fffffffffffff8p1023", "0x.8p-1073",
		"123456789012345678901234567890e-40", "9007199254740993",
		"0.000000000000000000000000000000000001e36", "1e-45", "3.4028235e38",
		"3.4028236e38", "1.17549435e-38", "   12", "-", "0", "e5", "1e5e5",
		"0x1P-3", "0X1p3", "0x.8", "0x8.", "1E+05", "1e-0005",
		"0.0000000000000000000000000000000000000000000000000000000000000001",
	};
	static const char *const ff[] = { "%lf", "%f", "%Lf", "%le", "%3lf", "%2lf",
		"%1lf", "%4Lg", "%5f", "%*lf", "%la", "%lG" };
	char fmt[64];
	for (size_t i = 0; i < sizeof fl / sizeof *fl; i++)
		for (size_t j = 0; j < sizeof ff / sizeof *ff; j++) {
			snprintf(fmt, sizeof fmt, "%s%%n", ff[j]);
			D(fl[i], fmt);
		}
	static const char *const il[] = {
		"0x", "0xg", "0", "08", "-0x10", "+", "-", "0x1", "(nil)", "(nil", "0x10",
		"99999999999", "-1", "-99999999999999999999", "99999999999999999999",
		"18446744073709551615", "18446744073709551616", "-18446744073709551615",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"077", "0X1f", " \t\n 42abc", "+-1", "-+1", "0b1", "z", "1234567",
		"0777777777777777777777", "01777777777777777777777", "-0", "0xFFFFFFFF",
		"4294967296", "-2147483649", "65536", "255", "256", "-129",
	};
	static const char *const ifm[] = { "%d", "%i", "%o", "%u", "%x", "%X", "%p",
		"%hhd", "%hd", "%ld", "%lld", "%jd", "%zd", "%td", "%hhu", "%hu", "%lu",
		"%llx", "%lli", "%1i", "%2i", "%3i", "%2x", "%1d", "%3p", "%5p", "%*d",
		"%hhi", "%llo", "%4llu" };
	for (size_t i = 0; i < sizeof il / sizeof *il; i++)
		for (size_t j = 0; j < sizeof ifm / sizeof *ifm; j++) {
			snprintf(fmt, sizeof fmt, "%s%%n", ifm[j]);
			D(il[i], fmt);
		}
	static const struct { const char *in, *fmt; } m[] = {
		{ "", "%d%d" }, { "  ", "%d" }, { "a", "%d" }, { "1", "%d%d" },
		{ "", "%n" }, { "x", "x%n" }, { "", "x%n" }, { " ", "%%" },
		{ "%", "%%%n" }, { " %", "%%%n" }, { "]ab", "%[]a]%n" },
		{ "a-b", "%[a-]%n" }, { "zb-a", "%[z-a]%n" }, { "", "%c" },
		{ "ab", "%5c%n" }, { "ab", "%s%n" }, { "  ab cd", "%s%s%n" },
		{ "abc", "%2s%n%s" }, { "hello world", "%[^ ]%n" }, { "abc", "%[^a]" },
		{ "abc", "%[abc" }, { "-a]", "%[-a]%n" }, { "^x", "%[]^]%n" },
		{ "a b", "%c%c%c%n" }, { "a b", "%c %c%n" }, { "12 34", "%d %n%d" },
		{ "12abc", "%dabc%n" }, { "12abd", "%dabc%n" }, { "1 2", "%d%*d%n" },
		{ "1", "%*d%d" }, { "", "%*d" }, { "x", "%*d" }, { "abc", "%*s%n" },
		{ "abc", "%*c%n" }, { "abc", "%*[a-b]%n" }, { "1,2", "%d,%d%n" },
		{ "1 ,2", "%d ,%d%n" }, { "1\n\t2", "%d\n%d%n" }, { "1", "%d %n" },
		{ "   ", " %n" }, { "abc", "%0d" }, { "12", "%hhn%d%n" },
		{ "12 x", "%d %c%n" }, { "12 x", "%d%c%n" }, { "[]", "[%[^]]]%n" },
		{ "a-z", "%[a-z]%n" }, { "--", "%[--]%n" }, { "a", "%[^]%n" },
		{ "\xff\xfe", "%[\xfe-\xff]%n" }, { "\xff\xfe", "%[^a]%n" },
		{ "1.5 2.5", "%lf %f%n" }, { "1.5x2.5", "%lfx%lf%n" },
		{ "0x1p3 0X1P-3", "%la%la%n" }, { "12345", "%3d%d%n" },
		{ "12345", "%3s%2c%n" }, { "abc", "%ld%n" },
	};
	for (size_t i = 0; i < sizeof m / sizeof *m; i++)
		D(m[i].in, m[i].fmt);
}

static uint64_t rs;
static uint64_t rnd(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return rs;
}
static unsigned r(unsigned n) { return (unsigned)(rnd() % n); }

static void cat(char *b, size_t *n, size_t cap, const char *s)
{
	size_t k = strlen(s);
	if (*n + k >= cap)
		return;
	memcpy(b + *n, s, k + 1);
	*n += k;
}

static void rand_number(char *b, size_t *n, size_t cap)
{
	char t[160];
	int k;
	switch (r(10)) {
	case 0: {
		double d;
		uint64_t u = rnd();
		memcpy(&d, &u, sizeof d);
		snprintf(t, sizeof t, "%.17g", d);
		break;
	}
	case 1: {
		double d;
		uint64_t u = rnd();
		memcpy(&d, &u, sizeof d);
		snprintf(t, sizeof t, r(2) ? "%a" : "%A", d);
		break;
	}
	case 2: case 3: {
		int nd = 1 + r(40), pt = r(nd + 2);
		k = 0;
		if (r(3) == 0) t[k++] = r(2) ? '-' : '+';
		for (int i = 0; i < nd; i++) {
			if (i == pt) t[k++] = '.';
			t[k++] = (char)('0' + (r(4) ? r(10) : 9 * r(2)));
		}
		if (r(3)) k += snprintf(t + k, sizeof t - k, "e%d", (int)r(700) - 350);
		t[k] = 0;
		break;
	}
	case 4:
		snprintf(t, sizeof t, "%lld", (long long)rnd() >> r(64));
		break;
	case 5:
		snprintf(t, sizeof t, r(2) ? "%#llx" : "%#llo", (unsigned long long)rnd() >> r(64));
		break;
	case 6: {
		static const char *const w[] = { "inf", "INFINITY", "nan", "-nan", "NaN(12)",
			"infini", "0x", "0x.", "-", "+", ".", "e", "0x1p", "1e+", "(nil)", "0X",
			"1e-", "0xp1", "00", "0e0", ".e1", "1.e", "0x1.P1" };
		snprintf(t, sizeof t, "%s", w[r(sizeof w / sizeof *w)]);
		break;
	}
	case 7:
		snprintf(t, sizeof t, "%.*e", (int)r(25), (double)rnd() / (double)(rnd() | 1) * (r(2) ? 1e-300 : 1e300));
		break;
	case 8: {
		int nd = 1 + r(40);
		k = 0;
		t[k++] = '0'; t[k++] = 'x';
		for (int i = 0; i < nd; i++) t[k++] = "0123456789abcdefABCDEF."[r(23)];
		if (r(2)) k += snprintf(t + k, sizeof t - k, "p%d", (int)r(2400) - 1200);
		t[k] = 0;
		break;
	}
	default: {
		static const char al[] = "0123456789+-.eEpPxXaAfFiInN ()]^-abcz\t";
		int len = r(12);
		for (k = 0; k < len; k++) t[k] = al[r(sizeof al - 1)];
		t[k] = 0;
	}
	}
	cat(b, n, cap, t);
}

static void random_case(char *in, char *fmt)
{
	size_t ni = 0, nf = 0;
	int nconv = 1 + r(4), nargs = 0;
	in[0] = fmt[0] = 0;
	for (int c = 0; c < nconv && nargs < NARG - 1; c++) {
		char spec[32];
		size_t k = 0;
		int sup = r(8) == 0;
		spec[k++] = '%';
		if (sup) spec[k++] = '*';
		if (r(3) == 0) k += snprintf(spec + k, sizeof spec - k, "%u", 1 + r(12));
		unsigned kind = r(10);
		static const char *const il[] = { "", "hh", "h", "l", "ll", "j", "z", "t" };
		static const char *const fl[] = { "", "l", "L" };
		switch (kind) {
		case 0: case 1: case 2:
			{
				char cv = "diouxXp"[r(7)];
				k += snprintf(spec + k, sizeof spec - k, "%s%c", cv == 'p' ? "" : il[r(8)], cv);
			}
			break;
		case 3: case 4: case 5:
			k += snprintf(spec + k, sizeof spec - k, "%s%c", fl[r(3)], "aefgAEFG"[r(8)]);
			break;
		case 6: spec[k++] = 's'; spec[k] = 0; break;
		case 7: spec[k++] = 'c'; spec[k] = 0; break;
		case 8: {
			static const char *const sets[] = { "[a-z]", "[^ ]", "[]a-]", "[^]0-9]", "[0-9a-fx.]",
				"[-+e.0-9]", "[^\t\n ]", "[z-a]" };
			k += snprintf(spec + k, sizeof spec - k, "%s", sets[r(8)]);
			break;
		}
		default: spec[k++] = 'n'; spec[k] = 0; break;
		}
		if (!sup) nargs++;
		if (r(4) == 0) cat(fmt, &nf, 200, r(2) ? " " : ",");
		cat(fmt, &nf, 200, spec);
		if (r(5) == 0) cat(in, &ni, 300, r(2) ? " " : r(2) ? "," : "\t\n");
		rand_number(in, &ni, 300);
		if (r(3)) cat(in, &ni, 300, r(2) ? " " : "x");
	}
	if (nargs < NARG) cat(fmt, &nf, 200, "%n");
}

/* floatscan against strtod / strtof / strtold, value and ERANGE. */
/* glibc's strtod misses ERANGE for some inexact subnormal results of
 * hexadecimal input (0x0.8673718d9fcfc4p-1022: no ERANGE; ...c1p-1022:
 * ERANGE), so the flag is not compared there. */
static int hex_sub(const char *s, long double v)
{
	const char *p = s + (*s == '-' || *s == '+');
	return p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && v != 0 && isnormal(v) == 0 && !isinf(v) && !isnan(v);
}

static void floatscan_check(const char *s)
{
	char *end;
	size_t used;
	int range;
	while (*s == ' ' || *s == '\t')
		s++;
	errno = 0;
	double d = glibc_strtod(s, &end);
	int erange = errno == ERANGE;
	double u = (double)ul___floatscan(s, strlen(s), 1, &used, &range);
	int ok = used == (size_t)(end - s) && (isnan(d) ? isnan(u) : !memcmp(&d, &u, sizeof d)) && (erange == range || hex_sub(s, d));
	CHECK(ok, "floatscan double \"%s\": glibc %a used %zu erange %d, ul %a used %zu range %d",
		s, d, (size_t)(end - s), erange, u, used, range);
	errno = 0;
	float f = glibc_strtof(s, &end);
	erange = errno == ERANGE;
	float uf = (float)ul___floatscan(s, strlen(s), 0, &used, &range);
	ok = used == (size_t)(end - s) && (isnan(f) ? isnan(uf) : !memcmp(&f, &uf, sizeof f)) && (erange == range || hex_sub(s, f));
	CHECK(ok, "floatscan float \"%s\": glibc %a erange %d, ul %a range %d", s, f, erange, uf, range);
	errno = 0;
	long double ld = glibc_strtold(s, &end);
	erange = errno == ERANGE;
	long double ul = ul___floatscan(s, strlen(s), 2, &used, &range);
	ok = used == (size_t)(end - s) && (isnan(ld) ? isnan(ul) : !memcmp(&ld, &ul, 10)) && (erange == range || hex_sub(s, ld));
	CHECK(ok, "floatscan long double \"%s\": glibc %La erange %d, ul %La range %d", s, ld, erange, ul, range);
}

static void wide(void)
{
	uint16_t w[16];
	int n = -1;
	memset(w, 0xee, sizeof w);
	CHECK(ul_sscanf("h\xc3\xa9\xf0\x9f\x98\x80x y", "%ls%n", w, &n) == 1 && n == 8 &&
		w[0] == 'h' && w[1] == 0xe9 && w[2] == 0xd83d && w[3] == 0xde00 && w[4] == 'x' && w[5] == 0,
		"%%ls");
	memset(w, 0xee, sizeof w);
	CHECK(ul_sscanf("\xc3\xa9zq", "%2lc%n", w, &n) == 1 && n == 3 && w[0] == 0xe9 && w[1] == 'z' && w[2] == 0xeeee,
		"%%lc");
	memset(w, 0xee, sizeof w);
	CHECK(ul_sscanf("ab\xc3\xa9 c", "%l[^ ]%n", w, &n) == 1 && n == 4 && w[0] == 'a' && w[2] == 0xe9 && w[3] == 0,
		"%%l[");
	CHECK(ul_sscanf("", "%lc", w) == -1, "%%lc at end");
}

/* fscanf on a real stream: what is left after a conversion. */
static void stream(void)
{
	char buf[] = "12 abc 0x1p4z 7";
	ul_FILE *f = ul_fmemopen(buf, strlen(buf), "r");
	int a = 0;
	char s[8];
	double d = 0;
	CHECK(f && ul_fscanf(f, "%d", &a) == 1 && a == 12, "fscanf %%d");
	CHECK(ul_fgetc(f) == ' ', "fscanf leaves the next byte");
	CHECK(ul_fscanf(f, "%s%lf", s, &d) == 2 && !strcmp(s, "abc") && d == 16, "fscanf %%s%%lf");
	CHECK(ul_fgetc(f) == 'z', "fscanf float pushback");
	CHECK(ul_fscanf(f, "%d%d", &a, &a) == 1 && a == 7, "fscanf at end");
	CHECK(ul_fscanf(f, "%d", &a) == -1, "fscanf EOF");
	ul_fclose(f);
}

/* The cases where C and glibc part (may_deviate above), checked for C's
 * answer exactly. */
static void standard(void)
{
	char a[9] = { 0 }, b[9] = { 0 };
	int x = -1, y = -1, n = -1;
	/* 7.21.6.2p12: %8c needs 8 characters; the second meets the end after
	 * 5: an input failure, one conversion done. */
	CHECK(ul_sscanf("hello, world\n", "%8c%8c", a, b) == 1 && !memcmp(a, "hello, w", 8),
	      "sscanf(\"hello, world\\n\", \"%%8c%%8c\") returns 1");
	CHECK(ul_sscanf("ab", "%5c", a) == EOF, "%%5c on 2 characters: input failure before any conversion: EOF");
	CHECK(ul_sscanf("ab", "%c%5c", a, b) == 1 && a[0] == 'a', "%%c%%5c on 2 characters: 1");
	CHECK(ul_sscanf("abc", "%3c%n", a, &n) == 1 && n == 3, "%%3c on exactly 3 characters: 1");
	/* 7.21.6.2p9: "0x" is the input item (the longest prefix of a
	 * possible integer) and it is not one: a matching failure. */
	CHECK(ul_sscanf(" 0x12 0x34", "%5i%2i", &x, &y) == 1 && x == 0x12 && y == -1,
	      "sscanf(\" 0x12 0x34\", \"%%5i%%2i\") returns 1 (x %d, y %d)", x, y);
	x = -1;
	n = -1;
	CHECK(ul_sscanf("0xg", "%x%n", &x, &n) == 0 && x == -1 && n == -1, "%%x on \"0xg\": matching failure");
	CHECK(ul_sscanf("0x", "%i", &x) == 0 && ul_sscanf("-0x", "%i", &x) == 0 && ul_sscanf("0X", "%p", &a) == 0,
	      "%%i / %%p on a bare \"0x\": matching failure");
	/* 7.21.6.2p9-10 and its EXAMPLE 3: a floating input item that is only
	 * a prefix of a number is a matching failure, its characters read. */
	float q = -1;
	double d = -1;
	CHECK(ul_sscanf("100ergs of energy", "%f%20s of %20s", &q, a, b) == 0 && q == -1,
	      "C's example 3: \"100e\" fails to match %%f: count 0");
	CHECK(ul_sscanf("2 quarts of oil", "%f%8s of %8s", &q, a, b) == 3 && q == 2 && !strcmp(b, "oil"),
	      "C's example 3: 2 quarts of oil");
	CHECK(ul_sscanf("-12.8degrees Celsius", "%f%8s of %8s", &q, a, b) == 2 && q == -12.8f && !strcmp(a, "degrees"),
	      "C's example 3: -12.8degrees (\"C\" fails to match \"o\"): 2");
	static const char *const prefixes[] = { "1e", "1e+", "1E-x", "0x", "0x.", "0x1p", "0x1p-", ".", "-.", "+",
		".e5", "0x.p1", "infin", "nan(", "nan(12", "nan(1 2)" };
	for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
		n = -1;
		d = -1;
		CHECK(ul_sscanf(prefixes[i], "%lf%n", &d, &n) == 0 && d == -1 && n == -1,
		      "%%lf on \"%s\": matching failure", prefixes[i]);
	}
	CHECK(ul_sscanf("1e5x", "%lf%n", &d, &n) == 1 && d == 1e5 && n == 3, "1e5 still converts");
	CHECK(ul_sscanf("1e5", "%2lf", &d) == 0, "%%2lf on 1e5: the item \"1e\" fails");
	CHECK(ul_sscanf("1.e5", "%lf%n", &d, &n) == 1 && d == 1e5 && n == 4, "1.e5");
	CHECK(ul_sscanf("nan(abc)x", "%lf%n", &d, &n) == 1 && isnan(d) && n == 8,
	      "nan(n-char-sequence) is read whole (glibc: stops after nan)");
	CHECK(ul_sscanf("-NAN(0x12_z)", "%lf%n", &d, &n) == 1 && isnan(d) && signbit(d) && n == 12, "-NAN(0x12_z)");
	CHECK(ul_sscanf("nan()", "%lf%n", &d, &n) == 1 && isnan(d) && n == 5, "nan()");
	CHECK(ul_sscanf("nan(1)", "%5lf", &d) == 0, "%%5lf on nan(1): the item nan(1 fails");
	CHECK(ul_sscanf("nanx", "%lf%n", &d, &n) == 1 && isnan(d) && n == 3, "nan then x");
	double pd = 0, ref = strtod("nan(0x1234)", NULL);
	CHECK(ul_sscanf("nan(0x1234)", "%lf", &pd) == 1 && !memcmp(&pd, &ref, sizeof pd), "a NaN payload as strtod gives it");
	char c = 0;
	CHECK(ul_sscanf("0x10", "%2x%c", &x, &c) == 0, "%%2x on \"0x10\": the width ends after \"0x\": matching failure");
	CHECK(ul_sscanf("0x10", "%3x%c", &x, &c) == 2 && x == 1 && c == '0', "%%3x on \"0x10\": 0x1, then '0'");
	CHECK(ul_sscanf("010", "%i", &x) == 1 && x == 8 && ul_sscanf("0", "%i", &x) == 1 && x == 0 &&
	      ul_sscanf("0g", "%x%c", &x, &c) == 2 && x == 0 && c == 'g', "a 0 without x is still a number");
}

int main(int argc, char **argv)
{
	unsigned long iters = argc > 1 ? strtoul(argv[1], NULL, 0) : 1000000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 0x5eed5ca9f00dULL;
	char in[400], fmt[256];
	clock_t t0 = clock();

	table();
	standard();
	wide();
	stream();
	static const char *const fs[] = { "1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "2.2250738585072011e-308", "2.2250738585072012e-308",
		"1.1754942e-38", "1.17549430e-38", "1.4e-45", "7e-46", "0x1p-1075", "0x1.0000000000001p-1022",
		"0x1.fffffffffffffp-1023", "0x0.fffffffffffff8p-1022", "nan(abc)", "nan(", "-inf", "infinity",
		"0x", "0x.", "0x.p", "1e", "1e+", "-0", "3.6451995318824746025e-4951", "1.18973149535723176502e+4932",
		"1.18973149535723176509e+4932", "0x1p-16445", "0x1p-16446", "0x1.8p-16446",
		"123456789012345678901234567890123456789012345678901234567890e-80" };
	for (size_t i = 0; i < sizeof fs / sizeof *fs; i++)
		floatscan_check(fs[i]);

	printf("test_scanf: %lu random cases, seed 0x%llx\n", iters, (unsigned long long)seed);
	rs = seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL;
	if (!rs)
		rs = 1;
	for (unsigned long i = 0; i < iters; i++) {
		random_case(in, fmt);
		diff(in, fmt, __LINE__);
		if (i % 8 == 0) {
			size_t n = 0;
			in[0] = 0;
			rand_number(in, &n, 300);
			floatscan_check(in);
		}
	}
	/* Exact halfway points between neighbouring doubles (and floats), in
	 * full and cut or nudged: the hardest cases for correct rounding. */
	for (unsigned long i = 0; i < iters / 100 + 10; i++) {
		static char big[1200];
		uint64_t u = rnd() & ~(1ULL << 63);
		double d, n;
		if (r(4) == 0)
			u &= 0x000fffffffffffffULL;   /* subnormal */
		memcpy(&d, &u, sizeof d);
		if (isinf(d) || isnan(d))
			continue;
		u++;
		memcpy(&n, &u, sizeof n);
		long double mid = ((long double)d + (long double)n) / 2;
		if (r(3) == 0) {
			float f = (float)d, fn = nextafterf(f, INFINITY);
			mid = ((long double)f + (long double)fn) / 2;
		}
		int len = snprintf(big, sizeof big, "%.*Le", r(4) ? 780 : 17 + (int)r(30), mid);
		char *e = strchr(big, 'e');
		switch (r(4)) {
		case 0: break;
		case 1:  /* nudge the last mantissa digit up */
			if (e && e[-1] < '9') e[-1]++;
			break;
		case 2:
			if (e && e[-1] > '0') e[-1]--;
			break;
		default:
			if (e && len < 1100) {
				memmove(e + 3, e, strlen(e) + 1);
				memcpy(e, "001", 3);
			}
		}
		floatscan_check(big);
		diff(big, "%lf%n", __LINE__);
		diff(big, "%f%n", __LINE__);
	}

	printf("test_scanf: %lu cases assigned something, %lu assignments in all\n",
		assigned_cases, total_assigned);
	printf("test_scanf: %lu cases where C and glibc part (checked as ending sooner), %lu with nan( not compared\n",
		deviated, nan_skipped);
	printf("test_scanf: %.1f s\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
	return check_report("scanf");
}
