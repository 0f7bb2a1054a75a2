/* make bench: the stack protector's speed cost.  One workload of small
 * functions with local buffers (what -fstack-protector-strong protects:
 * formatting numbers into a local array, splitting a line into a local
 * array of words, hashing a local copy), compiled twice into this program
 * (the Makefile builds it with -fstack-protector-strong; one copy opts out
 * with __attribute__((no_stack_protector))), run alternately, best of 7
 * rounds each, printed as cycles (rdtsc, QEMU TCG: the machine is shared,
 * so the ratio matters, not the cycles). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <uefi/entropy.h>
#include <uefi/env.h>
#include "bench_arch.h"

#define WORK(S, ATTR) \
	ATTR __attribute__((noinline)) static unsigned fmt_##S(uint32_t v) \
	{ \
		char buf[16]; \
		int n = 0; \
		do \
			buf[n++] = (char)('0' + v % 10); \
		while (v /= 10); \
		unsigned h = 0; \
		while (n) \
			h = h * 31 + (unsigned char)buf[--n]; \
		return h; \
	} \
	ATTR __attribute__((noinline)) static unsigned words_##S(const char *line) \
	{ \
		const char *w[16]; \
		unsigned n = 0; \
		for (const char *p = line; *p && n < 16; p++) \
			if (*p != ' ' && (p == line || p[-1] == ' ')) \
				w[n++] = p; \
		unsigned h = n; \
		for (unsigned i = 0; i < n; i++) \
			h = h * 33 + (unsigned char)*w[i]; \
		return h; \
	} \
	ATTR __attribute__((noinline)) static unsigned hash_##S(const char *s, size_t len) \
	{ \
		char copy[64]; \
		if (len > sizeof copy) \
			len = sizeof copy; \
		memcpy(copy, s, len); \
		unsigned h = 2166136261u; \
		for (size_t i = 0; i < len; i++) \
			h = (h ^ (unsigned char)copy[i]) * 16777619u; \
		return h; \
	} \
	ATTR __attribute__((noinline)) static unsigned run_##S(unsigned iters) \
	{ \
		static const char line[] = "the quick brown fox jumps over the lazy dog again"; \
		unsigned h = 0; \
		for (unsigned i = 0; i < iters; i++) \
			h += fmt_##S(i * 2654435761u) + words_##S(line + (i & 7)) + hash_##S(line, 20 + (i & 15)); \
		return h; \
	}

WORK(plain, __attribute__((no_stack_protector)))
WORK(protected, )

int main(void)
{
	enum { ITERS = 20000, ROUNDS = 7 };
	uint64_t best_p = UINT64_MAX, best_s = UINT64_MAX;
	unsigned hp = 0, hs = 0;
	for (int r = 0; r < ROUNDS; r++) {
		uint64_t t0 = cycles();
		hp = run_plain(ITERS);
		uint64_t t1 = cycles();
		hs = run_protected(ITERS);
		uint64_t t2 = cycles();
		if (t1 - t0 < best_p)
			best_p = t1 - t0;
		if (t2 - t1 < best_s)
			best_s = t2 - t1;
	}
	const char *src = uefi_stack_guard_source();
	printf("bench: stack protector (-fstack-protector-strong), cookie from %s; results %s\n",
	       src ? src : "(not seeded)", hp == hs ? "equal" : "DIFFER");
	printf("bench:   plain %.1f cycles/iteration, protected %.1f: ratio %.3f\n",
	       (double)best_p / ITERS, (double)best_s / ITERS, (double)best_s / (double)best_p);
	uefi_system_table()->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
	return 0;
}
