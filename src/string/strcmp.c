#include <string.h>
#include "../internal/word.h"

/* Word-at-a-time once a is aligned: b's bytes are taken from aligned words
 * too (two of them shifted together when b is not aligned alike), and the
 * next aligned word of b is read only when the current one holds no NUL at
 * or after b's position, so no read crosses into a word the string does not
 * reach. */
__NO_ASAN int strcmp(const char *a, const char *b)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;
#if __WORD_LE
	for (; (uintptr_t)l & (__WSIZE - 1); l++, r++)
		if (!*l || *l != *r)
			return *l - *r;
	const __word *wl = (const __word *)l;
	unsigned sh = (unsigned)((uintptr_t)r & (__WSIZE - 1)) * 8;
	if (!sh) {
		const __word *wr = (const __word *)r;
		for (; *wl == *wr && !__HASZERO(*wl); wl++, wr++)
			;
		l = (const unsigned char *)wl;
		r = (const unsigned char *)wr;
	} else {
		const __word *wr = (const __word *)(r - sh / 8);
		size_t cur = *wr;
		for (;;) {
			/* b's bytes from its position to the end of this word,
			 * with the bytes before it forced non-zero. */
			if (__HASZERO(cur | (((size_t)1 << sh) - 1)))
				break;
			size_t next = wr[1];
			size_t wb = cur >> sh | next << (__WSIZE * 8 - sh);
			if (*wl != wb || __HASZERO(*wl))
				break;
			wl++;
			wr++;
			cur = next;
		}
		size_t done = (size_t)((const unsigned char *)wl - l);
		l += done;
		r += done;
	}
#endif
	for (; *l && *l == *r; l++, r++)
		;
	return *l - *r;
}
