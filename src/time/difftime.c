#include <time.h>

/* Exact when the difference fits a double's 53 bits; otherwise the two
 * halves are rounded once each rather than the operands. */
double difftime(time_t t1, time_t t0)
{
	if ((t1 >= 0) == (t0 >= 0))
		return (double)(t1 - t0);
	/* Opposite signs: the difference may overflow time_t. */
	unsigned long long d = t1 > t0 ? (unsigned long long)t1 - (unsigned long long)t0
	                               : (unsigned long long)t0 - (unsigned long long)t1;
	return t1 > t0 ? (double)d : -(double)d;
}
