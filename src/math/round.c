#include "../internal/round_to_int.h"

double round(double x) { return __round_to_int(x, __RI_ROUND); }
/* Every float is a double, and the result is an integer of no more bits. */
float roundf(float x) { return (float)__round_to_int(x, __RI_ROUND); }
long double roundl(long double x) { return round((double)x); }
