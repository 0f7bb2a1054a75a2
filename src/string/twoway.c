#include <string.h>
#include "../internal/twoway.h"

/* The maximal suffix of n for one byte order (rev selects >): returns its
 * start minus one (as size_t, so -1 is SIZE_MAX) and its period. */
static size_t max_suffix(const unsigned char *n, size_t nl, int rev, size_t *period)
{
	size_t ms = (size_t)-1, j = 0, k = 1, p = 1;
	while (j + k < nl) {
		unsigned char a = n[j + k], b = n[ms + k];
		if (rev ? a > b : a < b) {
			j += k;
			k = 1;
			p = j - ms;
		} else if (a == b) {
			if (k != p)
				k++;
			else {
				j += p;
				k = 1;
			}
		} else {
			ms = j++;
			k = p = 1;
		}
	}
	*period = p;
	return ms;
}

void *__twoway(const unsigned char *h, size_t hl, const unsigned char *n, size_t nl)
{
	size_t p1, p2, period;
	size_t s1 = max_suffix(n, nl, 0, &p1), s2 = max_suffix(n, nl, 1, &p2);
	/* The critical factorization n = n[0, ell) n[ell, nl). */
	size_t ell = s1 + 1 > s2 + 1 ? s1 + 1 : s2 + 1;
	period = s1 + 1 > s2 + 1 ? p1 : p2;
	size_t i, j = 0;
	if (hl < nl)
		return 0;
	if (ell <= nl - period && !memcmp(n, n + period, ell)) {
		/* Periodic needle: remember how much of the left part matched. */
		size_t memory = 0;
		while (j <= hl - nl) {
			i = ell > memory ? ell : memory;
			while (i < nl && n[i] == h[i + j])
				i++;
			if (i >= nl) {
				i = ell - 1;
				while (memory < i + 1 && n[i] == h[i + j])
					i--;
				if (i + 1 < memory + 1)
					return (void *)(h + j);
				j += period;
				memory = nl - period;
			} else {
				j += i - ell + 1;
				memory = 0;
			}
		}
	} else {
		period = (ell > nl - ell ? ell : nl - ell) + 1;
		while (j <= hl - nl) {
			i = ell;
			while (i < nl && n[i] == h[i + j])
				i++;
			if (i >= nl) {
				i = ell - 1;
				while (i != (size_t)-1 && n[i] == h[i + j])
					i--;
				if (i == (size_t)-1)
					return (void *)(h + j);
				j += period;
			} else
				j += i - ell + 1;
		}
	}
	return 0;
}
