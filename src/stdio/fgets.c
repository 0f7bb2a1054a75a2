#include <string.h>
#include "../internal/stdio_impl.h"

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	if (n <= 0 || __stdio_byte(f))
		return 0;
	char *p = s;
	while (--n > 0) {
		/* Copy straight out of the buffer up to a newline when possible. */
		size_t avail = (size_t)(f->rend - f->rpos);
		if (avail) {
			size_t k = avail < (size_t)n ? avail : (size_t)n;
			unsigned char *nl = memchr(f->rpos, '\n', k);
			if (nl)
				k = (size_t)(nl - f->rpos) + 1;
			memcpy(p, f->rpos, k);
			f->rpos += k;
			p += k;
			n -= (int)k - 1;
			if (nl)
				break;
			continue;
		}
		int c = __uflow(f);
		if (c == EOF) {
			if (p == s || (f->flags & __F_ERR))
				return 0;
			break;
		}
		*p++ = (char)c;
		if (c == '\n')
			break;
	}
	*p = 0;
	return s;
}
