/* build: -Os (printf carries it: -Os halves it, docs/abi.md) */
/* printf's floating conversions, exact and correctly rounded.
 *
 * A finite value is m * 2^e with an integer m < 2^64.  For the decimal
 * conversions it is turned into the integer N = m * 2^e (e >= 0) or
 * N = m * 5^-e (e < 0, the value being N / 10^-e), held in base-1e9 limbs;
 * N's decimal digits are then the value's digits, and rounding to any
 * position is done on them exactly, ties to even (the default rounding
 * mode, which is the only one the library supports).  Digits asked for
 * beyond the exact expansion are zeros and cost nothing, so very large
 * precisions only cost their output.
 *
 * The output matches glibc's: "-nan" for a NaN with its sign bit set,
 * %a as 0x1.hhhp+d for a double (0x0.hhhp-1022 below DBL_MIN, and a leading
 * 2 when rounding carries out, as in "%.0a" of 1.5), and, for an x87 long
 * double, with the top four bits of the 64-bit significand as the leading
 * digit (1.0L is 0x8p-3).  It departs from glibc (2.36) only where glibc
 * breaks C: "%#.Pg" of a value with exponent P-1 that rounds up to 10^P
 * gives the P-1 zeros C asks for ("%#g" of 999999.5 is "1.00000e+06"),
 * where glibc prints "1.e+06".
 */

#include "../internal/fmt_fp.h"
#include <float.h>
#include <stddef.h>
#include <stdint.h>

/* Clang's MSVC environment references _fltused from every object that uses
 * floating point, and a C runtime defines it: objects compiled that way
 * (clang-cl, -target x86_64-pc-windows-msvc) still link.  printf itself
 * references this formatter (printf_core.c, docs/abi.md). */
int _fltused = 0;

#define BASE 1000000000u

static const uint32_t pow10[10] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	1000000000
};

static void big_mul(struct __fp_fmt *st, uint32_t k)
{
	uint64_t carry = 0;
	int i;

	for (i = 0; i < st->n; i++) {
		uint64_t t = (uint64_t)st->l[i] * k + carry;
		st->l[i] = (uint32_t)(t % BASE);
		carry = t / BASE;
	}
	while (carry) {
		st->l[st->n++] = (uint32_t)(carry % BASE);
		carry /= BASE;
	}
}

static int count_digits(const struct __fp_fmt *st)
{
	int d = 9 * (st->n - 1);
	uint32_t t;

	if (st->n == 0)
		return 0;
	for (t = st->l[st->n - 1]; t; t /= 10)
		d++;
	return d;
}

/* The digit p places from the bottom of N. */
static int digit_at(const struct __fp_fmt *st, int p)
{
	return (int)(st->l[p / 9] / pow10[p % 9] % 10);
}

/* Rounds N to its first keep digits (ties to even), the dropped ones
 * becoming zeros; keep may be negative (N becomes 0) or past the end. */
static void round_to(struct __fp_fmt *st, int64_t keep)
{
	int p, q, d, j, sticky, up;

	if (keep >= st->nd)
		return;
	if (keep < 0) {
		st->n = st->nd = 0;
		return;
	}
	p = st->nd - 1 - (int)keep;     /* first dropped digit */
	q = p + 1;                      /* lowest kept position */
	d = digit_at(st, p);
	sticky = st->l[p / 9] % pow10[p % 9] != 0;
	for (j = 0; j < p / 9 && !sticky; j++)
		sticky = st->l[j] != 0;
	up = d > 5 || (d == 5 && (sticky ||
				  (keep > 0 && (digit_at(st, q) & 1))));
	for (j = 0; j < q / 9; j++)
		st->l[j] = 0;
	if (q / 9 < st->n)
		st->l[q / 9] -= st->l[q / 9] % pow10[q % 9];
	else
		st->l[st->n++] = 0;
	if (up) {
		j = q / 9;
		st->l[j] += pow10[q % 9];
		while (st->l[j] >= BASE) {
			st->l[j] -= BASE;
			if (++j == st->n)
				st->l[st->n++] = 0;
			st->l[j]++;
		}
	}
	while (st->n && st->l[st->n - 1] == 0)
		st->n--;
	st->nd = count_digits(st);
}

/* Index (from the top) of N's last nonzero digit; -1 for N = 0. */
static int last_nonzero(const struct __fp_fmt *st)
{
	int j = 0, p;

	if (st->n == 0)
		return -1;
	while (st->l[j] == 0)
		j++;
	for (p = 9 * j; digit_at(st, p) == 0; p++)
		;
	return st->nd - 1 - p;
}

static int put_exp(char *o, char c, int x, int mindig)
{
	char t[8];
	int n = 0, k = 0;
	unsigned u = x < 0 ? 0u - (unsigned)x : (unsigned)x;

	o[n++] = c;
	o[n++] = x < 0 ? '-' : '+';
	do {
		t[k++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while (k < mindig)
		t[k++] = '0';
	while (k)
		o[n++] = t[--k];
	return n;
}

static void finish(struct __fp_fmt *st)
{
	st->len = (size_t)(st->a1 - st->a0) + (size_t)st->dot +
		  (size_t)(st->b1 - st->b0) + (size_t)st->nsfx;
}

static void special(struct __fp_fmt *st, const char *txt)
{
	st->zero_pad = 0;
	st->txt = txt;
	st->nd = 3;
	st->a0 = 0;
	st->a1 = 3;
	st->b0 = st->b1 = 0;
	st->dot = 0;
	st->nsfx = 0;
	finish(st);
}

static void format_hex(struct __fp_fmt *st, uint64_t m, int e, int mant_dig,
		       int upper, int alt, int prec)
{
	const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int lead_bits = (mant_dig - 1) % 4 + 1;
	int fbits = mant_dig - lead_bits;
	int nfrac = fbits / 4;
	int x = m ? e + fbits : 0;
	unsigned lead;
	int i;

	st->pfx[st->npfx++] = '0';
	st->pfx[st->npfx++] = upper ? 'X' : 'x';
	if (prec < 0) {
		uint64_t f = m & (((uint64_t)1 << fbits) - 1);
		prec = nfrac;
		while (prec > 0 && (f & 15) == 0) {
			f >>= 4;
			prec--;
		}
	} else if (prec < nfrac) {
		/* Keep prec digits after the leading one, ties to even. */
		int drop = 4 * (nfrac - prec);
		uint64_t half = (uint64_t)1 << (drop - 1);
		uint64_t rem = m & ((half << 1) - 1);
		m >>= drop;
		if (rem > half || (rem == half && (m & 1)))
			m++;
		fbits = 4 * prec;
		if (m >> fbits == 16) {         /* 0xf.ff... became 0x10 */
			m = (uint64_t)1 << fbits;
			x += 4;
		}
		nfrac = prec;
	}
	lead = (unsigned)(m >> fbits);
	st->hex[0] = xd[lead];
	for (i = 0; i < nfrac; i++)
		st->hex[1 + i] = xd[(m >> (fbits - 4 - 4 * i)) & 15];
	st->txt = st->hex;
	st->nd = 1 + nfrac;
	st->a0 = 0;
	st->a1 = 1;
	st->dot = prec > 0 || alt;
	st->b0 = 1;
	st->b1 = 1 + (int64_t)prec;
	st->nsfx = put_exp(st->sfx, upper ? 'P' : 'p', x, 1);
	finish(st);
}

/* f-style ranges for N / 10^s with prec digits after the point. */
static void layout_f(struct __fp_fmt *st, int s, int64_t prec, int alt)
{
	int64_t ip = (int64_t)st->nd - s;

	st->a1 = ip;
	st->a0 = ip > 0 ? 0 : ip - 1;
	st->b0 = ip;
	st->b1 = ip + prec;
	st->dot = prec > 0 || alt;
}

static void layout_e(struct __fp_fmt *st, int s, int64_t prec, int alt,
		     char ec)
{
	int x = st->nd ? st->nd - 1 - s : 0;

	st->a0 = 0;
	st->a1 = 1;
	st->b0 = 1;
	st->b1 = 1 + prec;
	st->dot = prec > 0 || alt;
	st->nsfx = put_exp(st->sfx, ec, x, 2);
}

static void format_dec(struct __fp_fmt *st, uint64_t m, int e, char conv,
		       int alt, int prec)
{
	int s = 0;
	char c = (char)(conv | 32);

	st->txt = 0;
	st->n = 0;
	if (m) {
		while (!(m & 1)) {
			m >>= 1;
			e++;
		}
		while (m) {
			st->l[st->n++] = (uint32_t)(m % BASE);
			m /= BASE;
		}
		if (e >= 0) {
			for (; e >= 29; e -= 29)
				big_mul(st, (uint32_t)1 << 29);
			if (e)
				big_mul(st, (uint32_t)1 << e);
		} else {
			for (s = -e; e <= -13; e += 13)
				big_mul(st, 1220703125u);
			if (e) {
				uint32_t p5 = 1;
				for (; e < 0; e++)
					p5 *= 5;
				big_mul(st, p5);
			}
		}
	}
	st->nd = count_digits(st);
	if (prec < 0)
		prec = 6;

	if (c == 'f') {
		round_to(st, (int64_t)st->nd - s + prec);
		layout_f(st, s, prec, alt);
	} else if (c == 'e') {
		round_to(st, (int64_t)prec + 1);
		layout_e(st, s, prec, alt, conv == 'E' ? 'E' : 'e');
	} else {
		int x, last;
		int64_t lim;

		if (prec == 0)
			prec = 1;
		round_to(st, prec);
		x = st->nd ? st->nd - 1 - s : 0;
		if (x < prec && x >= -4)
			layout_f(st, s, (int64_t)prec - 1 - x, alt);
		else
			layout_e(st, s, (int64_t)prec - 1, alt,
				 conv == 'G' ? 'E' : 'e');
		if (!alt) {
			last = last_nonzero(st);
			lim = last + 1 > st->b0 ? last + 1 : st->b0;
			if (st->b1 > lim)
				st->b1 = lim;
			st->dot = st->b1 > st->b0;
		}
	}
	finish(st);
}

static void start(struct __fp_fmt *st, int neg, char plus)
{
	st->npfx = 0;
	st->zero_pad = 1;
	st->nsfx = 0;
	if (neg)
		st->pfx[st->npfx++] = '-';
	else if (plus)
		st->pfx[st->npfx++] = plus;
}

/* cls: 0 finite, 1 infinity, 2 NaN. */
static void format(struct __fp_fmt *st, int neg, int cls, uint64_t m, int e,
		   int mant_dig, char conv, char plus, int alt, int prec)
{
	int upper = !(conv & 32);

	start(st, neg, plus);
	if (cls == 1)
		special(st, upper ? "INF" : "inf");
	else if (cls == 2)
		special(st, upper ? "NAN" : "nan");
	else if ((conv | 32) == 'a')
		format_hex(st, m, e, mant_dig, upper, alt, prec);
	else
		format_dec(st, m, e, conv, alt, prec);
}

void __fp_format_double(struct __fp_fmt *st, double v, char conv, char plus,
			int alt, int prec)
{
	union { double d; uint64_t u; } b = { v };
	int be = (int)(b.u >> 52 & 0x7ff);
	uint64_t m = b.u & (((uint64_t)1 << 52) - 1);
	int neg = (int)(b.u >> 63);

	if (be == 0x7ff)
		format(st, neg, m ? 2 : 1, 0, 0, 53, conv, plus, alt, prec);
	else if (be == 0)
		format(st, neg, 0, m, -1074, 53, conv, plus, alt, prec);
	else
		format(st, neg, 0, m | (uint64_t)1 << 52, be - 1075, 53, conv,
		       plus, alt, prec);
}

#ifdef __FP_AS_BITS
void __fp_format_bits(struct __fp_fmt *st, uint64_t bits, char conv, char plus,
		      int alt, int prec)
{
	union { uint64_t u; double d; } b = { bits };
	__fp_format_double(st, b.d, conv, plus, alt, prec);
}
#endif

void __fp_format_ldouble(struct __fp_fmt *st, long double v, char conv,
			 char plus, int alt, int prec)
{
#if LDBL_MANT_DIG == 53
	__fp_format_double(st, (double)v, conv, plus, alt, prec);
#elif LDBL_MANT_DIG == 64 && LDBL_MAX_EXP == 16384
	/* x87 extended: 64-bit significand with an explicit integer bit. */
	union {
		long double ld;
		struct { uint64_t m; uint16_t se; } p;
	} b;
	int be, neg;
	uint64_t m;

	b.p.m = 0;
	b.p.se = 0;
	b.ld = v;
	be = b.p.se & 0x7fff;
	neg = b.p.se >> 15;
	m = b.p.m;
	if (be == 0x7fff)
		format(st, neg, (m << 1) ? 2 : 1, 0, 0, 64, conv, plus, alt,
		       prec);
	else
		format(st, neg, 0, m, (be ? be : 1) - 16383 - 63, 64, conv,
		       plus, alt, prec);
#else
#error "unsupported long double format"
#endif
}

static const char zeros[64] =
	"0000000000000000000000000000000000000000000000000000000000000000";

static void put_zeros(void (*put)(void *, const char *, size_t), void *ctx,
		      int64_t n)
{
	while (n > 0) {
		size_t k = n > 64 ? 64 : (size_t)n;
		put(ctx, zeros, k);
		n -= (int64_t)k;
	}
}

/* Source digits [i, i1), zeros outside the source. */
static void put_range(const struct __fp_fmt *st,
		      void (*put)(void *, const char *, size_t), void *ctx,
		      int64_t i, int64_t i1)
{
	if (i < 0) {
		int64_t z = (i1 < 0 ? i1 : 0) - i;
		put_zeros(put, ctx, z);
		i += z;
	}
	if (st->txt) {
		int64_t e = i1 < st->nd ? i1 : st->nd;
		if (i < e) {
			put(ctx, st->txt + i, (size_t)(e - i));
			i = e;
		}
	} else {
		while (i < i1 && i < st->nd) {
			char buf[9];
			int p = st->nd - 1 - (int)i, off = p % 9, k;
			uint32_t v = st->l[p / 9];
			int64_t take = off + 1;

			for (k = 8; k >= 0; k--) {
				buf[k] = (char)('0' + v % 10);
				v /= 10;
			}
			if (take > i1 - i)
				take = i1 - i;
			put(ctx, buf + 8 - off, (size_t)take);
			i += take;
		}
	}
	if (i < i1)
		put_zeros(put, ctx, i1 - i);
}

void __fp_emit(const struct __fp_fmt *st,
	       void (*put)(void *ctx, const char *s, size_t n), void *ctx)
{
	put_range(st, put, ctx, st->a0, st->a1);
	if (st->dot)
		put(ctx, ".", 1);
	put_range(st, put, ctx, st->b0, st->b1);
	if (st->nsfx)
		put(ctx, st->sfx, (size_t)st->nsfx);
}
