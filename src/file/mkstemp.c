/* mkstemp, mkostemp and mkdtemp: the template's last six characters, which
 * must be "XXXXXX" (else EINVAL), become letters and digits drawn from
 * arc4random until a name that does not exist yet is created (O_EXCL), at
 * most 1000 tries (then EEXIST). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../internal/random_impl.h"

static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/* Draws the six characters.  FAT names ignore case: a name that differs
 * only in case from an existing one is refused by O_EXCL or mkdir and
 * drawn again.  Without an entropy source (no EFI_RNG_PROTOCOL and no
 * RDRAND) the name comes from the monotonic clock and a counter, mixed:
 * unpredictable names are not needed for safety here, since O_EXCL never
 * opens an existing file, and no other process races for them. */
static int fill(char *x)
{
	unsigned char r[8];
	if (__entropy(r, 6)) {
		static uint64_t n;
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		uint64_t v = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec + ++n * 0x9e3779b97f4a7c15u;
		v ^= v >> 31;
		v *= 0xbf58476d1ce4e5b9u;
		v ^= v >> 29;
		memcpy(r, &v, 8);
	}
	for (int i = 0; i < 6; i++)
		x[i] = chars[r[i] % 62];
	return 0;
}

static char *suffix(char *t)
{
	size_t n = strlen(t);
	if (n < 6 || memcmp(t + n - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return 0;
	}
	return t + n - 6;
}

int mkostemp(char *t, int flags)
{
	if (flags & ~(O_APPEND | O_CLOEXEC | O_NONBLOCK)) {
		errno = EINVAL;
		return -1;
	}
	char *x = suffix(t);
	if (!x)
		return -1;
	for (int i = 0; i < 1000; i++) {
		if (fill(x))
			return -1;
		int fd = open(t, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	memcpy(x, "XXXXXX", 6);
	errno = EEXIST;
	return -1;
}

int mkstemp(char *t)
{
	return mkostemp(t, 0);
}

char *mkdtemp(char *t)
{
	char *x = suffix(t);
	if (!x)
		return 0;
	for (int i = 0; i < 1000; i++) {
		if (fill(x))
			return 0;
		if (mkdir(t, 0700) == 0)
			return t;
		if (errno != EEXIST)
			return 0;
	}
	memcpy(x, "XXXXXX", 6);
	errno = EEXIST;
	return 0;
}
