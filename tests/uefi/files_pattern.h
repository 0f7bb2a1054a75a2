/* The content of the files the firmware tests write, byte i of a file being
 * a function of its name and i alone, so that any piece can be produced in
 * any order, and the host (tests/uefi/files_check.c) can check every byte. */
#ifndef TESTS_UEFI_FILES_PATTERN_H
#define TESTS_UEFI_FILES_PATTERN_H

#include <stddef.h>
#include <stdint.h>

static inline uint64_t pat_seed(const char *name)
{
	uint64_t h = 1469598103934665603ull;
	for (; *name; name++)
		h = (h ^ (unsigned char)*name) * 1099511628211ull;
	return h;
}

static inline uint64_t pat_word(uint64_t seed, uint64_t k)
{
	uint64_t x = seed + k * 0x9E3779B97F4A7C15ull;
	x ^= x >> 30;
	x *= 0xBF58476D1CE4E5B9ull;
	x ^= x >> 27;
	x *= 0x94D049BB133111EBull;
	x ^= x >> 31;
	return x;
}

/* Bytes off .. off+n-1 of the file. */
static inline void pat_fill(uint64_t seed, uint64_t off, unsigned char *buf, size_t n)
{
	size_t i = 0;
	while (i < n) {
		uint64_t pos = off + i;
		uint64_t w = pat_word(seed, pos >> 3);
		for (unsigned b = (unsigned)(pos & 7); b < 8 && i < n; b++, i++)
			buf[i] = (unsigned char)(w >> (8 * b));
	}
}

#endif
