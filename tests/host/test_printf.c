/* printf: the library's snprintf against glibc's, on hand-picked corners and
 * on a randomized differential run, plus what glibc cannot vouch for (%ls
 * and %lc with 16-bit wide characters, and the error returns).
 *
 * Usage: test_printf [iterations [seed]]   (defaults: 1000000, fixed seed) */

#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ul.h"

/* Many cases are deliberately odd (%05s, %+p, %#.0o), and the random run
 * builds its formats at run time. */
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
#pragma GCC diagnostic ignored "-Wformat-extra-args"

/* glibc's snprintf, called through a pointer the compiler cannot see
 * through: gcc otherwise computes some results itself, and gets a few wrong
 * (gcc 12 -O1 returns 3 for snprintf(b, n, "[%.0hhd]", 256)). */
static int (*volatile glibc_snprintf)(char *, size_t, const char *, ...) =
	snprintf;

#define BUFSZ 512
#define SENTINEL 0x5a

static char gb[BUFSZ], ub[BUFSZ];

static void show(const char *label, const char *s, int r, size_t n)
{
	size_t i, len;

	fprintf(stderr, "    %s: returned %d, bytes \"", label, r);
	if (s && n) {
		len = r < 0 ? 0 : (size_t)r < n - 1 ? (size_t)r : n - 1;
		for (i = 0; i < len; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
				fputc(c, stderr);
			else
				fprintf(stderr, "\\x%02x", c);
		}
	}
	fprintf(stderr, "\"\n");
}

/* Compares the two buffers after an snprintf of size n into each: same
 * return, same bytes up to the terminator, and nothing written past it. */
static int same_output(int rg, int ru, size_t n)
{
	size_t used, i;

	if (rg != ru)
		return 0;
	if (!n || rg < 0)
		return 1;
	used = (size_t)rg + 1 < n ? (size_t)rg + 1 : n;
	if (memcmp(gb, ub, used) != 0 || ub[used - 1] != '\0')
		return 0;
	for (i = used; i < BUFSZ; i++)
		if ((unsigned char)ub[i] != SENTINEL)
			return 0;
	return 1;
}

static void same_check(int line, const char *what, int rg, int ru)
{
	int ok = same_output(rg, ru, BUFSZ);

	CHECK(ok, "line %d: %s", line, what);
	if (!ok) {
		show("glibc", gb, rg, BUFSZ);
		show("ul   ", ub, ru, BUFSZ);
	}
}

static void clear_bufs(void)
{
	memset(gb, SENTINEL, sizeof gb);
	memset(ub, SENTINEL, sizeof ub);
}

/* Same format and arguments through glibc and the library. */
#define SAME(...) do { \
	int rg_, ru_; \
	clear_bufs(); \
	rg_ = glibc_snprintf(gb, BUFSZ, __VA_ARGS__); \
	ru_ = ul_snprintf(ub, BUFSZ, __VA_ARGS__); \
	same_check(__LINE__, #__VA_ARGS__, rg_, ru_); \
} while (0)

/* The library alone, against bytes written out by hand. */
#define EXPECT(lit, ...) do { \
	int ru_; \
	memset(ub, SENTINEL, sizeof ub); \
	ru_ = ul_snprintf(ub, BUFSZ, __VA_ARGS__); \
	CHECK(ru_ == (int)sizeof(lit) - 1 && \
	      memcmp(ub, lit, sizeof(lit)) == 0, \
	      "line %d: %s: got %d", __LINE__, #__VA_ARGS__, ru_); \
	if (!(ru_ == (int)sizeof(lit) - 1 && memcmp(ub, lit, sizeof(lit)) == 0)) \
		show("ul", ub, ru_, BUFSZ); \
} while (0)

/* -1 with the given errno. */
#define FAILS(err, ...) do { \
	int ru_; \
	ul_errno = 0; \
	ru_ = ul_snprintf(ub, BUFSZ, __VA_ARGS__); \
	CHECK(ru_ == -1 && ul_errno == (err), "line %d: %s: got %d errno %d, " \
	      "want -1 errno %d", __LINE__, #__VA_ARGS__, ru_, ul_errno, (err)); \
} while (0)

/* %n of each width: the stored counts must agree with glibc's. */
#define SAME_N(T, fmt, ...) do { \
	T g_ = (T)-77, u_ = (T)-77; \
	int rg_, ru_; \
	clear_bufs(); \
	rg_ = glibc_snprintf(gb, BUFSZ, fmt, __VA_ARGS__, &g_); \
	ru_ = ul_snprintf(ub, BUFSZ, fmt, __VA_ARGS__, &u_); \
	same_check(__LINE__, fmt, rg_, ru_); \
	CHECK(g_ == u_, "line %d: %s: %%n stored %lld, glibc %lld", __LINE__, \
	      fmt, (long long)u_, (long long)g_); \
} while (0)

static void test_integers(void)
{
	SAME("%d|%i|%u", 0, 0, 0u);
	SAME("%d %d %d %d", INT_MIN, INT_MAX, -1, 1);
	SAME("%ld %ld %lu", LONG_MIN, LONG_MAX, ULONG_MAX);
	SAME("%lld %lld %llu", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
	SAME("%jd %jd %ju", INTMAX_MIN, INTMAX_MAX, UINTMAX_MAX);
	SAME("%zd %zu %zx", (ptrdiff_t)PTRDIFF_MIN, (size_t)SIZE_MAX, (size_t)SIZE_MAX);
	SAME("%td %td %tu %to", (ptrdiff_t)PTRDIFF_MIN, (ptrdiff_t)PTRDIFF_MAX,
	     (size_t)SIZE_MAX, (size_t)SIZE_MAX);
	SAME("%llo %llx %llX %#llo %#llx %#llX", ULLONG_MAX, ULLONG_MAX,
	     ULLONG_MAX, ULLONG_MAX, ULLONG_MAX, ULLONG_MAX);
	SAME("%o %x %X %#o %#x %#X", 0u, 0u, 0u, 0u, 0u, 0u);
	SAME("%o %x %X %#o %#x %#X", 8u, 255u, 255u, 8u, 255u, 255u);
	SAME("%#08x %#-8x| %#8X %#08.3x %#.5x %#.5o", 1u, 1u, 0xabu, 1u, 0xfu, 9u);

	/* Precision 0 and a zero value. */
	SAME("[%.0d][%.0i][%.0u][%.0o][%.0x][%.0X]", 0, 0, 0u, 0u, 0u, 0u);
	SAME("[%5.0d][%-5.0d][%05.0d]", 0, 0, 0);
	SAME("[%#.0o][%#.0x][%#.0X][%#5.0o][%#-5.0o]", 0u, 0u, 0u, 0u, 0u);
	SAME("[%#o][%#.1o][%#.3o][%#5.3o][%#.3o][%#o][%#.2o]", 0u, 0u, 0u, 8u,
	     8u, 8u, 8u);
	SAME("[%+.0d][% .0d][%+5.0d][%-+5.0d]", 0, 0, 0, 0);
	SAME("[%.d][%.x][%#.o]", 0, 0u, 0u);

	/* Flags. */
	SAME("[%+d][%+d][%+d][% d][% d][% d]", 0, 5, -5, 0, 5, -5);
	SAME("[%+ d][% +d][%+u][% u][%+x][% o]", 5, 5, 5u, 5u, 5u, 5u);
	SAME("[%05d][%05d][%-05d][%0-5d][%+05d][% 05d]", 42, -42, -42, 42, 42, 42);
	SAME("[%08.3d][%08.3d][%-08.3d][%08.0d][%08.3x]", 5, -5, 5, 0, 0xau);
	SAME("[%#d][%#u][%#i]", 5, 5u, -5);
	SAME("[%--5d][%++d][%  d][%##x][%00d]", 1, 1, 1, 1u, 1);
	SAME("[%010d][%-10d][%10d]", INT_MIN, INT_MIN, INT_MIN);
	SAME("[%030lld][%+30llx][%-#30llo]", LLONG_MIN, 1ULL << 63, 1ULL << 63);

	/* Precision beyond the inline buffer, and widths beyond the pad
	 * buffer. */
	SAME("[%.60d][%.60d][%+.60d][%#.60x][%#.70o]", 1, -1, 0, 0xabcu, 8u);
	SAME("[%080d][%-80d][%80d][%#080x]", -1, -1, -1, 0xffu);
	SAME("[%200d][%-200u]", 12345, 6789u);
	SAME("[%.61d][%.62d][%.63d][%.64d][%.65d]", 1, 22, 333, 4444, 55555);
	SAME("[%+065d][%#066x][%066lld]", 7, 7u, LLONG_MIN);

	/* Truncation by the length modifier. */
	SAME("[%hhd][%hhd][%hhd][%hhd][%hhu][%hhx]", 200, 128, -129, 127, -1, 0x1ff);
	SAME("[%hd][%hd][%hu][%hx][%hi]", 40000, -32769, -1, 0x12345, 32768);
	SAME("[%#hhx][%#hho][%.0hhd][%hhu]", 256, 256, 256, 256);
	SAME("[%ld][%lu][%lx]", -1L, (unsigned long)-1, 1UL << 40);

	/* Width and precision from arguments. */
	SAME("[%*d][%-*d][%*d][%0*d]", 5, 1, 5, 1, -5, 1, -5, 1);
	SAME("[%.*d][%.*d][%.*d][%*.*d]", 3, 7, -3, 7, 0, 0, -8, -1, 42);
	SAME("[%0*.*d][%0*.*d][%*s][%.*s]", 8, 3, 5, 8, -3, 5, -4, "ab", 1, "ab");
	SAME("[%*x][%-*.*o]", INT_MAX / 10000000, 1u, 7, 3, 8u);
}

static void test_chars_strings(void)
{
	char *heap;

	SAME("[%c][%5c][%-5c][%05c][%+c][% c][%#c][%.0c][%.3c]", 'a', 'b', 'c',
	     'd', 'e', 'f', 'g', 'h', 'i');
	SAME("[%c][%c][%c]", 256 + 'A', -1, 0x80);
	SAME("a%cb%5c", 0, 0);
	SAME("%c", 0);
	SAME("[%s][%10s][%-10s][%.2s][%10.2s][%-10.0s][%.0s]", "hello", "hello",
	     "hello", "hello", "hello", "hello", "hello");
	SAME("[%05s][%+s][% s][%#s][%.10s]", "ab", "ab", "ab", "ab", "ab");
	SAME("[%s][%s]", "", "%d %s");
	SAME("[%s][%.5s][%.6s][%.7s][%10s][%-10.5s][%010s][%.0s]", (char *)0,
	     (char *)0, (char *)0, (char *)0, (char *)0, (char *)0, (char *)0,
	     (char *)0);
	SAME("[%300s]", "x");
	SAME("[%-300s]", "y");

	/* The precision bounds the read: an unterminated array is enough,
	 * and ASan sees any byte read past it.  (Not through glibc: ASan's
	 * printf interceptor reads one byte past the precision.) */
	heap = malloc(3);
	memcpy(heap, "abc", 3);
	EXPECT("[abc][ab][][  abc][a    ]", "[%.3s][%.2s][%.0s][%5.3s][%-5.1s]",
	       heap, heap, heap, heap, heap);
	free(heap);
	heap = malloc(1);
	EXPECT("[]", "[%.0s]", heap);
	free(heap);

	SAME("100%%");
	SAME("%%%d%%%%", 3);
	/* glibc ignores all of these on %% (checked by hand: ASan's printf
	 * interceptor complains about them). */
	EXPECT("[%][%][%][%][%]", "[%5%][%-5%][%05%][%.3%][%+#%]");
}

static void test_pointers(void)
{
	void *p = (void *)(uintptr_t)0x1234abcdu, *q = (void *)(uintptr_t)1;
	void *big = (void *)(uintptr_t)UINTPTR_MAX;

	SAME("[%p][%p][%p][%p]", p, q, big, (void *)0);
	SAME("[%20p][%-20p][%020p][%.12p][%.0p][%20.12p][%-#20p]", p, p, p, p,
	     p, p, p);
	SAME("[%+p][% p][%+ p][%+020p][% 020p][%+.12p]", p, p, p, p, p, p);
	SAME("[%10p][%-10p][%.2p][%.0p][%010p][%+p][% p][%#p][%-+8p]",
	     (void *)0, (void *)0, (void *)0, (void *)0, (void *)0, (void *)0,
	     (void *)0, (void *)0, (void *)0);
	SAME("[%*p][%.*p]", -24, p, 3, (void *)0);
}

static void test_count(void)
{
	SAME_N(int, "abc%.0d%n", 0);
	SAME_N(int, "%s%n", "hello");
	SAME_N(signed char, "%300d%hhn", 1);
	SAME_N(signed char, "%200d%hhn", 1);
	SAME_N(short, "%.40000d%hn", 1);
	SAME_N(short, "%d%hn", 12345);
	SAME_N(long, "%-20d%ln", 7);
	SAME_N(long long, "%lld%lln", LLONG_MIN);
	SAME_N(intmax_t, "%jx%jn", UINTMAX_MAX);
	SAME_N(ptrdiff_t, "%tx%tn", (ptrdiff_t)-1);
	SAME_N(ptrdiff_t, "%zu%zn", (size_t)SIZE_MAX);
	SAME_N(int, "%5$s%1$d%2$d%3$d%4$d%6$n", 1, 2, 3, 4, "five");
	SAME_N(int, "%-+10d%*d%n", 5, 4, 9);
	/* The count is of bytes produced, even past the buffer's end. */
	{
		int g = -1, u = -1, rg, ru;
		char sg[4], su[4];
		rg = glibc_snprintf(sg, sizeof sg, "%s%n", "hello world", &g);
		ru = ul_snprintf(su, sizeof su, "%s%n", "hello world", &u);
		CHECK(rg == ru && g == u && u == 11 && !memcmp(sg, su, 4),
		      "%%n past the end: %d %d %d %d", rg, ru, g, u);
	}
}

static void test_truncation(void)
{
	static const size_t sizes[] = { 1, 2, 5, 10, 11, 12, 13, 40 };
	const char *fmt = "hello %d %s";
	int len = glibc_snprintf(NULL, 0, fmt, 42, "world");   /* 14 */
	size_t i, extra[] = { (size_t)len, (size_t)len + 1, (size_t)len - 1 };
	int r;

	CHECK(len == 14, "glibc length %d", len);
	r = ul_snprintf(NULL, 0, fmt, 42, "world");
	CHECK(r == len, "n = 0, NULL buffer: %d, want %d", r, len);
	memset(ub, SENTINEL, sizeof ub);
	r = ul_snprintf(ub, 0, fmt, 42, "world");
	CHECK(r == len && (unsigned char)ub[0] == SENTINEL,
	      "n = 0 must write nothing: %d", r);

	for (i = 0; i < sizeof sizes / sizeof sizes[0] + 3; i++) {
		size_t n = i < sizeof sizes / sizeof sizes[0] ? sizes[i] :
			   extra[i - sizeof sizes / sizeof sizes[0]];
		int rg, ru, ok;
		clear_bufs();
		rg = glibc_snprintf(gb, n, fmt, 42, "world");
		ru = ul_snprintf(ub, n, fmt, 42, "world");
		ok = same_output(rg, ru, n) && ub[n - 1 < (size_t)len ?
						 n - 1 : (size_t)len] == '\0';
		CHECK(ok, "truncated to n = %zu", n);
		if (!ok) {
			show("glibc", gb, rg, n);
			show("ul   ", ub, ru, n);
		}
	}
	memset(ub, SENTINEL, sizeof ub);
	r = ul_snprintf(ub, 1, "%c", 'x');
	CHECK(r == 1 && ub[0] == '\0' && (unsigned char)ub[1] == SENTINEL,
	      "n = 1: %d", r);
	r = ul_snprintf(NULL, 0, "%300d%s", 1, "ab");
	CHECK(r == 302, "length only: %d", r);

	memset(ub, SENTINEL, sizeof ub);
	r = ul_sprintf(ub, "%s-%05d-%x", "sprintf", 42, 0xbeefu);
	CHECK(r == 18 && !strcmp(ub, "sprintf-00042-beef"), "sprintf: %d %s",
	      r, ub);
}

static int ul_vs(char *s, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = ul_vsnprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}

static void test_vsnprintf(void)
{
	int r = ul_vs(ub, BUFSZ, "%d %s %lld %c", -3, "x", LLONG_MAX, 'z');
	CHECK(r == 26 && !strcmp(ub, "-3 x 9223372036854775807 z"),
	      "vsnprintf: %d %s", r, ub);
}

static void test_wide(void)
{
	static const uint16_t hi[] = { 'h', 'i', 0 };
	/* A, e-acute, euro, U+1F600 (a pair), Z: 1 + 2 + 3 + 4 + 1 bytes. */
	static const uint16_t mix[] = { 'A', 0xE9, 0x20AC, 0xD83D, 0xDE00, 'Z', 0 };
	static const uint16_t lone_hi[] = { 'a', 0xD800, 'b', 0 };
	static const uint16_t lone_lo[] = { 0xDC00, 'x', 0 };
	static const uint16_t hi_at_end[] = { 0xDBFF, 0 };
	static const uint16_t two_hi[] = { 0xD800, 0xD801, 0xDC37, 0 };
	static const uint16_t max_pair[] = { 0xDBFF, 0xDFFF, 0 };
	static const uint16_t bmp_edges[] = { 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0 };
	uint16_t *heap;

	EXPECT("hi", "%ls", hi);
	EXPECT("[  hi][hi  ][h]", "[%4ls][%-4ls][%.1ls]", hi, hi, hi);
	EXPECT("A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80Z", "%ls", mix);
	/* A precision in the middle of a character stops before it. */
	EXPECT("[][A][A][A\xC3\xA9][A\xC3\xA9][A\xC3\xA9]", "[%.0ls][%.1ls][%.2ls]"
	       "[%.3ls][%.4ls][%.5ls]", mix, mix, mix, mix, mix, mix);
	EXPECT("[A\xC3\xA9\xE2\x82\xAC][A\xC3\xA9\xE2\x82\xAC][A\xC3\xA9\xE2\x82\xAC]"
	       "[A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80]",
	       "[%.6ls][%.8ls][%.9ls][%.10ls]", mix, mix, mix, mix);
	EXPECT("A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80Z", "%.11ls", mix);
	EXPECT("A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80Z", "%.100ls", mix);
	/* The width counts bytes, as glibc's does for multibyte output. */
	EXPECT("[     A\xC3\xA9][A\xC3\xA9     |][A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80Z]",
	       "[%8.3ls][%-8.5ls|][%5ls]", mix, mix, mix);
	EXPECT("a\xEF\xBF\xBD" "b", "%ls", lone_hi);
	EXPECT("\xEF\xBF\xBDx", "%ls", lone_lo);
	EXPECT("\xEF\xBF\xBD", "%ls", hi_at_end);
	EXPECT("\xEF\xBF\xBD\xF0\x90\x90\xB7", "%ls", two_hi);
	EXPECT("\xF4\x8F\xBF\xBF", "%ls", max_pair);
	EXPECT("\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF", "%ls", bmp_edges);
	EXPECT("[a][a][a\xEF\xBF\xBD]", "[%.1ls][%.3ls][%.4ls]", lone_hi, lone_hi,
	       lone_hi);
	EXPECT("[(null)][][(null)][    (null)]", "[%ls][%.5ls][%.6ls][%10ls]",
	       (uint16_t *)0, (uint16_t *)0, (uint16_t *)0, (uint16_t *)0);

	/* Unterminated arrays with a precision: nothing past the array may be
	 * read, not even to look for the second half of a pair. */
	heap = malloc(3 * sizeof *heap);
	heap[0] = 'a'; heap[1] = 'b'; heap[2] = 'c';
	EXPECT("abc", "%.3ls", heap);
	heap[1] = 0xD83D; heap[2] = 0xDE00;
	EXPECT("[a][a][a][a\xF0\x9F\x98\x80]", "[%.1ls][%.2ls][%.4ls][%.5ls]",
	       heap, heap, heap, heap);
	free(heap);
	heap = malloc(2 * sizeof *heap);
	heap[0] = 'a'; heap[1] = 0xD800;
	EXPECT("[a][a]", "[%.2ls][%.3ls]", heap, heap);
	free(heap);

	EXPECT("[A][\xC3\xA9][\xE2\x82\xAC][\xEF\xBF\xBD][\xEF\xBF\xBD]",
	       "[%lc][%lc][%lc][%lc][%lc]", 'A', 0xE9, 0x20AC, 0xD800, 0xDFFF);
	EXPECT("[\0]", "[%lc]", 0);
	EXPECT("[  \xE2\x82\xAC][\xE2\x82\xAC  ][\xC3\xA9]", "[%5lc][%-5lc][%.0lc]",
	       0x20AC, 0x20AC, 0xE9);
	EXPECT("[\xEF\xBF\xBF][\x7F]", "[%lc][%lc]", 0xFFFF, 0x7F);
}

static void test_positional(void)
{
	char fmt[64 * 6 + 1], *p = fmt;
	int i, ru;

	SAME("%2$s %1$s", "a", "b");
	SAME("%1$d %1$x %1$o %1$u", -1);
	SAME("%3$*1$.*2$d|", 8, 3, 42);
	SAME("%1$-*2$s|%2$d", "ab", 6);
	SAME("%2$*1$d|%2$-*1$d|", -6, 7);
	SAME("%2$.*1$d|", -1, 7);
	SAME("%2$hhd %1$lld %3$zu %4$jd %5$td", 1LL << 40, 300, (size_t)7,
	     (intmax_t)-5, (ptrdiff_t)-9);
	SAME("%%%1$d%%", 5);
	SAME("%2$p %1$c %2$p", 'x', (void *)(uintptr_t)0x1234);
	SAME("%4$s %3$ld %2$c %1$u", 7u, 'q', 123456789L, "str");
	SAME("%1$s", "only");
	SAME("no conversions at all");
	SAME("%1$#010x %1$+d %1$ d", 255);
	SAME("%1$d%1$d%1$d", 1);

	for (i = 1; i <= 64; i++)
		p += sprintf(p, "%%%d$d", 65 - i);
	SAME(fmt, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
	     19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
	     36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52,
	     53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64);
	/* Positions 2..63 unused: a gap, even though glibc would guess. */
	ul_errno = 0;
	ru = ul_snprintf(ub, BUFSZ, "%64$lld %1$lld", 1LL, 2LL);
	CHECK(ru == -1 && ul_errno == EINVAL, "gap below 64: %d %d", ru, ul_errno);
}

static void test_errors(void)
{
	/* Mixing positional and sequential arguments. */
	FAILS(EINVAL, "%1$d %d", 1, 2);
	FAILS(EINVAL, "%d %1$d", 1, 2);
	FAILS(EINVAL, "%1$d %*d", 1, 2, 3);
	FAILS(EINVAL, "%1$*d", 1, 2);
	FAILS(EINVAL, "%1$.*d", 1, 2);
	FAILS(EINVAL, "%*1$d", 1, 2);
	FAILS(EINVAL, "%.*1$d", 1, 2);
	FAILS(EINVAL, "%2$*d", 1, 2);
	/* Gaps, bad positions, conflicting types. */
	FAILS(EINVAL, "%1$d %3$d", 1, 2, 3);
	FAILS(EINVAL, "%2$d", 1, 2);
	FAILS(EINVAL, "%1$*3$d", 1, 2, 3);
	FAILS(EINVAL, "%0$d", 1);
	FAILS(EINVAL, "%65$d", 1);
	FAILS(EINVAL, "%1$*65$d", 1);
	FAILS(EINVAL, "%99999999999$d", 1);
	FAILS(EINVAL, "%1$d %1$s", 1);
	FAILS(EINVAL, "%1$d %1$ld", 1);
	FAILS(EINVAL, "%1$p %1$s", "x");
	/* Floating conversions (tests/host/test_printf_fp.c tests them in
	 * depth): printed as glibc does, and the arguments after them read
	 * right. */
	SAME("%f", 1.0);
	SAME("%Lf", (long double)1.0);
	SAME("%a %A %e %E %F %g %G %lf", 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
	     1.0, 1.0);
	SAME("%d %f %d", 1, 2.0, 3);
	SAME("%d %Lf %s", 1, (long double)2.0, "three");
	SAME("%d %*.*e %s", 1, 4, 5, 2.0, "three");
	SAME("%3$s %1$f %2$d", 1.5, 2, "three");
	SAME("%3$s %1$Lg %2$d", (long double)1.5, 2, "three");
	FAILS(EINVAL, "%hf", 1.0);
	FAILS(EINVAL, "%1$f %1$Lf", 1.0);
	/* Malformed or unknown. */
	FAILS(EINVAL, "%");
	FAILS(EINVAL, "abc%");
	FAILS(EINVAL, "%y", 1);
	FAILS(EINVAL, "%ll", 1LL);
	FAILS(EINVAL, "%Ld", 1LL);
	FAILS(EINVAL, "%Lx", 1LL);
	FAILS(EINVAL, "%Ln", &(int){0});
	FAILS(EINVAL, "%hs", "x");
	FAILS(EINVAL, "%hhc", 'x');
	FAILS(EINVAL, "%Lc", 'x');
	FAILS(EINVAL, "%lls", "x");
	FAILS(EINVAL, "%lp", (void *)0);
	FAILS(EINVAL, "%hf", 1.0);
	FAILS(EINVAL, "%1$%");
	FAILS(EINVAL, "%l%");
	FAILS(EINVAL, "%*%", 1);
	FAILS(EINVAL, "%'d", 1);
	FAILS(EINVAL, "%C", 'x');
	FAILS(EINVAL, "%S", "x");
	FAILS(EINVAL, "%m");
	FAILS(EINVAL, "%.-1d", 1);
	FAILS(EINVAL, "%*5d", 1, 2);
	FAILS(EINVAL, "%5$", 1);
	FAILS(EINVAL, "%qd", 1LL);
	/* Too big. */
	FAILS(EOVERFLOW, "%2147483648d", 1);
	FAILS(EOVERFLOW, "%.2147483648d", 1);
	FAILS(EOVERFLOW, "%99999999999999999999d", 1);
	FAILS(EOVERFLOW, "%1$2147483648d", 1);
	FAILS(EOVERFLOW, "%1$.2147483648d", 1);
	FAILS(EOVERFLOW, "%*d", INT_MIN, 1);
	FAILS(EOVERFLOW, "%2$*1$d", INT_MIN, 1);
	FAILS(EOVERFLOW, "%2147483647d%d", 1, 2);
	FAILS(EOVERFLOW, "%2147483647dX", 1);
	FAILS(EOVERFLOW, "X%2147483647d", 1);
	FAILS(EOVERFLOW, "%2147483647s%c", "", 'c');
	FAILS(EOVERFLOW, "%.2147483647d%%", 1);
	FAILS(EOVERFLOW, "%2147483647p%p", (void *)0, (void *)0);
	FAILS(EOVERFLOW, "%1073741824d%1073741824d", 1, 1);
	{
		/* Exactly INT_MAX is fine; counting it writes 2 GiB into a
		 * NULL buffer. */
		int r;
		ul_errno = 0;
		r = ul_snprintf(NULL, 0, "%2147483647d", 1);
		CHECK(r == INT_MAX, "INT_MAX bytes: %d errno %d", r, ul_errno);
		r = ul_snprintf(NULL, 0, "%.2147483646d%c", 1, 'x');
		CHECK(r == INT_MAX, "INT_MAX bytes: %d errno %d", r, ul_errno);
		r = ul_snprintf(ub, 8, "%-2147483647s", "abc");
		CHECK(r == INT_MAX && !memcmp(ub, "abc    ", 8),
		      "INT_MAX bytes: %d errno %d", r, ul_errno);
	}
	/* The biggest widths that parse. */
	{
		int r = ul_snprintf(NULL, 0, "%2147483647.2147483647d", 1);
		CHECK(r == INT_MAX, "INT_MAX width and precision: %d", r);
	}
}

/* ---- Randomized differential run ---- */

static uint64_t rng;

static uint64_t rnd(void)
{
	uint64_t z = (rng += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static unsigned rndn(unsigned n)
{
	return (unsigned)(rnd() % n);
}

static uint64_t rvalue(void)
{
	static const uint64_t edges[] = {
		0, 1, 2, 7, 8, 9, 10, 15, 16, 99, 100,
		0x7f, 0x80, 0xff, 0x100,
		0x7fff, 0x8000, 0xffff, 0x10000,
		0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull,
		0x7fffffffffffffffull, 0x8000000000000000ull,
		UINT64_MAX - 1, UINT64_MAX,
	};
	uint64_t v;

	switch (rndn(4)) {
	case 0:
		v = edges[rndn(sizeof edges / sizeof edges[0])];
		break;
	case 1:
		v = rndn(200);
		break;
	default:
		v = rnd() >> rndn(64);
		break;
	}
	return rndn(3) == 0 ? 0 - v : v;
}

enum kind {
	K_NONE, K_INT, K_UINT, K_LONG, K_ULONG, K_LLONG, K_ULLONG, K_IMAX,
	K_UMAX, K_PDIFF, K_SIZE, K_STR, K_PTR
};

static const char *const kind_name[] = {
	"none", "int", "unsigned", "long", "unsigned long", "long long",
	"unsigned long long", "intmax_t", "uintmax_t", "ptrdiff_t", "size_t",
	"char *", "void *"
};

struct rcase {
	char fmt[64];
	enum kind kind;
	uint64_t v;
	const char *s;
	int nw, np, w, p;
};

static const char *const strs[] = {
	NULL, "", "a", "hello", "hello, world", "%d%s\\n",
	"0123456789abcdefghijklmnopqrstuvwxyz", "\xc3\xa9t\xc3\xa9",
};

static int rsmall(int lo, int hi)
{
	return lo + (int)rndn((unsigned)(hi - lo + 1));
}

static void gen(struct rcase *c)
{
	static const char convs[] = "diouxXcsp%";
	static const char *const lens[] = { "", "hh", "h", "l", "ll", "j", "z", "t" };
	char conv = convs[rndn(sizeof convs - 1)];
	char *f = c->fmt;
	int positional = rndn(4) == 0, len = 0, i, n, next = 1;
	int wmode = rndn(4), pmode = rndn(4);

	c->nw = c->np = 0;
	c->s = NULL;
	c->v = 0;
	if (rndn(4) == 0)
		*f++ = '<';
	*f++ = '%';
	if (conv == '%') {
		*f++ = '%';
		c->kind = K_NONE;
		goto done;
	}
	c->nw = wmode == 2;
	c->np = pmode == 3;
	if (positional)
		f += sprintf(f, "%d$", 1 + c->nw + c->np);
	for (i = 0, n = (int)rndn(5); i < n; i++)
		*f++ = "-+ #0"[rndn(5)];
	if (wmode == 1) {
		f += sprintf(f, "%d", rsmall(1, 40));
	} else if (wmode == 2) {
		*f++ = '*';
		if (positional)
			f += sprintf(f, "%d$", next++);
		c->w = rsmall(-40, 40);
	}
	if (pmode == 1) {
		*f++ = '.';
	} else if (pmode == 2) {
		f += sprintf(f, ".%d", rsmall(0, 40));
	} else if (pmode == 3) {
		*f++ = '.';
		*f++ = '*';
		if (positional)
			f += sprintf(f, "%d$", next++);
		c->p = rsmall(-10, 40);
	}
	if (strchr("diouxX", conv))
		len = (int)rndn(8);
	f += sprintf(f, "%s%c", lens[len], conv);

	c->v = rvalue();
	if (conv == 'd' || conv == 'i') {
		static const enum kind k[] = { K_INT, K_INT, K_INT, K_LONG,
			K_LLONG, K_IMAX, K_PDIFF, K_PDIFF };
		c->kind = k[len];
	} else if (strchr("ouxX", conv)) {
		static const enum kind k[] = { K_UINT, K_UINT, K_UINT, K_ULONG,
			K_ULLONG, K_UMAX, K_SIZE, K_SIZE };
		c->kind = k[len];
	} else if (conv == 'c') {
		c->kind = K_INT;
	} else if (conv == 's') {
		c->kind = K_STR;
		c->s = strs[rndn(sizeof strs / sizeof strs[0])];
	} else {
		c->kind = K_PTR;
		if (rndn(4) == 0)
			c->v = 0;
	}
done:
	if (rndn(4) == 0)
		*f++ = '>';
	*f = '\0';
}

typedef int (*snprintf_fn)(char *, size_t, const char *, ...);

#define CALL_WITH(val) do { \
	if (c->nw && c->np) \
		return fn(buf, n, c->fmt, c->w, c->p, val); \
	if (c->nw) \
		return fn(buf, n, c->fmt, c->w, val); \
	if (c->np) \
		return fn(buf, n, c->fmt, c->p, val); \
	return fn(buf, n, c->fmt, val); \
} while (0)

static int call(snprintf_fn fn, char *buf, size_t n, const struct rcase *c)
{
	switch (c->kind) {
	case K_NONE: return fn(buf, n, c->fmt);
	case K_INT: CALL_WITH((int)c->v);
	case K_UINT: CALL_WITH((unsigned)c->v);
	case K_LONG: CALL_WITH((long)c->v);
	case K_ULONG: CALL_WITH((unsigned long)c->v);
	case K_LLONG: CALL_WITH((long long)c->v);
	case K_ULLONG: CALL_WITH((unsigned long long)c->v);
	case K_IMAX: CALL_WITH((intmax_t)c->v);
	case K_UMAX: CALL_WITH((uintmax_t)c->v);
	case K_PDIFF: CALL_WITH((ptrdiff_t)c->v);
	case K_SIZE: CALL_WITH((size_t)c->v);
	case K_STR: CALL_WITH(c->s);
	case K_PTR: CALL_WITH((void *)(uintptr_t)c->v);
	}
	return -2;
}

static void random_run(unsigned long iters, uint64_t seed)
{
	unsigned long i, failures = 0;
	struct rcase c;

	printf("printf: random run: %lu cases, seed %llu\n", iters,
	       (unsigned long long)seed);
	rng = seed;
	for (i = 0; i < iters; i++) {
		size_t n = BUFSZ;
		char *gp = gb, *up = ub;
		int rg, ru, ok;

		gen(&c);
		/* Now and then a short buffer, or none at all. */
		if (rndn(8) == 0) {
			n = rndn(48);
			if (n == 0 && rndn(2)) {
				gp = NULL;
				up = NULL;
			}
		}
		if (up)
			memset(ub, SENTINEL, sizeof ub);
		if (gp)
			memset(gb, SENTINEL, sizeof gb);
		rg = call(glibc_snprintf, gp, n, &c);
		ru = call(ul_snprintf, up, n, &c);
		ok = same_output(rg, ru, up ? n : 0);
		if (!up && n == 0)
			ok = rg == ru;
		CHECK(ok, "random case %lu (seed %llu)", i, (unsigned long long)seed);
		if (!ok && ++failures <= 3) {
			fprintf(stderr, "  format \"%s\", value %s 0x%llx", c.fmt,
				kind_name[c.kind], (unsigned long long)c.v);
			if (c.kind == K_STR)
				fprintf(stderr, " (\"%s\")", c.s ? c.s : "NULL");
			if (c.nw)
				fprintf(stderr, ", width arg %d", c.w);
			if (c.np)
				fprintf(stderr, ", precision arg %d", c.p);
			fprintf(stderr, ", buffer size %zu%s\n", n,
				up ? "" : " (NULL)");
			show("glibc", gp, rg, up ? n : 0);
			show("ul   ", up, ru, up ? n : 0);
		}
	}
}

int main(int argc, char **argv)
{
	unsigned long iters = 1000000;
	uint64_t seed = 0x5eed0f0bad5eedull;

	if (argc > 1)
		iters = strtoul(argv[1], NULL, 0);
	if (argc > 2)
		seed = strtoull(argv[2], NULL, 0);

	test_integers();
	test_chars_strings();
	test_pointers();
	test_count();
	test_truncation();
	test_vsnprintf();
	test_wide();
	test_positional();
	test_errors();
	random_run(iters, seed);
	return check_report("printf");
}
