/* strptime against glibc: random formats of every conversion, inputs
 * written by glibc's strftime from random dates and then mutated, parsed
 * by both into the same starting tm; the end pointer and every field must
 * agree.  Then the places where the library follows POSIX and not glibc,
 * by hand. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "ul.h"

char *ul_strptime(const char *buf, const char *format, struct tm *tm);

static uint64_t rng = 0x57e97193ull;
static unsigned rn(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

static const char *const convs[] = {
	"%a", "%A", "%b", "%B", "%h", "%c", "%C", "%d", "%e", "%D", "%F", "%H", "%I", "%j",
	"%m", "%M", "%n", "%t", "%p", "%r", "%R", "%S", "%T", "%u", "%w", "%U", "%W", "%x",
	"%X", "%y", "%Y", "%z", "%Z", "%%", "%Ec", "%Ex", "%EX", "%Od",
	"%Oe", "%OH", "%OI", "%Om", "%OM", "%OS", "%OU", "%Ow", "%OW", "%Oy", "%G", "%g",
	"%V", "%s", "%k", "%l", "%4Y", "%2d", "%3j",
};
static const char *const seps[] = { " ", "-", ":", "/", ",", "x", "  ", "" };

static void random_tm(struct tm *tm)
{
	memset(tm, 0, sizeof *tm);
	time_t t = (time_t)(rn(2) ? (long long)(check_xorshift(&rng) % 253402300800ull) - 2208988800ll
	                          : (long long)rn(2000000000));
	gmtime_r(&t, tm);
	tm->tm_gmtoff = ((long)rn(57) - 28) * 1800;
	tm->tm_zone = "UTC";
}

static int same_tm(const struct tm *a, const struct tm *b)
{
	return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min && a->tm_hour == b->tm_hour &&
	       a->tm_mday == b->tm_mday && a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
	       a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday && a->tm_isdst == b->tm_isdst &&
	       a->tm_gmtoff == b->tm_gmtoff &&
	       (a->tm_zone == b->tm_zone || (a->tm_zone && b->tm_zone && strcmp(a->tm_zone, b->tm_zone) == 0));
}

static void show(const char *who, const struct tm *t)
{
	fprintf(stderr, "  %s: %d:%d:%d %d/%d/%d wd %d yd %d dst %d off %ld\n", who, t->tm_hour, t->tm_min,
	        t->tm_sec, t->tm_year, t->tm_mon, t->tm_mday, t->tm_wday, t->tm_yday, t->tm_isdst, t->tm_gmtoff);
}

static unsigned long compared, skipped;

/* Whether a %z offset of more than 24 hours may be in the text. */
static int big_offset(const char *s)
{
	for (; *s; s++)
		if ((*s == '+' || *s == '-') && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' &&
		    (s[1] - '0') * 10 + (s[2] - '0') > 24)
			return 1;
	return 0;
}

static void differential(void)
{
	for (int k = 0; k < 300000; k++) {
		char fmt[128] = "", in[256];
		int n = 1 + (int)rn(5), has_c = 0, has_y = 0, mods = 0;
		for (int i = 0; i < n; i++) {
			const char *c = convs[rn(sizeof convs / sizeof convs[0])];
			/* glibc 2.36 fails a format with two E/O modifiers in the C
			 * locale (each alone works): one per format here. */
			if ((c[1] == 'E' || c[1] == 'O') && mods++)
				c = "%d";
			if (strstr(c, "C"))
				has_c = 1;
			if (strchr("YFcs", c[strlen(c) - 1]) || strcmp(c, "%Oy") == 0)
				has_y = 1;     /* (glibc's %Oy ignores %C) */
			strcat(fmt, c);
			strcat(fmt, seps[rn(sizeof seps / sizeof seps[0])]);
		}
		struct tm src, base, u, g;
		random_tm(&src);
		random_tm(&base);
		size_t len = strftime(in, sizeof in - 8, fmt, &src);
		in[len] = 0;
		/* Mutations: a character changed, removed or doubled, spaces
		 * added, the end cut. */
		int muts = rn(3) ? 0 : 1 + (int)rn(2);
		for (int m = 0; m < muts && len; m++) {
			size_t at = rn((unsigned)len);
			static const char alpha[] = "0123456789 aZ+-:JMpP";
			switch (rn(4)) {
			case 0: in[at] = alpha[rn(sizeof alpha - 1)]; break;
			case 1: memmove(in + at, in + at + 1, len - at); len--; break;
			case 2: memmove(in + at + 1, in + at, len - at + 1); in[at] = ' '; len++; break;
			default: in[at] = 0; len = at; break;
			}
		}
		u = base;
		g = base;
		char *ur = ul_strptime(in, fmt, &u);
		char *gr = strptime(in, fmt, &g);
		/* Known and documented differences: %C with a year (glibc lets %C
		 * replace a %Y year), and dates of week 0 or 53 outside the year
		 * (glibc leaves a month of -1 or 12+). */
		/* ... a signed year (POSIX.1-2024), which glibc refuses, and
		 * %z beyond 24 hours and %S of 61, which glibc takes; glibc's weekdays of
		 * years before 1, %j 366 in a common year (glibc reads past its
		 * table), %U and %W together (glibc mixes their rules). */
		if ((has_c && has_y) || (gr && ((unsigned)g.tm_mon > 11 || g.tm_mday < 1)) ||
		    (ur && !gr && strpbrk(in, "+-") && strpbrk(fmt, "YCFcs")) ||
		    (!ur && gr && strstr(fmt, "%z") && big_offset(in)) || (!ur && gr && g.tm_sec == 61) ||
		    (gr && (g.tm_year < -1899 || g.tm_yday >= 365 + (g.tm_year % 4 == 0))) ||
		    (strpbrk(fmt, "U") && strpbrk(fmt, "W"))) {
			skipped++;
			continue;
		}
		compared++;
		int ok = (!ur && !gr) || (ur && gr && ur - in == gr - in && same_tm(&u, &g));
		CHECK(ok, "strptime(\"%s\", \"%s\"): %s at %td, glibc %s at %td", in, fmt, ur ? "ok" : "NULL",
		      ur ? ur - in : 0, gr ? "ok" : "NULL", gr ? gr - in : 0);
		if (!ok && check_failed <= 50) {
			show("ours ", &u);
			show("glibc", &g);
		}
	}
}

static int parses(const char *in, const char *fmt, struct tm *tm, size_t used)
{
	memset(tm, 0, sizeof *tm);
	char *r = ul_strptime(in, fmt, tm);
	return r && (size_t)(r - in) == used;
}

static void by_hand(void)
{
	struct tm tm;
	/* POSIX.1-2024: %Y and %C take a sign; glibc refuses one. */
	CHECK(parses("-44", "%Y", &tm, 3) && tm.tm_year == -44 - 1900, "%%Y of -44: %d", tm.tm_year);
	CHECK(parses("+2024", "%Y", &tm, 5) && tm.tm_year == 124, "%%Y of +2024");
	CHECK(parses("12345", "%5Y", &tm, 5) && tm.tm_year == 12345 - 1900, "%%5Y of 12345");
	CHECK(parses("99999", "%Y", &tm, 4) && tm.tm_year == 9999 - 1900, "%%Y reads 4 digits");
	CHECK(parses("-1 50", "%C %y", &tm, 5) && tm.tm_year == -150 - 1900, "%%C %%y of -1 50: %d", tm.tm_year);
	/* %Y after %C wins (glibc keeps the century). */
	CHECK(parses("20 1999", "%C %Y", &tm, 7) && tm.tm_year == 99, "%%C then %%Y");
	CHECK(parses("19 05", "%C %y", &tm, 5) && tm.tm_year == 5, "%%C %%y: 1905");
	CHECK(parses("05 19", "%y %C", &tm, 5) && tm.tm_year == 5, "%%y %%C: 1905");
	CHECK(parses("20", "%C", &tm, 2) && tm.tm_year == 100, "%%C alone: the century's first year");
	CHECK(parses("68", "%y", &tm, 2) && tm.tm_year == 168 && parses("69", "%y", &tm, 2) && tm.tm_year == 69, "%%y pivot");
	/* Week 0 before the year's first Sunday: the year before (glibc: month -1). */
	CHECK(parses("0 0 2023", "%U %w %Y", &tm, 8) && tm.tm_year == 122 && tm.tm_mon == 11 && tm.tm_mday == 25 &&
	      tm.tm_yday == 358 && tm.tm_wday == 0, "week 0 of 2023: %d-%d-%d yd %d", tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_yday);
	CHECK(parses("53 6 2023", "%U %w %Y", &tm, 9) && tm.tm_year == 124 && tm.tm_mon == 0 && tm.tm_mday == 6,
	      "week 53 of 2023 runs into 2024");
	CHECK(parses("1 1 2023", "%W %u %Y", &tm, 8) && tm.tm_mon == 0 && tm.tm_mday == 2 && tm.tm_yday == 1, "%%W 1 Monday");
	/* Derived fields. */
	CHECK(parses("2024-02-29", "%F", &tm, 10) && tm.tm_wday == 4 && tm.tm_yday == 59, "%%F derives wday and yday");
	CHECK(parses("100 2024", "%j %Y", &tm, 8) && tm.tm_mon == 3 && tm.tm_mday == 9 && tm.tm_wday == 2, "%%j %%Y derives the date");
	CHECK(parses("1600-03-01", "%F", &tm, 10) && tm.tm_wday == 3, "a date in 1600: Wednesday");
	/* Every field's limits. */
	CHECK(!ul_strptime("0", "%d", &tm) && !ul_strptime("32", "%d", &tm), "%%d 0, 32");
	CHECK(parses("45", "%d", &tm, 1) && tm.tm_mday == 4, "%%d stops before a digit past 31");
	CHECK(parses("60", "%S", &tm, 2) && !ul_strptime("61", "%S", &tm), "%%S 60 (a leap second), not 61");
	CHECK(parses("366", "%j", &tm, 3) && !ul_strptime("0", "%j", &tm) && !ul_strptime("367", "%j", &tm), "%%j limits");
	CHECK(parses("12:30:00 am", "%r", &tm, 11) && tm.tm_hour == 0 && tm.tm_min == 30, "12 am is 0");
	CHECK(parses("12 PM", "%I %p", &tm, 5) && tm.tm_hour == 12, "12 pm is 12");
	CHECK(parses("pm 3", "%p %I", &tm, 4) && tm.tm_hour == 15, "%%p before %%I");
	CHECK(parses("3 PM", "%H %p", &tm, 4) && tm.tm_hour == 3, "%%p does not change %%H");
	CHECK(parses("SEPTEMBER", "%B", &tm, 9) && tm.tm_mon == 8 && parses("Septem", "%b", &tm, 3), "month names");
	CHECK(parses("wednesday", "%a", &tm, 9) && tm.tm_wday == 3 && parses("Wed", "%A", &tm, 3), "day names");
	CHECK(parses("7", "%u", &tm, 1) && tm.tm_wday == 0 && !ul_strptime("0", "%u", &tm), "%%u");
	CHECK(parses("+0530", "%z", &tm, 5) && tm.tm_gmtoff == 19800, "%%z +0530");
	CHECK(parses("-01:30", "%z", &tm, 6) && tm.tm_gmtoff == -5400, "%%z -01:30");
	CHECK(parses("Z", "%z", &tm, 1) && tm.tm_gmtoff == 0 && parses("+01", "%z", &tm, 3) && tm.tm_gmtoff == 3600, "%%z Z, +01");
	CHECK(!ul_strptime("+1260", "%z", &tm) && !ul_strptime("+123", "%z", &tm), "%%z bad minutes or digits");
	CHECK(parses("UTC x", "%Z x", &tm, 5), "%%Z reads a name");
	CHECK(parses("-86400", "%s", &tm, 6) && tm.tm_year == 69 && tm.tm_mon == 11 && tm.tm_mday == 31, "%%s before 1970");
	CHECK(parses("1700000000", "%s", &tm, 10) && tm.tm_year == 123 && tm.tm_mon == 10 && tm.tm_mday == 14 &&
	      tm.tm_hour == 22 && tm.tm_min == 13 && tm.tm_sec == 20, "%%s");
	CHECK(!ul_strptime("99999999999999999999", "%s", &tm), "%%s overflow");
	CHECK(!ul_strptime("  x", "x", &tm) && parses("  x", " x", &tm, 3) && parses("x", " x", &tm, 1), "white space");
	CHECK(parses("\t\n x", "%n%tx", &tm, 4), "%%n %%t");
	CHECK(!ul_strptime("x", "%q", &tm) && !ul_strptime("x", "%", &tm), "unknown conversion, lone %%");
	CHECK(parses("%", "%%", &tm, 1) && !ul_strptime("x", "%%", &tm), "%%%%");
	CHECK(parses("Thu Feb 29 12:34:56 2024", "%c", &tm, 24) && tm.tm_wday == 4 && tm.tm_year == 124, "%%c");
	CHECK(parses("02/29/24", "%x", &tm, 8) && parses("23:59:60", "%X", &tm, 8) && tm.tm_sec == 60, "%%x %%X");
	CHECK(parses("2024", "%EY", &tm, 4) && parses("05", "%Oy", &tm, 2) && tm.tm_year == 105, "E and O");
	/* In the C locale every E and O form is the plain one; glibc 2.36
	 * fails %Ey, %Ou and a second modified conversion. */
	CHECK(parses("69", "%Ey", &tm, 2) && tm.tm_year == 69, "%%Ey");
	CHECK(parses("15,1970/", "%e,%EY/", &tm, 8) && tm.tm_year == 70, "%%EY");
	CHECK(parses("19/14/Mon", "%EC/%d/%a", &tm, 9) && tm.tm_year == 0 && tm.tm_mday == 14, "%%EC");
	CHECK(parses("0x23", "%Cx%d", &tm, 4) && tm.tm_year == -1900 && tm.tm_wday == 0 &&
	      parses("0x23x2", "%Cx%dx%m", &tm, 6) && tm.tm_wday == 3, "0000-01-23 was a Sunday, 0000-02-23 a Wednesday (glibc: Thursday)");
	CHECK(!ul_strptime("61", "%S", &tm), "%%S 61 (glibc takes it)");
	CHECK(parses("366 2005", "%j %Y", &tm, 8) && tm.tm_year == 106 && tm.tm_mon == 0 && tm.tm_mday == 1 && tm.tm_yday == 0,
	      "day 366 of 2005 is 2006-01-01");
	CHECK(!ul_strptime("+2500", "%z", &tm) && !ul_strptime("+9200", "%z", &tm), "%%z beyond 24 hours (glibc takes 99)");
	CHECK(parses("2", "%Ou", &tm, 1) && tm.tm_wday == 2, "%%Ou");
	CHECK(parses("08x06:20:18/0", "%Omx%EX/%Ow", &tm, 13) && tm.tm_mon == 7 && tm.tm_sec == 18 && tm.tm_wday == 0,
	      "two modifiers");
	CHECK(parses("", "", &tm, 0), "empty");
}

int main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	differential();
	by_hand();
	printf("strptime: %lu compared with glibc, %lu skipped (documented differences)\n", compared, skipped);
	return check_report("strptime");
}
