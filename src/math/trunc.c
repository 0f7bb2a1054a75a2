#include "../internal/round_to_int.h"

double trunc(double x) { return __round_to_int(x, __RI_TRUNC); }
/* Every float is a double, and the result is an integer of no more bits. */
float truncf(float x) { return (float)__round_to_int(x, __RI_TRUNC); }
long double truncl(long double x) { return trunc((double)x); }
