/* An independent referee for hexadecimal floating input: glibc 2.36's
 * strtod/strtof misround some hex inputs whose result is subnormal (e.g.
 * strtof("0x1.484473p-127") gives 0x1.48447p-127; the exact value is
 * 0x521111.c * 2^-149, which rounds up to 0x1.484474p-127, as glibc's own
 * decimal path and a hardware conversion agree).  When the library and
 * glibc disagree on a hex input, the tests ask this: the digits as an
 * exact bit string, rounded once, half to even, to p bits with the given
 * minimum exponent.  Returns 0 when s is not a hex float it can judge.
 * glibc 2.36 also fails to set ERANGE for some of these (tiny and inexact,
 * as its decimal path reports them): hexref_inexact tells. */
#ifndef TESTS_HOST_HEXREF_H
#define TESTS_HOST_HEXREF_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int hexref_inexact;   /* the last answer was rounded */

static int hexref(const char *s, int p, int emin, int emax, long double *out)
{
	static unsigned char bits[8192];
	int nb = 0, neg = 0, dot = 0, any = 0;
	long long lead = 0;    /* exponent of bit 0 once found */
	long long frac = 0;    /* hex digits after the point */
	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	if (s[0] != '0' || (s[1] | 32) != 'x')
		return 0;
	s += 2;
	for (;; s++) {
		int d;
		if (*s >= '0' && *s <= '9') d = *s - '0';
		else if ((*s | 32) >= 'a' && (*s | 32) <= 'f') d = (*s | 32) - 'a' + 10;
		else if (*s == '.' && !dot) { dot = 1; continue; }
		else break;
		any = 1;
		if (dot)
			frac++;
		for (int k = 3; k >= 0; k--) {
			int b = d >> k & 1;
			if (!nb && !b)
				continue;
			if (nb < (int)sizeof bits)
				bits[nb] = (unsigned char)b;
			else if (b)
				bits[sizeof bits - 1] = 1;     /* sticky */
			nb++;
		}
	}
	if (!any)
		return 0;
	long long e = 0;
	if ((*s | 32) == 'p') {
		const char *q = s + 1;
		int en = 0;
		if (*q == '+' || *q == '-')
			en = *q++ == '-';
		if (*q >= '0' && *q <= '9') {
			for (; *q >= '0' && *q <= '9'; q++)
				if (e < 100000000)
					e = e * 10 + (*q - '0');
			if (en)
				e = -e;
		}
	}
	hexref_inexact = 0;
	if (!nb) {
		*out = neg ? -0.0L : 0.0L;
		return 1;
	}
	int stored = nb < (int)sizeof bits ? nb : (int)sizeof bits;
	/* value = 0.bits... * 2^lead, with bit i weighing 2^(lead - 1 - i) */
	lead = e - 4 * frac + nb;
	long long top = lead - 1;                    /* exponent of the first bit */
	long long lsb = top - (p - 1);
	if (lsb < emin - (p - 1))
		lsb = emin - (p - 1);
	long long keep = top - lsb + 1;              /* bits kept, may be <= 0 */
	unsigned long long m = 0;
	for (long long i = 0; i < keep; i++)
		m = m << 1 | (i < stored ? bits[i] : 0);
	int rbit = keep >= 0 && keep < stored ? bits[keep] : 0, sticky = 0;
	for (long long i = keep + 1 < 0 ? 0 : keep + 1; i < stored; i++)
		sticky |= bits[i];
	if (keep < 0)
		sticky = 1, rbit = 0;
	hexref_inexact = rbit || sticky;
	if (rbit && (sticky || (m & 1)))
		m++;
	long double v = ldexpl((long double)m, (int)(lsb < -100000 ? -100000 : lsb));
	if (v >= ldexpl(1.0L, emax + 1))
		v = HUGE_VALL;
	*out = neg ? -v : v;
	return 1;
}
#endif
