/* A set of byte values, for strspn and friends. */
#ifndef __INTERNAL_BYTESET_H
#define __INTERNAL_BYTESET_H
#include <stddef.h>

struct __byteset { size_t bits[256 / (8 * sizeof(size_t))]; };

static inline void __byteset_init(struct __byteset *b, const char *s)
{
	for (size_t i = 0; i < sizeof b->bits / sizeof *b->bits; i++)
		b->bits[i] = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		b->bits[*p / (8 * sizeof(size_t))] |= (size_t)1 << (*p % (8 * sizeof(size_t)));
}

static inline int __byteset_has(const struct __byteset *b, unsigned char c)
{
	return (int)(b->bits[c / (8 * sizeof(size_t))] >> (c % (8 * sizeof(size_t))) & 1);
}
#endif
