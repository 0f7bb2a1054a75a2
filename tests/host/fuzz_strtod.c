/* libFuzzer target: strtod, strtof and strtold on the fuzzer's bytes (as a
 * C string), each compared with glibc bit for bit, with the end pointer
 * and errno; any difference aborts.
 *
 * libul.a is not built with coverage instrumentation, so the scanner's own
 * source is compiled into this file as well (it needs nothing but
 * <float.h> and <stdint.h>): its copy here is what gives the fuzzer its
 * coverage feedback, and it is checked against glibc too. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ul.h"
#include "ul_strings.h"
#include "hexref.h"
#include "../../src/stdlib/floatscan.c"

static double (*volatile g_strtod)(const char *, char **) = strtod;
static float (*volatile g_strtof)(const char *, char **) = strtof;
static long double (*volatile g_strtold)(const char *, char **) = strtold;

static void fail(const char *what, const char *s)
{
	fprintf(stderr, "%s differs from glibc on \"%.300s\"\n", what, s);
	abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = 0;
	char *eu, *eg;
	ul_errno = 0;
	errno = 0;
	double du = ul_strtod(s, &eu), dg = g_strtod(s, &eg);
	long double ref;
	/* glibc 2.36 misrounds some hex subnormals: an exact referee decides */
	int ge = errno;
	if ((memcmp(&du, &dg, sizeof du) || ul_errno != ge) && eu == eg && hexref(s, 53, -1022, 1023, &ref) &&
	    (double)ref == du && ul_errno == (fabs(du) < DBL_MIN && hexref_inexact ? ERANGE : 0))
		dg = du, errno = ul_errno;
	/* glibc leaks ERANGE from an overlong NaN payload (see test_strtox) */
	if (memcmp(&du, &dg, sizeof du) || eu != eg || (ul_errno != errno && !(dg != dg && !ul_errno)))
		fail("strtod", s);
	ul_errno = 0;
	errno = 0;
	float fu = ul_strtof(s, &eu), fg = g_strtof(s, &eg);
	ge = errno;
	if ((memcmp(&fu, &fg, sizeof fu) || ul_errno != ge) && eu == eg && hexref(s, 24, -126, 127, &ref) &&
	    (float)ref == fu && ul_errno == (fabsf(fu) < FLT_MIN && hexref_inexact ? ERANGE : 0))
		fg = fu, errno = ul_errno;
	if (memcmp(&fu, &fg, sizeof fu) || eu != eg || (ul_errno != errno && !(fg != fg && !ul_errno)))
		fail("strtof", s);
	ul_errno = 0;
	errno = 0;
	long double lu = ul_strtold(s, &eu), lg = g_strtold(s, &eg);
	if (memcmp(&lu, &lg, 10) || eu != eg || (ul_errno != errno && !(lg != lg && !ul_errno)))
		fail("strtold", s);
	/* the instrumented copy, after the white space strtod skips */
	const char *p = s;
	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	/* one precision per input keeps the run short */
	for (int prec = size % 3, once = 0; !once; once = 1) {
		size_t used;
		int range;
		long double v = __floatscan(p, (size_t)-1, prec, &used, &range);
		errno = 0;
		if (prec == 0) {
			float g = g_strtof(s, &eg);
			float f = (float)v;
			if (v == v && (memcmp(&f, &g, sizeof f) || range != (errno == ERANGE)) &&
			    hexref(s, 24, -126, 127, &ref) && (float)ref == f)
				g = f, errno = fabsf(f) < FLT_MIN && hexref_inexact ? ERANGE : 0;
			if (v == v && memcmp(&f, &g, sizeof f))
				fail("__floatscan (float)", s);
		} else if (prec == 1) {
			double g = g_strtod(s, &eg);
			double d = (double)v;
			if (v == v && (memcmp(&d, &g, sizeof d) || range != (errno == ERANGE)) &&
			    hexref(s, 53, -1022, 1023, &ref) && (double)ref == d)
				g = d, errno = fabs(d) < DBL_MIN && hexref_inexact ? ERANGE : 0;
			if (v == v && memcmp(&d, &g, sizeof d))
				fail("__floatscan (double)", s);
		} else {
			long double g = g_strtold(s, &eg);
			if (v == v && memcmp(&v, &g, 10))
				fail("__floatscan (long double)", s);
		}
		if ((used ? p + used : s) != eg || (v == v && range != (errno == ERANGE)))
			fail("__floatscan end or range", s);
	}
	free(s);
	return 0;
}
