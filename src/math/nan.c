#include "../internal/math_impl.h"

/* The n-char-sequence, read as strtoull reads base 0, becomes the payload
 * (as glibc); anything else gives the default quiet NaN. */
static uint64_t payload(const char *s)
{
	uint64_t v = 0;
	unsigned base = 10;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && s[2]) {
		base = 16;
		s += 2;
	} else if (s[0] == '0')
		base = 8;
	for (; *s; s++) {
		unsigned d;
		if (*s >= '0' && *s <= '9')
			d = (unsigned)(*s - '0');
		else if (*s >= 'a' && *s <= 'z')
			d = (unsigned)(*s - 'a' + 10);
		else if (*s >= 'A' && *s <= 'Z')
			d = (unsigned)(*s - 'A' + 10);
		else
			return 0;
		if (d >= base)
			return 0;
		v = v * base + d;
	}
	return v;
}

double nan(const char *s)
{
	return __dfrom(0x7ff8000000000000ull | (payload(s) & ((1ull << 51) - 1)));
}

float nanf(const char *s)
{
	return __ffrom(0x7fc00000u | (uint32_t)(payload(s) & ((1u << 22) - 1)));
}

long double nanl(const char *s) { return nan(s); }
