#include "../internal/round_to_int.h"

double floor(double x) { return __round_to_int(x, __RI_FLOOR); }
/* Every float is a double, and the result is an integer of no more bits. */
float floorf(float x) { return (float)__round_to_int(x, __RI_FLOOR); }
long double floorl(long double x) { return floor((double)x); }
