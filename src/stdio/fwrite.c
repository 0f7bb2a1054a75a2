/* build: -Os (every program that prints carries it) */
#include <errno.h>
#include <string.h>
#include "../internal/stdio_impl.h"
#include "../internal/sys.h"

/* Streams backed by a device (fd >= 0) stop at once when the platform is
 * gone, so that buffered text is not silently accepted and never shown;
 * memory streams (fd < 0) keep working, and so does a console the platform
 * still has a way to reach. */
static int usable(FILE *f)
{
	if (f->flags & __F_NOWR) {
		errno = EBADF;
		return 0;
	}
	if (f->fd >= 0 && !__sys_available() && !__sys_console_after_exit(f->fd)) {
		errno = EIO;
		return 0;
	}
	return 1;
}

/* Whether s holds byte c: for a line-buffered stream (the console), whose
 * line most often ends the text, so it is looked for from the end.  Not
 * memchr: its vector loop (512 bytes) would be in every program that
 * prints, for text that then costs a firmware call per line anyway. */
static int has_byte(const unsigned char *s, int c, size_t n)
{
	while (n)
		if (s[--n] == (unsigned char)c)
			return 1;
	return 0;
}

size_t __fwritex(const unsigned char *s, size_t n, FILE *f)
{
	/* The first byte function makes the stream byte-oriented; a wide one
	 * has __F_NOWR set for the byte layer (stdio_impl.h), so usable()
	 * refuses it (EBADF). */
	f->flags |= __F_BYTE;
	if (!usable(f)) {
		f->flags |= __F_ERR;
		return 0;
	}
	if (f->rend && f->seek) {
		/* Reading switched to writing: the device is ahead by what was
		 * read into the buffer and not consumed. */
		if (f->rpos != f->rend && f->seek(f, -(long long)(f->rend - f->rpos), SEEK_CUR) < 0) {
			f->flags |= __F_ERR;
			return 0;
		}
		f->rpos = f->rend = 0;
	}
	/* Unbuffered, or a seekable stream's write of a page or more (or of
	 * a whole buffer, if smaller) with nothing waiting: straight to the
	 * device, without a copy. */
	if (!f->buf || (f->seek && !f->wpos && n >= (f->size < 4096 ? f->size : 4096)))
		return f->write(f, s, n);

	/* Fill the buffer and hand it over whole, so that the device sees one
	 * write per buffer (one OutputString per flush on the console). */
	size_t done = 0;
	while (done < n) {
		size_t room = f->size - f->wpos;
		size_t k = n - done < room ? n - done : room;
		memcpy(f->buf + f->wpos, s + done, k);
		f->wpos += k;
		done += k;
		if (f->wpos == f->size && __fflush_unlocked(f))
			return done > f->size ? done - f->size : 0;
	}
	if (f->lbf >= 0 && f->wpos && has_byte(s, f->lbf, n) && __fflush_unlocked(f))
		return 0;
	return n;
}

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	if (!size || !n)
		return 0;
	size_t total = size * n;
	if (total / n != size) {
		errno = EOVERFLOW;
		f->flags |= __F_ERR;
		return 0;
	}
	size_t k = __fwritex(p, total, f);
	return k == total ? n : k / size;
}
