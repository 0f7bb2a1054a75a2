/* Decimal and hexadecimal text to binary floating point, correctly rounded.
 * The exact value digits * 10^e is written as a ratio of two big integers
 * N / M times a power of two; a long division gives the first 64 bits of
 * the quotient, and the remainder tells exactly whether the rest is below,
 * at or above one half, so every rounding decision is exact. */
#include <float.h>
#include <stdint.h>
#include "../internal/floatscan.h"
#include "../internal/ascii.h"

#define LIMBS 600   /* 19200 bits: 5^5760 and the 80-bit long double range */

struct big {
	int n;
	uint32_t w[LIMBS];
};

static void big_mul_small(struct big *b, uint32_t m, uint32_t add)
{
	uint64_t carry = add;
	for (int i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->w[i] * m + carry;
		b->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry && b->n < LIMBS)
		b->w[b->n++] = (uint32_t)carry;
}

static void big_pow5(struct big *b, long long k)
{
	while (k >= 13) {
		big_mul_small(b, 1220703125u, 0);
		k -= 13;
	}
	uint32_t p = 1;
	while (k-- > 0)
		p *= 5;
	big_mul_small(b, p, 0);
}

static int big_bits(const struct big *b)
{
	if (!b->n)
		return 0;
	return (b->n - 1) * 32 + 32 - __builtin_clz(b->w[b->n - 1]);
}

static void big_shl(struct big *b, int s)
{
	int q = s / 32, r = s % 32, i;
	if (!b->n || !s)
		return;
	int n = b->n + q + 1;
	if (n > LIMBS)
		n = LIMBS;
	for (i = n - 1; i >= 0; i--) {
		uint64_t hi = i - q >= 0 && i - q < b->n ? b->w[i - q] : 0;
		uint64_t lo = r && i - q - 1 >= 0 && i - q - 1 < b->n ? b->w[i - q - 1] : 0;
		b->w[i] = (uint32_t)(r ? (hi << r | lo >> (32 - r)) : hi);
	}
	b->n = n;
	while (b->n && !b->w[b->n - 1])
		b->n--;
}

static void big_shr1(struct big *b)
{
	for (int i = 0; i < b->n; i++)
		b->w[i] = b->w[i] >> 1 | (i + 1 < b->n ? b->w[i + 1] << 31 : 0);
	while (b->n && !b->w[b->n - 1])
		b->n--;
}

static int big_cmp(const struct big *a, const struct big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	return 0;
}

static void big_sub(struct big *a, const struct big *b)
{
	int64_t borrow = 0;
	for (int i = 0; i < a->n; i++) {
		int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
		borrow = t < 0;
		a->w[i] = (uint32_t)t;
	}
	while (a->n && !a->w[a->n - 1])
		a->n--;
}

void __fs_digit(struct __fs_acc *a, int d, int after_point)
{
	if (!a->nd && !d) {
		if (after_point)
			a->adj--;
		return;
	}
	if (a->nd < __FS_MAXDIG) {
		a->dig[a->nd++] = (unsigned char)d;
		if (after_point)
			a->adj--;
	} else {
		if (d)
			a->sticky = 1;
		if (!after_point)
			a->adj++;
	}
}

/* m * 2^e, exactly (m and the result being representable). */
static long double scale2(long double v, long long e)
{
	while (e > 1000) {
		v *= 0x1p1000L;
		e -= 1000;
	}
	while (e < -1000) {
		v *= 0x1p-1000L;
		e += 1000;
	}
	int i = (int)e;
	long double p = 1;
	if (i >= 0)
		while (i--) p *= 2;
	else
		while (i++) p *= 0.5L;
	return v * p;
}

static const double pow10tab[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

long double __fs_finish(struct __fs_acc *a, long long exp, int prec, int *range)
{
	static const struct { int p, emin, emax, maxdec, mindec; } fmt[3] = {
		{ FLT_MANT_DIG, FLT_MIN_EXP - 1, FLT_MAX_EXP - 1, 39, -46 },
		{ DBL_MANT_DIG, DBL_MIN_EXP - 1, DBL_MAX_EXP - 1, 309, -324 },
		{ LDBL_MANT_DIG, LDBL_MIN_EXP - 1, LDBL_MAX_EXP - 1,
		  LDBL_MAX_10_EXP + 1, LDBL_MIN_10_EXP - LDBL_DIG - 20 },
	};
	int p = fmt[prec].p, emin = fmt[prec].emin, emax = fmt[prec].emax;
	struct big N, M, T;
	long long e10 = 0, e2 = 0;
	int nd = a->nd, i;

	*range = 0;
	if (!nd)
		return 0;
	N.n = 0;
	M.n = 1;
	M.w[0] = 1;
	if (a->base == 10) {
		e10 = a->adj + exp;
		if (nd + e10 - 1 > fmt[prec].maxdec) {
			*range = 1;
			return scale2(1, emax) * 2;
		}
		if (nd + e10 <= fmt[prec].mindec) {
			*range = 1;
			return 0;
		}
		/* Clinger's fast path: both operands exact, one rounding. */
		if (prec == __FS_DOUBLE && !a->sticky && nd <= 15 && e10 >= -22 && e10 <= 22) {
			double d = 0;
			for (i = 0; i < nd; i++)
				d = d * 10 + a->dig[i];
			return e10 < 0 ? d / pow10tab[-e10] : d * pow10tab[e10];
		}
		for (i = 0; i < nd; i++) {
			big_mul_small(&N, 10, a->dig[i]);
			if (!N.n && a->dig[i]) {
				N.w[0] = a->dig[i];
				N.n = 1;
			}
		}
		if (a->sticky) {
			big_mul_small(&N, 10, 1);
			e10--;
		}
		if (e10 >= 0)
			big_pow5(&N, e10);
		else
			big_pow5(&M, -e10);
		e2 = e10;
	} else {
		long long ex = exp + 4 * a->adj;
		for (i = 0; i < nd; i++) {
			big_mul_small(&N, 16, a->dig[i]);
			if (!N.n && a->dig[i]) {
				N.w[0] = a->dig[i];
				N.n = 1;
			}
		}
		if (a->sticky) {
			big_mul_small(&N, 16, 1);
			ex -= 4;
		}
		/* value is in [2^(lead-1), 2^lead) */
		long long lead = ex + big_bits(&N);
		if (lead - 1 > emax) {
			*range = 1;
			return scale2(1, emax) * 2;
		}
		if (lead < emin - p - 1) {
			*range = 1;
			return 0;
		}
		e2 = ex;
	}

	/* q = floor(N * 2^s / M) with 2^63 <= q < 2^64. */
	int s = 64 - (big_bits(&N) - big_bits(&M));
	if (s > 0)
		big_shl(&N, s);
	else if (s < 0)
		big_shl(&M, -s);
	T = M;
	big_shl(&T, 64);
	if (big_cmp(&N, &T) >= 0) {
		big_shl(&M, 1);
		s--;
	}
	T = M;
	big_shl(&T, 63);
	uint64_t q = 0;
	for (i = 63; i >= 0; i--) {
		if (big_cmp(&N, &T) >= 0) {
			big_sub(&N, &T);
			q |= (uint64_t)1 << i;
		}
		big_shr1(&T);
	}
	/* N is the remainder: compare it with M / 2. */
	int rest;             /* 0: exact, 1: below half, 2: half, 3: above */
	if (!N.n)
		rest = 0;
	else {
		big_shl(&N, 1);
		int c = big_cmp(&N, &M);
		rest = c < 0 ? 1 : c == 0 ? 2 : 3;
	}

	long long lsb = e2 - s;           /* weight of q's last bit */
	long long E = lsb + 63;           /* weight of its first */
	long long k = E >= emin ? 64 - p : 64 - p + (emin - E);
	if (k > 64) {
		*range = 1;
		return 0;
	}
	uint64_t m;
	int rbit, sticky;
	if (k == 0) {
		m = q;
		rbit = rest >= 2;
		sticky = rest == 1 || rest == 3;
	} else {
		m = k == 64 ? 0 : q >> k;
		rbit = (int)(q >> (k - 1) & 1);
		sticky = (k > 1 && (q & (((uint64_t)1 << (k - 1)) - 1))) || rest;
	}
	int tiny = E < emin;
	if (tiny && E == emin - 1) {
		/* Tininess after rounding: would the value round up to 2^emin
		 * with an unbounded exponent range? */
		int kk = 64 - p;
		uint64_t mm = kk ? q >> kk : q;
		int rb = kk ? (int)(q >> (kk - 1) & 1) : rest >= 2;
		int st = kk ? ((kk > 1 && (q & (((uint64_t)1 << (kk - 1)) - 1))) || rest)
			: (rest == 1 || rest == 3);
		if (rb && (st || (mm & 1)) && mm + 1 == (p == 64 ? 0 : (uint64_t)1 << p))
			tiny = 0;
	}
	if (tiny && (rbit || sticky))
		*range = 1;
	long long rlsb = lsb + k;
	if (rbit && (sticky || (m & 1))) {
		m++;
		if (p == 64 ? m == 0 : m == (uint64_t)1 << p) {
			m = (uint64_t)1 << (p - 1);
			rlsb++;
		}
	}
	if (rlsb + p - 1 > emax) {
		*range = 1;
		return scale2(1, emax) * 2;
	}
	if (!m)
		return 0;
	return scale2((long double)m, rlsb);
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = __ascii_lower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

static int match_ci(const char *s, size_t n, size_t i, const char *w)
{
	for (; *w; w++, i++)
		if (i >= n || __ascii_lower((unsigned char)s[i]) != *w)
			return 0;
	return 1;
}

long double __floatscan(const char *s, size_t n, int prec, size_t *used, int *range)
{
	size_t i = 0;
	int neg = 0;
	long double v;

	*range = 0;
	*used = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	if (match_ci(s, n, i, "inf")) {
		i += match_ci(s, n, i, "infinity") ? 8 : 3;
		*used = i;
		return neg ? -__builtin_infl() : __builtin_infl();
	}
	if (match_ci(s, n, i, "nan")) {
		i += 3;
		if (i < n && s[i] == '(') {
			size_t j = i + 1;
			while (j < n && (hexval((unsigned char)s[j]) >= 0 || (s[j] >= 'a' && s[j] <= 'z')
				|| (s[j] >= 'A' && s[j] <= 'Z') || s[j] == '_'))
				j++;
			if (j < n && s[j] == ')')
				i = j + 1;
		}
		*used = i;
		return neg ? -__builtin_nanl("") : __builtin_nanl("");
	}
	struct __fs_acc a;
	a.base = 10;
	a.nd = 0;
	a.sticky = 0;
	a.adj = 0;
	int got = 0, dot = 0;
	if (i + 1 < n && s[i] == '0' && __ascii_lower((unsigned char)s[i + 1]) == 'x') {
		size_t j = i + 2;
		if (j < n && (hexval((unsigned char)s[j]) >= 0 ||
			(s[j] == '.' && j + 1 < n && hexval((unsigned char)s[j + 1]) >= 0))) {
			a.base = 16;
			i = j;
		}
	}
	for (; i < n; i++) {
		int d = a.base == 16 ? hexval((unsigned char)s[i]) : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
		if (d >= 0) {
			got = 1;
			__fs_digit(&a, d, dot);
		} else if (s[i] == '.' && !dot)
			dot = 1;
		else
			break;
	}
	if (!got)
		return 0;
	long long ex = 0;
	if (i < n && __ascii_lower((unsigned char)s[i]) == (a.base == 16 ? 'p' : 'e')) {
		size_t j = i + 1;
		int eneg = 0;
		if (j < n && (s[j] == '+' || s[j] == '-'))
			eneg = s[j++] == '-';
		if (j < n && s[j] >= '0' && s[j] <= '9') {
			for (; j < n && s[j] >= '0' && s[j] <= '9'; j++)
				if (ex < 1000000000)
					ex = ex * 10 + (s[j] - '0');
			i = j;
			if (eneg)
				ex = -ex;
		}
	}
	*used = i;
	v = __fs_finish(&a, ex, prec, range);
	return neg ? -v : v;
}
