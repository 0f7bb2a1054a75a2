#include <string.h>
#include "sse2_string.h"

/* Aligned 16-byte loads: they may start before s and end after s + n, but
 * never leave the aligned blocks that hold those bytes, nor go past the
 * block holding the match. */
__NO_ASAN void *memchr(const void *src, int c, size_t n)
{
	const unsigned char *s = src;
	const __m128i vc = _mm_set1_epi8((char)c);
	if (!n)
		return 0;
	const unsigned char *p = (const unsigned char *)((uintptr_t)s & ~(uintptr_t)15);
	size_t skip = (size_t)(s - p);
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128((const __m128i *)(const void *)p), vc)) >> skip;
	if (m) {
		size_t i = (size_t)__builtin_ctz(m);
		return i < n ? (void *)(s + i) : 0;
	}
	if (n <= 16 - skip)
		return 0;
	n -= 16 - skip;
	p += 16;
	/* 16 bytes at a time up to a 64-byte boundary: a 64-byte block never
	 * spans two pages, so the match (C11: memchr stops at it) may be at the
	 * very end of the last readable page. */
	for (; n && ((uintptr_t)p & 63); p += 16) {
		m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128((const __m128i *)(const void *)p), vc));
		if (m) {
			size_t i = (size_t)__builtin_ctz(m);
			return i < n ? (void *)(p + i) : 0;
		}
		if (n <= 16)
			return 0;
		n -= 16;
	}
	while (n >= 64) {
		const __m128i *v = (const __m128i *)(const void *)p;
		__m128i a = _mm_cmpeq_epi8(_mm_load_si128(v), vc), b = _mm_cmpeq_epi8(_mm_load_si128(v + 1), vc);
		__m128i c2 = _mm_cmpeq_epi8(_mm_load_si128(v + 2), vc), d = _mm_cmpeq_epi8(_mm_load_si128(v + 3), vc);
		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c2, d)))) {
			uint64_t m0 = (uint64_t)(unsigned)_mm_movemask_epi8(a);
			uint64_t m1 = (uint64_t)(unsigned)_mm_movemask_epi8(b);
			uint64_t m2 = (uint64_t)(unsigned)_mm_movemask_epi8(c2);
			uint64_t m3 = (uint64_t)(unsigned)_mm_movemask_epi8(d);
			return (void *)(p + __builtin_ctzll(m0 | m1 << 16 | m2 << 32 | m3 << 48));
		}
		p += 64;
		n -= 64;
	}
	while (n) {
		m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128((const __m128i *)(const void *)p), vc));
		if (m) {
			size_t i = (size_t)__builtin_ctz(m);
			return i < n ? (void *)(p + i) : 0;
		}
		if (n <= 16)
			return 0;
		n -= 16;
		p += 16;
	}
	return 0;
}
