#include "../internal/stdio_impl.h"
#include "../internal/sys.h"

static size_t console_write(FILE *f, const unsigned char *s, size_t n)
{
	long k = __sys_console_write(f->fd, s, n);
	if (k < 0 || (size_t)k != n) {
		f->flags |= __F_ERR;
		return k < 0 ? 0 : (size_t)k;
	}
	return n;
}

static unsigned char stdout_buf[BUFSIZ];

/* stdout is line buffered on the console; stderr is unbuffered. */
static struct __FILE stdout_file = {
	.fd = 1, .lbf = '\n', .buf = stdout_buf, .size = sizeof stdout_buf,
	.write = console_write,
};
static struct __FILE stderr_file = {
	.fd = 2, .lbf = -1, .write = console_write,
};

FILE *const stdout = &stdout_file;
FILE *const stderr = &stderr_file;

void __stdio_exit(void)
{
	__fflush_unlocked(stdout);
	__fflush_unlocked(stderr);
}
