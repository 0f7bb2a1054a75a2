/* The printf engine: every *printf of the library ends up here.
 *
 * Supported: d i u o x X c s p n %, the flags - + space # 0, field width and
 * precision (also as * and, in positional mode, *m$), the length modifiers
 * hh h l ll j z t, and POSIX positional arguments (%n$), up to 64 of them.
 *
 * The floating conversions a A e E f F g G (l accepted and ignored, L for
 * long double) are laid out by src/stdio/fmt_fp.c: exact decimal expansion,
 * correctly rounded to nearest (ties to even; other rounding modes are not
 * honoured), byte-identical to glibc, including "-nan", glibc's %a forms,
 * and, where long double is wider than double (the host the tests run on),
 * the exact long double value.  One exception, where glibc (2.36) breaks
 * C: "%#g" of a value that rounds up to the next power of ten and so turns
 * to e-style, such as 999999.5, prints "1.00000e+06"; glibc prints "1.e+06".
 *
 * Where C leaves the output to the implementation, or leaves a harmless flag
 * combination undefined, this prints what glibc prints, so that ported code
 * shows what its authors saw: "(null)" for a null %s (nothing when the
 * precision is below 6), "(nil)" for a null %p and otherwise %p as %#x of
 * the address (with + and space honoured, as glibc does), 0 padding ignored
 * for c, s and a null p, # ignored for d i u c s, precision ignored for c,
 * and flags, width and precision accepted and ignored on %%.
 * Undefined combinations glibc would guess at instead fail with EINVAL: a
 * length modifier that does not belong to its conversion (%Ld, %hs, %lp),
 * an unknown conversion, a position, * or length modifier on %%, mixing
 * positional and sequential arguments, unused argument positions below the
 * highest used one, and one position used as two different types (except a
 * signed type and its unsigned counterpart, as in "%1$d %1$x").
 *
 * The target's wchar_t is 16 bits and the console speaks UTF-8: %ls reads
 * UTF-16 (surrogate pairs combined, unpaired surrogates printed as U+FFFD)
 * and writes UTF-8; its precision counts output bytes and never splits a
 * character.  %lc takes one UTF-16 code unit, passed as an int.  The code
 * says uint16_t rather than wchar_t because the host that runs the tests
 * has a 32-bit wchar_t.
 *
 * No allocation: positional arguments live in a fixed array on the stack.
 * A conversion's whole length is known before any of it is written, so a
 * total above INT_MAX is refused (EOVERFLOW) before the bytes that would
 * exceed it are produced.
 */

#include "../internal/stdio_impl.h"
#include "../internal/fmt_fp.h"
#include "../internal/unicode.h"
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>
#include "../internal/mbstate.h"

#define MAX_POS_ARGS 64

enum { F_LEFT = 1, F_PLUS = 2, F_SPACE = 4, F_ALT = 8, F_ZERO = 16 };

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIGL };

/* How an argument is fetched.  T_INT..T_SIZE come in signed/unsigned pairs
 * (odd = signed) so that one position may serve both %d and %x. */
enum {
	T_NONE,
	T_INT, T_UINT, T_LONG, T_ULONG, T_LLONG, T_ULLONG,
	T_IMAX, T_UMAX, T_PDIFF, T_SIZE,
	T_STR, T_WSTR, T_PTR,
	T_NHH, T_NH, T_NINT, T_NL, T_NLL, T_NJ, T_NPDIFF,
	T_DBL, T_LDBL
};

/* Integers are kept as the bit pattern of their value widened to
 * uintmax_t (sign-extended when signed); each conversion narrows it back to
 * the type its length modifier names. */
union arg {
	uintmax_t u;
	char *s;
	const uint16_t *ws;
	void *p;
	signed char *nhh;
	short *nh;
	int *n;
	long *nl;
	long long *nll;
	intmax_t *nj;
	ptrdiff_t *nt;
#ifdef __FP_AS_BITS
	uint64_t fbits;
#else
	double d;
	long double ld;
#endif
};

struct spec {
	unsigned flags;
	int width, prec;      /* -1 when not given */
	int warg, parg;       /* 0: none, -1: '*', n > 0: '*n$' */
	int pos;              /* n of %n$, or 0 */
	unsigned char len;
	unsigned char type;
	char conv;
};

struct ctx;
/* Wide mode (the wprintf family, at the end of this file): the format and
 * the output are UTF-8 here as for printf, but counts are in wide
 * characters, and c s lc ls are converted by conv. */
struct wide {
	int (*conv)(struct ctx *c, const struct spec *s, const union arg *a,
		    unsigned flags, int width, int prec);
	size_t (*units)(const char *s, size_t n);
};

struct ctx {
	FILE *f;              /* the stream, or NULL when writing to dst */
	const struct wide *w; /* NULL for the narrow printf family */
	char *dst;            /* snprintf's buffer: the next byte ... */
	size_t room;          /* ... and how many more fit (the NUL excluded) */
	size_t n;             /* bytes produced so far, never above INT_MAX */
	union arg *pa;        /* positional mode: all arguments, fetched first */
	va_list *ap;          /* sequential mode */
};

static const char spaces[64] =
	"                                                                ";
static const char zeros[64] =
	"0000000000000000000000000000000000000000000000000000000000000000";

/* snprintf's bytes go straight to its buffer: its pieces are short, and a
 * stream's buffering would copy each twice. */
static __attribute__((noinline)) void put(struct ctx *c, const char *s, size_t n)
{
	if (!c->f) {
		size_t k = n < c->room ? n : c->room;
		char *d = c->dst;
		/* Short pieces by two overlapping moves (a constant-size
		 * __builtin_memcpy is a single load or store). */
		if (k >= 8 && k <= 16) {
			uint64_t a, b;
			__builtin_memcpy(&a, s, 8);
			__builtin_memcpy(&b, s + k - 8, 8);
			__builtin_memcpy(d, &a, 8);
			__builtin_memcpy(d + k - 8, &b, 8);
		} else if (k >= 4 && k < 8) {
			uint32_t a, b;
			__builtin_memcpy(&a, s, 4);
			__builtin_memcpy(&b, s + k - 4, 4);
			__builtin_memcpy(d, &a, 4);
			__builtin_memcpy(d + k - 4, &b, 4);
		} else if (k < 4) {
			for (size_t i = 0; i < k; i++)
				d[i] = s[i];
		} else {
			memcpy(d, s, k);
		}
		c->dst = d + k;
		c->room -= k;
	} else if (n) {
		__fwritex((const unsigned char *)s, n, c->f);
	}
}

static void pad(struct ctx *c, const char *fill, size_t n)
{
	while (n > sizeof spaces) {
		put(c, fill, sizeof spaces);
		n -= sizeof spaces;
	}
	put(c, fill, n);
}

/* Counts n more bytes, or refuses them if the total would pass INT_MAX. */
static int reserve(struct ctx *c, size_t n)
{
	if (n > (size_t)INT_MAX - c->n)
		return EOVERFLOW;
	c->n += n;
	return 0;
}

static int put_padded(struct ctx *c, const char *s, size_t n, int width,
		      unsigned flags)
{
	size_t w = width > 0 ? (size_t)width : 0;
	size_t fill = w > n ? w - n : 0;

	if (reserve(c, n + fill))
		return EOVERFLOW;
	if (!(flags & F_LEFT))
		pad(c, spaces, fill);
	put(c, s, n);
	if (flags & F_LEFT)
		pad(c, spaces, fill);
	return 0;
}

/* Reads a decimal number, saturating at INT_MAX + 1 so that callers can
 * tell "too big" without overflowing. */
static unsigned read_num(const char **pp)
{
	const char *p = *pp;
	unsigned v = 0;

	while (*p >= '0' && *p <= '9') {
		unsigned d = (unsigned)(*p++ - '0');
		if (v <= ((unsigned)INT_MAX - d) / 10)
			v = v * 10 + d;
		else
			v = (unsigned)INT_MAX + 1;
	}
	*pp = p;
	return v;
}

/* After '*': either "n$" (positional) or nothing (next argument). */
static int parse_star(const char **pp, int *arg)
{
	const char *p = *pp;

	if (*p >= '0' && *p <= '9') {
		unsigned v = read_num(&p);
		if (*p != '$' || v == 0 || v > MAX_POS_ARGS)
			return EINVAL;
		*arg = (int)v;
		p++;
	} else {
		*arg = -1;
	}
	*pp = p;
	return 0;
}

static unsigned char int_type(unsigned char len, int is_signed)
{
	static const unsigned char by_len[] = {
		[LEN_NONE] = T_INT, [LEN_HH] = T_INT, [LEN_H] = T_INT,
		[LEN_L] = T_LONG, [LEN_LL] = T_LLONG, [LEN_J] = T_IMAX,
		[LEN_Z] = T_PDIFF, [LEN_T] = T_PDIFF,
	};
	return (unsigned char)(by_len[len] + (is_signed ? 0 : 1));
}

/* Parses one conversion specification; *pp points just past the '%' and is
 * left just past the conversion character.  Returns 0 or an errno value. */
static int parse_spec(const char **pp, struct spec *s)
{
	static const unsigned char n_type[] = {
		[LEN_NONE] = T_NINT, [LEN_HH] = T_NHH, [LEN_H] = T_NH,
		[LEN_L] = T_NL, [LEN_LL] = T_NLL, [LEN_J] = T_NJ,
		[LEN_Z] = T_NPDIFF, [LEN_T] = T_NPDIFF,
	};
	const char *p = *pp;
	unsigned v;

	s->flags = 0;
	s->width = s->prec = -1;
	s->warg = s->parg = s->pos = 0;
	s->len = LEN_NONE;

	/* Leading digits are either "n$" or a width; a width cannot start with
	 * 0 (that is a flag), and no flags may follow it. */
	if (*p >= '1' && *p <= '9') {
		v = read_num(&p);
		if (*p == '$') {
			if (v > MAX_POS_ARGS)
				return EINVAL;
			s->pos = (int)v;
			p++;
		} else {
			if (v > INT_MAX)
				return EOVERFLOW;
			s->width = (int)v;
			goto precision;
		}
	}

	for (;; p++) {
		if (*p == '-') s->flags |= F_LEFT;
		else if (*p == '+') s->flags |= F_PLUS;
		else if (*p == ' ') s->flags |= F_SPACE;
		else if (*p == '#') s->flags |= F_ALT;
		else if (*p == '0') s->flags |= F_ZERO;
		else break;
	}

	if (*p == '*') {
		p++;
		if (parse_star(&p, &s->warg))
			return EINVAL;
	} else if (*p >= '1' && *p <= '9') {
		v = read_num(&p);
		if (v > INT_MAX)
			return EOVERFLOW;
		s->width = (int)v;
	}

precision:
	if (*p == '.') {
		p++;
		if (*p == '*') {
			p++;
			if (parse_star(&p, &s->parg))
				return EINVAL;
		} else {
			v = read_num(&p);
			if (v > INT_MAX)
				return EOVERFLOW;
			s->prec = (int)v;
		}
	}

	switch (*p) {
	case 'h':
		p++;
		if (*p == 'h') { s->len = LEN_HH; p++; }
		else s->len = LEN_H;
		break;
	case 'l':
		p++;
		if (*p == 'l') { s->len = LEN_LL; p++; }
		else s->len = LEN_L;
		break;
	case 'j': s->len = LEN_J; p++; break;
	case 'z': s->len = LEN_Z; p++; break;
	case 't': s->len = LEN_T; p++; break;
	case 'L': s->len = LEN_BIGL; p++; break;
	}

	s->conv = *p;
	switch (*p) {
	case 'd': case 'i':
		if (s->len == LEN_BIGL)
			return EINVAL;
		s->type = int_type(s->len, 1);
		break;
	case 'u': case 'o': case 'x': case 'X':
		if (s->len == LEN_BIGL)
			return EINVAL;
		s->type = int_type(s->len, 0);
		break;
	case 'n':
		if (s->len == LEN_BIGL)
			return EINVAL;
		s->type = n_type[s->len];
		break;
	case 'c':
		if (s->len != LEN_NONE && s->len != LEN_L)
			return EINVAL;
		s->type = T_INT;
		break;
	case 's':
		if (s->len != LEN_NONE && s->len != LEN_L)
			return EINVAL;
		s->type = s->len == LEN_L ? T_WSTR : T_STR;
		break;
	case 'p':
		if (s->len != LEN_NONE)
			return EINVAL;
		s->type = T_PTR;
		break;
	case 'a': case 'A': case 'e': case 'E':
	case 'f': case 'F': case 'g': case 'G':
		if (s->len != LEN_NONE && s->len != LEN_L && s->len != LEN_BIGL)
			return EINVAL;
		s->type = s->len == LEN_BIGL ? T_LDBL : T_DBL;
		break;
	case '%':
		if (s->pos || s->warg || s->parg || s->len != LEN_NONE)
			return EINVAL;
		s->type = T_NONE;
		break;
	default:
		return EINVAL;
	}
	*pp = p + 1;
	return 0;
}

static void fetch(union arg *a, int type, va_list *ap)
{
	switch (type) {
	case T_INT: a->u = (uintmax_t)(intmax_t)va_arg(*ap, int); break;
	case T_UINT: a->u = va_arg(*ap, unsigned); break;
	case T_LONG: a->u = (uintmax_t)(intmax_t)va_arg(*ap, long); break;
	case T_ULONG: a->u = va_arg(*ap, unsigned long); break;
	case T_LLONG: a->u = (uintmax_t)(intmax_t)va_arg(*ap, long long); break;
	case T_ULLONG: a->u = va_arg(*ap, unsigned long long); break;
	case T_IMAX: a->u = (uintmax_t)va_arg(*ap, intmax_t); break;
	case T_UMAX: a->u = va_arg(*ap, uintmax_t); break;
	case T_PDIFF: a->u = (uintmax_t)(intmax_t)va_arg(*ap, ptrdiff_t); break;
	case T_SIZE: a->u = va_arg(*ap, size_t); break;
	case T_STR: a->s = va_arg(*ap, char *); break;
	case T_WSTR: a->ws = va_arg(*ap, const uint16_t *); break;
	case T_PTR: a->p = va_arg(*ap, void *); break;
	case T_NHH: a->nhh = va_arg(*ap, signed char *); break;
	case T_NH: a->nh = va_arg(*ap, short *); break;
	case T_NINT: a->n = va_arg(*ap, int *); break;
	case T_NL: a->nl = va_arg(*ap, long *); break;
	case T_NLL: a->nll = va_arg(*ap, long long *); break;
	case T_NJ: a->nj = va_arg(*ap, intmax_t *); break;
	case T_NPDIFF: a->nt = va_arg(*ap, ptrdiff_t *); break;
#ifdef __FP_AS_BITS
	case T_DBL:
	case T_LDBL: a->fbits = va_arg(*ap, uint64_t); break;
#else
	case T_DBL: a->d = va_arg(*ap, double); break;
	case T_LDBL: a->ld = va_arg(*ap, long double); break;
#endif
	}
}

static void get(struct ctx *c, int idx, int type, union arg *a)
{
	if (c->pa)
		*a = c->pa[idx - 1];
	else
		fetch(a, type, c->ap);
}

/* Notes that argument n is read as type t. */
static int note_type(unsigned char *types, int n, int t, int *max)
{
	int old = types[n - 1];

	if (old && old != t) {
		/* A signed type and its unsigned counterpart share a slot. */
		if (old > T_SIZE || t > T_SIZE || (old + 1) / 2 != (t + 1) / 2)
			return EINVAL;
	} else {
		types[n - 1] = (unsigned char)t;
	}
	if (n > *max)
		*max = n;
	return 0;
}

/* Whether the first conversion that takes an argument says %n$; that decides
 * the mode of the whole format. */
static int starts_positional(const char *p)
{
	struct spec s;

	for (;;) {
		while (*p && *p != '%')
			p++;
		if (!*p)
			return 0;
		p++;
		/* Most formats start with a bare conversion ("%d"): not
		 * positional, and no need to parse it twice. */
		if (*p != '%' && strchr("diouxXcspnaAeEfFgG", *p))
			return 0;
		if (parse_spec(&p, &s))
			return 0;       /* the main pass reports it */
		if (s.conv != '%')
			return s.pos > 0;
	}
}

/* Positional mode: va_arg can only walk forward, so learn every argument's
 * type from the whole format first, then fetch them all in order. */
static int collect_positional(const char *p, union arg *args, va_list *ap)
{
	unsigned char types[MAX_POS_ARGS];
	struct spec s;
	int i, max = 0, e;

	for (i = 0; i < MAX_POS_ARGS; i++)
		types[i] = T_NONE;
	for (;;) {
		while (*p && *p != '%')
			p++;
		if (!*p)
			break;
		p++;
		if ((e = parse_spec(&p, &s)))
			return e;
		if (s.conv == '%')
			continue;
		if (!s.pos || s.warg < 0 || s.parg < 0)
			return EINVAL;
		if (s.warg && (e = note_type(types, s.warg, T_INT, &max)))
			return e;
		if (s.parg && (e = note_type(types, s.parg, T_INT, &max)))
			return e;
		if ((e = note_type(types, s.pos, s.type, &max)))
			return e;
	}
	for (i = 0; i < max; i++)
		if (types[i] == T_NONE)
			return EINVAL;
	for (i = 0; i < max; i++)
		fetch(&args[i], types[i], ap);
	return 0;
}

/* sign is 0 or the character to print before the number; alt asks for the
 * 0x / 0X prefix (hex) or a leading 0 (octal). */
static const char digit_pairs[201] =
	"0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
	"5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

static int put_int(struct ctx *c, uintmax_t v, char sign, unsigned base,
		   int upper, int alt, unsigned flags, int width, int prec)
{
	/* Room for 22 octal digits, the extra octal 0, a prefix, and a run of
	 * zeros short enough to send in the same write. */
	char buf[64];
	char *const end = buf + sizeof buf;
	char *s = end;
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char pfx[3];
	size_t npfx = 0, nd, nzero, body, w, lead = 0, trail = 0;

	if (prec < 0)
		prec = 1;
	else
		flags &= ~(unsigned)F_ZERO;

	if (sign)
		pfx[npfx++] = sign;
	if (alt && base == 16 && v != 0) {
		pfx[npfx++] = '0';
		pfx[npfx++] = upper ? 'X' : 'x';
	}

	/* Zero makes no digits here: the precision (at least 1 unless given
	 * as 0) supplies them, which gives C's "%.0d" of 0 printing nothing. */
	if (base == 10) {
		uint32_t v32;
		/* Above 32 bits, eight digits a 64-bit division. */
		while (v > UINT32_MAX) {
			uint32_t low = (uint32_t)(v % 100000000u);
			v /= 100000000u;
			for (int i = 0; i < 4; i++, low /= 100) {
				const char *d = digit_pairs + 2 * (low % 100);
				*--s = d[1];
				*--s = d[0];
			}
		}
		/* Two digits a division. */
		for (v32 = (uint32_t)v; v32 >= 100; v32 /= 100) {
			const char *d = digit_pairs + 2 * (v32 % 100);
			*--s = d[1];
			*--s = d[0];
		}
		if (v32 >= 10) {
			*--s = digit_pairs[2 * v32 + 1];
			*--s = digit_pairs[2 * v32];
		} else if (v32) {
			*--s = (char)('0' + v32);
		}
	} else {
		unsigned shift = base == 16 ? 4 : 3;
		if (base == 16)     /* two digits a step */
			for (; v > 0xF; v >>= 8) {
				*--s = digits[v & 15];
				*--s = digits[v >> 4 & 15];
			}
		for (; v; v >>= shift)
			*--s = digits[v & (base - 1)];
	}
	nd = (size_t)(end - s);
	/* Octal # raises the precision just enough to start with a 0. */
	if (alt && base == 8 && (size_t)prec <= nd) {
		*--s = '0';
		nd++;
	}

	nzero = (size_t)prec > nd ? (size_t)prec - nd : 0;
	body = npfx + nzero + nd;
	w = width > 0 ? (size_t)width : 0;
	if (w > body) {
		if (flags & F_LEFT)
			trail = w - body;
		else if (flags & F_ZERO)
			nzero += w - body;
		else
			lead = w - body;
	}
	if (reserve(c, lead + npfx + nzero + nd + trail))
		return EOVERFLOW;

	pad(c, spaces, lead);
	if (nzero + npfx <= (size_t)(s - buf)) {
		while (nzero--)
			*--s = '0';
		while (npfx)
			*--s = pfx[--npfx];
		put(c, s, (size_t)(end - s));
	} else {
		put(c, pfx, npfx);
		pad(c, zeros, nzero);
		put(c, s, nd);
	}
	pad(c, spaces, trail);
	return 0;
}

/* Decodes the character at ws if its UTF-8 form fits in room bytes: returns
 * that length (0 at the terminator or when it does not fit) and sets *cp and
 * *units.  Reads no unit it does not need, so that a precision lets the
 * caller pass an unterminated array. */
static size_t utf16_next(const uint16_t *ws, size_t room, uint32_t *cp,
			 size_t *units)
{
	uint32_t c, d;
	size_t k;

	if (room == 0)
		return 0;
	c = ws[0];
	if (c == 0)
		return 0;
	*units = 1;
	if (__utf16_is_high(c)) {
		/* Paired or not it needs at least 3 bytes (U+FFFD): without
		 * them there is no need to look at the next unit. */
		if (room < 3)
			return 0;
		d = ws[1];
		if (__utf16_is_low(d)) {
			c = __utf16_join(c, d);
			*units = 2;
		} else {
			c = __REPLACEMENT_CHAR;
		}
	} else if (__utf16_is_low(c)) {
		c = __REPLACEMENT_CHAR;
	}
	k = (size_t)__utf8_len(c);
	if (k > room)
		return 0;
	*cp = c;
	return k;
}

static int put_wstr(struct ctx *c, const uint16_t *ws, int prec, int width,
		    unsigned flags)
{
	unsigned char buf[64];
	size_t lim = prec < 0 ? (size_t)-1 : (size_t)prec;
	size_t n = 0, k, units, bl = 0, w, fill;
	const uint16_t *p;
	uint32_t cp;

	/* First measure, for the padding in front. */
	for (p = ws; (k = utf16_next(p, lim - n, &cp, &units)); p += units)
		n += k;
	w = width > 0 ? (size_t)width : 0;
	fill = w > n ? w - n : 0;
	if (reserve(c, n + fill))
		return EOVERFLOW;

	if (!(flags & F_LEFT))
		pad(c, spaces, fill);
	lim = n;
	n = 0;
	for (p = ws; (k = utf16_next(p, lim - n, &cp, &units)); p += units) {
		if (bl > sizeof buf - 4) {
			put(c, (const char *)buf, bl);
			bl = 0;
		}
		bl += __utf8_put((char *)buf + bl, cp);
		n += k;
	}
	put(c, (const char *)buf, bl);
	if (flags & F_LEFT)
		pad(c, spaces, fill);
	return 0;
}

static uintmax_t narrow_unsigned(uintmax_t v, unsigned char len)
{
	switch (len) {
	case LEN_HH: return (unsigned char)v;
	case LEN_H: return (unsigned short)v;
	case LEN_L: return (unsigned long)v;
	case LEN_LL: return (unsigned long long)v;
	case LEN_J: return v;
	case LEN_Z: case LEN_T: return (size_t)v;
	default: return (unsigned)v;
	}
}

/* Conversions to a narrower signed type are implementation-defined, not
 * undefined; clang and gcc wrap, which is the truncation printf wants. */
static intmax_t narrow_signed(uintmax_t v, unsigned char len)
{
	switch (len) {
	case LEN_HH: return (signed char)v;
	case LEN_H: return (short)v;
	case LEN_L: return (long)v;
	case LEN_LL: return (long long)v;
	case LEN_J: return (intmax_t)v;
	case LEN_Z: case LEN_T: return (ptrdiff_t)v;
	default: return (int)v;
	}
}

static void store_count(const union arg *a, int type, int n)
{
	switch (type) {
	case T_NHH: *a->nhh = (signed char)n; break;
	case T_NH: *a->nh = (short)n; break;
	case T_NINT: *a->n = n; break;
	case T_NL: *a->nl = n; break;
	case T_NLL: *a->nll = n; break;
	case T_NJ: *a->nj = n; break;
	case T_NPDIFF: *a->nt = n; break;
	}
}

static void fp_put(void *c, const char *s, size_t n)
{
	put(c, s, n);
}

/* The floating formatter (fmt_fp.c) is referenced strongly, as glibc and
 * musl do: every program that calls printf can print a double, however it
 * was built (uefi-cc, pkg-config flags with plain clang, CMake, Meson) and
 * whatever compiler made its objects.  Clang's GNU environment emits no
 * _fltused to tell which programs use floating point (docs/abi.md).  On
 * this target (double and long double the same 8 bytes, passed to variadic
 * functions like an integer) the value travels as its bits. */

/* Kept out of convert(): the layout holds the value's exact digits, a
 * frame the other conversions need not pay for. */
static __attribute__((noinline)) int put_float(struct ctx *c,
		const struct spec *s, const union arg *a, unsigned flags,
		int width, int prec)
{
	struct __fp_fmt st;
	char plus = flags & F_PLUS ? '+' : flags & F_SPACE ? ' ' : 0;
	int alt = (flags & F_ALT) != 0;
	size_t body, w, fill;

#ifdef __FP_AS_BITS
	__fp_format_bits(&st, a->fbits, s->conv, plus, alt, prec);
#else
	if (s->type == T_LDBL)
		__fp_format_ldouble(&st, a->ld, s->conv, plus, alt, prec);
	else
		__fp_format_double(&st, a->d, s->conv, plus, alt, prec);
#endif
	body = st.npfx + st.len;
	w = width > 0 ? (size_t)width : 0;
	fill = w > body ? w - body : 0;
	if (reserve(c, body + fill))
		return EOVERFLOW;
	if (!(flags & F_LEFT) && !((flags & F_ZERO) && st.zero_pad))
		pad(c, spaces, fill);
	put(c, st.pfx, st.npfx);
	if (!(flags & F_LEFT) && (flags & F_ZERO) && st.zero_pad)
		pad(c, zeros, fill);
	__fp_emit(&st, fp_put, c);
	if (flags & F_LEFT)
		pad(c, spaces, fill);
	return 0;
}

static int convert(struct ctx *c, const struct spec *s)
{
	static const char null_str[] = "(null)";
	unsigned flags = s->flags;
	int width = s->width, prec = s->prec;
	union arg a;

	if (s->warg) {
		int w;
		get(c, s->warg, T_INT, &a);
		w = (int)(intmax_t)a.u;
		if (w < 0) {
			if (w == INT_MIN)
				return EOVERFLOW;
			flags |= F_LEFT;
			w = -w;
		}
		width = w;
	}
	if (s->parg) {
		int p;
		get(c, s->parg, T_INT, &a);
		p = (int)(intmax_t)a.u;
		prec = p < 0 ? -1 : p;
	}
	if (flags & F_LEFT)
		flags &= ~(unsigned)F_ZERO;

	get(c, s->pos, s->type, &a);

	switch (s->conv) {
	case 'd': case 'i': {
		intmax_t v = narrow_signed(a.u, s->len);
		char sign = v < 0 ? '-' : flags & F_PLUS ? '+' :
			    flags & F_SPACE ? ' ' : 0;
		/* Negate in unsigned arithmetic: INTMAX_MIN has no positive. */
		uintmax_t mag = v < 0 ? 0 - (uintmax_t)v : (uintmax_t)v;
		return put_int(c, mag, sign, 10, 0, 0, flags, width, prec);
	}
	case 'u':
		return put_int(c, narrow_unsigned(a.u, s->len), 0, 10, 0, 0,
			       flags, width, prec);
	case 'o':
		return put_int(c, narrow_unsigned(a.u, s->len), 0, 8, 0,
			       flags & F_ALT, flags, width, prec);
	case 'x': case 'X':
		return put_int(c, narrow_unsigned(a.u, s->len), 0, 16,
			       s->conv == 'X', flags & F_ALT, flags, width, prec);
	case 'p':
		if (!a.p)
			return put_padded(c, "(nil)", 5, width, flags);
		return put_int(c, (uintmax_t)(uintptr_t)a.p,
			       flags & F_PLUS ? '+' : flags & F_SPACE ? ' ' : 0,
			       16, 0, 1, flags, width, prec);
	case 'c': {
		if (c->w)
			return c->w->conv(c, s, &a, flags, width, prec);
		if (s->len == LEN_L) {
			unsigned char u8[4];
			uint32_t cu = (uint16_t)a.u;
			if (__utf16_is_surrogate(cu))
				cu = __REPLACEMENT_CHAR;
			return put_padded(c, (const char *)u8, __utf8_put((char *)u8, cu),
					  width, flags);
		}
		char ch = (char)(unsigned char)a.u;
		return put_padded(c, &ch, 1, width, flags);
	}
	case 's':
		if (c->w && a.p)      /* a null pointer: "(null)" below */
			return c->w->conv(c, s, &a, flags, width, prec);
		if (s->len == LEN_L) {
			if (a.ws)
				return put_wstr(c, a.ws, prec, width, flags);
		} else if (a.s) {
			/* With a precision, never look past it: the array
			 * need not be terminated. */
			size_t n = prec < 0 ? strlen(a.s) : strnlen(a.s, (size_t)prec);
			return put_padded(c, a.s, n, width, flags);
		}
		return put_padded(c, null_str,
				  prec < 0 || prec >= 6 ? 6 : 0, width, flags);
	case 'n':
		store_count(&a, s->type, (int)c->n);
		return 0;
	default:        /* a A e E f F g G */
		return put_float(c, s, &a, flags, width, prec);
	}
}

static int run(struct ctx *c, const char *p)
{
	struct spec s;
	int e;

	for (;;) {
		const char *q = p;
		while (*q && *q != '%')
			q++;
		if (q != p) {
			if (reserve(c, c->w ? c->w->units(p, (size_t)(q - p)) : (size_t)(q - p)))
				return EOVERFLOW;
			put(c, p, (size_t)(q - p));
		}
		if (!*q)
			return 0;
		p = q + 1;
		/* The plainest conversions, which most formats are made of,
		 * without the general parse (positional formats excepted: they
		 * take their arguments from c->pa). */
		if (!c->pa && !c->w) {
			if (*p == 'd' || *p == 'i') {
				int v = va_arg(*c->ap, int);
				p++;
				if ((e = put_int(c, v < 0 ? (uintmax_t)(0u - (unsigned)v) : (uintmax_t)v,
						 v < 0 ? '-' : 0, 10, 0, 0, 0, -1, -1)))
					return e;
				continue;
			}
			if (*p == 'u' || *p == 'x') {
				unsigned v = va_arg(*c->ap, unsigned);
				if ((e = put_int(c, v, 0, *p++ == 'u' ? 10 : 16, 0, 0, 0, -1, -1)))
					return e;
				continue;
			}
			if (*p == 's') {
				const char *str = va_arg(*c->ap, const char *);
				size_t n = str ? strlen(str) : 6;
				p++;
				if (reserve(c, n))
					return EOVERFLOW;
				put(c, str ? str : "(null)", n);
				continue;
			}
			/* %s with a '-', a width and a precision of at most
			 * four digits each ("%-12s", "%.3s", "%8.2s"). */
			const char *q2 = p;
			unsigned fl = 0;
			int w = -1, pr = -1, nd;
			if (*q2 == '-') {
				fl = F_LEFT;
				q2++;
			}
			if (*q2 >= '1' && *q2 <= '9')
				for (w = 0, nd = 0; *q2 >= '0' && *q2 <= '9' && nd < 5; q2++, nd++)
					w = w * 10 + (*q2 - '0');
			if (*q2 == '.') {
				q2++;
				for (pr = 0, nd = 0; *q2 >= '0' && *q2 <= '9' && nd < 5; q2++, nd++)
					pr = pr * 10 + (*q2 - '0');
			}
			if (*q2 == 's' && w < 10000 && pr < 10000) {
				const char *str = va_arg(*c->ap, const char *);
				size_t n;
				if (str)
					n = pr < 0 ? strlen(str) : strnlen(str, (size_t)pr);
				else
					n = pr < 0 || pr >= 6 ? 6 : 0;
				p = q2 + 1;
				if ((e = put_padded(c, str ? str : "(null)", n, w, fl)))
					return e;
				continue;
			}
		}
		if ((e = parse_spec(&p, &s)))
			return e;
		if (s.conv == '%') {
			if (reserve(c, 1))
				return EOVERFLOW;
			put(c, "%", 1);
			continue;
		}
		if (c->pa ? !s.pos || s.warg < 0 || s.parg < 0
			  : s.pos || s.warg > 0 || s.parg > 0)
			return EINVAL;
		if ((e = convert(c, &s)))
			return e;
	}
}

/* Formats into c (its output fields set); returns 0 or an errno value. */
static int core(struct ctx *c, const char *fmt, va_list ap)
{
	union arg args[MAX_POS_ARGS];
	va_list ap2;
	int e = 0;

	c->n = 0;
	c->pa = NULL;
	c->ap = &ap2;
	/* A copy so that helpers can take its address portably: a va_list
	 * parameter may be an adjusted array type. */
	va_copy(ap2, ap);
	if (starts_positional(fmt)) {
		e = collect_positional(fmt, args, &ap2);
		c->pa = args;
	}
	if (!e)
		e = run(c, fmt);
	va_end(ap2);
	return e;
}

int __vfprintf_core(FILE *f, const char *fmt, va_list ap)
{
	struct ctx c;
	/* Report only this call's write errors, but leave an earlier error
	 * indicator set for ferror. */
	unsigned olderr = f->flags & __F_ERR;

	c.f = f;
	c.w = NULL;
	f->flags &= ~__F_ERR;
	int e = core(&c, fmt, ap);
	if (f->flags & __F_ERR) {
		f->flags |= olderr;
		return -1;
	}
	f->flags |= olderr;
	if (e) {
		errno = e;
		return -1;
	}
	return (int)c.n;
}

int __vsnprintf_core(char *s, size_t room, const char *fmt, va_list ap)
{
	struct ctx c;

	c.f = NULL;
	c.w = NULL;
	c.dst = s;
	c.room = room;
	int e = core(&c, fmt, ap);
	*c.dst = 0;
	if (e) {
		errno = e;
		return -1;
	}
	return (int)c.n;
}

/* ---- The wprintf family ------------------------------------------------
 * One engine for both: the wide format is turned into UTF-8 (a lone
 * surrogate into the 3-byte form UTF-8 forbids, so that it survives), run
 * through the code above with counts in wide characters (struct wide), and
 * its output turned back into UTF-16 units by the write function of a
 * private FILE, which stores them (swprintf) or hands them to fputwc's
 * encoder on the real stream.  Only programs that call a wide function
 * link any of this. */

/* UTF-16 units in n bytes of the engine's UTF-8: one per lead byte, two for
 * a 4-byte lead. */
static size_t w_units(const char *s, size_t n)
{
	size_t u = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		u += (b & 0xC0) != 0x80;
		u += b >= 0xF0;
	}
	return u;
}

/* Units to bytes for the engine: pairs joined, lone surrogates kept. */
static size_t w_encode(char *out, const uint16_t *ws, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t u = ws[i];
		if (__utf16_is_high(u) && i + 1 < n && __utf16_is_low(ws[i + 1]))
			u = __utf16_join(u, ws[++i]);
		k += __utf8_put(out + k, u);
	}
	return k;
}

static int w_emit(struct ctx *c, const uint16_t *ws, size_t n, int width, unsigned flags)
{
	size_t w = width > 0 ? (size_t)width : 0, fill = w > n ? w - n : 0;
	char buf[96];
	if (reserve(c, n + fill))
		return EOVERFLOW;
	if (!(flags & F_LEFT))
		pad(c, spaces, fill);
	while (n) {
		size_t k = n < 32 ? n : 32;
		/* Never split a pair between two pieces. */
		if (k < n && __utf16_is_high(ws[k - 1]))
			k--;
		if (!k)
			k = 1;
		put(c, buf, w_encode(buf, ws, k));
		ws += k;
		n -= k;
	}
	if (flags & F_LEFT)
		pad(c, spaces, fill);
	return 0;
}

/* c s lc ls in wide mode (C11 7.29.2.1): width and precision count wide
 * characters (code units); %c takes a byte (as btowc: only ASCII is a
 * character in UTF-8 alone), %s a multibyte string (invalid UTF-8 is
 * EILSEQ), %lc a unit, %ls units; a precision never splits a pair. */
static int w_conv(struct ctx *c, const struct spec *s, const union arg *a,
		  unsigned flags, int width, int prec)
{
	uint16_t u;
	size_t lim = prec < 0 || s->conv == 'c' ? (size_t)-1 : (size_t)prec;
	if (s->conv == 'c') {
		u = (uint16_t)a->u;
		if (s->len != LEN_L && (unsigned char)a->u >= 0x80)
			return EILSEQ;
		if (s->len != LEN_L)
			u = (unsigned char)a->u;
		return w_emit(c, &u, 1, width, flags);
	}
	if (s->len == LEN_L) {
		size_t n = 0;
		while (n < lim && a->ws[n])
			n++;
		/* A high surrogate that the precision ends on is not written
		 * (without a look past the precision: the array need not go
		 * further). */
		if (n && n == lim && __utf16_is_high(a->ws[n - 1]))
			n--;
		return w_emit(c, a->ws, n, width, flags);
	}
	/* A multibyte string: measure (units and bytes), then copy its bytes,
	 * which are already what the engine speaks. */
	const char *p = a->s;
	size_t units = 0, bytes = 0, w, fill;
	mbstate_t st = { 0 };
	for (;;) {
		uint32_t cp;
		size_t k = __utf8_step(&cp, p + bytes, 4, &st);
		if (k == 0)
			break;
		if (k == (size_t)-1 || k == (size_t)-2)
			return EILSEQ;
		size_t nu = cp >= 0x10000 ? 2 : 1;
		if (units + nu > lim)
			break;
		units += nu;
		bytes += k;
	}
	w = width > 0 ? (size_t)width : 0;
	fill = w > units ? w - units : 0;
	if (reserve(c, units + fill))
		return EOVERFLOW;
	if (!(flags & F_LEFT))
		pad(c, spaces, fill);
	put(c, p, bytes);
	if (flags & F_LEFT)
		pad(c, spaces, fill);
	return 0;
}

static const struct wide w_ops = { w_conv, w_units };

/* Where the units go. */
struct w_sink {
	FILE *f;              /* fwprintf: the real (wide) stream */
	uint16_t *dst;        /* swprintf: the next unit ... */
	size_t room;          /* ... and how many more fit (the NUL excluded) */
	uint32_t cp;          /* the character being decoded ... */
	int need;             /* ... and its continuation bytes to come */
};

static int w_unit(struct w_sink *k, uint32_t u)
{
	if (k->f)
		return __fputwc_unlocked(u, k->f) < 0 ? -1 : 0;
	if (k->room) {
		*k->dst++ = (uint16_t)u;
		k->room--;
	}
	return 0;
}

/* The private FILE's write: decodes the engine's UTF-8 (its own output,
 * always well formed) into units. */
static size_t w_write(FILE *pf, const unsigned char *s, size_t n)
{
	struct w_sink *k = pf->cookie;
	if (pf->flags & __F_ERR)
		return 0;       /* nothing after an error (EILSEQ) goes out */
	for (size_t i = 0; i < n; i++) {
		unsigned b = s[i];
		if (k->need) {
			k->cp = k->cp << 6 | (b & 0x3F);
			if (--k->need)
				continue;
		} else if (b >= 0xC0) {
			k->need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
			k->cp = b & (0x3F >> k->need);
			continue;
		} else {
			k->cp = b;
		}
		uint16_t two[2];
		int m = __utf16_put(two, k->cp);
		for (int j = 0; j < m; j++)
			if (w_unit(k, two[j])) {
				pf->flags |= __F_ERR;
				return 0;
			}
	}
	return n;
}

#define W_MAX_UNITS 4096

/* vfwprintf (f set) and vswprintf (dst, n): the number of units written,
 * or -1 with errno. */
int __vfwprintf_core(FILE *f, unsigned short *dst, size_t n, const unsigned short *fmt, va_list ap)
{
	size_t len = 0;
	while (fmt[len])
		len++;
	/* The format in UTF-8 (3 bytes a unit at most), on the stack: at most
	 * W_MAX_UNITS units (12 KiB).  Not from malloc, which would bring the
	 * allocator (6 KiB) into every program that calls swprintf, and
	 * which is gone after ExitBootServices. */
	if (len > W_MAX_UNITS) {
		errno = ENOMEM;
		return -1;
	}
	char u8[3 * len + 1];
	u8[w_encode(u8, fmt, len)] = 0;

	struct w_sink k = { f, dst, n ? n - 1 : 0, 0, 0 };
	struct __FILE pf = { .fd = -1, .lbf = -1, .write = w_write, .cookie = &k };
	struct ctx c;
	c.f = &pf;
	c.w = &w_ops;
	int e = core(&c, u8, ap);
	if (dst) {
		if (!n) {
			errno = EOVERFLOW;
			return -1;
		}
		*k.dst = 0;
		if (!e && c.n >= n)
			e = EOVERFLOW;     /* C: n or more wide characters asked for */
	}
	if (pf.flags & __F_ERR)
		return -1;
	if (e) {
		errno = e;
		return -1;
	}
	return (int)c.n;
}
