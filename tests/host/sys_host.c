#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "sys_host.h"

/* The library's errno, renamed (see host.mk). */
int *ul___errno_location(void);

int host_available = 1;
long host_pages_outstanding;
long host_pages_calls;
uintptr_t host_pages_hint;
long host_pages_fail_after = -1;
char host_console[3][1 << 16];
size_t host_console_len[3];
int host_console_writes[3];
int host_console_fail_errno;
jmp_buf host_exit_jmp;
int host_exit_armed, host_exit_status, host_exit_abnormal;

void host_console_reset(void)
{
	memset(host_console_len, 0, sizeof host_console_len);
	memset(host_console_writes, 0, sizeof host_console_writes);
	host_console_fail_errno = 0;
}

/* sys.h's liveness words, renamed like everything else. */
static void *const host_field = (void *)1;
void *_Atomic ul___sys_alive_token = (void *)1;
void *const volatile *ul___sys_alive_field = &host_field;

void host_set_available(int alive)
{
	host_available = alive;
	ul___sys_alive_token = alive ? (void *)1 : NULL;
}

void *ul___sys_pages_alloc(size_t npages)
{
	host_pages_calls++;
	if (!host_available || !npages || npages > ((size_t)1 << 40) / 4096 || host_pages_fail_after == 0) {
		*ul___errno_location() = ENOMEM;
		return NULL;
	}
	if (host_pages_fail_after > 0)
		host_pages_fail_after--;
	void *p = mmap((void *)host_pages_hint, npages * 4096, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | (host_pages_hint ? MAP_FIXED_NOREPLACE : 0), -1, 0);
	if (host_pages_hint && p != MAP_FAILED)
		host_pages_hint += npages * 4096;
	if (p == MAP_FAILED) {
		*ul___errno_location() = ENOMEM;
		return NULL;
	}
	host_pages_outstanding += (long)npages;
	return p;
}

void ul___sys_pages_free(void *p, size_t npages)
{
	host_pages_calls++;
	if (!p)
		return;
	if ((uintptr_t)p % 4096) {
		fprintf(stderr, "sys_host: freeing unaligned pages %p\n", p);
		abort();
	}
	munmap(p, npages * 4096);
	host_pages_outstanding -= (long)npages;
}

long ul___sys_console_write(int fd, const void *buf, size_t len)
{
	if (fd != 1 && fd != 2) {
		*ul___errno_location() = EBADF;
		return -1;
	}
	host_console_writes[fd]++;
	if ((!host_available && !host_console_after_exit) || host_console_fail_errno) {
		*ul___errno_location() = host_console_fail_errno ? host_console_fail_errno : EIO;
		return -1;
	}
	size_t room = sizeof host_console[fd] - host_console_len[fd];
	size_t k = len < room ? len : room;
	memcpy(host_console[fd] + host_console_len[fd], buf, k);
	host_console_len[fd] += k;
	return (long)len;
}

int host_console_after_exit;

int ul___sys_console_after_exit(int fd)
{
	return host_console_after_exit && (fd == 1 || fd == 2);
}

const char *host_stdin[8];
int host_stdin_reads;

long ul___sys_console_read(int fd, void *buf, size_t len)
{
	static size_t off;
	if (fd != 0) {
		*ul___errno_location() = EBADF;
		return -1;
	}
	if (!host_available) {
		*ul___errno_location() = EIO;
		return -1;
	}
	const char *chunk = host_stdin[host_stdin_reads];
	if (!chunk)
		return 0;
	size_t n = strlen(chunk + off);
	size_t k = n < len ? n : len;
	memcpy(buf, chunk + off, k);
	off += k;
	if (!chunk[off]) {
		off = 0;
		host_stdin_reads++;
	}
	return (long)k;
}

_Noreturn void ul___sys_exit(int status, int abnormal)
{
	if (host_exit_armed) {
		host_exit_armed = 0;
		host_exit_status = status;
		host_exit_abnormal = abnormal;
		longjmp(host_exit_jmp, 1);
	}
	fprintf(stderr, "sys_host: unexpected exit(%d, abnormal=%d)\n", status, abnormal);
	abort();
}
