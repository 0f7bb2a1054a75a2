#include <stdlib.h>
#include <string.h>
#include "../internal/floatscan.h"
#include "../internal/strtofp.h"

float strtof(const char *restrict s, char **restrict end)
{
	struct __fpbits nb;
	float v = (float)__strtofp(s, end, __FS_FLOAT, &nb);
	if (nb.is_nan)
		memcpy(&v, &nb.f, sizeof v);
	return v;
}
