#include <wchar.h>
#include "../internal/stdio_impl.h"
#include "../internal/unicode.h"

/* C11 7.29.3.10: pushes c back; the next fgetwc returns it.  One wide
 * character is guaranteed, as C asks:
 *  - a character of the BMP goes back as its UTF-8 bytes into the stream's
 *    pushback room, so fseek and fflush discard it as they do ungetc's;
 *  - the high half of a pair whose low half fgetwc still holds puts the
 *    whole character back (fgetwc; ungetwc of what it returned just works);
 *  - a lone surrogate is kept in the slot for the next fgetwc, if free.
 * WEOF, a stream that cannot read or is byte-oriented, or no room left:
 * WEOF, the stream unchanged. */
wint_t ungetwc(wint_t c, FILE *f)
{
	char buf[4];
	size_t n;
	if (c == WEOF || !f->rbuf || __stdio_wide(f) || (f->flags & __F_WNORD))
		return WEOF;
	if (__utf16_is_high(c) && __utf16_is_low(f->wrd)) {
		n = __utf8_put(buf, __utf16_join(c, f->wrd));
	} else if (__utf16_is_surrogate(c) || f->wrd) {
		if (f->wrd)
			return WEOF;
		f->wrd = c;
		f->flags &= ~__F_EOF;
		return c;
	} else {
		n = __utf8_put(buf, c);
	}
	if (!f->rpos)
		f->rpos = f->rend = f->rbuf + __UNGET;
	if ((size_t)(f->rpos - f->rbuf) < n)
		return WEOF;
	f->wrd = 0;
	while (n)
		*--f->rpos = (unsigned char)buf[--n];
	f->flags &= ~__F_EOF;
	return c;
}
