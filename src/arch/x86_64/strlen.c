#include <string.h>
#include "sse2_string.h"

/* Aligned 16-byte loads only (never across a page), 64 bytes a step once
 * the pointer is 64-aligned. */
__NO_ASAN size_t strlen(const char *s)
{
	const __m128i zero = _mm_setzero_si128();
	const char *p = (const char *)((uintptr_t)s & ~(uintptr_t)15);
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128((const __m128i *)(const void *)p), zero));
	m >>= (uintptr_t)s & 15;
	if (m)
		return (size_t)__builtin_ctz(m);
	for (p += 16; (uintptr_t)p & 63; p += 16) {
		m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_load_si128((const __m128i *)(const void *)p), zero));
		if (m)
			return (size_t)(p - s) + (size_t)__builtin_ctz(m);
	}
	for (;; p += 64) {
		const __m128i *v = (const __m128i *)(const void *)p;
		__m128i a = _mm_load_si128(v), b = _mm_load_si128(v + 1);
		__m128i c = _mm_load_si128(v + 2), d = _mm_load_si128(v + 3);
		__m128i mn = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
		if (_mm_movemask_epi8(_mm_cmpeq_epi8(mn, zero))) {
			uint64_t m0 = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(a, zero));
			uint64_t m1 = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(b, zero));
			uint64_t m2 = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(c, zero));
			uint64_t m3 = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(d, zero));
			uint64_t all = m0 | m1 << 16 | m2 << 32 | m3 << 48;
			return (size_t)(p - s) + (size_t)__builtin_ctzll(all);
		}
	}
}
