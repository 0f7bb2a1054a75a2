#include "../internal/round_to_int.h"

double ceil(double x) { return __round_to_int(x, __RI_CEIL); }
/* Every float is a double, and the result is an integer of no more bits. */
float ceilf(float x) { return (float)__round_to_int(x, __RI_CEIL); }
long double ceill(long double x) { return ceil((double)x); }
