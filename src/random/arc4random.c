/* arc4random and its kin: bytes straight from the platform's source
 * through a 64-byte pool, never reused.  They cannot fail: when the source
 * does (no RNG protocol and no RDRAND, or none left after
 * ExitBootServices) the program ends with a message, as glibc's do. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/random_impl.h"

static unsigned char pool[64];
static size_t avail;

static _Noreturn void fail(void)
{
	fputs("arc4random: no source of entropy\n", stderr);
	abort();
}

void arc4random_buf(void *buf, size_t n)
{
	unsigned char *p = buf;
	if (n >= sizeof pool) {
		if (__entropy(p, n))
			fail();
		return;
	}
	while (n) {
		if (!avail) {
			if (__entropy(pool, sizeof pool))
				fail();
			avail = sizeof pool;
		}
		size_t k = n < avail ? n : avail;
		memcpy(p, pool + sizeof pool - avail, k);
		memset(pool + sizeof pool - avail, 0, k);
		avail -= k;
		p += k;
		n -= k;
	}
}

unsigned arc4random(void)
{
	uint32_t v;
	arc4random_buf(&v, sizeof v);
	return v;
}

/* Uniform in [0, bound): values below 2^32 mod bound are rejected, so every
 * residue is equally likely.  bound 0 or 1: 0. */
unsigned arc4random_uniform(unsigned bound)
{
	if (bound < 2)
		return 0;
	uint32_t min = (uint32_t)-bound % bound;
	for (;;) {
		uint32_t v = arc4random();
		if (v >= min)
			return v % bound;
	}
}
