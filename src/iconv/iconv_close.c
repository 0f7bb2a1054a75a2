#include <errno.h>
#include <iconv.h>
#include <stdlib.h>

#include "../internal/iconv_impl.h"

int iconv_close(iconv_t cd)
{
	struct __iconv *c = cd;
	if (cd == (iconv_t)-1 || !c || c->magic != __ICONV_MAGIC) {
		errno = EBADF;
		return -1;
	}
	c->magic = 0;
	free(c);
	return 0;
}
