#include <stdlib.h>
#include <string.h>
#include "../internal/floatscan.h"
#include "../internal/strtofp.h"

double strtod(const char *restrict s, char **restrict end)
{
	struct __fpbits nb;
	double v = (double)__strtofp(s, end, __FS_DOUBLE, &nb);
	if (nb.is_nan)
		memcpy(&v, &nb.d, sizeof v);
	return v;
}
