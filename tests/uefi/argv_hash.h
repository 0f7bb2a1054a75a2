/* FNV-1a over argc and every word with its NUL: the child returns it as its
 * exit status, the parent computes it over what it expects. */
#ifndef TESTS_UEFI_ARGV_HASH_H
#define TESTS_UEFI_ARGV_HASH_H

#include <stdint.h>

static uint32_t argv_hash(int argc, const char *const *argv)
{
	uint32_t h = 2166136261u;
	h = (h ^ (uint32_t)argc) * 16777619u;
	for (int i = 0; i < argc; i++) {
		const unsigned char *s = (const unsigned char *)argv[i];
		do
			h = (h ^ *s) * 16777619u;
		while (*s++);
	}
	/* Positive and non-zero, so that it is an ordinary failing status. */
	return (h & 0x7FFFFFFF) | 1;
}

#endif
