/* strftime formats from the fuzzer: the first bytes make a struct tm, the
 * rest is the format, byte for byte (NULs end it).  The library and glibc
 * must agree on the result and its length, with a roomy buffer and with one
 * the fuzzer sizes.  Both sides see UTC (TZ=UTC0, the host platform's
 * default zone).  Fields that glibc does arithmetic on are kept within
 * +-10^8, where its int arithmetic cannot wrap and its mktime (%s) is far
 * from the year overflow where it answers what it should not (see
 * docs/time.md); the library's own extremes are in test_time.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "ul.h"

static size_t (*volatile g_strftime)(char *, size_t, const char *, const struct tm *) = strftime;

static int take(const uint8_t **p, const uint8_t *end)
{
	uint32_t v = 0;
	for (int i = 0; i < 4 && *p < end; i++)
		v = v << 8 | *(*p)++;
	return (int)v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	if (!ready) {
		setenv("TZ", "UTC0", 1);
		tzset();
		ready = 1;
	}
	static const char *const zones[] = { NULL, "", "UTC", "+0530", "ABCDEFGH" };
	const uint8_t *p = data, *end = data + size;
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_sec = take(&p, end);
	tm.tm_min = take(&p, end);
	tm.tm_hour = take(&p, end);
	tm.tm_mday = take(&p, end);
	tm.tm_mon = take(&p, end) % 100000000;
	tm.tm_year = take(&p, end) % 100000000;
	tm.tm_wday = take(&p, end) % 100000000;
	tm.tm_yday = take(&p, end) % 100000000;
	tm.tm_isdst = take(&p, end);
	tm.tm_gmtoff = take(&p, end) % 100000;
	unsigned k = (unsigned)take(&p, end);
	tm.tm_zone = zones[k % 5];
	size_t n = (k >> 8) % 300;

	char fmt[256];
	size_t flen = (size_t)(end - p) < sizeof fmt - 1 ? (size_t)(end - p) : sizeof fmt - 1;
	memcpy(fmt, p, flen);
	fmt[flen] = 0;

	char a[1024], b[1024];
	size_t ra = ul_strftime(a, sizeof a, fmt, &tm);
	size_t rb = g_strftime(b, sizeof b, fmt, &tm);
	if (ra != rb || (ra && memcmp(a, b, ra + 1)))
		__builtin_trap();
	ra = ul_strftime(a, n, fmt, &tm);
	rb = g_strftime(b, n, fmt, &tm);
	if (ra != rb || (ra && memcmp(a, b, ra + 1)))
		__builtin_trap();
	return 0;
}
