#include <ctype.h>
#include <errno.h>
#include "../internal/intscan.h"

unsigned long long __intscan(const char *s, char **end, int base, int is_signed,
			     unsigned long long max)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long long v = 0, lim;
	int neg = 0, ovf = 0, d;

	/* C 7.22.1.4p7: no conversion, so *end is the string itself (glibc
	 * leaves it unset for a base it rejects). */
	if (base < 0 || base == 1 || base > 36) {
		if (end)
			*end = (char *)s;
		errno = EINVAL;
		return 0;
	}
	while (isspace(*p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	/* "0x" is a prefix only when a hex digit follows; otherwise the 0
	 * alone is the number and the x is left unread. */
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && __digitval(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0)
		base = p[0] == '0' ? 8 : 10;
	if (__digitval(*p) >= base) {
		if (end)
			*end = (char *)s;
		return 0;
	}
	lim = is_signed && neg ? max + 1 : max;
	for (; (d = __digitval(*p)) < base; p++) {
		if (ovf)
			continue;
		if (v > (lim - (unsigned)d) / (unsigned)base)
			ovf = 1;
		else
			v = v * (unsigned)base + (unsigned)d;
	}
	if (end)
		*end = (char *)p;
	if (ovf) {
		errno = ERANGE;
		return is_signed && neg ? 0 - lim : max;
	}
	return neg ? 0 - v : v;
}
