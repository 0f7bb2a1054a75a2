/* Text to numbers against glibc: the strtol family (every base, random
 * prefixes, signs, white space, overflow, bad bases) compared on value,
 * end pointer and errno; the same parser with 32-bit limits (long is 32
 * bits on the target) against glibc's strtoll/strtoull narrowed by hand;
 * strtod, strtof and strtold on random decimal strings (long mantissas,
 * exponents at the edges of the range, subnormals, exact halfway cases and
 * their neighbours), hexadecimal floats and the special forms, compared
 * bit for bit, with the end pointer and errno.
 * Usage: test_strtox [int-cases [float-cases [seed]]] */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ul.h"
#include "ul_strings.h"
#include "hexref.h"

static uint64_t rng = 0x2545f4914f6cdd1dull;
static uint64_t rnd(void) { return check_xorshift(&rng); }
static unsigned rn(unsigned n) { return (unsigned)(rnd() % n); }

static long (*volatile g_strtol)(const char *, char **, int) = strtol;
static unsigned long (*volatile g_strtoul)(const char *, char **, int) = strtoul;
static long long (*volatile g_strtoll)(const char *, char **, int) = strtoll;
static unsigned long long (*volatile g_strtoull)(const char *, char **, int) = strtoull;
static double (*volatile g_strtod)(const char *, char **) = strtod;
static float (*volatile g_strtof)(const char *, char **) = strtof;
static long double (*volatile g_strtold)(const char *, char **) = strtold;

static char *put(char *p, const char *s)
{
	while (*s)
		*p++ = *s++;
	return p;
}

static const char ws[] = " \t\n\v\f\r";

/* A string the strtol family might see. */
static void gen_int(char *buf, int base)
{
	char *p = buf;
	static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	if (rn(3) == 0)
		for (unsigned k = rn(3) + 1; k; k--)
			*p++ = ws[rn(6)];
	switch (rn(5)) {
	case 0: *p++ = '-'; break;
	case 1: *p++ = '+'; break;
	}
	if (rn(8) == 0)
		*p++ = ws[rn(6)];       /* space after the sign: no number */
	switch (rn(6)) {
	case 0: p = put(p, "0x"); break;
	case 1: p = put(p, "0X"); break;
	case 2: *p++ = '0'; break;
	}
	unsigned nd = rn(4) == 0 ? rn(70) : rn(25);
	int b = base >= 2 && base <= 36 ? base : 16;
	for (unsigned i = 0; i < nd; i++)
		*p++ = rn(10) ? digs[rn((unsigned)(b < 36 ? b + 1 : 36))] : digs[rn(62)];
	if (rn(4) == 0)
		*p++ = "x.-+ gZ"[rn(7)];
	*p = 0;
}

static int bad_base(void)
{
	static const int b[] = { -1, 1, 37, 100, -36 };
	return b[rn(5)];
}

#define CMP_INT(fn, gfn, type, fmt) do { \
	char *eu = (char *)1, *eg = (char *)1; \
	errno = 0; ul_errno = 0; \
	type vu = fn(s, &eu, base); int erru = ul_errno; \
	type vg = gfn(s, &eg, base); int errg = errno; \
	/* A bad base: glibc leaves *end alone (ASan's interceptor does not); \
	 * C 7.22.1.4p7 (no conversion) stores the string itself there. */ \
	if (base < 0 || base == 1 || base > 36) eg = (char *)s; \
	CHECK(vu == vg && eu == eg && erru == errg, #fn "(\"%s\", %d): " fmt " end %td errno %d; glibc " fmt " end %td errno %d", \
	      s, base, vu, eu == (char *)1 ? -1 : eu - s, erru, vg, eg == (char *)1 ? -1 : eg - s, errg); \
} while (0)

static void ints(unsigned cases)
{
	char s[128];
	for (unsigned i = 0; i < cases; i++) {
		int base = rn(40) == 0 ? bad_base() : rn(4) == 0 ? 0 : rn(6) == 0 ? 16 : (int)rn(35) + 2;
		gen_int(s, base);
		CMP_INT(ul_strtol, g_strtol, long, "%ld");
		CMP_INT(ul_strtoul, g_strtoul, unsigned long, "%lu");
		CMP_INT(ul_strtoll, g_strtoll, long long, "%lld");
		CMP_INT(ul_strtoull, g_strtoull, unsigned long long, "%llu");
		if (i % 4 == 0) {
			CMP_INT(ul_strtoimax, strtoimax, intmax_t, "%jd");
			CMP_INT(ul_strtoumax, strtoumax, uintmax_t, "%ju");
		}
		/* 32-bit long, as on the target */
		char *eu = s, *eg = s;
		errno = 0;
		long long r = g_strtoll(s, &eg, base);
		int eg_err = errno;
		long long want = r;
		int want_err = eg_err;
		if (eg_err == ERANGE)
			want = r < 0 ? INT32_MIN : INT32_MAX;
		else if (r > INT32_MAX || r < INT32_MIN) {
			want = r < 0 ? INT32_MIN : INT32_MAX;
			want_err = ERANGE;
		}
		ul_errno = 0;
		int32_t got = (int32_t)ul___intscan(s, &eu, base, 1, INT32_MAX);
		if (base < 0 || base == 1 || base > 36)
			eg = s;            /* C 7.22.1.4p7, as above */
		CHECK(got == want && ul_errno == want_err && eu == eg, "strtol32(\"%s\", %d) = %d errno %d, want %lld errno %d",
		      s, base, got, ul_errno, want, want_err);
		errno = 0;
		unsigned long long u = g_strtoull(s, &eg, base);
		eg_err = errno;
		const char *q = s;
		while (*q && strchr(ws, *q))
			q++;
		int neg = *q == '-' && eg != s;
		unsigned long long mag = neg ? 0 - u : u, uw;
		want_err = eg_err;
		if (eg_err == ERANGE || mag > UINT32_MAX) {
			uw = UINT32_MAX;
			want_err = eg_err == EINVAL ? EINVAL : ERANGE;
		} else
			uw = (uint32_t)(neg ? 0 - (uint32_t)mag : (uint32_t)mag);
		if (eg_err == EINVAL)
			uw = 0;
		ul_errno = 0;
		uint32_t ugot = (uint32_t)ul___intscan(s, &eu, base, 0, UINT32_MAX);
		int bad = base < 0 || base == 1 || base > 36;
		CHECK(ugot == uw && ul_errno == want_err && (bad ? eu == s : eg_err == EINVAL || eu == eg),
		      "strtoul32(\"%s\", %d) = %u errno %d, want %llu errno %d", s, base, ugot, ul_errno, uw, want_err);
	}
	/* C 7.22.1.4p7 over glibc: a base outside 0, 2..36 converts nothing,
	 * so *endptr is the string (glibc leaves it unset), errno EINVAL. */
	{
		static const char one23[] = "123";
		char *e = (char *)1;
		ul_errno = 0;
		long v = (long)ul_strtol(one23, &e, 37);
		CHECK(v == 0 && e == one23 && ul_errno == EINVAL, "strtol(\"123\", &end, 37): %ld end %p errno %d", v, (void *)e, ul_errno);
		static const char five[] = " 5";
		e = (char *)1;
		ul_errno = 0;
		CHECK(ul_strtoull(five, &e, 1) == 0 && e == five && ul_errno == EINVAL, "strtoull(\" 5\", &end, 1)");
	}
	/* hand-picked */
	struct { const char *s; int base; } hp[] = {
		{ "0x", 0 }, { "0x", 16 }, { "0xg", 16 }, { "0X1f", 0 }, { "0x1f", 10 }, { "-0x", 0 },
		{ "077", 0 }, { "08", 0 }, { "0", 0 }, { "  -", 10 }, { "", 10 }, { "z", 36 }, { "Z", 36 },
		{ "9223372036854775807", 10 }, { "9223372036854775808", 10 }, { "-9223372036854775808", 10 },
		{ "-9223372036854775809", 10 }, { "18446744073709551615", 10 }, { "18446744073709551616", 0 },
		{ "-18446744073709551615", 10 }, { "-18446744073709551616", 10 }, { "1", 1 }, { "1", 37 },
		{ "0b101", 0 }, { "0b101", 2 }, { " \t+12abc", 10 }, { "- 5", 10 }, { "+-5", 10 },
	};
	for (unsigned i = 0; i < sizeof hp / sizeof *hp; i++) {
		const char *s2 = hp[i].s;
		int base = hp[i].base;
		char buf[64];
		strcpy(buf, s2);
		char *sp = buf;
#define s sp
		CMP_INT(ul_strtol, g_strtol, long, "%ld");
		CMP_INT(ul_strtoul, g_strtoul, unsigned long, "%lu");
		CMP_INT(ul_strtoll, g_strtoll, long long, "%lld");
		CMP_INT(ul_strtoull, g_strtoull, unsigned long long, "%llu");
#undef s
	}
	/* 32-bit limits exactly */
	char *e;
	ul_errno = 0;
	CHECK((int32_t)ul___intscan("2147483647", &e, 10, 1, INT32_MAX) == INT32_MAX && !ul_errno, "32 max");
	CHECK((int32_t)ul___intscan("2147483648", &e, 10, 1, INT32_MAX) == INT32_MAX && ul_errno == ERANGE, "32 max+1");
	ul_errno = 0;
	CHECK((int32_t)ul___intscan("-2147483648", &e, 10, 1, INT32_MAX) == INT32_MIN && !ul_errno, "32 min");
	CHECK((int32_t)ul___intscan("-2147483649", &e, 10, 1, INT32_MAX) == INT32_MIN && ul_errno == ERANGE, "32 min-1");
	ul_errno = 0;
	CHECK((uint32_t)ul___intscan("-1", &e, 10, 0, UINT32_MAX) == UINT32_MAX && !ul_errno, "32 unsigned -1");
	CHECK((uint32_t)ul___intscan("4294967296", &e, 0, 0, UINT32_MAX) == UINT32_MAX && ul_errno == ERANGE, "32 unsigned max+1");
	CHECK(ul_atoi("  -42x") == -42 && ul_atol("17") == 17 && ul_atoll("-9000000000") == -9000000000ll, "atoi atol atoll");
	CHECK(ul_abs(-5) == 5 && ul_labs(-7) == 7 && ul_llabs(-9000000000ll) == 9000000000ll && ul_imaxabs(-3) == 3, "abs");
}

/* ---- floating point ---- */

static int fp_cases, glibc_hex_wrong;

static void cmp_fp(const char *s)
{
	char *eu = (char *)1, *eg = (char *)1;
	fp_cases++;
	errno = 0;
	ul_errno = 0;
	double du = ul_strtod(s, &eu);
	int xu = ul_errno;
	double dg = g_strtod(s, &eg);
	int xg = errno;
	/* glibc leaks ERANGE from parsing an overlong NaN payload; a NaN is
	 * no range error (C17 7.22.1.3), the library leaves errno alone. */
	if (xg == ERANGE && dg != dg && xu == 0)
		xg = 0;
	long double ref;
	if ((memcmp(&du, &dg, sizeof du) || xu != xg) && eu == eg && hexref(s, 53, -1022, 1023, &ref) && (double)ref == du
	    && xu == (fabs(du) < DBL_MIN && hexref_inexact ? ERANGE : 0)) {
		glibc_hex_wrong++;
		dg = du;
		xg = xu;
	}
	CHECK(!memcmp(&du, &dg, sizeof du) && eu == eg && xu == xg,
	      "strtod(\"%.200s\") = %a end %td errno %d; glibc %a end %td errno %d", s, du, eu - s, xu, dg, eg - s, xg);
	errno = 0;
	ul_errno = 0;
	float fu = ul_strtof(s, &eu);
	xu = ul_errno;
	float fg = g_strtof(s, &eg);
	xg = errno;
	if (xg == ERANGE && fg != fg && xu == 0)
		xg = 0;
	if ((memcmp(&fu, &fg, sizeof fu) || xu != xg) && eu == eg && hexref(s, 24, -126, 127, &ref) && (float)ref == fu
	    && xu == (fabsf(fu) < FLT_MIN && hexref_inexact ? ERANGE : 0)) {
		glibc_hex_wrong++;
		fg = fu;
		xg = xu;
	}
	CHECK(!memcmp(&fu, &fg, sizeof fu) && eu == eg && xu == xg,
	      "strtof(\"%.200s\") = %a end %td errno %d; glibc %a end %td errno %d", s, fu, eu - s, xu, fg, eg - s, xg);
	errno = 0;
	ul_errno = 0;
	long double lu = ul_strtold(s, &eu);
	xu = ul_errno;
	long double lg = g_strtold(s, &eg);
	xg = errno;
	if (xg == ERANGE && lg != lg && xu == 0)
		xg = 0;
	CHECK(!memcmp(&lu, &lg, 10) && eu == eg && xu == xg,
	      "strtold(\"%.200s\") = %La end %td errno %d; glibc %La end %td errno %d", s, lu, eu - s, xu, lg, eg - s, xg);
}

static char *digits(char *p, unsigned n, int nonzero_first)
{
	for (unsigned i = 0; i < n; i++)
		*p++ = (char)('0' + (i == 0 && nonzero_first ? 1 + rn(9) : rn(10)));
	return p;
}

static void gen_dec(char *buf)
{
	char *p = buf;
	if (rn(8) == 0)
		*p++ = ws[rn(6)];
	if (rn(3) == 0)
		*p++ = rn(2) ? '-' : '+';
	unsigned kind = rn(10);
	unsigned ni = kind < 5 ? rn(20) : rn(4) == 0 ? rn(900) : rn(40);
	unsigned nf = rn(3) ? rn(20) : rn(60);
	if (rn(6) == 0) {
		p = put(p, "0.");
		for (unsigned z = rn(40); z; z--)
			*p++ = '0';
		ni = 0;
	}
	p = digits(p, ni, 0);
	if (nf || rn(4) == 0) {
		*p++ = '.';
		p = digits(p, nf, 0);
	}
	if (rn(4)) {
		*p++ = rn(2) ? 'e' : 'E';
		if (rn(2))
			*p++ = rn(2) ? '-' : '+';
		int e;
		switch (rn(6)) {
		case 0: e = 280 + (int)rn(60); break;        /* near double overflow/underflow */
		case 1: e = 300 + (int)rn(40); break;
		case 2: e = 30 + (int)rn(30); break;          /* float's edges */
		case 3: e = 4900 + (int)rn(100); break;       /* long double's edges */
		case 4: e = (int)rn(100000); break;
		default: e = (int)rn(30); break;
		}
		p += sprintf(p, "%d", e);
	}
	if (rn(6) == 0)
		*p++ = "xe.p+-"[rn(6)];
	*p = 0;
}

static void gen_hex(char *buf)
{
	static const char hx[] = "0123456789abcdefABCDEF";
	char *p = buf;
	if (rn(3) == 0)
		*p++ = rn(2) ? '-' : '+';
	p = put(p, rn(2) ? "0x" : "0X");
	unsigned ni = rn(4) == 0 ? rn(40) : rn(10), nf = rn(3) ? rn(16) : rn(40);
	for (unsigned i = 0; i < ni; i++)
		*p++ = hx[rn(22)];
	if (nf || rn(3) == 0) {
		*p++ = '.';
		for (unsigned i = 0; i < nf; i++)
			*p++ = hx[rn(22)];
	}
	if (rn(5)) {
		*p++ = rn(2) ? 'p' : 'P';
		if (rn(2))
			*p++ = rn(2) ? '-' : '+';
		unsigned r = rn(5);
		int e = r == 0 ? 1000 + (int)rn(100) : r == 1 ? 1060 + (int)rn(30) : r == 2 ? 120 + (int)rn(40)
			: r == 3 ? 16300 + (int)rn(200) : (int)rn(64);
		p += sprintf(p, "%d", e);
	}
	*p = 0;
}

/* The exact midpoint between a random double (or float) and its
 * successor, printed in full, then nudged by one unit in a last digit. */
static void gen_half(char *buf, int as_float)
{
	long double mid;
	if (as_float) {
		uint32_t b = (uint32_t)rnd() & 0x7f7fffff;
		float f, g;
		memcpy(&f, &b, 4);
		g = nextafterf(f, INFINITY);
		mid = ((long double)f + g) / 2;
	} else {
		uint64_t b = rnd() & 0x7fefffffffffffffull;
		if (rn(4) == 0)
			b &= 0x000fffffffffffffull;    /* subnormal */
		double d, e;
		memcpy(&d, &b, 8);
		e = nextafter(d, INFINITY);
		mid = ((long double)d + e) / 2;
	}
	int n = sprintf(buf, "%.*Le", as_float ? 160 : 780, mid);
	/* drop trailing zeros of the mantissa (keeps the value exact) */
	char *e = strchr(buf, 'e'), *z = e;
	while (z[-1] == '0')
		z--;
	memmove(z, e, strlen(e) + 1);
	(void)n;
	unsigned r = rn(3);
	if (r) {
		/* nudge: append a digit (just above) or lower the last (below) */
		e = strchr(buf, 'e');
		if (r == 1) {
			memmove(e + 1, e, strlen(e) + 1);
			*e = '1';
		} else if (e[-1] > '0' && e[-1] <= '9')
			e[-1]--;
	}
}

static void floats(unsigned cases)
{
	static char s[4096];
	for (unsigned i = 0; i < cases; i++) {
		unsigned k = rn(10);
		if (k < 5)
			gen_dec(s);
		else if (k < 7)
			gen_hex(s);
		else if (k < 8 || (k == 9 && i % 16))
			gen_half(s, rn(2));
		else if (k == 8) {
			/* hex subnormals with many bits: where glibc 2.36 slips */
			uint64_t m = rnd() | 1;
			sprintf(s, rn(2) ? "0x%llxp-%u" : "0x%llx.8p-%u", (unsigned long long)(m >> rn(30)),
				rn(2) ? 1080 + rn(50) : 160 + rn(40));
		}
		else {
			/* very long mantissas, beyond the 800 digits kept */
			char *p = digits(s, 1 + rn(1200), 1);
			p += sprintf(p, "e-%u", rn(1400));
			*p = 0;
		}
		cmp_fp(s);
	}
	static const char *special[] = {
		"inf", "INF", "-Inf", "infinity", "INFINITYx", "infin", "in", "nan", "NaN", "-nan", "nan(",
		"nan()", "nan(123)", "nan(0x7b)", "-nan(12)", "nan(abc)", "nan(0xfffffffffffff1)", "nan(077)",
		"nan(99999999999999999999999)", "nan(-1)", "nan(1_)", "nan(a b)", "nanx", "0x", "0x.", "0x.p1",
		"0xp1", "0x1p", "0x1p+", "0x1.8p1", ".", ".e5", "-.5", "5.", "1e", "1e+", "1e-x", "-0", "+0.0e999999",
		"1e-400", "1e400", "-1e400", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"4.9406564584124654e-324", "2.2250738585072011e-308", "2.2250738585072014e-308",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"3.4028235e38", "3.4028236e38", "1.4e-45", "7e-46", "7.1e-46", "1.17549435e-38",
		"0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p1024", "0x1.fffffffffffff8p1023",
		"0x1.fffffffffffff7ffp1023", "0x.0000000000001p-1022", "0x1p-16445", "0x1p-16446",
		"0x1p16384", "1e-4950", "1e4933", "   \n 12.5e1junk", "\v-0x10", "+-1", "- 1", "",
		"0000000000000000000000000000000000000000001e-30", "1e-99999999999999999999",
		"1e99999999999999999999", "0e99999999999", "0.0000000000000000000000000000e-99999999999",
		"123456789012345678901234567890e-40", "0x1.484473p-127", "0x3922d0ed0b35c5p-1077",
		"0x.000000000000000000000000000000029088E6-1",
	};
	for (unsigned i = 0; i < sizeof special / sizeof *special; i++)
		cmp_fp(special[i]);
	CHECK(ul_atof("  1.5e3x") == 1500.0, "atof");
}

int main(int argc, char **argv)
{
	unsigned ni = argc > 1 ? (unsigned)atoi(argv[1]) : 1000000;
	unsigned nf = argc > 2 ? (unsigned)atoi(argv[2]) : 500000;
	if (argc > 3)
		rng = strtoull(argv[3], 0, 0) | 1;
	ints(ni);
	floats(nf);
	printf("strtox: %u integer strings (4-6 functions and two 32-bit checks each), %d float strings (strtod, strtof, strtold each)\n",
	       ni, fp_cases);
	printf("strtox: %d hex results where glibc 2.36 misrounds a subnormal (the library agrees with an exact referee)\n",
	       glibc_hex_wrong);
	return check_report("strtox");
}
