/* The scanf engine (C17 7.21.6.2 and 7.29.2.2), following glibc where C
 * leaves room.  One source for both families: vfscanf.c includes it with
 * SC_WIDE 0 (input read one byte at a time, the format in bytes) and
 * wscanf_core.c with SC_WIDE 1 (input read one wchar_t, a UTF-16 unit, at a
 * time from a wide stream or a wide string; the format in wchar_t).  The
 * numbers, the literal matching, %n and the failures are the same code;
 * only reading, white space, scan sets and the storing of %s %c %[ differ.
 * At most one character is pushed back.  Defines
 *   static int scan_core(struct in *in, const sc_char *fmt, va_list ap). */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <string.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "../internal/stdio_impl.h"
#include "../internal/floatscan.h"
#include "../internal/strtofp.h"
#include "../internal/intscan.h"
#include "../internal/unicode.h"
#include "../internal/ascii.h"
#if SC_WIDE
#include <wchar.h>
#include "../internal/mbstate.h"
typedef unsigned short sc_char;
#else
typedef unsigned char sc_char;
#endif

enum { S_HH = -2, S_H, S_I, S_L, S_LL, S_J, S_Z, S_T, S_LD };

struct in {
	FILE *f;
#if SC_WIDE
	const unsigned short *s;  /* swscanf's string (f is NULL then) */
	int ilseq;        /* the stream gave an encoding error: no more input */
#endif
	long long pos;    /* characters consumed */
	int c;            /* character read and not yet taken, or EOF */
};

#if SC_WIDE
/* iswspace for the BMP (docs/strings.md: TAB..CR and the Zs Zl Zp
 * characters but the no-break spaces), without the classification tables
 * (18 KiB); the host test checks it against iswspace for every unit. */
static int isspace_(int c)
{
	if (c <= 0x20)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (c < 0x1680)
		return 0;
	return c == 0x1680 || (c >= 0x2000 && c <= 0x200A && c != 0x2007) ||
	       c == 0x2028 || c == 0x2029 || c == 0x205F || c == 0x3000;
}
#else
static int isspace_(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}
#endif

/* Reads the next character into c (counting it), or EOF. */
static int next(struct in *in)
{
#if SC_WIDE
	if (in->s) {
		in->c = *in->s ? *in->s++ : EOF;
	} else if (in->ilseq) {
		in->c = EOF;
	} else {
		/* An encoding error (-2, errno EILSEQ) is an input failure
		 * (C 7.29.2.2p9): nothing after it is read. */
		in->c = __fgetwc_unlocked(in->f);
		if (in->c == -2) {
			in->ilseq = 1;
			in->c = EOF;
		}
	}
#else
	in->c = fgetc(in->f);
#endif
	if (in->c != EOF)
		in->pos++;
	return in->c;
}

/* Gives c back to the stream. */
static void unread(struct in *in)
{
	if (in->c != EOF) {
#if SC_WIDE
		if (in->s)
			in->s--;
		else
			ungetwc((wint_t)in->c, in->f);
#else
		ungetc(in->c, in->f);
#endif
		in->pos--;
		in->c = EOF;
	}
}

/* c as a digit of base, or -1 (EOF is no digit). */
static int digval(int c, int base)
{
	int d = c == EOF ? 99 : __digitval(c);
	return d < base ? d : -1;
}

static void store_int(void *p, int size, unsigned long long v)
{
	switch (size) {
	case S_HH: *(unsigned char *)p = (unsigned char)v; break;
	case S_H: *(unsigned short *)p = (unsigned short)v; break;
	case S_I: *(unsigned *)p = (unsigned)v; break;
	case S_L: *(unsigned long *)p = (unsigned long)v; break;
	case S_J: *(uintmax_t *)p = (uintmax_t)v; break;
	case S_Z: *(size_t *)p = (size_t)v; break;
	case S_T: *(ptrdiff_t *)p = (ptrdiff_t)v; break;
	default: *(unsigned long long *)p = v; break;
	}
}

/* Reads the longest integer the conversion can take (C 7.21.6.2p9), and
 * returns 1 and its value as strtoll / strtoull give it (ERANGE included;
 * the caller truncates), or 0 on a matching failure.  width < 0:
 * unlimited.  This reads and checks the characters; the value is
 * __intscan's, as for the strtol family. */
static int scan_int(struct in *in, int width, int base, int is_signed, int is_ptr,
	unsigned long long *out)
{
	/* The sign and the significant digits: leading zeros are dropped, and
	 * past 70 digits (more than any base's 64-bit value has) the rest
	 * cannot change the outcome, ERANGE, so they are read but not kept. */
	char buf[72];
	int n = 0, sign = 0, ndig = 0, c = in->c;

	if (c == '-' || c == '+') {
		buf[n++] = (char)c;
		sign = 1;
		if (width > 0)
			width--;
		c = width ? next(in) : (in->c = EOF);
	}
	if (width != 0 && c == '0') {
		ndig = 1;
		if (width > 0)
			width--;
		c = width ? next(in) : (in->c = EOF);
		if (width != 0 && __ascii_lower(c) == 'x' && (base == 0 || base == 16)) {
			/* The 0 belongs to the prefix: "0x" alone, with no hex
			 * digit after it (or a width that ends there), is no
			 * integer (C 7.21.6.2p9: the input item is "0x", which
			 * does not match), where glibc reads 0. */
			ndig = 0;
			base = 16;
			if (width > 0)
				width--;
			c = width ? next(in) : (in->c = EOF);
		} else if (base == 0)
			base = 8;
	}
	if (!base)
		base = 10;
	while (width != 0 && digval(c, base) >= 0) {
		if ((n > sign || c != '0') && n < (int)sizeof buf - 1)
			buf[n++] = (char)c;
		ndig++;
		if (width > 0)
			width--;
		c = width ? next(in) : (in->c = EOF);
	}
	if (!ndig) {
		if (is_ptr && !sign && in->c == '(' && (width < 0 || width >= 5)) {
			static const char nil[] = "nil)";
			int i;
			for (i = 0; i < 4; i++)
				if (__ascii_lower(next(in)) != nil[i])
					break;
			if (i == 4) {
				in->c = EOF;
				*out = 0;
				return 1;
			}
		}
		unread(in);
		return 0;
	}
	unread(in);
	buf[n] = 0;
	if (n == sign)   /* only zeros */
		*out = 0;
	else
		*out = __intscan(buf, 0, base, is_signed,
		                 is_signed ? (unsigned long long)LLONG_MAX : ULLONG_MAX);
	return 1;
}

/* Matches a case-insensitive word after its first letter, taken already. */
static int take_word(struct in *in, int *width, const char *w)
{
	for (; *w; w++) {
		if (*width == 0 || __ascii_lower(next(in)) != *w)
			return 0;
		if (*width > 0)
			(*width)--;
	}
	return 1;
}

/* Reads a floating number as C 7.21.6.2p9-10 (7.29.2.2) asks: the input
 * item is the longest sequence that is, or is a prefix of, a subject
 * sequence of strtod (only one character can be pushed back), and an item
 * that is only a prefix ("1e", "1e+", "0x", "0x.", "0x1p", "nan(ab", ".")
 * is a matching failure, its characters consumed.  glibc 2.36 converts
 * "100e" of "100ergs" as 100 (C's own example 3 says count = 0) and stops
 * "nan(abc)" after "nan"; see docs/strings.md.  Returns 1 with the value,
 * or 0. */
static int scan_float(struct in *in, int width, int prec, long double *out, struct __fpbits *nanb)
{
	int neg = 0, c = in->c, got_digit = 0, got_dot = 0, got_e = 0, hex = 0;
	int nsign = 0, nch = 0, prev = 0, edig = 0, eneg = 0, r;
	long long ex = 0;
	struct __fs_acc a;

	if (c == '-' || c == '+') {
		neg = c == '-';
		nsign = 1;
		if (width > 0)
			width--;
		if (!width) {
			in->c = EOF;
			return 0;
		}
		if (next(in) == EOF)
			return 0;
		c = in->c;
	}
	if (__ascii_lower(c) == 'n' || __ascii_lower(c) == 'i') {
		int isnan = __ascii_lower(c) == 'n';
		if (width > 0)
			width--;
		if (!take_word(in, &width, isnan ? "an" : "nf"))
			return 0;
		in->c = EOF;
		if (isnan) {
			long double v = __builtin_nanl("");
			if (width != 0 && next(in) == '(') {
				/* nan(n-char-sequence): the value is strtod's (its
				 * payload, in *nanb), for a sequence of up to 64
				 * characters; a longer one gives the default NaN. */
				char nb[72] = "-nan(";
				int k = 5;
				for (;;) {
					if (width > 0)
						width--;
					if (width == 0 || next(in) == EOF) {
						in->c = EOF;
						return 0;
					}
					int ch = in->c;
					if (ch == ')')
						break;
					if (!((ch >= '0' && ch <= '9') || (unsigned)(ch | 32) - 'a' < 26 || ch == '_'))
						return 0;
					if (k < 69)
						nb[k] = (char)ch;
					k++;
				}
				in->c = EOF;
				if (k < 69) {
					nb[k] = ')';
					nb[k + 1] = 0;
					__strtofp(nb + !neg, NULL, prec, nanb);
				}
			} else
				unread(in);
			*out = neg ? -v : v;
			return 1;
		}
		if (width != 0 && next(in) != EOF) {
			if (__ascii_lower(in->c) == 'i') {
				if (width > 0)
					width--;
				if (!take_word(in, &width, "nity"))
					return 0;
				in->c = EOF;
			} else
				unread(in);
		}
		*out = neg ? -__builtin_infl() : __builtin_infl();
		return 1;
	}
	a.nd = 0;
	a.sticky = 0;
	a.adj = 0;
	a.base = 10;
	if (width != 0 && c == '0') {
		nch++;
		if (width > 0)
			width--;
		if (!width) {
			got_digit = 1;
			in->c = EOF;
			goto convert;
		}
		c = next(in);
		if (width > 1 || width < 0) {
			if (__ascii_lower(c) == 'x') {
				hex = 1;
				a.base = 16;
				nch++;
				width > 0 ? width-- : 0;
				c = next(in);
			}
		}
		if (!hex)
			got_digit = 1;
	}
	for (;;) {
		int d = c >= '0' && c <= '9' ? c - '0' : -1;
		if (d < 0 && hex && !got_e)
			d = digval(c, 16);
		if (c != EOF && d >= 0 && !(got_e && !(c >= '0' && c <= '9'))) {
			if (got_e) {
				edig = 1;
				if (ex < 1000000000)
					ex = ex * 10 + d;
			} else {
				got_digit = 1;
				__fs_digit(&a, d, got_dot);
			}
		} else if (got_e && prev == 'e' && !edig && (c == '-' || c == '+')) {
			eneg = c == '-';
		} else if (got_digit && !got_e && __ascii_lower(c) == (hex ? 'p' : 'e')) {
			got_e = got_dot = 1;
		} else if (!got_dot && c == '.') {
			got_dot = 1;
		} else {
			unread(in);
			break;
		}
		prev = got_e && __ascii_lower(c) == (hex ? 'p' : 'e') ? 'e' : c;
		nch++;
		if (width > 0)
			width--;
		if (width == 0) {
			in->c = EOF;
			break;
		}
		if (next(in) == EOF)
			break;
		c = in->c;
	}
convert:
	(void)nsign;
	if (!nch)
		return 0;
	if (!got_digit)          /* "0x", "0x.", ".", "-." */
		return 0;
	if (got_e && !edig)      /* "1e", "1e+", "0x1p" */
		return 0;
	if (eneg)
		ex = -ex;
	*out = __fs_finish(&a, ex, prec, &r);
	if (r)
		errno = ERANGE;    /* as strtod, which glibc's scanf calls */
	if (neg)
		*out = -*out;
	return 1;
}

#if SC_WIDE
/* What stops a %s or %[ field: white space (set NULL), or a character
 * outside the scan set [b, e) of the format (inv: inside it).  The set is
 * read as the narrow one reads its table: the first character (after ^)
 * is literal even if ] or -, and a - between two characters in ascending
 * order is a range, otherwise it is itself. */
struct stop {
	const sc_char *b, *e;
	int inv;
};

static int is_stop(const struct stop *st, int c)
{
	if (!st)
		return isspace_(c);
	int in = 0;
	for (const sc_char *q = st->b; q < st->e && !in; q++) {
		if (*q == '-' && q > st->b && q + 1 < st->e && q[-1] <= q[1])
			in = c >= q[-1] && c <= q[1];
		else
			in = *q == c;
	}
	return in == st->inv;
}

/* Stores unit c of a %s %c %[ field: as itself into *w (an l qualifier), or
 * as multibyte characters into *s, converted as by wcrtomb with the state
 * st (C 7.29.2.2p12: a high surrogate is held until its low half).  0, or
 * -1 with errno EILSEQ for a surrogate out of its pair. */
static int put_unit(char **s, uint16_t **w, mbstate_t *st, int c)
{
	if (*w)
		*(*w)++ = (uint16_t)c;
	if (*s) {
		size_t k = __utf16rtomb(*s, (uint16_t)c, st);
		if (k == __MB_ILSEQ)
			return -1;
		*s += k;
	}
	return 0;
}

/* %s and %[: takes characters up to the first one that stops the field, or
 * width of them (-1: no limit), into dest: wchar_t when wide, otherwise
 * multibyte (NULL dest: suppressed).  in->c holds the first character,
 * already read.  Returns how many it took, the string terminated when it
 * took some; or -1 (EILSEQ) on a surrogate out of its pair, which is
 * taken. */
static long long scan_run(struct in *in, int width, void *dest, int wide, const struct stop *stop)
{
	char *s = wide ? NULL : dest;
	uint16_t *w = wide ? dest : NULL;
	mbstate_t st = { 0 };
	long long start = in->pos - 1;
	while (in->c != EOF && width != 0 && !is_stop(stop, in->c)) {
		if (put_unit(&s, &w, &st, in->c) < 0) {
			in->c = EOF;
			return -1;
		}
		if (width > 0)
			width--;
		if (width)
			next(in);
		else
			in->c = EOF;
	}
	unread(in);
	long long taken = in->pos - start;
	if (!taken)
		return 0;
	if (s)
		*s = 0;
	if (w)
		*w = 0;
	return taken;
}
#else
static int utf16_put(uint16_t **p, uint32_t cp)
{
	if (!*p)
		return cp >= 0x10000 ? 2 : 1;
	int k = __utf16_put(*p, cp);
	*p += k;
	return k;
}

/* %s and %[: takes bytes up to the first one with stop[c] set, or width of
 * them (-1: no limit), into dest as a string, or as UTF-16 when wide (NULL
 * dest: suppressed).  in->c holds the first byte, already read.  Returns how
 * many bytes it took; the string is terminated only when it took some. */
static long long scan_run(struct in *in, int width, void *dest, int wide, const unsigned char *stop)
{
	char *s = wide ? NULL : dest;
	uint16_t *w = wide ? dest : NULL;
	struct __utf8_decoder dec = { 0, 0, 0, 0 };
	uint32_t cps[2];
	long long start = in->pos - 1;
	while (in->c != EOF && width != 0 && !stop[in->c]) {
		if (s)
			*s++ = (char)in->c;
		if (w)
			for (int i = 0, k = __utf8_decode_byte(&dec, (unsigned char)in->c, cps); i < k; i++)
				utf16_put(&w, cps[i]);
		if (width > 0)
			width--;
		if (width)
			next(in);
		else
			in->c = EOF;
	}
	unread(in);
	long long taken = in->pos - start;
	if (!taken)
		return 0;
	if (w && __utf8_decode_end(&dec, cps))
		utf16_put(&w, cps[0]);
	if (s)
		*s = 0;
	if (w)
		*w = 0;
	return taken;
}

static const unsigned char space_stop[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
};
#endif

/* The engine: in is set up by the caller (the stream's orientation
 * checked).  Returns the conversions assigned, or EOF on an input failure
 * before the first one (C 7.21.6.2p16, 7.29.2.2p16). */
static int scan_core(struct in *in_, const sc_char *fmt, va_list ap)
{
	struct in in = *in_;
	int done = 0;
	const sc_char *p = fmt;
#if !SC_WIDE
	unsigned char set[256];
#endif

	while (*p) {
		if (isspace_(*p)) {
			while (isspace_(*p))
				p++;
			while (isspace_(next(&in)))
				;
			unread(&in);
			continue;
		}
		if (*p != '%' || p[1] == '%') {
			if (*p == '%') {
				p++;
				while (isspace_(next(&in)))
					;
			} else
				next(&in);
			if (in.c == EOF)
				goto input_fail;
			if (in.c != *p) {
				unread(&in);
				goto out;
			}
			in.c = EOF;
			p++;
			continue;
		}
		p++;
		int suppress = 0, width = -1, size = S_I;
		void *dest = NULL;
		if (*p == '*') {
			suppress = 1;
			p++;
		} else if (*p >= '0' && *p <= '9') {
			const sc_char *q = p;
			while (*q >= '0' && *q <= '9')
				q++;
			if (*q == '$')
				goto out;   /* positional arguments: not supported */
		}
		if (*p >= '0' && *p <= '9') {
			width = 0;
			while (*p >= '0' && *p <= '9') {
				if (width < INT_MAX / 10)
					width = width * 10 + (*p - '0');
				p++;
			}
			if (!width)
				goto out;
		}
		switch (*p) {
		case 'h': size = p[1] == 'h' ? (p++, S_HH) : S_H; p++; break;
		case 'l': size = p[1] == 'l' ? (p++, S_LL) : S_L; p++; break;
		case 'j': size = S_J; p++; break;
		case 'z': size = S_Z; p++; break;
		case 't': size = S_T; p++; break;
		case 'L': case 'q': size = S_LD; p++; break;
		}
		int conv = *p++;
		if (!conv)
			goto out;
		if (!suppress && conv != '%')
			dest = va_arg(ap, void *);
		if (conv != '[' && conv != 'c' && conv != 'n') {
			while (isspace_(next(&in)))
				;
			if (in.c == EOF)
				goto input_fail;
		}
		switch (conv) {
		case 'n':
			if (dest)
				store_int(dest, size, (unsigned long long)in.pos);
			continue;
		case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'p': {
			int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			unsigned long long v;
			if (!scan_int(&in, width, base, conv == 'd' || conv == 'i', conv == 'p', &v))
				goto out;
			if (dest) {
				if (conv == 'p')
					*(void **)dest = (void *)(uintptr_t)v;
				else
					store_int(dest, size, v);
				done++;
			}
			continue;
		}
		case 'a': case 'e': case 'f': case 'g':
		case 'A': case 'E': case 'F': case 'G': {
			long double v;
			struct __fpbits nanb = { 0, 0, 0, 0, 0 };
			int prec = size == S_LD ? __FS_LDOUBLE : size == S_L ? __FS_DOUBLE : __FS_FLOAT;
			if (!scan_float(&in, width, prec, &v, &nanb))
				goto out;
			if (dest && nanb.is_nan) {
				/* a NaN with its payload, as strtof/strtod/strtold */
				if (prec == __FS_FLOAT)
					memcpy(dest, &nanb.f, sizeof nanb.f);
				else if (prec == __FS_DOUBLE || LDBL_MANT_DIG != 64)
					memcpy(dest, &nanb.d, sizeof nanb.d);
				else {
					memcpy(dest, &nanb.ld_mant, 8);
					memcpy((char *)dest + 8, &nanb.ld_se, 2);
				}
				done++;
			} else if (dest) {
				if (prec == __FS_LDOUBLE)
					*(long double *)dest = v;
				else if (prec == __FS_DOUBLE)
					*(double *)dest = (double)v;
				else
					*(float *)dest = (float)v;
				done++;
			}
			continue;
		}
		case 's':
#if SC_WIDE
			if (scan_run(&in, width, dest, size == S_L, NULL) < 0)
				goto input_fail;
#else
			scan_run(&in, width, dest, size == S_L, space_stop);
#endif
			if (dest)
				done++;
			continue;
		case 'c': {
			if (width < 0)
				width = 1;
			if (next(&in) == EOF)
				goto input_fail;
			char *s = size == S_L ? NULL : dest;
			uint16_t *w = size == S_L ? dest : NULL;
#if SC_WIDE
			/* width counts wchar_t, stored as they are (%lc) or as
			 * multibyte characters (%c, no terminator). */
			mbstate_t st = { 0 };
			while (width > 0 && in.c != EOF) {
				if (put_unit(&s, &w, &st, in.c) < 0) {
					in.c = EOF;
					goto input_fail;
				}
				width--;
				in.c = EOF;
				if (width > 0)
					next(&in);
			}
#else
			struct __utf8_decoder dec = { 0, 0, 0, 0 };
			uint32_t cps[2];
			while (width > 0 && in.c != EOF) {
				if (size == S_L) {
					int k = __utf8_decode_byte(&dec, (unsigned char)in.c, cps);
					for (int i = 0; i < k && width > 0; i++, width--)
						utf16_put(&w, cps[i]);
				} else {
					if (s)
						*s++ = (char)in.c;
					width--;
				}
				in.c = EOF;
				if (width > 0)
					next(&in);
			}
			if (size == S_L && width > 0 && __utf8_decode_end(&dec, cps))
				utf16_put(&w, cps[0]);
#endif
			unread(&in);
			/* Input that ends before the width is read is an input
			 * failure (C 7.21.6.2p10, p12: %c matches exactly width
			 * characters), not a conversion: glibc counts it. */
			if (width > 0)
				goto input_fail;
			if (dest)
				done++;
			continue;
		}
		case '[': {
			int inv = 0;
			if (*p == '^') {
				inv = 1;
				p++;
			}
#if SC_WIDE
			struct stop set = { p, 0, inv };
			if (*p == ']' || *p == '-')
				p++;
			while (*p && *p != ']')
				p++;
			if (!*p)
				goto out;
			set.e = p++;
			if (next(&in) == EOF)
				goto input_fail;
			long long r = scan_run(&in, width, dest, size == S_L, &set);
			if (r < 0)
				goto input_fail;
			if (!r)
				goto out;
#else
			for (int i = 0; i < 256; i++)
				set[i] = 0;
			if (*p == ']' || *p == '-') {
				set[*p] = 1;
				p++;
			}
			int fc;
			while ((fc = *p++) != 0 && fc != ']') {
				if (fc == '-' && *p && *p != ']' && p[-2] <= *p) {
					for (int ch = p[-2]; ch < *p; ch++)
						set[ch] = 1;
				} else
					set[fc] = 1;
			}
			if (!fc)
				goto out;
			/* set[] becomes the bytes that stop the match. */
			if (!inv)
				for (int i = 0; i < 256; i++)
					set[i] = !set[i];
			if (next(&in) == EOF)
				goto input_fail;
			if (!scan_run(&in, width, dest, size == S_L, set))
				goto out;
#endif
			if (dest)
				done++;
			continue;
		}
		default:
			unread(&in);
			goto out;
		}
	}
	goto out;
input_fail:
	if (!done)
		done = EOF;
out:
	unread(&in);
	return done;
}
