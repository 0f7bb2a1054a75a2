/* strchr and strchrnul: the first byte equal to c or to 0, by aligned
 * 16-byte loads (min(x ^ c, x) is 0 exactly there). */
#ifndef __ARCH_X86_64_STRCHR_SSE2_H
#define __ARCH_X86_64_STRCHR_SSE2_H
#include "sse2_string.h"

static inline __attribute__((always_inline)) const char *__find_c_or_nul(const char *s, int c)
{
	const __m128i zero = _mm_setzero_si128(), vc = _mm_set1_epi8((char)c);
#define HIT(x) _mm_cmpeq_epi8(_mm_min_epu8(_mm_xor_si128((x), vc), (x)), zero)
	const char *p = (const char *)((uintptr_t)s & ~(uintptr_t)15);
	__m128i x = _mm_load_si128((const __m128i *)(const void *)p);
	unsigned m = (unsigned)_mm_movemask_epi8(HIT(x)) >> ((uintptr_t)s & 15);
	if (m)
		return s + __builtin_ctz(m);
	for (p += 16; (uintptr_t)p & 63; p += 16) {
		x = _mm_load_si128((const __m128i *)(const void *)p);
		m = (unsigned)_mm_movemask_epi8(HIT(x));
		if (m)
			return p + __builtin_ctz(m);
	}
	for (;; p += 64) {
		const __m128i *v = (const __m128i *)(const void *)p;
		__m128i a = _mm_load_si128(v), b = _mm_load_si128(v + 1);
		__m128i c2 = _mm_load_si128(v + 2), d = _mm_load_si128(v + 3);
		__m128i za = _mm_min_epu8(_mm_xor_si128(a, vc), a), zb = _mm_min_epu8(_mm_xor_si128(b, vc), b);
		__m128i zc = _mm_min_epu8(_mm_xor_si128(c2, vc), c2), zd = _mm_min_epu8(_mm_xor_si128(d, vc), d);
		__m128i mn = _mm_min_epu8(_mm_min_epu8(za, zb), _mm_min_epu8(zc, zd));
		if (_mm_movemask_epi8(_mm_cmpeq_epi8(mn, zero))) {
			uint64_t m0 = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(za, zero));
			uint64_t m1 = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(zb, zero));
			uint64_t m2 = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(zc, zero));
			uint64_t m3 = (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(zd, zero));
			return p + __builtin_ctzll(m0 | m1 << 16 | m2 << 32 | m3 << 48);
		}
	}
#undef HIT
}
#endif
