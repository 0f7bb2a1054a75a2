/* strtod, strtof and strtold: leading white space, then the floating
 * scanner the scanf family uses (correctly rounded).  nan(n-char-sequence)
 * carries a payload as glibc does: when the whole sequence reads as an
 * integer (strtoull, base 0) its low bits fill the significand under the
 * quiet bit. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/floatscan.h"
#include "../internal/strtofp.h"

static int nan_payload(const char *s, size_t used, unsigned long long *payload)
{
	const char *p = memchr(s, '(', used);
	char *e;
	if (!p || s[used - 1] != ')' || p + 1 == s + used - 1)
		return 0;
	if (p[1] == '-' || p[1] == '+')
		return 0;
	int saved = errno;
	*payload = strtoull(p + 1, &e, 0);
	errno = saved;
	return e == s + used - 1;
}

long double __strtofp(const char *s, char **end, int prec, struct __fpbits *nanbits)
{
	const char *p = s;
	size_t used;
	int range;
	while (isspace((unsigned char)*p))
		p++;
	long double v = __floatscan(p, (size_t)-1, prec, &used, &range);
	if (end)
		*end = (char *)(used ? p + used : s);
	if (range)
		errno = ERANGE;
	nanbits->is_nan = 0;
	if (v != v) {
		unsigned long long pl;
		int neg = *p == '-';
		nanbits->is_nan = 1;
		if (!nan_payload(p, used, &pl))
			pl = 0;
		if (prec == __FS_FLOAT)
			nanbits->f = (uint32_t)neg << 31 | 0x7fc00000u | (uint32_t)(pl & 0x3fffff);
		else
			nanbits->d = (uint64_t)neg << 63 | 0x7ff8000000000000ull | (pl & 0x7ffffffffffffull);
		nanbits->ld_mant = 0xc000000000000000ull | (pl & 0x3fffffffffffffffull);
		nanbits->ld_se = (uint16_t)(neg << 15 | 0x7fff);
	}
	return v;
}
