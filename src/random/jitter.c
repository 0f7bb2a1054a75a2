/* Entropy from timing jitter: the last of the sources (after
 * EFI_RNG_PROTOCOL and the CPU's instruction), shared by the platform layer
 * (src/uefi/conf.c) and tested on the host with counters of our choosing.
 *
 * A sample is the time, read from a free-running counter, that a short
 * piece of work takes: a walk over a small table whose length and path
 * depend on the previous sample.  Caches, pipelines, interrupts and (under
 * emulation) the host's scheduling make it vary.  Every sample is absorbed
 * into a ChaCha20 state (the 64-bit delta XORed into the key words, the
 * permutation applied after every four); 32 bytes come out of the
 * permuted state with the feed-forward, after which the state is replaced
 * by the permutation's output, so that one block says nothing of the next.
 *
 * Health tests, which a counter that does not run, or runs in lock-step
 * with the work, fails:
 * - a sample is "stuck" when its delta, the delta's change, or the change
 *   of that change is zero (jitterentropy's rule); only samples that are
 *   not stuck count, 512 of them per 32 bytes (two per output bit);
 * - 64 stuck samples in a row, or a block needing more than 8192 samples,
 *   is a failure: -1, and nothing of what was gathered is returned. */
#include <stdint.h>
#include <string.h>
#include "../internal/random_impl.h"

#define GOOD_PER_BLOCK 512
#define MAX_PER_BLOCK 8192
#define MAX_STUCK_RUN 64

static inline uint32_t rotl(uint32_t v, int n)
{
	return v << n | v >> (32 - n);
}

#define QR(a, b, c, d) \
	(a += b, d = rotl(d ^ a, 16), c += d, b = rotl(b ^ c, 12), \
	 a += b, d = rotl(d ^ a, 8), c += d, b = rotl(b ^ c, 7))

/* The ChaCha20 permutation: out = rounds(in), in place when out == in.
 * Small rather than fast here (minsize, as the whole file): sampling the
 * counter, not mixing, is what takes the time, and a program that only
 * seeds its stack cookie carries this code. */
static __attribute__((minsize)) void permute(uint32_t out[16], const uint32_t in[16])
{
	uint32_t x[16];
	memcpy(x, in, sizeof x);
	for (int i = 0; i < 10; i++) {
		QR(x[0], x[4], x[8], x[12]);
		QR(x[1], x[5], x[9], x[13]);
		QR(x[2], x[6], x[10], x[14]);
		QR(x[3], x[7], x[11], x[15]);
		QR(x[0], x[5], x[10], x[15]);
		QR(x[1], x[6], x[11], x[12]);
		QR(x[2], x[7], x[8], x[13]);
		QR(x[3], x[4], x[9], x[14]);
	}
	memcpy(out, x, sizeof x);
}

__attribute__((minsize)) int __jitter_entropy(void *buf, size_t len, unsigned long long (*counter)(void))
{
	uint32_t s[16] = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 };
	volatile uint32_t table[64];
	for (int i = 0; i < 64; i++)
		table[i] = (uint32_t)i * 0x9E3779B9u;
	unsigned char *p = buf;
	uint64_t prev = 0, prev_d = 0, prev_dd = 0;
	unsigned long long t = counter();
	uint64_t block_no = 0;
	int ok = 0;
	while (len) {
		unsigned good = 0, total = 0, run = 0, absorbed = 0;
		s[12] ^= (uint32_t)block_no;
		s[13] ^= (uint32_t)(block_no++ >> 32);
		while (good < GOOD_PER_BLOCK) {
			/* The work: its length and path depend on the last delta. */
			unsigned steps = 1 + (unsigned)(prev & 7);
			uint32_t idx = (uint32_t)prev;
			for (unsigned k = 0; k < steps; k++) {
				idx = (idx * 2654435761u + table[idx & 63]) >> 3;
				table[idx & 63] += idx;
			}
			unsigned long long now = counter();
			uint64_t delta = (uint64_t)(now - t);
			t = now;
			uint64_t d = delta - prev, dd = d - prev_d;
			int stuck = delta == 0 || d == 0 || dd == 0 || dd == prev_dd;
			prev = delta;
			prev_d = d;
			prev_dd = dd;
			unsigned w = 4 + 2 * (absorbed % 4);
			s[w] ^= (uint32_t)delta;
			s[w + 1] ^= (uint32_t)(delta >> 32);
			if (++absorbed % 4 == 0)
				permute(s, s);
			if (++total > MAX_PER_BLOCK)
				goto out;
			if (stuck) {
				if (++run >= MAX_STUCK_RUN)
					goto out;
				continue;
			}
			run = 0;
			good++;
		}
		uint32_t o[16];
		permute(o, s);
		for (int i = 0; i < 16; i++)
			o[i] += s[i];
		size_t k = len < 32 ? len : 32;
		for (size_t i = 0; i < k; i++)
			p[i] = (unsigned char)(o[i / 4] >> (8 * (i % 4)));
		p += k;
		len -= k;
		/* The next block starts from words the caller never saw. */
		memcpy(s + 4, o + 8, 8 * sizeof *o);
		permute(s, s);
		memset(o, 0, sizeof o);
	}
	ok = 1;
out:
	memset(s, 0, sizeof s);
	__asm__ volatile("" : : "r"(s) : "memory");   /* the wipe stays */
	if (!ok) {
		memset(buf, 0, (size_t)(p - (unsigned char *)buf) + len);
		return -1;
	}
	return 0;
}
