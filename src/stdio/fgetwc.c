/* Wide input: the stream's bytes are UTF-8 (docs/strings.md). */
#include <wchar.h>
#include "../internal/mbstate.h"
#include "../internal/stdio_impl.h"

/* The next code unit of a wide stream, or -1 (end of file, a read error)
 * or -2 (EILSEQ).  A character above U+FFFF is read whole and delivered as its
 * two surrogates, the low one by the next call.  Invalid UTF-8 is EILSEQ:
 * the bytes up to the one that made it invalid are consumed (that byte is
 * left for the next call unless it was the first), as is an incomplete
 * sequence cut by the end of the file.  U+FFFF is EILSEQ too: its unit is
 * WEOF, which C says no character has. */
int __fgetwc_unlocked(FILE *f)
{
	if (f->wrd) {
		int w = f->wrd;
		f->wrd = 0;
		return w;
	}
	mbstate_t st = { 0 };
	uint32_t cp;
	for (int first = 1;; first = 0) {
		int b;
		if (f->rpos != f->rend) {
			b = *f->rpos++;
		} else {
			__wide_enter(f);
			b = __uflow(f);
			__wide_leave(f);
		}
		if (b == EOF) {
			if (!st.__need)
				return -1;
			errno = EILSEQ;
			return -2;
		}
		char ch = (char)b;
		size_t r = __utf8_step(&cp, &ch, 1, &st);
		if (r == __MB_PARTIAL)
			continue;
		if (r == __MB_ILSEQ) {
			if (!first)
				f->rpos--;   /* the byte read last is still there */
			return -2;
		}
		break;
	}
	if (cp == 0xFFFF) {
		errno = EILSEQ;
		return -2;
	}
	if (cp >= 0x10000) {
		f->wrd = __utf16_low(cp);
		return __utf16_high(cp);
	}
	return (int)cp;
}

/* C11 7.29.3.1: WEOF at end of file (end-of-file indicator set), on a read
 * error (error indicator set) and on an encoding error (errno EILSEQ, no
 * indicator); WEOF with EBADF on a byte-oriented stream. */
wint_t fgetwc(FILE *f)
{
	if (__stdio_wide(f))
		return WEOF;
	int c = __fgetwc_unlocked(f);
	return c < 0 ? WEOF : (wint_t)c;
}

wint_t getwc(FILE *f)
{
	return fgetwc(f);
}
