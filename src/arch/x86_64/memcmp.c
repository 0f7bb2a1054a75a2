#include <string.h>
#include "sse2_string.h"

static inline int diff16(const unsigned char *l, const unsigned char *r, unsigned mask)
{
	unsigned i = (unsigned)__builtin_ctz(~mask & 0xffff);
	return l[i] - r[i];
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *l = a, *r = b;
	if (n < 16) {
		if (n >= 8) {
			uint64_t x = __builtin_bswap64(*(const __u64u *)l), y = __builtin_bswap64(*(const __u64u *)r);
			if (x == y) {
				x = __builtin_bswap64(*(const __u64u *)(l + n - 8));
				y = __builtin_bswap64(*(const __u64u *)(r + n - 8));
				if (x == y)
					return 0;
			}
			return x < y ? -1 : 1;
		}
		if (n >= 4) {
			uint32_t x = __builtin_bswap32(*(const __u32u *)l), y = __builtin_bswap32(*(const __u32u *)r);
			if (x == y) {
				x = __builtin_bswap32(*(const __u32u *)(l + n - 4));
				y = __builtin_bswap32(*(const __u32u *)(r + n - 4));
				if (x == y)
					return 0;
			}
			return x < y ? -1 : 1;
		}
		for (; n; n--, l++, r++)
			if (*l != *r)
				return *l - *r;
		return 0;
	}
	while (n >= 64) {
		__m128i e0 = _mm_cmpeq_epi8(LOADU(l), LOADU(r));
		__m128i e1 = _mm_cmpeq_epi8(LOADU(l + 16), LOADU(r + 16));
		__m128i e2 = _mm_cmpeq_epi8(LOADU(l + 32), LOADU(r + 32));
		__m128i e3 = _mm_cmpeq_epi8(LOADU(l + 48), LOADU(r + 48));
		__m128i all = _mm_and_si128(_mm_and_si128(e0, e1), _mm_and_si128(e2, e3));
		if (_mm_movemask_epi8(all) != 0xffff) {
			unsigned m = (unsigned)_mm_movemask_epi8(e0);
			if (m != 0xffff)
				return diff16(l, r, m);
			m = (unsigned)_mm_movemask_epi8(e1);
			if (m != 0xffff)
				return diff16(l + 16, r + 16, m);
			m = (unsigned)_mm_movemask_epi8(e2);
			if (m != 0xffff)
				return diff16(l + 32, r + 32, m);
			return diff16(l + 48, r + 48, (unsigned)_mm_movemask_epi8(e3));
		}
		l += 64;
		r += 64;
		n -= 64;
	}
	while (n >= 16) {
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(LOADU(l), LOADU(r)));
		if (m != 0xffff)
			return diff16(l, r, m);
		l += 16;
		r += 16;
		n -= 16;
	}
	if (n) {
		/* The last 16 bytes, overlapping ones already found equal. */
		l -= 16 - n;
		r -= 16 - n;
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(LOADU(l), LOADU(r)));
		if (m != 0xffff)
			return diff16(l, r, m);
	}
	return 0;
}
