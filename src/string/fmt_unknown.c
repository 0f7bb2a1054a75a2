#include "../internal/strerror.h"

/* Writes prefix and n in decimal, truncated to len - 1 bytes and
 * terminated; returns the full length (like snprintf), without stdio. */
size_t __fmt_unknown(char *buf, size_t len, const char *prefix, int n)
{
	char tmp[48], digits[12];
	size_t k = 0, nd = 0;
	unsigned u = n < 0 ? 0u - (unsigned)n : (unsigned)n;
	while (*prefix && k < 32)
		tmp[k++] = *prefix++;
	if (n < 0)
		tmp[k++] = '-';
	do
		digits[nd++] = (char)('0' + u % 10);
	while ((u /= 10));
	while (nd)
		tmp[k++] = digits[--nd];
	for (size_t i = 0; len && i < len - 1 && i < k; i++)
		buf[i] = tmp[i];
	if (len)
		buf[k < len ? k : len - 1] = 0;
	return k;
}
