#include <errno.h>
#include <string.h>
#include "../internal/stdio_impl.h"
#include "../internal/sys.h"

size_t fread(void *restrict dst, size_t size, size_t n, FILE *restrict f)
{
	size_t total;
	if (!size || !n || __stdio_byte(f))
		return 0;
	if (__builtin_mul_overflow(size, n, &total)) {
		errno = EOVERFLOW;
		f->flags |= __F_ERR;
		return 0;
	}
	unsigned char *d = dst;
	size_t got = (size_t)(f->rend - f->rpos);
	if (got > total)
		got = total;
	if (got) {
		memcpy(d, f->rpos, got);
		f->rpos += got;
	}
	/* Remainders of a page or more (or of a whole buffer, if smaller) go
	 * straight to the caller's memory, saving a copy: fread of 4 KiB costs
	 * what the firmware's Read of 4 KiB does.  Not the console's: __uflow
	 * shows the prompt first. */
	size_t direct = f->rsize < 4096 ? f->rsize : 4096;
	while (got < total) {
		if (total - got >= direct && f->read && !(f->flags & (__F_NORD | __F_EOF)) &&
		    (f->fd < 0 || f->seek)) {
			if (f->fd >= 0 && !__sys_available()) {
				errno = EIO;
				f->flags |= __F_ERR;
				break;
			}
			if (f->wpos && __fflush_unlocked(f))
				break;
			size_t k = f->read(f, d + got, total - got);
			if (!k)
				break;
			got += k;
			continue;
		}
		int c = __uflow(f);
		if (c == EOF)
			break;
		d[got++] = (unsigned char)c;
		size_t k = (size_t)(f->rend - f->rpos);
		if (k > total - got)
			k = total - got;
		if (k) {
			memcpy(d + got, f->rpos, k);
			f->rpos += k;
			got += k;
		}
	}
	return got / size;
}
