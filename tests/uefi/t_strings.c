/* Strings, conversions and sorting in the real firmware (x86_64 build:
 * the SSE2 / rep movsb string functions, LLP64 long, 16-bit wchar_t):
 *  - memcpy, memmove, memset, memcmp, memchr, strlen, strchr, strrchr,
 *    strcmp, strcpy against byte-loop references, every alignment 0..15 of
 *    source and destination, lengths 0..300 and beyond the rep threshold;
 *  - strtod and strtof on hand-picked hard cases (answers from glibc),
 *    and 300 random doubles printed with %.17g and %a read back exactly;
 *  - strtol and friends at the 32-bit long limits;
 *  - qsort on 300 random arrays and the median-of-3 killer; bsearch;
 *  - what this ABI fixes: long is 32 bits, <inttypes.h> formats,
 *    MB_LEN_MAX, mbrtowc giving surrogate pairs. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uchar.h>
#include <wchar.h>
#include "harness.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* The calls go through volatile pointers: the compiler must not compute
 * or inline anything itself. */
static void *(*volatile f_memcpy)(void *, const void *, size_t) = memcpy;
static void *(*volatile f_memmove)(void *, const void *, size_t) = memmove;
static void *(*volatile f_memset)(void *, int, size_t) = memset;
static int (*volatile f_memcmp)(const void *, const void *, size_t) = memcmp;
static void *(*volatile f_memchr)(const void *, int, size_t) = memchr;
static size_t (*volatile f_strlen)(const char *) = strlen;
static char *(*volatile f_strchr)(const char *, int) = strchr;
static char *(*volatile f_strrchr)(const char *, int) = strrchr;
static int (*volatile f_strcmp)(const char *, const char *) = strcmp;
static char *(*volatile f_strcpy)(char *, const char *) = strcpy;

#define BUF 12288
static unsigned char S[BUF], D[BUF], R[BUF];

static void fill(unsigned char *p, size_t n, int nonzero)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)rnd();
		p[i] = nonzero && !c ? 0x80 : c;
	}
}

static int same(const unsigned char *a, const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

static int sgn(int x) { return (x > 0) - (x < 0); }

static void mem_tests(void)
{
	unsigned bad_cpy = 0, bad_move = 0, bad_set = 0, bad_cmp = 0, bad_chr = 0, bad_len = 0;
	unsigned bad_schr = 0, bad_rchr = 0, bad_scmp = 0, bad_scpy = 0;
	unsigned long calls = 0;
	for (size_t sa = 0; sa < 16; sa++)
		for (size_t da = 0; da < 16; da++)
			for (size_t n = 0; n <= 300; n += (n < 70 ? 1 : 7)) {
				calls++;
				fill(S, 400, 0);
				fill(D, 400, 0);
				for (size_t i = 0; i < 400; i++)
					R[i] = D[i];
				f_memcpy(D + da, S + sa, n);
				for (size_t i = 0; i < n; i++)
					R[da + i] = S[sa + i];
				bad_cpy += !same(D, R, 400);
				/* memmove within S, overlapping either way */
				for (size_t i = 0; i < 400; i++)
					R[i] = S[i];
				size_t from = 40 + sa, to = 40 + da + (rnd() & 1 ? 0 : 20) - (rnd() & 1 ? 20 : 0);
				f_memmove(S + to, S + from, n);
				if (to <= from)
					for (size_t i = 0; i < n; i++)
						R[to + i] = R[from + i];
				else
					for (size_t i = n; i-- > 0;)
						R[to + i] = R[from + i];
				bad_move += !same(S, R, 400);
				int c = (int)(rnd() & 0x1ff);
				for (size_t i = 0; i < 400; i++)
					R[i] = D[i];
				f_memset(D + da, c, n);
				for (size_t i = 0; i < n; i++)
					R[da + i] = (unsigned char)c;
				bad_set += !same(D, R, 400);
				/* memcmp: equal, or one byte changed */
				for (size_t i = 0; i < n; i++)
					D[da + i] = S[sa + i];
				int want = 0;
				if (n && (rnd() & 3)) {
					size_t k = rnd() % n;
					D[da + k] = (unsigned char)rnd();
					for (size_t i = 0; i < n; i++)
						if (S[sa + i] != D[da + i]) {
							want = S[sa + i] < D[da + i] ? -1 : 1;
							break;
						}
				}
				bad_cmp += sgn(f_memcmp(S + sa, D + da, n)) != want;
				c = n ? S[sa + rnd() % n] : 7;
				const unsigned char *w = 0;
				for (size_t i = 0; i < n && !w; i++)
					if (S[sa + i] == c)
						w = S + sa + i;
				bad_chr += f_memchr(S + sa, c, n) != w;
				/* strings */
				fill(S + sa, n, 1);
				S[sa + n] = 0;
				bad_len += f_strlen((char *)S + sa) != n;
				c = n && (rnd() & 1) ? S[sa + rnd() % n] : (int)(rnd() & 0xff);
				const char *fw = 0, *lw = 0;
				for (size_t i = 0; i <= n; i++)
					if (S[sa + i] == (unsigned char)c) {
						if (!fw)
							fw = (char *)S + sa + i;
						lw = (char *)S + sa + i;
					}
				bad_schr += f_strchr((char *)S + sa, c) != fw;
				bad_rchr += f_strrchr((char *)S + sa, c) != lw;
				for (size_t i = 0; i < 400; i++)
					R[i] = D[i];
				f_strcpy((char *)D + da, (char *)S + sa);
				for (size_t i = 0; i <= n; i++)
					R[da + i] = S[sa + i];
				bad_scpy += !same(D, R, 400);
				want = 0;
				if (n && (rnd() & 1)) {
					size_t k = rnd() % n;
					D[da + k] = (unsigned char)(rnd() | 1);
					for (size_t i = 0; i <= n; i++)
						if (S[sa + i] != D[da + i]) {
							want = S[sa + i] < D[da + i] ? -1 : 1;
							break;
						}
				}
				bad_scmp += sgn(f_strcmp((char *)S + sa, (char *)D + da)) != want;
			}
	CHECK_EQ(bad_cpy, 0, "memcpy, all alignments");
	CHECK_EQ(bad_move, 0, "memmove, overlapping both ways");
	CHECK_EQ(bad_set, 0, "memset");
	CHECK_EQ(bad_cmp, 0, "memcmp");
	CHECK_EQ(bad_chr, 0, "memchr");
	CHECK_EQ(bad_len, 0, "strlen");
	CHECK_EQ(bad_schr, 0, "strchr");
	CHECK_EQ(bad_rchr, 0, "strrchr");
	CHECK_EQ(bad_scpy, 0, "strcpy");
	CHECK_EQ(bad_scmp, 0, "strcmp");
	CHECK(calls > 20000, "calls made");

	/* Large sizes: rep movsb / rep stosb and the backward copy. */
	unsigned bad_big = 0;
	for (size_t n = 1900; n < 11000; n += 1111)
		for (size_t a = 0; a < 16; a += 5) {
			fill(S, BUF, 0);
			f_memcpy(D + a, S + 15 - a, n);
			bad_big += !same(D + a, S + 15 - a, n);
			f_memset(D + a, 0xab, n);
			for (size_t i = 0; i < n; i++)
				bad_big += D[a + i] != 0xab;
			for (size_t i = 0; i < n; i++)
				R[i] = S[i];
			f_memmove(S + a + 1, S, n);           /* d above s */
			bad_big += !same(S + a + 1, R, n);
			for (size_t i = 0; i < n; i++)
				R[i] = S[i + 40];
			f_memmove(S + 40 - a, S + 40, n);     /* d below s */
			bad_big += !same(S + 40 - a, R, n);
			D[a + n] = 0;
			f_memset(D + a, 'x', n);
			bad_big += f_strlen((char *)D + a) != n;
			bad_big += f_memcmp(D + a, D + a, n) != 0;
		}
	CHECK_EQ(bad_big, 0, "large sizes (rep movsb, rep stosb, backward memmove)");
}

struct dcase { const char *s; uint64_t bits; int range, used; };
struct fcase { const char *s; uint32_t bits; int range, used; };
static const struct dcase dcases[] = {
	{ "0.1", 0x3fb999999999999aull, 0, 3 },
	{ "1e23", 0x44b52d02c7e14af6ull, 0, 4 },
	{ "8.98846567431158e307", 0x7fe0000000000000ull, 0, 20 },
	{ "2.2250738585072011e-308", 0x000fffffffffffffull, 1, 23 },
	{ "2.2250738585072014e-308", 0x0010000000000000ull, 0, 23 },
	{ "4.9406564584124654e-324", 0x0000000000000001ull, 1, 23 },
	{ "2.4703282292062327e-324", 0x0000000000000000ull, 1, 23 },
	{ "2.4703282292062328e-324", 0x0000000000000001ull, 1, 23 },
	{ "1.7976931348623157e308", 0x7fefffffffffffffull, 0, 22 },
	{ "1.7976931348623158e308", 0x7fefffffffffffffull, 0, 22 },
	{ "1.7976931348623159e308", 0x7ff0000000000000ull, 1, 22 },
	{ "1e-400", 0x0000000000000000ull, 1, 6 },
	{ "9007199254740993", 0x4340000000000000ull, 0, 16 },
	{ "9007199254740992.5", 0x4340000000000000ull, 0, 18 },
	{ "9007199254740993.0000000000000000001", 0x4340000000000001ull, 0, 36 },
	{ "0x1.fffffffffffff8p1023", 0x7ff0000000000000ull, 1, 23 },
	{ "0x1.0000000000000bp0", 0x3ff0000000000001ull, 0, 20 },
	{ "0x1.00000000000008p0", 0x3ff0000000000000ull, 0, 20 },
	{ "0x1.00000000000018p0", 0x3ff0000000000002ull, 0, 20 },
	{ "  -0x1p-1074", 0x8000000000000001ull, 0, 12 },
	{ "0x1p-1075", 0x0000000000000000ull, 1, 9 },
	{ "0x1.8p-1075", 0x0000000000000001ull, 1, 11 },
	{ "123456789012345678901234567890", 0x45f8ee90ff6c373eull, 0, 30 },
	{ "3.14159265358979323846264338327950288", 0x400921fb54442d18ull, 0, 37 },
	{ "-0", 0x8000000000000000ull, 0, 2 },
	{ "1e308", 0x7fe1ccf385ebc8a0ull, 0, 5 },
	{ "1e309", 0x7ff0000000000000ull, 1, 5 },
	{ "0.000001", 0x3eb0c6f7a0b5ed8dull, 0, 8 },
	{ "6.02214076e23", 0x44dfe185ca57c517ull, 0, 13 },
	{ "1.00000000000000011102230246251565404236316680908203125", 0x3ff0000000000000ull, 0, 55 },
	{ "1.00000000000000011102230246251565404236316680908203124", 0x3ff0000000000000ull, 0, 55 },
	{ "1.00000000000000011102230246251565404236316680908203126", 0x3ff0000000000001ull, 0, 55 },
	{ "inf", 0x7ff0000000000000ull, 0, 3 },
	{ "-INFINITY", 0xfff0000000000000ull, 0, 9 },
	{ "7.2057594037927933e16", 0x4370000000000000ull, 0, 21 },
	{ "2.225073858507201136057409796709131975934819546351645648e-308", 0x000fffffffffffffull, 1, 61 },
	{ "4.4501477170144023e-308", 0x001fffffffffffffull, 0, 23 },
	{ "1e22", 0x4480f0cf064dd592ull, 0, 4 },
	{ "1e-22", 0x3b5e392010175ee6ull, 0, 5 },
	{ "5e-324", 0x0000000000000001ull, 1, 6 },
	{ "1.5e-323", 0x0000000000000003ull, 1, 8 },
};
static const struct fcase fcases[] = {
	{ "0.1", 0x3dcccccdu, 0, 3 },
	{ "1e23", 0x65a96816u, 0, 4 },
	{ "8.98846567431158e307", 0x7f800000u, 1, 20 },
	{ "2.2250738585072011e-308", 0x00000000u, 1, 23 },
	{ "2.2250738585072014e-308", 0x00000000u, 1, 23 },
	{ "4.9406564584124654e-324", 0x00000000u, 1, 23 },
	{ "2.4703282292062327e-324", 0x00000000u, 1, 23 },
	{ "2.4703282292062328e-324", 0x00000000u, 1, 23 },
	{ "1.7976931348623157e308", 0x7f800000u, 1, 22 },
	{ "1.7976931348623158e308", 0x7f800000u, 1, 22 },
	{ "1.7976931348623159e308", 0x7f800000u, 1, 22 },
	{ "1e-400", 0x00000000u, 1, 6 },
	{ "9007199254740993", 0x5a000000u, 0, 16 },
	{ "9007199254740992.5", 0x5a000000u, 0, 18 },
	{ "9007199254740993.0000000000000000001", 0x5a000000u, 0, 36 },
	{ "0x1.fffffffffffff8p1023", 0x7f800000u, 1, 23 },
	{ "0x1.0000000000000bp0", 0x3f800000u, 0, 20 },
	{ "0x1.00000000000008p0", 0x3f800000u, 0, 20 },
	{ "0x1.00000000000018p0", 0x3f800000u, 0, 20 },
	{ "  -0x1p-1074", 0x80000000u, 1, 12 },
	{ "0x1p-1075", 0x00000000u, 1, 9 },
	{ "0x1.8p-1075", 0x00000000u, 1, 11 },
	{ "123456789012345678901234567890", 0x6fc77488u, 0, 30 },
	{ "3.14159265358979323846264338327950288", 0x40490fdbu, 0, 37 },
	{ "-0", 0x80000000u, 0, 2 },
	{ "1e308", 0x7f800000u, 1, 5 },
	{ "1e309", 0x7f800000u, 1, 5 },
	{ "0.000001", 0x358637bdu, 0, 8 },
	{ "6.02214076e23", 0x66ff0c2eu, 0, 13 },
	{ "1.00000000000000011102230246251565404236316680908203125", 0x3f800000u, 0, 55 },
	{ "1.00000000000000011102230246251565404236316680908203124", 0x3f800000u, 0, 55 },
	{ "1.00000000000000011102230246251565404236316680908203126", 0x3f800000u, 0, 55 },
	{ "inf", 0x7f800000u, 0, 3 },
	{ "-INFINITY", 0xff800000u, 0, 9 },
	{ "7.2057594037927933e16", 0x5b800000u, 0, 21 },
	{ "2.225073858507201136057409796709131975934819546351645648e-308", 0x00000000u, 1, 61 },
	{ "4.4501477170144023e-308", 0x00000000u, 1, 23 },
	{ "1e22", 0x64078678u, 0, 4 },
	{ "1e-22", 0x1af1c901u, 0, 5 },
	{ "5e-324", 0x00000000u, 1, 6 },
	{ "1.5e-323", 0x00000000u, 1, 8 },
};

static void conv_tests(void)
{
	unsigned bad = 0;
	for (unsigned i = 0; i < sizeof dcases / sizeof *dcases; i++) {
		char *e;
		errno = 0;
		double d = strtod(dcases[i].s, &e);
		uint64_t u;
		memcpy(&u, &d, 8);
		if (u != dcases[i].bits || (errno == ERANGE) != dcases[i].range || e - dcases[i].s != dcases[i].used) {
			bad++;
			th_puts("# strtod ");
			th_puts(dcases[i].s);
			th_puts("\n");
		}
	}
	CHECK_EQ(bad, 0, "strtod hard cases (answers from glibc)");
	bad = 0;
	for (unsigned i = 0; i < sizeof fcases / sizeof *fcases; i++) {
		char *e;
		errno = 0;
		float f = strtof(fcases[i].s, &e);
		uint32_t u;
		memcpy(&u, &f, 4);
		if (u != fcases[i].bits || (errno == ERANGE) != fcases[i].range || e - fcases[i].s != fcases[i].used) {
			bad++;
			th_puts("# strtof ");
			th_puts(fcases[i].s);
			th_puts("\n");
		}
	}
	CHECK_EQ(bad, 0, "strtof hard cases (answers from glibc)");
	/* Round trips: %.17g and %a of random doubles read back exactly. */
	bad = 0;
	for (int i = 0; i < 300; i++) {
		uint64_t b = rnd();
		if ((b >> 52 & 0x7ff) == 0x7ff)
			b ^= 1ull << 62;
		double d, back;
		memcpy(&d, &b, 8);
		char buf[64];
		snprintf(buf, sizeof buf, "%.17g", d);
		back = strtod(buf, 0);
		bad += memcmp(&d, &back, 8) != 0;
		snprintf(buf, sizeof buf, "%a", d);
		back = strtod(buf, 0);
		bad += memcmp(&d, &back, 8) != 0;
		long double ld = strtold(buf, 0);
		bad += (double)ld != d && d == d;
	}
	CHECK_EQ(bad, 0, "strtod round trips of %.17g and %a");
	CHECK(atof("  -2.5e-3") == -0.0025, "atof");
	CHECK(strtod("nan(7)", 0) != strtod("nan(7)", 0), "strtod nan");

	/* strtol with a 32-bit long */
	char *e;
	errno = 0;
	CHECK(strtol("2147483647", &e, 10) == 2147483647L && errno == 0, "strtol LONG_MAX");
	CHECK(strtol("2147483648", &e, 10) == LONG_MAX && errno == ERANGE && *e == 0, "strtol overflow");
	errno = 0;
	CHECK(strtol("-2147483648", &e, 0) == LONG_MIN && errno == 0, "strtol LONG_MIN");
	CHECK(strtol("-0x80000001", &e, 0) == LONG_MIN && errno == ERANGE, "strtol underflow");
	errno = 0;
	CHECK(strtoul("-1", &e, 10) == 4294967295UL && errno == 0, "strtoul -1");
	CHECK(strtoul("4294967296", &e, 10) == ULONG_MAX && errno == ERANGE, "strtoul overflow");
	errno = 0;
	CHECK(strtoll("-9223372036854775808", &e, 10) == LLONG_MIN && errno == 0, "strtoll 64 bits");
	CHECK(strtoull("3w5e11264sgsf", &e, 36) == 18446744073709551615ULL && errno == 0, "strtoull base 36");
	CHECK(strtoimax("0x7fffffffffffffff", &e, 16) == INTMAX_MAX, "strtoimax");
	CHECK(strtol("0x", &e, 0) == 0 && *e == 'x', "0x alone");
	errno = 0;
	CHECK(strtol("1", &e, 1) == 0 && errno == EINVAL, "bad base");
	CHECK(atoi(" 42") == 42 && atol("-7") == -7 && atoll("123456789012") == 123456789012LL, "atoi atol atoll");
	ldiv_t q = ldiv(-7L, 2L);
	CHECK(q.quot == -3 && q.rem == -1, "ldiv");
	lldiv_t q2 = lldiv(9000000000LL, 7);
	CHECK(q2.quot == 1285714285 && q2.rem == 5, "lldiv");
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int arr[5000];

static void sort_tests(void)
{
	unsigned bad = 0;
	for (int t = 0; t < 300; t++) {
		size_t n = (size_t)(rnd() % 1000);
		uint64_t sum = 0, xr = 0, sum2 = 0, xr2 = 0;
		int mod = (int)(rnd() % 4 == 0 ? 5 : 1000000);
		for (size_t i = 0; i < n; i++) {
			arr[i] = (int)(rnd() % (uint64_t)mod) - mod / 2;
			if (t % 7 == 0)
				arr[i] = (int)i;          /* sorted */
			if (t % 7 == 1)
				arr[i] = (int)(n - i);    /* reverse */
			sum += (uint64_t)(int64_t)arr[i] * 2654435761u;
			xr ^= (uint64_t)(int64_t)arr[i] * 0x9e3779b97f4a7c15ull;
		}
		qsort(arr, n, sizeof *arr, cmp_int);
		for (size_t i = 0; i < n; i++) {
			sum2 += (uint64_t)(int64_t)arr[i] * 2654435761u;
			xr2 ^= (uint64_t)(int64_t)arr[i] * 0x9e3779b97f4a7c15ull;
			if (i && arr[i - 1] > arr[i])
				bad++;
		}
		bad += sum != sum2 || xr != xr2;
		if (n) {
			int key = arr[rnd() % n];
			int *hit = bsearch(&key, arr, n, sizeof *arr, cmp_int);
			bad += !hit || *hit != key;
		}
	}
	CHECK_EQ(bad, 0, "qsort 300 random arrays, bsearch");
	/* Musser's median-of-3 killer, n = 5000 */
	size_t n = 5000, k = n / 2;
	for (size_t j = 1; j <= n; j++)
		arr[j - 1] = (int)(j <= k ? (j % 2 ? j : k + j - 1) : 2 * (j - k));
	qsort(arr, n, sizeof *arr, cmp_int);
	bad = 0;
	for (size_t i = 1; i < n; i++)
		bad += arr[i - 1] > arr[i];
	CHECK_EQ(bad, 0, "qsort median-of-3 killer");
}

static void abi_tests(void)
{
	char buf[96];
	CHECK(sizeof(long) == 4 && LONG_MAX == 2147483647L && ULONG_MAX == 4294967295UL, "long is 32 bits");
	CHECK(MB_LEN_MAX >= 4 && MB_CUR_MAX == 4, "MB_LEN_MAX covers UTF-8");
	snprintf(buf, sizeof buf, "%" PRId64 " %" PRIu32 " %" PRIxPTR " %" PRIdMAX, INT64_MIN, UINT32_MAX,
		 (uintptr_t)0xdeadbeefcafeull, INTMAX_MAX);
	if (!th_open("PRI macros", !strcmp(buf, "-9223372036854775808 4294967295 deadbeefcafe 9223372036854775807"), __LINE__)) {
		th_puts(" got ");
		th_puts(buf);
	}
	th_close();
	int64_t i64 = 0;
	int32_t i32 = 0;
	sscanf("-5000000000 77", "%" SCNd64 " %" SCNd32, &i64, &i32);
	CHECK(i64 == -5000000000LL && i32 == 77, "SCN macros");
	CHECK(ffsl(LONG_MIN) == 32 && ffsll(1LL << 40) == 41 && ffs(0) == 0, "ffsl on a 32-bit long");
	CHECK(!strcmp(strerror(ERANGE), "Numerical result out of range") &&
	      !strcmp(strerror(9999), "Unknown error 9999"), "strerror");
	CHECK(strcasecmp("HeLLo", "hello") == 0 && strncasecmp("abcX", "ABCY", 3) == 0, "strcasecmp");
	/* 16-bit wchar_t: a character above U+FFFF is a surrogate pair */
	wchar_t w[4];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	const char *smile = "\xf0\x9f\x98\x80";
	size_t r1 = mbrtowc(&w[0], smile, 4, &st);
	size_t r2 = mbrtowc(&w[1], smile + 4, 1, &st);
	CHECK(sizeof(wchar_t) == 2 && r1 == 4 && r2 == (size_t)-3 && w[0] == 0xd83d && w[1] == 0xde00, "mbrtowc surrogate pair");
	CHECK(mbstowcs(w, "a\xf0\x9f\x98\x80", 4) == 3 && w[1] == 0xd83d && w[2] == 0xde00 && w[3] == 0, "mbstowcs pair");
	char mb[8];
	CHECK(wcstombs(mb, w, sizeof mb) == 5 && !memcmp(mb, "a\xf0\x9f\x98\x80", 6), "wcstombs pair");
	char16_t c16;
	memset(&st, 0, sizeof st);
	CHECK(mbrtoc16(&c16, "\xe2\x82\xac", 3, &st) == 3 && c16 == 0x20ac, "mbrtoc16");
	CHECK(wcslen(L"h\u00e9llo") == 5 && wcscmp(L"abc", L"abd") < 0, "wcslen wcscmp");
}

int main(void)
{
	th_begin("strings");
	mem_tests();
	conv_tests();
	sort_tests();
	abi_tests();
	th_end();
	th_qemu_exit(0);
	return 0;
}
