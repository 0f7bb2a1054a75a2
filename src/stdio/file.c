/* Streams over descriptors: fopen, fdopen, freopen and tmpfile make them. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../internal/file_impl.h"
#include "../internal/stdio_impl.h"

/* A fill or a flush is one firmware call per 32 KiB: eight clusters of a
 * common FAT volume, few calls for a byte-at-a-time reader or writer. */
#define FILE_BUF 32768

int __stdio_fmode(const char *mode, int *oflags)
{
	if (!mode || (mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a')) {
		errno = EINVAL;
		return -1;
	}
	int plus = 0, b = 0, x = 0, t = 0, e = 0;
	for (const char *p = mode + 1; *p; p++) {
		int *seen = *p == '+' ? &plus : *p == 'b' ? &b : *p == 'x' ? &x : *p == 't' ? &t : *p == 'e' ? &e : 0;
		if (!seen || *seen || (*p == 'x' && mode[0] != 'w')) {
			errno = EINVAL;
			return -1;
		}
		*seen = 1;
	}
	if (b && t) {
		errno = EINVAL;
		return -1;
	}
	int acc = plus ? O_RDWR : mode[0] == 'r' ? O_RDONLY : O_WRONLY;
	int f = acc;
	if (mode[0] == 'w')
		f |= O_CREAT | O_TRUNC | (x ? O_EXCL : 0);
	else if (mode[0] == 'a')
		f |= O_CREAT | O_APPEND;
	*oflags = f;
	return 0;
}

size_t __stdio_fd_write(FILE *f, const unsigned char *s, size_t n)
{
	size_t done = 0;
	while (done < n) {
		ssize_t k = __fd_write(f->fd, s + done, n - done);
		if (k <= 0) {
			f->flags |= __F_ERR;
			break;
		}
		done += (size_t)k;
	}
	return done;
}

static size_t file_read(FILE *f, unsigned char *s, size_t n)
{
	ssize_t k = __fd_read(f->fd, s, n);
	if (k < 0) {
		f->flags |= __F_ERR;
		return 0;
	}
	if (!k)
		f->flags |= __F_EOF;
	return (size_t)k;
}

static long long file_seek(FILE *f, long long off, int whence)
{
	return __fd_lseek(f->fd, off, whence);
}

static int file_close(FILE *f)
{
	int r = __fd_close(f->fd);
	free(f->cookie);
	f->cookie = 0;
	f->fd = -1;
	return r ? EOF : 0;
}

/* A new stream over fd, on the list exit flushes; NULL with errno ENOMEM
 * (fd is left to the caller, open). */
FILE *__stdio_file_new(int fd, int oflags)
{
	FILE *f = calloc(1, sizeof *f);
	if (!f || __stdio_file_attach(f, fd, oflags)) {
		free(f);
		errno = ENOMEM;
		return 0;
	}
	__stdio_link(f);
	return f;
}

/* The name "/tmp-NNNNNNNN.<ext>" (ext three letters) for tmpfile and
 * tmpnam: the eight hex digits spread v over the name space. */
void __stdio_tmp_name(char name[18], unsigned v, const char *ext)
{
	v *= 2654435761u;
	memcpy(name, "/tmp-", 5);
	for (int i = 0; i < 8; i++)
		name[5 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
	name[13] = '.';
	memcpy(name + 14, ext, 3);
	name[17] = 0;
}

/* One allocation (the cookie) holds the buffers the access mode needs: the
 * output buffer, then the input buffer with its ungetc room. */
int __stdio_file_attach(FILE *f, int fd, int oflags)
{
	int acc = oflags & O_ACCMODE;
	size_t wsize = acc != O_RDONLY ? FILE_BUF : 0;
	size_t rsize = acc != O_WRONLY ? FILE_BUF : 0;
	unsigned char *b = malloc(wsize + (rsize ? __UNGET + rsize : 0));
	if (!b)
		return -1;
	f->flags = (acc == O_RDONLY ? __F_NOWR : 0) | (acc == O_WRONLY ? __F_NORD : 0) |
	           (oflags & O_APPEND ? __F_APPEND : 0);
	f->fd = fd;
	f->lbf = -1;
	f->buf = wsize ? b : 0;
	f->size = wsize;
	f->wpos = 0;
	f->rbuf = rsize ? b + wsize : 0;
	f->rsize = rsize;
	f->rpos = f->rend = 0;
	f->wrd = f->wwr = 0;
	f->write = __stdio_fd_write;
	f->read = file_read;
	f->seek = file_seek;
	f->close = file_close;
	f->cookie = b;
	/* As glibc: a write-only append stream reports the end as its
	 * position from the start ("a+" reads from the beginning). */
	if ((oflags & O_APPEND) && acc == O_WRONLY)
		__fd_lseek(fd, 0, SEEK_END);
	return 0;
}
