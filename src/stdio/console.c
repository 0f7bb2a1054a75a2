/* build: -Os (every program that prints carries it) */
#include "../internal/stdio_impl.h"
#include "../internal/sys.h"

size_t __stdio_console_write(FILE *f, const unsigned char *s, size_t n)
{
	long k = __sys_console_write(f->fd, s, n);
	if (k < 0 || (size_t)k != n) {
		f->flags |= __F_ERR;
		return k < 0 ? 0 : (size_t)k;
	}
	return n;
}

static size_t console_read(FILE *f, unsigned char *s, size_t n)
{
	long k = __sys_console_read(f->fd, s, n);
	if (k < 0)
		f->flags |= __F_ERR;
	else if (k == 0)
		f->flags |= __F_EOF;
	return k > 0 ? (size_t)k : 0;
}

static unsigned char stdout_buf[BUFSIZ];
static unsigned char stdin_buf[__UNGET + BUFSIZ];

/* stdout is line buffered on the console; stderr is unbuffered; stdin
 * reads whole edited lines. */
static struct __FILE stdin_file = {
	.fd = 0, .lbf = -1, .flags = __F_NOWR, .read = console_read,
	.rbuf = stdin_buf, .rsize = BUFSIZ,
};
static struct __FILE stdout_file = {
	.fd = 1, .lbf = '\n', .flags = __F_NORD, .buf = stdout_buf, .size = sizeof stdout_buf,
	.write = __stdio_console_write,
};
static struct __FILE stderr_file = {
	.fd = 2, .lbf = -1, .flags = __F_NORD, .write = __stdio_console_write,
};

FILE *const stdin = &stdin_file;
FILE *const stdout = &stdout_file;
FILE *const stderr = &stderr_file;

static FILE *open_streams;

void __stdio_link(FILE *f)
{
	f->prev = 0;
	f->next = open_streams;
	if (open_streams)
		open_streams->prev = f;
	open_streams = f;
}

void __stdio_unlink(FILE *f)
{
	if (f->prev)
		f->prev->next = f->next;
	else if (open_streams == f)
		open_streams = f->next;
	if (f->next)
		f->next->prev = f->prev;
	f->next = f->prev = 0;
}

int __stdio_exit(void)
{
	int r = 0;
	for (FILE *f = open_streams; f; f = f->next)
		r |= __fflush_unlocked(f);
	r |= __fflush_unlocked(stdout);
	r |= __fflush_unlocked(stderr);
	return r ? EOF : 0;
}
