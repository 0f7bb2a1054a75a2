/* <time.h>: the library's calendar conversions, mktime, strftime and
 * asctime against glibc's (the zone set the same way on both sides: the
 * library's through the host platform's wall clock, glibc's through TZ),
 * over every day of 400 years and random times over +-2^40 s; then the
 * clocks and sleeps against the host platform's knobs.
 *
 * Usage: test_time [scale [seed]]   (scale multiplies the random counts) */

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "sys_host.h"
#include "ul.h"

#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-y2k"

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
	uint64_t x = rng_state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}
/* Uniform in [lo, hi]. */
static long long range(long long lo, long long hi)
{
	return lo + (long long)(rnd() % (uint64_t)(hi - lo + 1));
}

static double scale = 1;
static long count(long n)
{
	return (long)(n * scale) > 0 ? (long)(n * scale) : 1;
}

/* glibc's, through pointers the compiler cannot see through. */
static size_t (*volatile g_strftime)(char *, size_t, const char *, const struct tm *) = strftime;
static time_t (*volatile g_mktime)(struct tm *) = mktime;

static int same_tm(const struct tm *a, const struct tm *b)
{
	return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
	       a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
	       a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday && a->tm_isdst == b->tm_isdst &&
	       a->tm_gmtoff == b->tm_gmtoff &&
	       (a->tm_zone == b->tm_zone || (a->tm_zone && b->tm_zone && !strcmp(a->tm_zone, b->tm_zone)));
}

static const char *show_tm(const struct tm *t)
{
	static char buf[4][160];
	static int k;
	char *b = buf[k++ % 4];
	snprintf(b, 160, "%d-%d-%d %d:%d:%d wday %d yday %d isdst %d off %ld zone %s",
	         t->tm_year, t->tm_mon, t->tm_mday, t->tm_hour, t->tm_min, t->tm_sec, t->tm_wday,
	         t->tm_yday, t->tm_isdst, t->tm_gmtoff, t->tm_zone ? t->tm_zone : "(null)");
	return b;
}

/* ---- zones ---------------------------------------------------------------- */
struct zone {
	const char *tz;          /* glibc's TZ for the same zone */
	int known, utcoff, isdst;/* what the platform reports */
};
static const struct zone zones[] = {
	{ "UTC0", 1, 0, 0 },
	{ "UTC0", 0, 0, 0 },            /* unspecified: taken as UTC */
	{ "<+0530>-5:30", 1, 19800, 0 },
	{ "<-05>5", 1, -18000, 0 },
	{ "<+0545>-5:45", 1, 20700, 0 },
	{ "<-0930>9:30", 1, -34200, 0 },
	{ "<+14>-14", 1, 50400, 0 },
	{ "<-12>12", 1, -43200, 0 },
	/* Zones the firmware says are in daylight saving time.  glibc has no
	 * zone that is in DST at every instant (it honours "0/0,J365/25" in
	 * only some years), so these are compared with the same offset as a
	 * standard zone, tm_isdst aside (see check_localtime, check_mktime). */
	{ "<-04>4", 1, -14400, 1 },
	{ "<+02>-2", 1, 7200, 1 },
};
/* The zones strftime's %s and %Z can be compared in. */
#define NZONES_STD 8
#define NZONES (sizeof zones / sizeof zones[0])

static int zone_dst;

static void set_zone(const struct zone *z)
{
	zone_dst = z->isdst;
	setenv("TZ", z->tz, 1);
	tzset();
	host_wall.zone_known = z->known;
	host_wall.utcoff = z->utcoff;
	host_wall.isdst = z->isdst;
	host_wall_errno = 0;
}

/* ---- gmtime, timegm ------------------------------------------------------- */
static void check_gmtime(time_t t)
{
	struct tm g, u;
	memset(&g, 0x55, sizeof g);
	memset(&u, 0x55, sizeof u);
	errno = 0;
	struct tm *gr = gmtime_r(&t, &g);
	int ge = errno;
	ul_errno = 0;
	struct tm *ur = ul_gmtime_r(&t, &u);
	int ue = ul_errno;
	CHECK(!gr == !ur, "gmtime_r(%lld): glibc %p, ul %p", (long long)t, (void *)gr, (void *)ur);
	if (!gr || !ur) {
		CHECK(ge == EOVERFLOW && ue == EOVERFLOW, "gmtime_r(%lld) errno glibc %d ul %d", (long long)t, ge, ue);
		return;
	}
	CHECK(ur == &u && same_tm(&g, &u), "gmtime_r(%lld): glibc %s, ul %s", (long long)t, show_tm(&g), show_tm(&u));
	struct tm back = u;
	time_t r = ul_timegm(&back);
	CHECK(r == t && same_tm(&back, &u), "timegm(gmtime(%lld)) = %lld", (long long)t, (long long)r);
}

static void test_gmtime(void)
{
	/* Every day of 1200 years (three Gregorian cycles, 1370 to 2570), at
	 * a random second of each. */
	for (long long d = -146097 - 73000; d < 146097 - 73000 + 146097; d += 1)
		check_gmtime(d * 86400 + range(0, 86399));
	for (long i = 0; i < count(1000000); i++)
		check_gmtime(range(-(1LL << 40), 1LL << 40));
	/* Whole range of time_t: the ends fail, cleanly. */
	for (long i = 0; i < count(20000); i++)
		check_gmtime((time_t)rnd());
	check_gmtime(LLONG_MAX);
	check_gmtime(LLONG_MIN);
	check_gmtime(0);
	check_gmtime(-1);
	/* The last and first seconds whose year fits tm_year, and one past. */
	struct tm edge = { .tm_year = INT_MAX, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23,
	                   .tm_min = 59, .tm_sec = 59 };
	time_t tmax = ul_timegm(&edge);
	CHECK(tmax == 67768036191676799LL, "last second of year INT_MAX+1900: %lld", (long long)tmax);
	check_gmtime(tmax);
	check_gmtime(tmax + 1);
	edge = (struct tm){ .tm_year = INT_MIN, .tm_mday = 1 };
	time_t tmin = ul_timegm(&edge);
	CHECK(tmin == -67768040609740800LL, "first second of year INT_MIN+1900: %lld", (long long)tmin);
	check_gmtime(tmin);
	check_gmtime(tmin - 1);
	time_t over = tmax + 1;
	ul_errno = 0;
	CHECK(ul_gmtime(&over) == NULL && ul_errno == EOVERFLOW, "gmtime past the last year: EOVERFLOW");
	edge = (struct tm){ .tm_year = INT_MAX, .tm_mon = 12, .tm_mday = 1 };
	ul_errno = 0;
	CHECK(ul_timegm(&edge) == -1 && ul_errno == EOVERFLOW, "timegm past the last year: EOVERFLOW");
}

/* ---- localtime, mktime ---------------------------------------------------- */
static void check_localtime(time_t t)
{
	struct tm g, u;
	errno = 0;
	struct tm *gr = localtime_r(&t, &g);
	ul_errno = 0;
	struct tm *ur = ul_localtime_r(&t, &u);
	CHECK(!gr == !ur, "localtime_r(%lld) TZ=%s: glibc %p, ul %p", (long long)t, getenv("TZ"),
	      (void *)gr, (void *)ur);
	if (zone_dst)
		g.tm_isdst = 1;
	if (gr && ur)
		CHECK(same_tm(&g, &u), "localtime_r(%lld) TZ=%s: glibc %s, ul %s", (long long)t,
		      getenv("TZ"), show_tm(&g), show_tm(&u));
	else
		CHECK(ul_errno == EOVERFLOW, "localtime_r(%lld) errno %d", (long long)t, ul_errno);
}

static void check_mktime(const struct tm *in)
{
	struct tm g = *in, u = *in;
	/* In a DST zone glibc's fixed zone stands for the daylight offset;
	 * standard time (tm_isdst 0) is one hour behind it. */
	long shift = zone_dst && in->tm_isdst == 0 ? 3600 : 0;
	if (zone_dst)
		g.tm_isdst = -1;
	errno = 0;
	time_t gt = g_mktime(&g);
	int ge = errno;
	if (shift && gt != -1) {
		gt += shift;
		if (!localtime_r(&gt, &g))
			gt = -1, ge = EOVERFLOW;
	}
	if (zone_dst)
		g.tm_isdst = 1;
	ul_errno = 0;
	time_t ut = ul_mktime(&u);
	int ue = ul_errno;
	CHECK(gt == ut && ge == ue, "mktime(%s) TZ=%s: glibc %lld (errno %d), ul %lld (errno %d)",
	      show_tm(in), getenv("TZ"), (long long)gt, ge, (long long)ut, ue);
	if (gt == ut && ut != -1)
		CHECK(same_tm(&g, &u), "mktime(%s) TZ=%s fields: glibc %s, ul %s", show_tm(in),
		      getenv("TZ"), show_tm(&g), show_tm(&u));
}

static void test_local(void)
{
	for (size_t z = 0; z < NZONES; z++) {
		set_zone(&zones[z]);
		for (long long d = -73000; d < 146097 - 73000; d += 7)
			check_localtime(d * 86400 + range(0, 86399));
		for (long i = 0; i < count(60000); i++)
			check_localtime(range(-(1LL << 40), 1LL << 40));
		check_localtime(LLONG_MAX);
		check_localtime(LLONG_MIN);
		for (long i = 0; i < count(60000); i++) {
			struct tm in = {
				.tm_year = (int)range(-400, 600),
				.tm_mon = (int)range(-1000, 1000),
				.tm_mday = (int)range(-1000, 1000),
				.tm_hour = (int)range(-100000, 100000),
				.tm_min = (int)range(-1000000, 1000000),
				.tm_sec = (int)range(-1000000000, 1000000000),
				.tm_isdst = (int)range(-1, 1),
				.tm_wday = (int)range(-50, 50),
				.tm_yday = (int)range(-500, 500),
			};
			switch (rnd() % 4) {
			case 0: /* in range, so that exact round trips dominate too */
				in.tm_mon = (int)range(0, 11);
				in.tm_mday = (int)range(1, 28);
				in.tm_hour = (int)range(0, 23);
				in.tm_min = (int)range(0, 59);
				in.tm_sec = (int)range(0, 60);
				break;
			case 1:
				in.tm_sec = (int)range(INT_MIN, INT_MAX);
				in.tm_min = (int)range(INT_MIN, INT_MAX);
				break;
			case 2:
				in.tm_year = (int)range(-1000000, 1000000);
				break;
			}
			check_mktime(&in);
		}
		/* Every day of the 400 years, at noon, round trip. */
		for (long long d = -73000; d < 146097 - 73000; d += 3) {
			struct tm in = { .tm_year = 70, .tm_mday = (int)d + 1, .tm_hour = 12, .tm_isdst = -1 };
			check_mktime(&in);
		}
	}
}

static void test_mktime_edges(void)
{
	set_zone(&zones[0]);
	struct tm t = { .tm_year = 69, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59,
	                .tm_sec = 59, .tm_isdst = -1 };
	ul_errno = 0;
	CHECK(ul_mktime(&t) == -1 && ul_errno == 0, "mktime of 1969-12-31 23:59:59 is -1, not an error");
	t = (struct tm){ .tm_year = INT_MAX, .tm_mon = 12, .tm_mday = 1 };
	struct tm keep = t;
	ul_errno = 0;
	CHECK(ul_mktime(&t) == -1 && ul_errno == EOVERFLOW, "mktime past year INT_MAX+1900: EOVERFLOW");
	CHECK(!memcmp(&t, &keep, sizeof t), "mktime leaves tm alone when it fails");
	t = (struct tm){ .tm_year = INT_MAX, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59, .tm_sec = 59 };
	CHECK(ul_mktime(&t) == 67768036191676799LL, "mktime of the last representable second");
	/* In a zone east of UTC the first local second of year INT_MIN+1900
	 * is in the year before in UTC: glibc fails it, and so do we. */
	set_zone(&zones[2]);
	t = (struct tm){ .tm_year = INT_MIN, .tm_mday = 1 };
	check_mktime(&t);
	ul_errno = 0;
	CHECK(ul_mktime(&t) == -1 && ul_errno == EOVERFLOW, "mktime before year INT_MIN+1900 in UTC");
	/* tm_isdst asks for daylight time in a zone without it: one hour
	 * earlier, as glibc assumes. */
	set_zone(&zones[0]);
	t = (struct tm){ .tm_year = 100, .tm_mon = 5, .tm_mday = 1, .tm_isdst = 1 };
	CHECK(ul_mktime(&t) == 959817600 - 3600 && t.tm_isdst == 0 && t.tm_hour == 23,
	      "mktime isdst=1 in UTC: %s", show_tm(&t));
}

/* ---- strftime ------------------------------------------------------------- */
static const char conversions[] = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZP%EO+:qQ";

static void random_format(char *f, size_t size)
{
	size_t n = 0;
	int parts = (int)range(1, 6);
	for (int i = 0; i < parts && n + 24 < size; i++) {
		if (rnd() % 4 == 0) {
			f[n++] = "ab -/:x%"[rnd() % 8];
			continue;
		}
		f[n++] = '%';
		int flags = (int)(rnd() % 3);
		for (int k = 0; k < flags; k++)
			f[n++] = "_-0^#"[rnd() % 5];
		if (rnd() % 3 == 0)
			n += (size_t)snprintf(f + n, size - n, "%d",
			                      rnd() % 50 == 0 ? (int)range(100, 1000) : (int)range(0, 25));
		if (rnd() % 4 == 0)
			f[n++] = "EO"[rnd() % 2];
		if (rnd() % 60 == 0)
			break;   /* a conversion cut off by the end of the format */
		f[n++] = conversions[rnd() % (sizeof conversions - 1)];
	}
	f[n] = 0;
}

static void random_tm(struct tm *t)
{
	static const char *const names[] = { NULL, "", "ABC", "+0530", "GMT" };
	memset(t, 0, sizeof *t);
	if (rnd() % 2) {
		time_t x = range(-(1LL << 37), 1LL << 37);
		localtime_r(&x, t);
		if (rnd() % 3 == 0)
			t->tm_zone = names[rnd() % 5];
		return;
	}
	t->tm_sec = (int)range(-5, 65);
	t->tm_min = (int)range(-5, 65);
	t->tm_hour = (int)range(-5, 27);
	t->tm_mday = (int)range(-5, 35);
	t->tm_mon = (int)range(-2, 13);
	t->tm_year = rnd() % 8 ? (int)range(-3000, 10000) : (int)range(-2000000, 2000000);
	t->tm_wday = (int)range(-2, 8);
	t->tm_yday = (int)range(-2, 367);
	t->tm_isdst = (int)range(-1, 2);
	t->tm_gmtoff = range(-50000, 50000);
	t->tm_zone = names[rnd() % 5];
}

static void check_strftime(const char *f, const struct tm *t, size_t n)
{
	char g[600], u[600];
	memset(g, 'G', sizeof g);
	memset(u, 'G', sizeof u);
	size_t gr = g_strftime(n ? g : NULL, n, f, t);
	size_t ur = ul_strftime(n ? u : NULL, n, f, t);
	CHECK(gr == ur && (gr == 0 || !memcmp(g, u, gr + 1)),
	      "strftime(n=%zu, \"%s\", %s): glibc %zu \"%.*s\", ul %zu \"%.*s\"", n, f, show_tm(t), gr,
	      (int)(gr < sizeof g ? gr : 0), g, ur, (int)(ur < sizeof u ? ur : 0), u);
	if (gr == ur && n)
		CHECK(!memcmp(g + gr + 1, u + ur + 1, sizeof g - gr - 1) || gr == 0,
		      "strftime(\"%s\") wrote past its result", f);
}

static void test_strftime(void)
{
	/* Every conversion, flags and modifiers one by one, on fixed dates. */
	static const char *const fixed[] = {
		"%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %s %S %t %T %u %U %V %w %W %x %X %y %Y %z %Z %%",
		"%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %OI %Om %OM %OS %Ou %OU %OV %Ow %OW %Oy",
		"%Ea %Ob %OB %Oh %Ez %Oz %EZ %OY %E% %O% %q %Q %5q %",
		"%_5d %-d %05e %-e %^a %#a %^#B %#p %#Z %^P %10z %_10z %-z %010z %3%",
		"%20c|%-20c|%020c|%^c|%_30D|%030T", "%2147483647d", "%99999999999999999999Y", "%-", "%E", "%O",
		"%_", "%5", "%0", "",
	};
	struct tm t;
	for (size_t z = 0; z < NZONES_STD; z++) {
		set_zone(&zones[z]);
		for (int y = -5; y < 12; y++) {
			time_t x = (time_t)(y * 9876543211LL + 123456);
			localtime_r(&x, &t);
			for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
				check_strftime(fixed[i], &t, 600);
		}
	}
	/* Random formats and struct tm values; buffers of every size around
	 * the result's length. */
	char f[128];
	for (long i = 0; i < count(300000); i++) {
		if (i % 20000 == 0)
			set_zone(&zones[(i / 20000) % NZONES_STD]);
		random_format(f, sizeof f);
		random_tm(&t);
		check_strftime(f, &t, 600);
		if (i % 8 == 0) {
			size_t len = ul_strftime(NULL, (size_t)-1, f, &t);
			if (len < 590)
				for (size_t n = len > 2 ? len - 2 : 0; n <= len + 1; n++)
					check_strftime(f, &t, n);
		}
	}
}

/* Fields at the ends of int: no overflow anywhere (UBSan watches), and the
 * true values where glibc's int arithmetic wraps. */
static void test_strftime_extremes(void)
{
	set_zone(&zones[0]);
	static const int v[] = { INT_MIN, INT_MIN + 1, -1, 0, INT_MAX - 1, INT_MAX };
	const char *all = "%a%A%b%B%c%C%d%D%e%F%g%G%h%H%I%j%k%l%m%M%n%p%P%r%R%s%S%t%T%u%U%V%w%W%x%X%y%Y%z%Z";
	char buf[1024];
	for (int i = 0; i < 6; i++)
		for (int j = 0; j < 6; j++) {
			struct tm t = { v[i], v[j], v[i], v[j], v[i], v[j], v[i], v[j], v[i % 3], v[j], NULL };
			size_t n = ul_strftime(buf, sizeof buf, all, &t);
			CHECK(n > 0 && n < sizeof buf, "strftime of extreme fields %d %d", i, j);
		}
	struct tm t = { .tm_year = INT_MAX, .tm_mday = 1 };
	CHECK(ul_strftime(buf, sizeof buf, "%Y %C %y", &t) && !strcmp(buf, "2147485547 21474855 47"),
	      "%%Y of tm_year INT_MAX is the true year: %s", buf);
	t.tm_year = INT_MIN;
	CHECK(ul_strftime(buf, sizeof buf, "%Y %C %y", &t) && !strcmp(buf, "-2147481748 -21474818 52"),
	      "%%Y of tm_year INT_MIN: %s", buf);
	t = (struct tm){ .tm_yday = INT_MIN, .tm_wday = INT_MAX };
	CHECK(ul_strftime(buf, sizeof buf, "%U %W %u", &t) && !strcmp(buf, "-613566755 -306783377 1"),
	      "%%U %%W %%u of extreme yday and wday: %s", buf);
}

/* ---- asctime, ctime, difftime --------------------------------------------- */
static void check_asctime(const struct tm *t)
{
	char gb[32], ub[32];
	char *g = asctime(t);
	char gcopy[128];
	snprintf(gcopy, sizeof gcopy, "%s", g ? g : "(null)");
	char *u = ul_asctime(t);
	CHECK(!g == !u && (!g || !strcmp(gcopy, u)), "asctime(%s): glibc \"%s\", ul \"%s\"", show_tm(t),
	      gcopy, u ? u : "(null)");
	errno = 0;
	g = asctime_r(t, gb);
	int ge = errno;
	ul_errno = 0;
	u = ul_asctime_r(t, ub);
	int ue = ul_errno;
	CHECK(!g == !u && (!g || !strcmp(gb, ub)) && (g || ge == ue),
	      "asctime_r(%s): glibc \"%s\" (errno %d), ul \"%s\" (errno %d)", show_tm(t), g ? gb : "(null)",
	      ge, u ? ub : "(null)", ue);
}

static void test_asctime(void)
{
	struct tm t;
	for (long i = 0; i < count(100000); i++) {
		memset(&t, 0, sizeof t);
		t.tm_sec = (int)range(-100, 100);
		t.tm_min = (int)range(-100, 100);
		t.tm_hour = (int)range(-100, 100);
		t.tm_mday = (int)range(-100, 100);
		t.tm_mon = (int)range(-1, 12);
		t.tm_wday = (int)range(-1, 7);
		switch (rnd() % 4) {
		case 0: t.tm_year = (int)range(-3000, 9000); break;
		case 1: t.tm_year = (int)range(8000, 8200); break;
		case 2: t.tm_year = (int)range(INT_MAX - 1910, INT_MAX); break;
		default: t.tm_year = (int)range(INT_MIN, INT_MIN + 10); break;
		}
		if (rnd() % 8 == 0) {
			t.tm_sec = (int)range(INT_MIN, INT_MAX);
			t.tm_mday = (int)range(INT_MIN, INT_MAX);
		}
		check_asctime(&t);
	}
	for (size_t z = 0; z < NZONES; z++) {
		set_zone(&zones[z]);
		for (long i = 0; i < count(20000); i++) {
			time_t x = range(-(1LL << 36), 1LL << 36);
			char gb[32], ub[32];
			char *g = ctime_r(&x, gb), *u = ul_ctime_r(&x, ub);
			CHECK(g && u && !strcmp(gb, ub), "ctime_r(%lld) TZ=%s: \"%s\" \"%s\"", (long long)x,
			      getenv("TZ"), gb, ub);
			if (i % 100 == 0) {
				snprintf(gb, sizeof gb, "%s", ctime(&x));
				CHECK(!strcmp(gb, ul_ctime(&x)), "ctime(%lld)", (long long)x);
			}
		}
	}
	time_t big = LLONG_MAX;
	ul_errno = 0;
	CHECK(ul_ctime(&big) == NULL && ul_errno == EOVERFLOW, "ctime of an unrepresentable year: EOVERFLOW");
}

static void test_difftime(void)
{
	for (long i = 0; i < count(200000); i++) {
		time_t a = (time_t)rnd(), b = (time_t)rnd();
		if (i % 2)
			a >>= rnd() % 64, b >>= rnd() % 64;
		double want = (double)((__int128)a - b);
		double got = ul_difftime(a, b);
		CHECK(got == want, "difftime(%lld, %lld) = %.17g, want %.17g", (long long)a, (long long)b, got, want);
	}
	CHECK(ul_difftime(LLONG_MAX, LLONG_MIN) == 18446744073709551615.0, "difftime of the extremes");
	CHECK(ul_difftime(5, 7) == -2.0, "difftime(5, 7)");
}

/* ---- clocks and sleeps ---------------------------------------------------- */
static void wall(int y, int mo, int d, int h, int mi, int s, long ns, int known, int off, int dst)
{
	host_wall = (struct host_wall){ y, mo, d, h, mi, s, ns, known, off, dst };
	host_wall_errno = 0;
}

static void test_clocks(void)
{
	struct timespec ts;
	time_t t;
	/* Local 05:30 in a zone 5:30 east of UTC is midnight UTC. */
	wall(2000, 1, 1, 5, 30, 0, 250000000, 1, 19800, 0);
	CHECK(ul_time(NULL) == 946684800, "time() east of UTC: %lld", (long long)ul_time(NULL));
	CHECK(ul_time(&t) == 946684800 && t == 946684800, "time(&t) stores it too");
	CHECK(ul_timespec_get(&ts, TIME_UTC) == TIME_UTC && ts.tv_sec == 946684800 && ts.tv_nsec == 250000000,
	      "timespec_get: %lld.%09ld", (long long)ts.tv_sec, ts.tv_nsec);
	CHECK(ul_timespec_get(&ts, 0) == 0 && ul_timespec_get(&ts, 2) == 0, "timespec_get: bad base gives 0");
	CHECK(ul_clock_gettime(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec == 946684800, "clock_gettime(REALTIME)");
	struct timeval tv;
	struct timezone tz;
	CHECK(ul_gettimeofday(&tv, &tz) == 0 && tv.tv_sec == 946684800 && tv.tv_usec == 250000 &&
	      tz.tz_minuteswest == -330 && tz.tz_dsttime == 0, "gettimeofday");
	struct tm lt;
	t = 946684800;
	CHECK(ul_localtime_r(&t, &lt) && lt.tm_hour == 5 && lt.tm_min == 30 && lt.tm_gmtoff == 19800 &&
	      !strcmp(lt.tm_zone, "+0530"), "localtime east: %s", show_tm(&lt));
	/* West, in daylight time: 19:00 at UTC-4 is 23:00 UTC. */
	wall(1999, 12, 31, 19, 0, 0, 0, 1, -14400, 1);
	CHECK(ul_time(NULL) == 946684800 - 3600, "time() west of UTC in DST: %lld", (long long)ul_time(NULL));
	CHECK(ul_localtime_r(&t, &lt) && lt.tm_isdst == 1 && lt.tm_hour == 20 && lt.tm_gmtoff == -14400,
	      "localtime west in DST: %s", show_tm(&lt));
	ul_tzset();
	CHECK(ul_timezone == 18000 && ul_daylight == 1 && !strcmp(ul_tzname[0], "-05") &&
	      !strcmp(ul_tzname[1], "-04"), "tzset in DST: %ld %d %s %s", ul_timezone, ul_daylight,
	      ul_tzname[0], ul_tzname[1]);
	/* No zone: the clock is taken as UTC. */
	wall(2000, 1, 1, 0, 0, 0, 0, 0, 12345, 1);
	CHECK(ul_time(NULL) == 946684800, "time() with no zone is UTC");
	CHECK(ul_localtime_r(&t, &lt) && lt.tm_isdst == 0 && lt.tm_gmtoff == 0 && !strcmp(lt.tm_zone, "UTC"),
	      "localtime with no zone is UTC: %s", show_tm(&lt));
	/* Readings that are no date, and a failing clock. */
	static const int bad[][6] = { { 2000, 0, 1, 0, 0, 0 }, { 2000, 13, 1, 0, 0, 0 }, { 2001, 2, 29, 0, 0, 0 },
	                              { 2000, 4, 31, 0, 0, 0 }, { 2000, 1, 0, 0, 0, 0 }, { 2000, 1, 1, 24, 0, 0 },
	                              { 2000, 1, 1, 0, 60, 0 }, { 2000, 1, 1, 0, 0, 60 } };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		wall(bad[i][0], bad[i][1], bad[i][2], bad[i][3], bad[i][4], bad[i][5], 0, 1, 0, 0);
		ul_errno = 0;
		CHECK(ul_time(&t) == -1 && t == -1 && ul_errno == EIO, "time() of an invalid reading %zu", i);
		CHECK(ul_timespec_get(&ts, TIME_UTC) == 0, "timespec_get of an invalid reading");
	}
	wall(2000, 2, 29, 23, 59, 59, 1000000000, 1, 0, 0);
	CHECK(ul_time(NULL) == -1, "nanoseconds past 999999999 are invalid");
	wall(2000, 2, 29, 23, 59, 59, 999999999, 1, 0, 0);
	CHECK(ul_time(NULL) == 951868799, "2000-02-29 23:59:59 is valid");
	host_wall_errno = ENOTSUP;
	ul_errno = 0;
	CHECK(ul_time(NULL) == -1 && ul_errno == ENOTSUP, "time() when the clock fails");
	CHECK(ul_clock_gettime(CLOCK_REALTIME, &ts) == -1 && ul_errno == ENOTSUP, "clock_gettime when it fails");
	CHECK(ul_gettimeofday(&tv, NULL) == -1, "gettimeofday when it fails");
	CHECK(ul_localtime_r(&t, &lt) && lt.tm_gmtoff == 0, "localtime when the clock fails is UTC");
	host_wall_errno = 0;

	host_mono_ns = 1234567890123ULL;
	CHECK(ul_clock() == 1234567890, "clock() in microseconds: %lld", ul_clock());
	CHECK(CLOCKS_PER_SEC == 1000000, "CLOCKS_PER_SEC");
	static const int mono[] = { CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME,
	                            CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, CLOCK_MONOTONIC_COARSE };
	for (size_t i = 0; i < sizeof mono / sizeof mono[0]; i++)
		CHECK(ul_clock_gettime(mono[i], &ts) == 0 && ts.tv_sec == 1234 && ts.tv_nsec == 567890123,
		      "clock_gettime(%d)", mono[i]);
	ul_errno = 0;
	CHECK(ul_clock_gettime(99, &ts) == -1 && ul_errno == EINVAL, "clock_gettime of an unknown clock");
	CHECK(ul_clock_gettime(-1, &ts) == -1 && ul_errno == EINVAL, "clock_gettime(-1)");
	CHECK(ul_clock_getres(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec == 0 && ts.tv_nsec == 1, "clock_getres(MONOTONIC)");
	CHECK(ul_clock_getres(CLOCK_REALTIME, &ts) == 0 && ts.tv_sec == 1 && ts.tv_nsec == 0, "clock_getres(REALTIME)");
	CHECK(ul_clock_getres(CLOCK_REALTIME, NULL) == 0, "clock_getres with NULL");
	CHECK(ul_clock_getres(42, &ts) == -1 && ul_errno == EINVAL, "clock_getres of an unknown clock");
	CHECK(ul_timespec_getres(&ts, TIME_UTC) == TIME_UTC && ts.tv_sec == 1, "timespec_getres");
	host_mono_errno = EIO;
	CHECK(ul_clock() == -1, "clock() is -1 when the counter cannot be read");
	CHECK(ul_clock_gettime(CLOCK_MONOTONIC, &ts) == -1 && ul_errno == EIO, "clock_gettime(MONOTONIC) fails");
	host_mono_errno = 0;

	/* Sleeps: rounded up to microseconds, EINVAL for bad requests. */
	struct { time_t s; long ns; unsigned long long us; } sl[] = {
		{ 0, 0, 0 }, { 0, 1, 1 }, { 0, 999, 1 }, { 0, 1000, 1 }, { 0, 1001, 2 },
		{ 1, 999999999, 2000000 }, { 3, 0, 3000000 }, { LLONG_MAX, 999999999, ~0ULL },
		{ 18446744073709LL, 551615000, 18446744073709551615ULL },
	};
	for (size_t i = 0; i < sizeof sl / sizeof sl[0]; i++) {
		host_slept_us = 0;
		struct timespec req = { sl[i].s, sl[i].ns }, rem = { 7, 7 };
		CHECK(ul_nanosleep(&req, &rem) == 0 && host_slept_us == sl[i].us && rem.tv_sec == 7,
		      "nanosleep(%lld.%09ld) slept %llu us", (long long)req.tv_sec, req.tv_nsec, host_slept_us);
	}
	struct { time_t s; long ns; } inval[] = { { 0, -1 }, { 0, 1000000000 }, { -1, 0 }, { 5, LONG_MAX } };
	for (size_t i = 0; i < sizeof inval / sizeof inval[0]; i++) {
		struct timespec req = { inval[i].s, inval[i].ns };
		host_slept_us = 0;
		ul_errno = 0;
		CHECK(ul_nanosleep(&req, NULL) == -1 && ul_errno == EINVAL && host_slept_us == 0,
		      "nanosleep(%lld, %ld) is EINVAL", (long long)req.tv_sec, req.tv_nsec);
		CHECK(ul_clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL) == EINVAL, "clock_nanosleep EINVAL");
	}
	host_slept_us = 0;
	CHECK(ul_usleep(200000) == 0 && host_slept_us == 200000, "usleep(200000)");
	CHECK(ul_usleep(3000000) == 0 && host_slept_us == 3200000, "usleep of more than a second");
	CHECK(ul_sleep(2) == 0 && host_slept_us == 5200000, "sleep(2)");
	struct timespec req = { 1, 500 };
	CHECK(ul_clock_nanosleep(CLOCK_REALTIME, 0, &req, NULL) == 0 && host_slept_us == 6200001,
	      "clock_nanosleep relative");
	CHECK(ul_clock_nanosleep(CLOCK_PROCESS_CPUTIME_ID, 0, &req, NULL) == ENOTSUP, "clock_nanosleep on CPU time");
	CHECK(ul_clock_nanosleep(77, 0, &req, NULL) == EINVAL, "clock_nanosleep on an unknown clock");
	host_mono_ns = 10000000000ULL;
	req = (struct timespec){ 12, 250000000 };
	host_slept_us = 0;
	CHECK(ul_clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &req, NULL) == 0 && host_slept_us == 2250000,
	      "clock_nanosleep absolute: %llu us", host_slept_us);
	req = (struct timespec){ 9, 0 };
	host_slept_us = 0;
	CHECK(ul_clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &req, NULL) == 0 && host_slept_us == 0,
	      "clock_nanosleep to a past time returns at once");

	/* Once the platform is gone: sleeps fail with ENOSYS, report all the
	 * time as unslept, and the clocks keep working. */
	host_set_available(0);
	host_slept_us = 0;
	ul_errno = 0;
	CHECK(ul_usleep(200000) == -1 && ul_errno == ENOSYS && host_slept_us == 0, "usleep after exit: ENOSYS");
	req = (struct timespec){ 2, 5 };
	struct timespec rem = { 0, 0 };
	ul_errno = 0;
	CHECK(ul_nanosleep(&req, &rem) == -1 && ul_errno == ENOSYS && rem.tv_sec == 2 && rem.tv_nsec == 5,
	      "nanosleep after exit: ENOSYS, the whole request left");
	CHECK(ul_sleep(3) == 3, "sleep after exit returns every second unslept");
	CHECK(ul_clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL) == ENOSYS, "clock_nanosleep after exit");
	CHECK(ul_usleep(0) == 0, "usleep(0) waits for nothing, so it succeeds");
	wall(2000, 1, 1, 0, 0, 0, 0, 1, 0, 0);
	CHECK(ul_time(NULL) == 946684800, "time() after exit");
	CHECK(ul_clock_gettime(CLOCK_MONOTONIC, &ts) == 0 && ts.tv_sec == 10, "monotonic after exit");
	host_set_available(1);
}

int main(int argc, char **argv)
{
	if (argc > 1)
		scale = atof(argv[1]);
	if (argc > 2)
		rng_state = strtoull(argv[2], NULL, 0) | 1;
	test_gmtime();
	test_local();
	test_mktime_edges();
	test_strftime();
	test_strftime_extremes();
	test_asctime();
	test_difftime();
	test_clocks();
	return check_report("time");
}
