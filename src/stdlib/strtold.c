#include <float.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/floatscan.h"
#include "../internal/strtofp.h"

long double strtold(const char *restrict s, char **restrict end)
{
	struct __fpbits nb;
	long double v = __strtofp(s, end, __FS_LDOUBLE, &nb);
	if (nb.is_nan) {
#if LDBL_MANT_DIG == 64
		unsigned char b[sizeof v];
		memset(b, 0, sizeof b);
		memcpy(b, &nb.ld_mant, 8);
		memcpy(b + 8, &nb.ld_se, 2);
		memcpy(&v, b, sizeof v);
#else
		memcpy(&v, &nb.d, sizeof v);
#endif
	}
	return v;
}
