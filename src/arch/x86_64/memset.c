#include <string.h>
#include "sse2_string.h"

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	uint64_t w = (unsigned char)c * 0x0101010101010101ull;
	if (n <= 16) {
		if (n >= 8) {
			*(__u64u *)d = w;
			*(__u64u *)(d + n - 8) = w;
		} else if (n >= 4) {
			*(__u32u *)d = (uint32_t)w;
			*(__u32u *)(d + n - 4) = (uint32_t)w;
		} else if (n) {
			d[0] = (unsigned char)c;
			d[n / 2] = (unsigned char)c;
			d[n - 1] = (unsigned char)c;
		}
		return dst;
	}
	__m128i v = _mm_set1_epi8((char)c);
	if (n <= 32) {
		STOREU(d, v);
		STOREU(d + n - 16, v);
		return dst;
	}
	/* Up to 256 bytes: the head and the tail, overlapping, no loop. */
	if (n <= 64) {
		STOREU(d, v);
		STOREU(d + 16, v);
		STOREU(d + n - 32, v);
		STOREU(d + n - 16, v);
		return dst;
	}
	if (n <= 128) {
		for (int i = 0; i < 64; i += 16) {
			STOREU(d + i, v);
			STOREU(d + n - 64 + i, v);
		}
		return dst;
	}
	if (n <= 256) {
		for (int i = 0; i < 128; i += 16) {
			STOREU(d + i, v);
			STOREU(d + n - 128 + i, v);
		}
		return dst;
	}
	if (n >= __REP_THRESHOLD) {
		unsigned char *p = d;
		__asm__ volatile("rep stosb" : "+D"(p), "+c"(n) : "a"(c) : "memory");
		return dst;
	}
	unsigned char *end = d + n;
	STOREU(d, v);
	/* Aligned stores from the first 16-byte boundary, the tail by
	 * overlapping unaligned ones. */
	unsigned char *p = (unsigned char *)(((uintptr_t)d + 16) & ~(uintptr_t)15);
	for (; p + 64 <= end; p += 64) {
		_mm_store_si128((__m128i *)(void *)p, v);
		_mm_store_si128((__m128i *)(void *)(p + 16), v);
		_mm_store_si128((__m128i *)(void *)(p + 32), v);
		_mm_store_si128((__m128i *)(void *)(p + 48), v);
	}
	for (; p + 16 <= end; p += 16)
		_mm_store_si128((__m128i *)(void *)p, v);
	STOREU(end - 16, v);
	return dst;
}
