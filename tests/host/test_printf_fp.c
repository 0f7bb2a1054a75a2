/* printf's floating conversions: the library's snprintf against glibc's on
 * a table of edge cases and a randomized differential run, doubles and (on
 * this host, x87 80-bit) long doubles.
 *
 * Usage: test_printf_fp [iterations [seed]]  (defaults: 1000000, fixed seed;
 * the long double run is a fortieth of that) */

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
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

/* Through a pointer the compiler cannot see through, so that it does not
 * compute results itself. */
static int (*volatile glibc_snprintf)(char *, size_t, const char *, ...) =
	snprintf;

#define BUFSZ 12000
#define SENTINEL 0x5a

static char gb[BUFSZ], ub[BUFSZ];
static unsigned long fails_shown;

static void show(const char *label, const char *s, int r, size_t n)
{
	size_t i, len;

	fprintf(stderr, "    %s: returned %d, bytes \"", label, r);
	if (s && n) {
		len = r < 0 ? 0 : (size_t)r < n - 1 ? (size_t)r : n - 1;
		if (len > 400)
			len = 400;
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
				fputc(c, stderr);
			else
				fprintf(stderr, "\\x%02x", c);
		}
	}
	fprintf(stderr, "\"\n");
}

/* Same return, same bytes up to the terminator, nothing written past. */
static int same_output(int rg, int ru, size_t n)
{
	size_t used, i;

	if (rg != ru)
		return 0;
	if (!n || rg < 0)
		return 1;
	used = (size_t)rg + 1 < n ? (size_t)rg + 1 : n;
	if (memcmp(gb, ub, used) != 0 || ub[used - 1] != '\0')
		return 0;
	for (i = used; i < used + 16 && i < BUFSZ; i++)
		if ((unsigned char)ub[i] != SENTINEL)
			return 0;
	return 1;
}

static void clear_bufs(size_t n)
{
	n = n + 16 < BUFSZ ? n + 16 : BUFSZ;
	memset(gb, SENTINEL, n);
	memset(ub, SENTINEL, n);
}

static void report(int line, const char *fmt, const char *val, int rg, int ru,
		   size_t n)
{
	int ok = same_output(rg, ru, n);

	CHECK(ok, "line %d: \"%s\" of %s (buffer %zu)", line, fmt, val, n);
	if (!ok && ++fails_shown <= 60) {
		show("glibc", gb, rg, n);
		show("ul   ", ub, ru, n);
	}
}

struct fcase {
	char fmt[40];
	int w, p, nw, np;
};

static int call_ld(int (*f)(char *, size_t, const char *, ...), char *b,
		   size_t n, const struct fcase *c, long double v)
{
	if (c->nw && c->np)
		return f(b, n, c->fmt, c->w, c->p, v);
	if (c->nw)
		return f(b, n, c->fmt, c->w, v);
	if (c->np)
		return f(b, n, c->fmt, c->p, v);
	return f(b, n, c->fmt, v);
}

static int call_d(int (*f)(char *, size_t, const char *, ...), char *b,
		  size_t n, const struct fcase *c, double v)
{
	if (c->nw && c->np)
		return f(b, n, c->fmt, c->w, c->p, v);
	if (c->nw)
		return f(b, n, c->fmt, c->w, v);
	if (c->np)
		return f(b, n, c->fmt, c->p, v);
	return f(b, n, c->fmt, v);
}

/* A glibc bug (seen in 2.36): "%#.Pg" of a value whose decimal exponent is
 * P-1 but which rounds up to 10^P prints "1.e+P", without the P-1 zeros
 * C requires ("%#g" of 999999.5 is "1.00000e+06", glibc "1.e+06").  The
 * library follows C.  When the two differ, this recognises that case and
 * then holds the library to glibc's "%#.(P-1)e" with the same flags and
 * width, which is C's answer: 1 if it matches, 0 if not, -1 if the case is
 * not that one. */
static unsigned long g_bug_cases;
static char exact[13000];

static int dec_exp(const char *s)
{
	const char *e = strchr(s, 'e');
	return e ? atoi(e + 1) : INT_MIN;
}

static int g_bug(const struct fcase *c, long double v, int is_ld, size_t n,
		 int ru)
{
	const char *f = c->fmt + 1;
	struct fcase e = *c;
	char conv = c->fmt[strlen(c->fmt) - 1];
	int alt = 0, prec = -1, x0, x, rg;
	char *o;

	if ((conv != 'g' && conv != 'G') || !isfinite(v) || v == 0)
		return -1;
	for (; strchr("-+ #0", *f); f++)
		alt |= *f == '#';
	if (!alt)
		return -1;
	while (*f == '*' || (*f >= '0' && *f <= '9'))
		f++;
	if (*f == '.') {
		if (f[1] == '*')
			prec = c->p;
		else
			prec = atoi(f + 1);
	}
	prec = prec < 0 ? 6 : prec == 0 ? 1 : prec;
	glibc_snprintf(exact, sizeof exact, "%.*Le", 12000, fabsl(v));
	x0 = dec_exp(exact);
	glibc_snprintf(exact, sizeof exact, "%.*Le", prec - 1, fabsl(v));
	x = dec_exp(exact);
	if (x0 != prec - 1 || x != prec)
		return -1;
	o = e.fmt + (f - c->fmt);
	sprintf(o, ".%d%s%c", prec - 1, is_ld ? "L" : "", conv == 'g' ? 'e' : 'E');
	e.np = 0;
	g_bug_cases++;
	memset(gb, SENTINEL, n + 16 < BUFSZ ? n + 16 : BUFSZ);
	rg = is_ld ? call_ld(glibc_snprintf, n ? gb : NULL, n, &e, v)
		   : call_d(glibc_snprintf, n ? gb : NULL, n, &e, (double)v);
	return same_output(rg, ru, n);
}

/* fmt of v through both, v passed as a double or (is_ld) a long double;
 * a double survives the trip through long double exactly. */
static void same_fp(int line, const char *fmt, long double v, int is_ld)
{
	char val[64];
	int rg, ru;

	clear_bufs(BUFSZ);
	rg = is_ld ? glibc_snprintf(gb, BUFSZ, fmt, v) : glibc_snprintf(gb, BUFSZ, fmt, (double)v);
	ru = is_ld ? ul_snprintf(ub, BUFSZ, fmt, v) : ul_snprintf(ub, BUFSZ, fmt, (double)v);
	if (!same_output(rg, ru, BUFSZ)) {
		struct fcase c = { .nw = 0, .np = 0 };
		int k;
		snprintf(c.fmt, sizeof c.fmt, "%s", fmt);
		if ((k = g_bug(&c, v, is_ld, BUFSZ, ru)) >= 0) {
			CHECK(k, "line %d: \"%s\" of %La (glibc %%#g bug case)",
			      line, fmt, v);
			return;
		}
		if (is_ld)
			snprintf(val, sizeof val, "%La", v);
		else
			snprintf(val, sizeof val, "%a", (double)v);
		report(line, fmt, val, rg, ru, BUFSZ);
	} else {
		check_passed++;
	}
}

static void same_d(int line, const char *fmt, double v)
{
	same_fp(line, fmt, v, 0);
}

static void same_ld(int line, const char *fmt, long double v)
{
	same_fp(line, fmt, v, 1);
}

/* Any arguments, through both. */
#define SAME(...) do { \
	int rg_, ru_; \
	clear_bufs(BUFSZ); \
	rg_ = glibc_snprintf(gb, BUFSZ, __VA_ARGS__); \
	ru_ = ul_snprintf(ub, BUFSZ, __VA_ARGS__); \
	report(__LINE__, #__VA_ARGS__, "-", rg_, ru_, BUFSZ); \
} while (0)

#define EXPECT(lit, ...) do { \
	int ru_; \
	memset(ub, SENTINEL, 64); \
	ru_ = ul_snprintf(ub, BUFSZ, __VA_ARGS__); \
	CHECK(ru_ == (int)sizeof(lit) - 1 && memcmp(ub, lit, sizeof(lit)) == 0, \
	      "line %d: %s: got %d \"%s\"", __LINE__, #__VA_ARGS__, ru_, ub); \
} while (0)

#define FAILS(err, ...) do { \
	int ru_; \
	ul_errno = 0; \
	ru_ = ul_snprintf(NULL, 0, __VA_ARGS__); \
	CHECK(ru_ == -1 && ul_errno == (err), "line %d: %s: got %d errno %d", \
	      __LINE__, #__VA_ARGS__, ru_, ul_errno); \
} while (0)

static double dbits(uint64_t u)
{
	double d;
	memcpy(&d, &u, sizeof d);
	return d;
}

static const char convs[] = "aAeEfFgG";

static double edge_values[64];
static int n_edges;

static void init_edges(void)
{
	static const double v[] = {
		0.0, -0.0, DBL_MIN, -DBL_MIN, DBL_TRUE_MIN, DBL_MAX, -DBL_MAX,
		0.1, -0.1, 1e22, 1e23, 5e-324, 9.5, 0.5, 1.5, 2.5, -2.5, 3.5,
		0.05, 0.15, 0.25, 0.35, 1e300, 1.0, -1.0, 123456789.0,
		0.000123456, 999999.5, 9999995.0, 0.999999999, 1e-5, 1e-4,
		99999.95, 1e15, 1e16, 1e17, 4.35, 1.0 / 3, 2.0 / 3,
		0x1.fffffffffffffp-1, 0x1.ffffp+0, 0x1.8p+1, 0x1.08p+0,
		0x1.18p+0, 0x0.fffffffffffffp-1022, 0x0.8p-1022,
		0x1p-1070, 8.5, 0.0625, 1e21, 5e-5, 1.25e-4,
	};
	size_t i;

	for (i = 0; i < sizeof v / sizeof v[0]; i++)
		edge_values[n_edges++] = v[i];
	edge_values[n_edges++] = INFINITY;
	edge_values[n_edges++] = -INFINITY;
	edge_values[n_edges++] = NAN;
	edge_values[n_edges++] = -NAN;
	edge_values[n_edges++] = dbits(0x7ff0000000000001ull);
	edge_values[n_edges++] = dbits(0xfff8000000000123ull);
}

static void test_table(void)
{
	static const int precs[] = {
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
		18, 19, 20, 50, 100, 350, 1100,
	};
	static const int fprecs[] = { -1, 0, 1, 3, 13, 17 };
	static const int widths[] = { 0, 1, 12, 40 };
	char fmt[64];
	int vi, ci, pi, fl, wi;

	for (vi = 0; vi < n_edges; vi++) {
		double v = edge_values[vi];
		for (ci = 0; ci < 8; ci++) {
			char c = convs[ci];
			snprintf(fmt, sizeof fmt, "%%%c", c);
			same_d(__LINE__, fmt, v);
			for (pi = 0; pi < (int)(sizeof precs / sizeof precs[0]); pi++) {
				snprintf(fmt, sizeof fmt, "%%.%d%c", precs[pi], c);
				same_d(__LINE__, fmt, v);
				snprintf(fmt, sizeof fmt, "%%#.%d%c", precs[pi], c);
				same_d(__LINE__, fmt, v);
			}
			for (fl = 0; fl < 32; fl++)
				for (wi = 0; wi < 4; wi++)
					for (pi = 0; pi < 6; pi++) {
						char *p = fmt;
						*p++ = '%';
						if (fl & 1) *p++ = '-';
						if (fl & 2) *p++ = '+';
						if (fl & 4) *p++ = ' ';
						if (fl & 8) *p++ = '#';
						if (fl & 16) *p++ = '0';
						if (widths[wi])
							p += sprintf(p, "%d", widths[wi]);
						if (fprecs[pi] >= 0)
							p += sprintf(p, ".%d", fprecs[pi]);
						*p++ = c;
						*p = 0;
						same_d(__LINE__, fmt, v);
					}
		}
	}
}

static void test_table_ld(void)
{
	static const long double v[] = {
		0.0L, -0.0L, LDBL_MIN, LDBL_TRUE_MIN, LDBL_MAX, -LDBL_MAX, 0.1L,
		1.0L, 2.5L, 0.5L, 1.5L, 9.5L, 1e4000L, 1e-4000L, 0.05L,
		0x1.fffffffffffffffep0L, 0xf.8p0L, 0x9.8p0L, 0xf.fffffffffffffffp-16000L,
		0x0.0000000000001p-16382L, 1.0L / 3, (long double)DBL_MAX,
		INFINITY, -NAN,
	};
	static const int precs[] = { -1, 0, 1, 2, 5, 14, 15, 16, 20, 40 };
	char fmt[32];
	size_t vi, ci, pi;

	for (vi = 0; vi < sizeof v / sizeof v[0]; vi++)
		for (ci = 0; ci < 8; ci++)
			for (pi = 0; pi < sizeof precs / sizeof precs[0]; pi++) {
				if (precs[pi] < 0)
					snprintf(fmt, sizeof fmt, "%%L%c", convs[ci]);
				else
					snprintf(fmt, sizeof fmt, "%%.%dL%c",
						 precs[pi], convs[ci]);
				same_ld(__LINE__, fmt, v[vi]);
				snprintf(fmt, sizeof fmt, "[%%+#030.%dL%c]",
					 precs[pi] < 0 ? 3 : precs[pi], convs[ci]);
				same_ld(__LINE__, fmt, v[vi]);
			}
}

static void test_specific(void)
{
	/* Ties to even, and values just off a tie. */
	EXPECT("0 2 2 2 4", "%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5,
	       nextafter(2.5, 0), 3.5);
	EXPECT("0.1", "%.1f", 0.05);      /* 0.05 is above the tie */
	EXPECT("0.2 0.1 0.3", "%.1f %.1f %.1f", 0.25, 0.15, 0.35);
	EXPECT("-0.000000", "%f", -0.0);
	EXPECT("-0", "%.0f", -0.4);
	EXPECT("-nan NAN inf -INF +inf", "%f %F %f %F %+f", -NAN, NAN,
	       INFINITY, -INFINITY, INFINITY);
	EXPECT("[  inf][-inf  ][  nan]", "[%05f][%-6f][%05.3f]", INFINITY,
	       -INFINITY, NAN);
	EXPECT("0x1p+0 0x1.8p+1 0x0p+0 0x0.0000000000001p-1022", "%a %a %a %a",
	       1.0, 3.0, 0.0, DBL_TRUE_MIN);
	EXPECT("0x2p+0 0x1p+0 0X1.0P+0", "%.0a %.0a %.1A", 1.5, 1.0, 1.0);
	EXPECT("0x8p-3 0xcp-2", "%La %La", 1.0L, 3.0L);
	EXPECT("1e+23 1e+22", "%g %g", 1e23, 1e22);
	/* Where glibc 2.36 prints "1.e+06" and "1.e+03" (see g_bug). */
	EXPECT("1.00000e+06 1.00e+03 -1.000E+04", "%#g %#.3g %#.4G", 999999.5,
	       999.5, -9999.9);
	EXPECT("100000000000000008388608", "%.0f", nextafter(1e23, INFINITY));
	EXPECT("99999999999999991611392", "%.0f", 1e23);
	EXPECT("4.9406564584124654e-324", "%.16e", DBL_TRUE_MIN);

	/* Large precisions: exact digits, then zeros. */
	SAME("%.5000f", 1e300);
	SAME("%.5000f", DBL_TRUE_MIN);
	SAME("%.5000e", DBL_MAX);
	SAME("%.5000g", DBL_TRUE_MIN);
	SAME("%#.5000g", 0.1);
	SAME("%.5000a|%.5000La", 0.1, 0.1L);
	SAME("%.1100f", -DBL_MIN);
	SAME("%.3000Lf %.3000Le", 0.1L, LDBL_MAX);
	SAME("%Lf", LDBL_MAX);
	SAME("%.5000Lg", LDBL_MAX);
	SAME("%.9000Le", LDBL_TRUE_MIN);
	SAME("%Lg %Le %La %.0La", LDBL_MIN, LDBL_MIN, LDBL_TRUE_MIN,
	     LDBL_TRUE_MIN);

	/* * width and precision, l and L, the argument list kept in step. */
	SAME("%*.*f|%-*.*e|%*g|%.*a", 12, 3, 3.14159, -14, 2, 2.5, 9, 1e-5,
	     -4, 0.3);
	SAME("%d %f %d %lf %Lf %s", 1, 2.0, 3, 4.0, (long double)5.0, "six");
	SAME("%d %*.*Le %s", 1, 4, 5, 2.0L, "three");

	/* Positional arguments. */
	SAME("%3$s %1$f %2$d", 1.5, 2, "three");
	SAME("%3$s %1$Lg %2$d", (long double)1.5, 2, "three");
	SAME("%2$.*1$f %2$e %3$La %2$a", 3, 2.25, 3.5L);
	SAME("%1$*2$.*3$g|%1$-*2$g|", 1234.5678, 15, 6);

	/* Widths and counts near INT_MAX. */
	{
		int r;
		ul_errno = 0;
		r = ul_snprintf(NULL, 0, "%2147483647f", 1.0);
		CHECK(r == INT_MAX, "INT_MAX width: %d", r);
		r = ul_snprintf(gb, 10, "%2147483646.1e", -1.0);
		CHECK(r == INT_MAX - 1 && !strcmp(gb, "         "),
		      "INT_MAX-1 width: %d", r);
		r = ul_snprintf(NULL, 0, "%.2147483645f", 0.0);
		CHECK(r == INT_MAX, "INT_MAX precision: %d", r);
	}
	FAILS(EOVERFLOW, "%2147483647f%c", 1.0, 'x');
	FAILS(EOVERFLOW, "x%2147483647f", 1.0);
	FAILS(EOVERFLOW, "%.2147483646f", 0.0);
	FAILS(EOVERFLOW, "%.2147483647e", 1.0);
	FAILS(EOVERFLOW, "%#.2147483647g", 1.0);
	FAILS(EOVERFLOW, "%.2147483647a", 1.0);
	FAILS(EOVERFLOW, "x%-+*Lf", INT_MAX, 1.0L);
	FAILS(EOVERFLOW, "%.*f", INT_MAX, 1.0);
	FAILS(EOVERFLOW, "%*f|", INT_MAX, NAN);
	EXPECT("1", "%.2147483647g", 1.0);
	EXPECT("0.1000000000000000055511151231257827021181583404541015625",
	       "%.2147483647g", 0.1);
	FAILS(EINVAL, "%hf", 1.0);
	FAILS(EINVAL, "%lLf", 1.0);
	FAILS(EINVAL, "%1$f %1$Lf", 1.0);
}

/* ---- Randomized differential run ---- */

static uint64_t rng;

static uint64_t rnd(void)
{
	uint64_t z = (rng += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static unsigned rndn(unsigned n)
{
	return (unsigned)(rnd() % n);
}

static double rdouble(void)
{
	static const double pow10s[] = {
		1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e12,
		1e15, 1e20,
	};
	double d;

	switch (rndn(10)) {
	case 0:
		return edge_values[rndn((unsigned)n_edges)];
	case 1: case 2: case 3:         /* a "nice" decimal */
		d = (double)(int64_t)(rnd() >> rndn(64)) /
		    pow10s[rndn(sizeof pow10s / sizeof pow10s[0])];
		if (rndn(4) == 0)
			d *= pow10s[rndn(8)];
		return rndn(2) ? -d : d;
	case 4:                         /* small exponents */
		return dbits((rnd() & 0x800fffffffffffffull) |
			     (uint64_t)(1023 - 30 + rndn(60)) << 52);
	default:                        /* any bit pattern */
		return dbits(rnd());
	}
}

static void rformat(struct fcase *c, const char *len, char conv)
{
	char *p = c->fmt;
	unsigned r;

	c->nw = c->np = 0;
	*p++ = '%';
	r = (unsigned)rnd();
	if (r & 1) *p++ = '-';
	if (r & 2) *p++ = '+';
	if (r & 4) *p++ = ' ';
	if (r & 8) *p++ = '#';
	if (r & 16) *p++ = '0';
	if ((r >> 5) % 4 == 0) {
		*p++ = '*';
		c->nw = 1;
		c->w = (int)rndn(61) - 30;
	} else if ((r >> 5) % 4 == 1) {
		p += sprintf(p, "%u", rndn(40) + 1);
	}
	switch (rndn(12)) {
	case 0:
		break;
	case 1:
		*p++ = '.';
		break;
	case 2:
		p += sprintf(p, ".%u", rndn(401));
		break;
	case 3:
		p += sprintf(p, ".*");
		c->np = 1;
		c->p = (int)rndn(40) - 5;
		break;
	default:
		p += sprintf(p, ".%u", rndn(21));
		break;
	}
	p += sprintf(p, "%s%c", len, conv);
}

static void random_run(unsigned long iters, uint64_t seed)
{
	unsigned long i, failures = 0;
	struct fcase c;

	rng = seed;
	for (i = 0; i < iters; i++) {
		double v = rdouble();
		size_t n = 2048;
		int rg, ru, ok;

		rformat(&c, rndn(8) == 0 ? "l" : "", convs[rndn(8)]);
		if (rndn(16) == 0)
			n = rndn(40);
		clear_bufs(n);
		rg = call_d(glibc_snprintf, n ? gb : NULL, n, &c, v);
		ru = call_d(ul_snprintf, n ? ub : NULL, n, &c, v);
		ok = same_output(rg, ru, n);
		if (!ok && g_bug(&c, v, 0, n, ru) == 1)
			ok = 1;
		if (ok) {
			check_passed++;
			continue;
		}
		CHECK(ok, "random double case %lu (seed %llu)", i,
		      (unsigned long long)seed);
		if (++failures <= 5) {
			fprintf(stderr, "  format \"%s\", value %a (0x%016llx)",
				c.fmt, v, (unsigned long long)0);
			if (c.nw)
				fprintf(stderr, ", width arg %d", c.w);
			if (c.np)
				fprintf(stderr, ", precision arg %d", c.p);
			fprintf(stderr, ", buffer %zu\n", n);
			show("glibc", gb, rg, n);
			show("ul   ", ub, ru, n);
		}
	}
}

static long double rldouble(void)
{
	union { long double ld; struct { uint64_t m; uint16_t se; } p; } u;
	unsigned e;

	memset(&u, 0, sizeof u);
	switch (rndn(8)) {
	case 0:
		return (long double)rdouble();
	case 1:
		e = 0;                          /* subnormal or zero */
		break;
	case 2: case 3: case 4:
		e = 16383 - 80 + rndn(160);     /* near 1 */
		break;
	case 5:
		e = 16383 - 1100 + rndn(2200);
		break;
	default:
		e = rndn(0x7fff) + (rndn(64) == 0 ? 1 : 0);
		break;
	}
	u.p.m = rnd() >> (rndn(4) == 0 ? rndn(64) : 0);
	if (e && e != 0x7fff)
		u.p.m |= 1ull << 63;            /* normal: integer bit set */
	else if (e == 0x7fff)
		u.p.m |= 1ull << 63;
	else
		u.p.m &= ~(1ull << 63);
	u.p.se = (uint16_t)(e | (rndn(2) << 15));
	return u.ld;
}

static void random_run_ld(unsigned long iters, uint64_t seed)
{
	static const char lconvs[] = "fegaEGA";
	unsigned long i, failures = 0;
	struct fcase c;

	rng = seed ^ 0x4c44;
	for (i = 0; i < iters; i++) {
		long double v = rldouble();
		size_t n = BUFSZ;
		int rg, ru, ok;

		rformat(&c, "L", lconvs[rndn(7)]);
		clear_bufs(n);
		rg = call_ld(glibc_snprintf, gb, n, &c, v);
		ru = call_ld(ul_snprintf, ub, n, &c, v);
		ok = same_output(rg, ru, n);
		if (!ok && g_bug(&c, v, 1, n, ru) == 1)
			ok = 1;
		if (ok) {
			check_passed++;
			continue;
		}
		CHECK(ok, "random long double case %lu (seed %llu)", i,
		      (unsigned long long)seed);
		if (++failures <= 5) {
			fprintf(stderr, "  format \"%s\", value %La",
				c.fmt, v);
			if (c.nw)
				fprintf(stderr, ", width arg %d", c.w);
			if (c.np)
				fprintf(stderr, ", precision arg %d", c.p);
			fputc('\n', stderr);
			show("glibc", gb, rg, n);
			show("ul   ", ub, ru, n);
		}
	}
}

static double secs(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	unsigned long iters = 1000000;
	uint64_t seed = 0xf10a7f10a7ull;
	double t0;

	if (argc > 1)
		iters = strtoul(argv[1], NULL, 0);
	if (argc > 2)
		seed = strtoull(argv[2], NULL, 0);

	init_edges();
	t0 = secs();
	test_table();
	test_table_ld();
	test_specific();
	printf("printf_fp: table: %lu checks, %.1f s\n", check_passed + check_failed,
	       secs() - t0);
	t0 = secs();
	random_run(iters, seed);
	printf("printf_fp: random doubles: %lu cases, seed %llu, %.1f s\n", iters,
	       (unsigned long long)seed, secs() - t0);
	t0 = secs();
	random_run_ld(iters / 40, seed);
	printf("printf_fp: random long doubles: %lu cases, %.1f s\n", iters / 40,
	       secs() - t0);
	printf("printf_fp: %lu cases of glibc's %%#g bug checked against "
	       "%%#e instead\n", g_bug_cases);
	return check_report("printf_fp");
}
