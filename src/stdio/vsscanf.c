#include <string.h>
#include "../internal/stdio_impl.h"

static size_t str_read(FILE *f, unsigned char *buf, size_t n)
{
	const char **s = f->cookie;
	size_t k = 0;
	while (k < n && (*s)[k])
		k++;
	memcpy(buf, *s, k);
	*s += k;
	if (!k)
		f->flags |= __F_EOF;
	return k;
}

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	unsigned char rbuf[__UNGET + 64];
	const char *cur = s;
	struct __FILE f = { .fd = -1, .lbf = -1, .read = str_read, .cookie = &cur,
		.rbuf = rbuf, .rsize = sizeof rbuf - __UNGET, .flags = __F_NOWR };
	return vfscanf(&f, fmt, ap);
}
