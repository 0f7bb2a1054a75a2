/* Shared pieces of the x86_64 string functions (SSE2 at most: the firmware
 * does not enable AVX).  Each public function is in its own file named
 * like the portable one it replaces (see the Makefile). */
#ifndef __ARCH_X86_64_SSE2_STRING_H
#define __ARCH_X86_64_SSE2_STRING_H

#include <emmintrin.h>
#include <stddef.h>
#include <stdint.h>
#include "../../internal/word.h"

typedef uint64_t __attribute__((__may_alias__, __aligned__(1))) __u64u;
typedef uint32_t __attribute__((__may_alias__, __aligned__(1))) __u32u;
typedef uint16_t __attribute__((__may_alias__, __aligned__(1))) __u16u;

/* From this size on, rep movsb / rep stosb (fast on every CPU with ERMS,
 * and still correct where it is not). */
#define __REP_THRESHOLD 2048

#define LOADU(p) _mm_loadu_si128((const __m128i *)(const void *)(p))
#define STOREU(p, v) _mm_storeu_si128((__m128i *)(void *)(p), (v))

/* Copies n bytes forward.  Every size up to 64 loads all its bytes before
 * storing any, and the loop loads each 64-byte block before storing it and
 * saves the last block first: so it is also correct for overlapping
 * buffers with d below s (memmove's forward case). */
static inline __attribute__((always_inline)) void __copy_fwd(unsigned char *d, const unsigned char *s, size_t n)
{
	if (n <= 16) {
		if (n >= 8) {
			uint64_t a = *(const __u64u *)s, b = *(const __u64u *)(s + n - 8);
			*(__u64u *)d = a;
			*(__u64u *)(d + n - 8) = b;
		} else if (n >= 4) {
			uint32_t a = *(const __u32u *)s, b = *(const __u32u *)(s + n - 4);
			*(__u32u *)d = a;
			*(__u32u *)(d + n - 4) = b;
		} else if (n) {
			unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
			d[0] = a;
			d[n / 2] = b;
			d[n - 1] = c;
		}
		return;
	}
	if (n <= 32) {
		__m128i a = LOADU(s), b = LOADU(s + n - 16);
		STOREU(d, a);
		STOREU(d + n - 16, b);
		return;
	}
	if (n <= 64) {
		__m128i a = LOADU(s), b = LOADU(s + 16), c = LOADU(s + n - 32), e = LOADU(s + n - 16);
		STOREU(d, a);
		STOREU(d + 16, b);
		STOREU(d + n - 32, c);
		STOREU(d + n - 16, e);
		return;
	}
	if (n >= __REP_THRESHOLD) {
		/* Byte by byte in architectural order: right for d < s too. */
		__asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
		return;
	}
	__m128i t0 = LOADU(s + n - 64), t1 = LOADU(s + n - 48), t2 = LOADU(s + n - 32), t3 = LOADU(s + n - 16);
	unsigned char *end = d + n - 64;
	while (n > 64) {
		__m128i a = LOADU(s), b = LOADU(s + 16), c = LOADU(s + 32), e = LOADU(s + 48);
		STOREU(d, a);
		STOREU(d + 16, b);
		STOREU(d + 32, c);
		STOREU(d + 48, e);
		s += 64;
		d += 64;
		n -= 64;
	}
	STOREU(end, t0);
	STOREU(end + 16, t1);
	STOREU(end + 32, t2);
	STOREU(end + 48, t3);
}

#endif
