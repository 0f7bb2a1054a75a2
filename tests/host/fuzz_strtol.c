/* libFuzzer target: the strtol family on the fuzzer's bytes; the first
 * byte picks the base (0..37, so bad bases too).  Compared with glibc on
 * value, end pointer and errno; any difference aborts.
 *
 * libul.a has no coverage instrumentation: the parser's source is compiled
 * into this file too (with glibc's <ctype.h> and errno, which agree with
 * the library's in the C locale), giving the fuzzer its feedback. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ul.h"
#include "ul_strings.h"
#include "../../src/stdlib/intscan.c"

static long (*volatile g_strtol)(const char *, char **, int) = strtol;
static unsigned long (*volatile g_strtoul)(const char *, char **, int) = strtoul;
static long long (*volatile g_strtoll)(const char *, char **, int) = strtoll;
static unsigned long long (*volatile g_strtoull)(const char *, char **, int) = strtoull;

#define SAME(fn, gfn) do { \
	char *eu = NULL, *eg = s; \
	ul_errno = 0; errno = 0; \
	if (fn(s, &eu, base) != gfn(s, &eg, base) || ul_errno != errno || (good ? eu != eg : eu != s)) { \
		fprintf(stderr, #fn " differs from glibc on \"%.300s\" base %d\n", s, base); \
		abort(); \
	} \
} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	int base = data[0] % 38;
	/* with a bad base glibc leaves *end alone, ASan's interceptor not; C
	 * (7.22.1.4p7: no conversion) stores the string itself, checked alone */
	int good = base != 1 && base <= 36;
	char *s = malloc(size);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = 0;
	SAME(ul_strtol, g_strtol);
	SAME(ul_strtoul, g_strtoul);
	SAME(ul_strtoll, g_strtoll);
	SAME(ul_strtoull, g_strtoull);
	{
		char *eu = NULL, *eg = s;
		errno = 0;
		unsigned long long a = __intscan(s, &eu, base, 1, LLONG_MAX);
		int ea = errno;
		errno = 0;
		long long b = g_strtoll(s, &eg, base);
		if ((long long)a != b || ea != errno || (good ? eu != eg : eu != s)) {
			fprintf(stderr, "__intscan differs from strtoll on \"%.300s\" base %d\n", s, base);
			abort();
		}
		errno = 0;
		eu = NULL;
		a = __intscan(s, &eu, base, 0, ULLONG_MAX);
		ea = errno;
		errno = 0;
		if (a != g_strtoull(s, &eg, base) || ea != errno || (good ? eu != eg : eu != s)) {
			fprintf(stderr, "__intscan differs from strtoull on \"%.300s\" base %d\n", s, base);
			abort();
		}
	}
	free(s);
	return 0;
}
