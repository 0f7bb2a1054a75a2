#include <limits.h>
#include <stddef.h>
#include "../internal/time_impl.h"

/* strftime in the C locale, conversion for conversion as glibc does it,
 * GNU extensions included: the flags _ - 0 (padding) ^ (upper case)
 * # (swap case of names), a field width, the E and O modifiers where C
 * allows them (the C locale has no era or alternative digits, so they
 * change nothing), and %k %l %P %s %C %G %g %V %u %h %n %t %z %Z ...
 * A conversion that is not one is copied as it was written.
 *
 * Arithmetic on the fields is done in long long, so values far out of
 * range give their true results where glibc's int arithmetic wraps (the
 * year of tm_year INT_MAX, %U of a tm_yday near INT_MIN). */

static const char *const day_names[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

struct out {
	char *p;       /* NULL: only count */
	size_t max;    /* room, terminator included */
	size_t i;      /* bytes produced */
};

struct spec {
	int pad;       /* '_', '-', '0' or 0 */
	int width;     /* -1: none */
	int upper, lower;
};

static int lower_of(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int upper_of(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* n bytes of s (with case change), padded on the left to the width with
 * spaces, or zeros for the 0 flag.  -1 when it would not fit with the
 * terminator. */
static int put(struct out *o, const struct spec *sp, const char *s, size_t n)
{
	size_t delta = sp->width > 0 && (size_t)sp->width > n ? (size_t)sp->width - n : 0;
	if (n + delta >= o->max - o->i)
		return -1;
	if (o->p) {
		for (size_t k = 0; k < delta; k++)
			*o->p++ = sp->pad == '0' ? '0' : ' ';
		for (size_t k = 0; k < n; k++) {
			int c = (unsigned char)s[k];
			*o->p++ = (char)(sp->lower ? lower_of(c) : sp->upper ? upper_of(c) : c);
		}
	}
	o->i += n + delta;
	return 0;
}

static size_t length(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

/* A number of at least digits digits (or the width), padded as the flags
 * say: zeros go after the sign, spaces before it. */
static int put_number(struct out *o, struct spec sp, long long v, int digits)
{
	char buf[24];
	char *end = buf + sizeof buf, *b = end;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	do
		*--b = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--b = '-';
	if (sp.width > digits)
		digits = sp.width;
	if (sp.pad != '-') {
		long long padding = digits - (end - b);
		if (padding > 0) {
			if (sp.pad == '_') {
				if ((size_t)padding >= o->max - o->i)
					return -1;
				if (o->p)
					for (long long k = 0; k < padding; k++)
						*o->p++ = ' ';
				o->i += (size_t)padding;
				sp.width = sp.width > padding ? (int)(sp.width - padding) : 0;
			} else {
				if ((size_t)digits >= o->max - o->i)
					return -1;
				if (v < 0) {
					b++;
					if (o->p)
						*o->p++ = '-';
					o->i++;
				}
				if (o->p)
					for (long long k = 0; k < padding; k++)
						*o->p++ = '0';
				o->i += (size_t)padding;
				sp.width = 0;
			}
		}
	}
	return put(o, &sp, b, (size_t)(end - b));
}

static int leap(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* Days from the Monday of ISO week 1 of the year to day yday (weekday
 * wday); negative when the day belongs to the previous ISO year. */
static long long iso_week_days(long long yday, long long wday)
{
	long long big = (366 / 7 + 2) * 7;
	return yday - (yday - wday + 4 + big) % 7 + 3;
}

static size_t format(char *s, size_t max, const char *f, const struct tm *tp);

static int subformat(struct out *o, const struct spec *sp, const char *fmt, const struct tm *tp)
{
	size_t n = format(NULL, (size_t)-1, fmt, tp);
	size_t delta = sp->width > 0 && (size_t)sp->width > n ? (size_t)sp->width - n : 0;
	if (n + delta >= o->max - o->i)
		return -1;
	if (o->p) {
		for (size_t k = 0; k < delta; k++)
			*o->p++ = sp->pad == '0' ? '0' : ' ';
		format(o->p, o->max - o->i - delta, fmt, tp);
		if (sp->upper)
			for (size_t k = 0; k < n; k++)
				o->p[k] = (char)upper_of((unsigned char)o->p[k]);
		o->p += n;
	}
	o->i += n + delta;
	return 0;
}

static size_t format(char *s, size_t max, const char *f, const struct tm *tp)
{
	struct out o = { s, max, 0 };
	int hour12 = tp->tm_hour > 12 ? tp->tm_hour - 12 : tp->tm_hour == 0 ? 12 : tp->tm_hour;

	for (; *f; f++) {
		struct spec sp = { 0, -1, 0, 0 };
		int swap = 0, modifier = 0, digits = 1;
		long long number;
		const char *start = f, *sub, *name;

		if (*f != '%') {
			if (put(&o, &sp, f, 1))
				return 0;
			continue;
		}
		for (;;) {
			int c = *++f;
			if (c == '_' || c == '-' || c == '0')
				sp.pad = c;
			else if (c == '^')
				sp.upper = 1;
			else if (c == '#')
				swap = 1;
			else
				break;
		}
		if (*f >= '0' && *f <= '9') {
			sp.width = 0;
			do {
				int d = *f - '0';
				sp.width = sp.width > (INT_MAX - d) / 10 ? INT_MAX : sp.width * 10 + d;
				f++;
			} while (*f >= '0' && *f <= '9');
		}
		if (*f == 'E' || *f == 'O')
			modifier = *f++;

		switch (*f) {
		case '%':
			if (put(&o, &sp, "%", 1))
				return 0;
			continue;
		case 'a':
		case 'A':
			if (modifier)
				goto bad;
			if (swap)
				sp.upper = 1, sp.lower = 0;
			name = tp->tm_wday < 0 || tp->tm_wday > 6 ? "?" : day_names[tp->tm_wday];
			if (put(&o, &sp, name, *f == 'a' && name[1] ? 3 : length(name)))
				return 0;
			continue;
		case 'b':
		case 'h':
		case 'B':
			/* glibc sets the case before refusing %Eb and %Eh, but
			 * after refusing %EB: the copy of a bad one shows it. */
			if (swap && *f != 'B')
				sp.upper = 1, sp.lower = 0;
			if (modifier == 'E')
				goto bad;
			if (swap)
				sp.upper = 1, sp.lower = 0;
			name = tp->tm_mon < 0 || tp->tm_mon > 11 ? "?" : month_names[tp->tm_mon];
			if (put(&o, &sp, name, *f != 'B' && name[1] ? 3 : length(name)))
				return 0;
			continue;
		case 'c':
			if (modifier == 'O')
				goto bad;
			sub = "%a %b %e %H:%M:%S %Y";
			goto do_sub;
		case 'C':
			number = tp->tm_year + 1900LL;
			number = number / 100 - (number % 100 < 0);
			goto do_number;
		case 'x':
			if (modifier == 'O')
				goto bad;
			sub = "%m/%d/%y";
			goto do_sub;
		case 'D':
			if (modifier)
				goto bad;
			sub = "%m/%d/%y";
			goto do_sub;
		case 'd':
			if (modifier == 'E')
				goto bad;
			number = tp->tm_mday, digits = 2;
			goto do_number;
		case 'e':
			if (modifier == 'E')
				goto bad;
			number = tp->tm_mday, digits = 2;
			goto do_spacepad;
		case 'F':
			if (modifier)
				goto bad;
			sub = "%Y-%m-%d";
			goto do_sub;
		case 'H':
			if (modifier == 'E')
				goto bad;
			number = tp->tm_hour, digits = 2;
			goto do_number;
		case 'I':
			if (modifier == 'E')
				goto bad;
			number = hour12, digits = 2;
			goto do_number;
		case 'k':
			if (modifier == 'E')
				goto bad;
			number = tp->tm_hour, digits = 2;
			goto do_spacepad;
		case 'l':
			if (modifier == 'E')
				goto bad;
			number = hour12, digits = 2;
			goto do_spacepad;
		case 'j':
			if (modifier == 'E')
				goto bad;
			number = 1LL + tp->tm_yday, digits = 3;
			goto do_number;
		case 'M':
			if (modifier == 'E')
				goto bad;
			number = tp->tm_min, digits = 2;
			goto do_number;
		case 'm':
			if (modifier == 'E')
				goto bad;
			number = tp->tm_mon + 1LL, digits = 2;
			goto do_number;
		case 'n':
			if (put(&o, &sp, "\n", 1))
				return 0;
			continue;
		case 't':
			if (put(&o, &sp, "\t", 1))
				return 0;
			continue;
		case 'P':
		case 'p':
			if (*f == 'P' || swap)
				sp.upper = 0, sp.lower = 1;
			if (put(&o, &sp, tp->tm_hour > 11 ? "PM" : "AM", 2))
				return 0;
			continue;
		case 'R':
			sub = "%H:%M";
			goto do_sub;
		case 'r':
			sub = "%I:%M:%S %p";
			goto do_sub;
		case 'S':
			if (modifier == 'E')
				goto bad;
			number = tp->tm_sec, digits = 2;
			goto do_number;
		case 's': {
			/* Padded like a name, not a number: spaces unless the 0
			 * flag, and zeros go before the sign. */
			struct tm copy = *tp;
			long long t = mktime(&copy);
			char buf[24], *end = buf + sizeof buf, *b = end;
			unsigned long long u = t < 0 ? 0 - (unsigned long long)t : (unsigned long long)t;
			do
				*--b = (char)('0' + u % 10);
			while (u /= 10);
			if (t < 0)
				*--b = '-';
			if (put(&o, &sp, b, (size_t)(end - b)))
				return 0;
			continue;
		}
		case 'X':
			if (modifier == 'O')
				goto bad;
			/* fall through */
		case 'T':
			sub = "%H:%M:%S";
			goto do_sub;
		case 'u':
			number = (tp->tm_wday - 1LL + 7) % 7 + 1;
			goto do_number;
		case 'U':
			if (modifier == 'E')
				goto bad;
			number = ((long long)tp->tm_yday - tp->tm_wday + 7) / 7, digits = 2;
			goto do_number;
		case 'V':
		case 'g':
		case 'G': {
			if (modifier == 'E')
				goto bad;
			long long year = tp->tm_year + 1900LL;
			long long days = iso_week_days(tp->tm_yday, tp->tm_wday);
			if (days < 0) {
				year--;
				days = iso_week_days(tp->tm_yday + (365LL + leap(year)), tp->tm_wday);
			} else {
				long long d = iso_week_days(tp->tm_yday - (365LL + leap(year)), tp->tm_wday);
				if (d >= 0) {
					year++;
					days = d;
				}
			}
			if (*f == 'g')
				number = (year % 100 + 100) % 100, digits = 2;
			else if (*f == 'G')
				number = year;
			else
				number = days / 7 + 1, digits = 2;
			goto do_number;
		}
		case 'W':
			if (modifier == 'E')
				goto bad;
			number = (tp->tm_yday - (tp->tm_wday - 1LL + 7) % 7 + 7) / 7, digits = 2;
			goto do_number;
		case 'w':
			if (modifier == 'E')
				goto bad;
			number = tp->tm_wday;
			goto do_number;
		case 'Y':
			if (modifier == 'O')
				goto bad;
			number = tp->tm_year + 1900LL;
			goto do_number;
		case 'y':
			number = (tp->tm_year % 100 + 100) % 100, digits = 2;
			goto do_number;
		case 'Z':
			if (swap)
				sp.upper = 0, sp.lower = 1;
			name = tp->tm_zone;
			if (!(name && *name) && tp->tm_isdst >= 0) {
				tzset();
				name = tp->tm_isdst <= 1 ? tzname[tp->tm_isdst] : "?";
			}
			if (!name)
				name = "";
			if (put(&o, &sp, name, length(name)))
				return 0;
			continue;
		case 'z': {
			if (tp->tm_isdst < 0)
				continue;
			long diff = tp->tm_gmtoff;
			if (put(&o, &sp, diff < 0 ? "-" : "+", 1))
				return 0;
			diff = (diff < 0 ? -diff : diff) / 60;
			number = diff / 60 * 100 + diff % 60, digits = 4;
			goto do_number;
		}
		case 0:
			f--;
			/* fall through */
		default:
		bad:
			if (put(&o, &sp, start, (size_t)(f - start + 1)))
				return 0;
			continue;
		}

	do_sub:
		if (subformat(&o, &sp, sub, tp))
			return 0;
		continue;
	do_spacepad:
		if (sp.pad != '0' && sp.pad != '-')
			sp.pad = '_';
	do_number:
		/* The C locale has no alternative digits: O changes nothing. */
		if (put_number(&o, sp, number, digits))
			return 0;
	}
	if (o.p && max)
		*o.p = 0;
	return o.i;
}

size_t strftime(char *restrict s, size_t max, const char *restrict f, const struct tm *restrict tp)
{
	return format(s, max, f, tp);
}
