#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include "../internal/time_impl.h"

/* C17's format, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", written as glibc
 * writes it: a day or month name out of range is "???", other fields are
 * printed as they are, and a year past INT_MAX - 1900 fails (EOVERFLOW). */

static const char days[] = "SunMonTueWedThuFriSat";
static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

/* %<width>.<prec>d */
static char *put_int(char *p, long long v, int width, int prec)
{
	char digits[24];
	int n = 0;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	do
		digits[n++] = (char)('0' + u % 10);
	while (u /= 10);
	while (n < prec)
		digits[n++] = '0';
	int len = n + (v < 0);
	while (len++ < width)
		*p++ = ' ';
	if (v < 0)
		*p++ = '-';
	while (n)
		*p++ = digits[--n];
	return p;
}

static char *put_name(char *p, const char *table, int i, int count)
{
	const char *s = i >= 0 && i < count ? table + 3 * i : "???";
	for (int k = 0; k < 3; k++)
		*p++ = s[k];
	return p;
}

/* Writes into buf (size bytes); NULL with EOVERFLOW if it does not fit. */
char *__asctime_buf(const struct tm *tm, char *buf, size_t size)
{
	if (tm->tm_year > INT_MAX - 1900) {
		errno = EOVERFLOW;
		return NULL;
	}
	char tmp[3 + 1 + 3 + 5 * 12 + 1];
	char *p = tmp;
	p = put_name(p, days, tm->tm_wday, 7);
	*p++ = ' ';
	p = put_name(p, months, tm->tm_mon, 12);
	p = put_int(p, tm->tm_mday, 3, 1);
	*p++ = ' ';
	p = put_int(p, tm->tm_hour, 0, 2);
	*p++ = ':';
	p = put_int(p, tm->tm_min, 0, 2);
	*p++ = ':';
	p = put_int(p, tm->tm_sec, 0, 2);
	*p++ = ' ';
	p = put_int(p, tm->tm_year + 1900LL, 0, 1);
	*p++ = '\n';
	size_t n = (size_t)(p - tmp);
	if (n >= size) {
		errno = EOVERFLOW;
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		buf[i] = tmp[i];
	buf[n] = 0;
	return buf;
}

/* POSIX guarantees the caller 26 bytes, so longer results fail. */
char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	return __asctime_buf(tm, buf, 26);
}
