#include <ctype.h>
#include <langinfo.h>
#include <limits.h>
#include <stddef.h>
#include <time.h>

#include "../internal/ascii.h"
#include "../internal/time_impl.h"

/* strptime in the C locale (docs/time.md).  Every POSIX.1-2024
 * conversion, with the E and O modifiers accepted (the C locale has no
 * alternative forms) and an optional flag (+ or 0) and field width before
 * the conversion letter.  Numbers may follow white space and carry leading
 * zeros up to the field's width; a number stops before a digit that would
 * take it past the field's maximum.  Fields the format does not name are
 * left as they were, except the ones derived as glibc derives them: a
 * year, month and day give tm_wday and tm_yday; a year and day of the year
 * give the month and day; a year, week number (%U, %W) and weekday give
 * the date. */

struct state {
	int have_century, century;
	int year_2digit;        /* %y seen (and no %Y after it) */
	int have_I, is_pm;
	int have_wday, have_yday, have_mon, have_mday, want_xday;
	int week_kind;          /* 0, 'U' or 'W' */
	int week;
};

static int leap(long long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static const short cum_days[2][13] = {
	{ 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 },
	{ 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 },
};

/* Reads a number of at most width digits (after white space and, when
 * sign is set, a '+' or '-', which counts in an explicit width: wide),
 * stopping before a digit that would exceed max; fails unless the value
 * lies in [min, max]. */
static const char *number(const char *s, int width, int wide, long long min, long long max, int sign, long long *out)
{
	while (isspace((unsigned char)*s))
		s++;
	int neg = 0;
	if (sign && (*s == '+' || *s == '-')) {
		neg = *s == '-';
		s++;
		width -= wide;  /* an explicit width counts the sign */
	}
	if (width <= 0 || (unsigned)(*s - '0') > 9)
		return NULL;
	long long v = 0;
	do {
		v = v * 10 + (*s++ - '0');
	} while (--width > 0 && (unsigned)(*s - '0') <= 9 && v * 10 <= (neg ? -min : max));
	if (neg)
		v = -v;
	if (v < min || v > max)
		return NULL;
	*out = v;
	return s;
}

/* Matches the longest of the names (full first, then abbreviated),
 * ignoring case; returns the index or -1. */
static const char *name(const char *s, nl_item full, nl_item abbr, int n, int *out)
{
	size_t best = 0;
	for (int i = 0; i < n; i++) {
		for (int k = 0; k < 2; k++) {
			const char *nm = nl_langinfo((k ? abbr : full) + i);
			size_t j = 0;
			while (nm[j] && __ascii_lower((unsigned char)s[j]) == __ascii_lower((unsigned char)nm[j]))
				j++;
			if (!nm[j] && j > best) {
				best = j;
				*out = i;
			}
		}
	}
	return best ? s + best : NULL;
}

static const char *parse(const char *s, const char *f, struct tm *tm, struct state *st, int depth);

static const char *sub(const char *s, const char *f, struct tm *tm, struct state *st, int depth)
{
	return depth > 4 ? NULL : parse(s, f, tm, st, depth + 1);
}

static const char *parse(const char *s, const char *f, struct tm *tm, struct state *st, int depth)
{
	while (*f) {
		if (isspace((unsigned char)*f)) {
			while (isspace((unsigned char)*s))
				s++;
			f++;
			continue;
		}
		if (*f != '%') {
			if (*s != *f)
				return NULL;
			s++, f++;
			continue;
		}
		f++;
		/* An optional flag and field width (POSIX.1-2024). */
		int width = 0, wset = 0;
		if (*f == '+' || *f == '0')
			f++;
		while ((unsigned)(*f - '0') <= 9) {
			if (width < 1000)
				width = width * 10 + (*f - '0');
			wset = 1;
			f++;
		}
		if (*f == 'E' || *f == 'O')
			f++;
		long long v;
		int idx;
#define NUM(w, lo, hi, sg) do { \
	s = number(s, wset ? width : (w), wset, (lo), (hi), (sg), &v); \
	if (!s) \
		return NULL; \
} while (0)
		switch (*f) {
		case '%':
			if (*s++ != '%')
				return NULL;
			break;
		case 'a':
		case 'A':
			if (!(s = name(s, DAY_1, ABDAY_1, 7, &idx)))
				return NULL;
			tm->tm_wday = idx;
			st->have_wday = 1;
			break;
		case 'b':
		case 'B':
		case 'h':
			if (!(s = name(s, MON_1, ABMON_1, 12, &idx)))
				return NULL;
			tm->tm_mon = idx;
			st->have_mon = st->want_xday = 1;
			break;
		case 'c':
			if (!(s = sub(s, nl_langinfo(D_T_FMT), tm, st, depth)))
				return NULL;
			st->want_xday = 1;
			break;
		case 'C':
			NUM(2, -99, 99, 1);
			st->century = (int)v;
			st->have_century = st->want_xday = 1;
			break;
		case 'd':
		case 'e':
			NUM(2, 1, 31, 0);
			tm->tm_mday = (int)v;
			st->have_mday = st->want_xday = 1;
			break;
		case 'D':
			if (!(s = sub(s, "%m/%d/%y", tm, st, depth)))
				return NULL;
			break;
		case 'F':
			if (!(s = sub(s, "%Y-%m-%d", tm, st, depth)))
				return NULL;
			break;
		case 'g':       /* ISO 8601 week-based year and week: read, not */
			NUM(2, 0, 99, 0);    /* enough without the weekday rule */
			break;
		case 'G':       /* as glibc: every digit there is */
			if ((unsigned)(*s - '0') > 9)
				return NULL;
			for (int k = 0; (unsigned)(*s - '0') <= 9 && (!wset || k < width); k++)
				s++;
			break;
		case 'V':
			NUM(2, 0, 53, 0);
			break;
		case 'H':
		case 'k':
			NUM(2, 0, 23, 0);
			tm->tm_hour = (int)v;
			st->have_I = 0;
			break;
		case 'I':
		case 'l':
			NUM(2, 1, 12, 0);
			tm->tm_hour = (int)(v % 12);
			st->have_I = 1;
			break;
		case 'j':
			NUM(3, 1, 366, 0);
			tm->tm_yday = (int)v - 1;
			st->have_yday = 1;
			break;
		case 'm':
			NUM(2, 1, 12, 0);
			tm->tm_mon = (int)v - 1;
			st->have_mon = st->want_xday = 1;
			break;
		case 'M':
			NUM(2, 0, 59, 0);
			tm->tm_min = (int)v;
			break;
		case 'n':
		case 't':
			while (isspace((unsigned char)*s))
				s++;
			break;
		case 'p':
			if (!(s = name(s, AM_STR, AM_STR, 2, &idx)))
				return NULL;
			st->is_pm = idx;
			break;
		case 'r':
			if (!(s = sub(s, nl_langinfo(T_FMT_AMPM), tm, st, depth)))
				return NULL;
			break;
		case 'R':
			if (!(s = sub(s, "%H:%M", tm, st, depth)))
				return NULL;
			break;
		case 's': {
			/* Seconds since the Epoch, in the local zone (localtime);
			 * no white space first (as glibc). */
			int neg = *s == '-';
			if (*s == '-' || *s == '+')
				s++;
			if ((unsigned)(*s - '0') > 9)
				return NULL;
			long long t = 0;
			for (; (unsigned)(*s - '0') <= 9; s++) {
				if (t > (LLONG_MAX - 9) / 10)
					return NULL;
				t = t * 10 + (*s - '0');
			}
			time_t tt = (time_t)(neg ? -t : t);
			if (!localtime_r(&tt, tm))
				return NULL;
			break;
		}
		case 'S':
			NUM(2, 0, 60, 0);
			tm->tm_sec = (int)v;
			break;
		case 'T':
			if (!(s = sub(s, "%H:%M:%S", tm, st, depth)))
				return NULL;
			break;
		case 'u':
			NUM(1, 1, 7, 0);
			tm->tm_wday = (int)(v % 7);
			st->have_wday = 1;
			break;
		case 'w':
			NUM(1, 0, 6, 0);
			tm->tm_wday = (int)v;
			st->have_wday = 1;
			break;
		case 'U':
		case 'W':
			NUM(2, 0, 53, 0);
			st->week_kind = *f;
			st->week = (int)v;
			break;
		case 'x':
			if (!(s = sub(s, nl_langinfo(D_FMT), tm, st, depth)))
				return NULL;
			break;
		case 'X':
			if (!(s = sub(s, nl_langinfo(T_FMT), tm, st, depth)))
				return NULL;
			break;
		case 'y':
			NUM(2, 0, 99, 0);
			/* 69-99: 1969-1999; 00-68: 2000-2068 (unless %C says). */
			tm->tm_year = v >= 69 ? (int)v : (int)v + 100;
			st->year_2digit = 1;
			st->want_xday = 1;
			break;
		case 'Y':
			NUM(4, INT_MIN + 1900LL, INT_MAX, 1);
			tm->tm_year = (int)(v - 1900);
			st->year_2digit = 0;
			st->have_century = 0;
			st->want_xday = 1;
			break;
		case 'z': {
			/* Z, or +hh, +hhmm, +hh:mm (east of UTC positive). */
			while (isspace((unsigned char)*s))
				s++;
			if (*s == 'Z') {
				s++;
				tm->tm_gmtoff = 0;
				break;
			}
			if (*s != '+' && *s != '-')
				return NULL;
			int neg = *s++ == '-';
			int d[4], n = 0;
			while (n < 4 && (unsigned)(*s - '0') <= 9) {
				d[n++] = *s++ - '0';
				if (n == 2 && *s == ':' && (unsigned)(s[1] - '0') <= 9)
					s++;
			}
			if (n != 2 && n != 4)
				return NULL;
			int hh = d[0] * 10 + d[1], mm = n == 4 ? d[2] * 10 + d[3] : 0;
			if (hh > 24 || mm > 59)
				return NULL;
			long off = hh * 3600L + mm * 60L;
			tm->tm_gmtoff = neg ? -off : off;
			break;
		}
		case 'Z':
			/* A zone name: read, not converted (as glibc). */
			while (isspace((unsigned char)*s))
				s++;
			while (*s && !isspace((unsigned char)*s))
				s++;
			break;
		default:
			return NULL;    /* not a conversion */
		}
#undef NUM
		f++;
	}
	return s;
}

/* Sets the month and day (those asked for) of day yday of year y; a day
 * before or after the year is a date of the year before or after, which
 * then sets the year and tm_yday too. */
static void from_yday(long long y, int yday, struct tm *tm, int set_mon, int set_mday)
{
	if (yday < 0 || yday >= 365 + leap(y)) {
		long long y2, d = __days_from_civil(y, 1, 1) + yday;
		int m2, d2;
		__civil_from_days(d, &y2, &m2, &d2);
		tm->tm_year = (int)(y2 - 1900);
		tm->tm_mon = m2 - 1;
		tm->tm_mday = d2;
		tm->tm_yday = (int)(d - __days_from_civil(y2, 1, 1));
		return;
	}
	const short *c = cum_days[leap(y)];
	int m = 0;
	while (m < 11 && c[m + 1] <= yday)
		m++;
	if (set_mon)
		tm->tm_mon = m;
	if (set_mday)
		tm->tm_mday = yday - c[m] + 1;
}

static int weekday(long long y, int mon, int mday)
{
	long long d = __days_from_civil(y, mon + 1, mday);
	return (int)(((d + 4) % 7 + 7) % 7);    /* 1970-01-01 was a Thursday */
}

char *strptime(const char *restrict buf, const char *restrict format, struct tm *restrict tm)
{
	struct state st = { 0 };
	const char *end = parse(buf, format, tm, &st, 0);
	if (!end)
		return NULL;
	if (st.have_I && st.is_pm)
		tm->tm_hour += 12;
	if (st.have_century) {
		int yy = st.year_2digit ? (tm->tm_year % 100 + 100) % 100 : 0;
		long long y = st.century * 100LL + (st.century < 0 ? -yy : yy);
		tm->tm_year = (int)(y - 1900);
	}
	long long year = tm->tm_year + 1900LL;
	if (st.want_xday && !st.have_wday) {
		if (!(st.have_mon && st.have_mday) && st.have_yday) {
			from_yday(year, tm->tm_yday, tm, !st.have_mon, !st.have_mday);
			year = tm->tm_year + 1900LL;
			st.have_mon = st.have_mday = 1;
		}
		if ((unsigned)tm->tm_mon <= 11)
			tm->tm_wday = weekday(year, tm->tm_mon, tm->tm_mday);
	}
	if (st.want_xday && !st.have_yday && (unsigned)tm->tm_mon <= 11)
		tm->tm_yday = cum_days[leap(year)][tm->tm_mon] + tm->tm_mday - 1;
	if (st.week_kind && st.have_wday) {
		/* Week 1 starts on the year's first Sunday (%U) or Monday (%W);
		 * the days before it are week 0. */
		int jan1 = weekday(year, 0, 1);
		int first = st.week_kind == 'U' ? (7 - jan1) % 7 : (8 - jan1) % 7;
		int since = st.week_kind == 'U' ? tm->tm_wday : (tm->tm_wday + 6) % 7;
		if (!st.have_yday)
			tm->tm_yday = first + (st.week - 1) * 7 + since;
		/* A day of week 0 before the year, or of week 53 after it, is
		 * that year's date. */
		if (!st.have_mon || !st.have_mday)
			from_yday(year, tm->tm_yday, tm, !st.have_mon, !st.have_mday);
	}
	return (char *)end;
}
