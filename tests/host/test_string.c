/* <string.h> and <strings.h>: the library against glibc.
 *  - every fast function (ul_, the x86_64 versions, and ulg_, the portable
 *    ones) over random lengths 0..300, all source/destination alignments
 *    0..15, bytes 0x80..0xff included, results compared by sign;
 *  - memmove overlapping both ways;
 *  - strings and buffers ending exactly at a page followed by a PROT_NONE
 *    page, and starting exactly at one preceded by another: a read past
 *    either would fault;
 *  - the other functions on random and hand-picked cases; strerror,
 *    strerror_r and strsignal texts.
 * Usage: test_string [rounds [seed]] */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"
#include "ul.h"
#include "ul_strings.h"

int __xpg_strerror_r(int e, char *buf, size_t len);

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) { return check_xorshift(&rng); }
static unsigned rn(unsigned n) { return (unsigned)(rnd() % n); }

static int sgn(int x) { return (x > 0) - (x < 0); }

/* glibc through pointers so that the compiler computes nothing itself. */
static void *(*volatile g_memcpy)(void *, const void *, size_t) = memcpy;
static void *(*volatile g_memmove)(void *, const void *, size_t) = memmove;
static void *(*volatile g_memset)(void *, int, size_t) = memset;
static int (*volatile g_memcmp)(const void *, const void *, size_t) = memcmp;
static void *(*volatile g_memchr)(const void *, int, size_t) = memchr;
static char *(*volatile g_strchr)(const char *, int) = strchr;
static char *(*volatile g_strchrnul)(const char *, int) = strchrnul;
static int (*volatile g_strcmp)(const char *, const char *) = strcmp;

struct impl {
	const char *name;
	void *(*memcpy)(void *, const void *, size_t);
	void *(*memmove)(void *, const void *, size_t);
	void *(*memset)(void *, int, size_t);
	int (*memcmp)(const void *, const void *, size_t);
	void *(*memchr)(const void *, int, size_t);
	size_t (*strlen)(const char *);
	char *(*strchr)(const char *, int);
	char *(*strchrnul)(const char *, int);
};
static const struct impl impls[] = {
	{ "x86_64", ul_memcpy, ul_memmove, ul_memset, ul_memcmp, ul_memchr, ul_strlen, ul_strchr, ul_strchrnul },
	{ "portable", ulg_memcpy, ulg_memmove, ulg_memset, ulg_memcmp, ulg_memchr, ulg_strlen, ulg_strchr, ulg_strchrnul },
};

#define BUF 640
static unsigned char A[BUF], B[BUF], S[BUF], T[BUF];

static void fill(unsigned char *p, size_t n, int nonzero)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)rnd();
		if (nonzero && !c)
			c = 0x80;
		p[i] = c;
	}
}

static unsigned pick_len(void)
{
	unsigned r = rn(8);
	return r < 2 ? rn(17) : r < 4 ? rn(80) : rn(301);
}

static void random_mem(const struct impl *f, unsigned rounds)
{
	for (unsigned r = 0; r < rounds; r++) {
		unsigned n = pick_len(), sa = rn(16), da = rn(16);
		/* memcpy */
		fill(S, BUF, 0);
		fill(A, BUF, 0);
		memcpy(B, A, BUF);
		void *ru = f->memcpy(A + da, S + sa, n);
		g_memcpy(B + da, S + sa, n);
		CHECK(ru == A + da && !memcmp(A, B, BUF), "%s memcpy n=%u sa=%u da=%u", f->name, n, sa, da);
		/* memset, with c beyond a byte too */
		int c = rn(4) ? (int)rn(256) : (int)rnd();
		ru = f->memset(A + da, c, n);
		g_memset(B + da, c, n);
		CHECK(ru == A + da && !memcmp(A, B, BUF), "%s memset n=%u da=%u c=%d", f->name, n, da, c);
		/* memmove in one buffer, overlapping either way */
		fill(A, BUF, 0);
		memcpy(B, A, BUF);
		unsigned so = rn(320), dof = so + rn(40) - 20;
		if (dof > 320)
			dof = so;
		ru = f->memmove(A + dof, A + so, n);
		g_memmove(B + dof, B + so, n);
		CHECK(ru == A + dof && !memcmp(A, B, BUF), "%s memmove n=%u src=%u dst=%u", f->name, n, so, dof);
		/* memcmp: equal, or one byte differs (anywhere, any value) */
		fill(A + sa, n, 0);
		memcpy(B + da, A + sa, n);
		if (n && rn(4)) {
			unsigned k = rn(n);
			B[da + k] = (unsigned char)rnd();
			if (rn(2) && k + 1 < n)
				B[da + k + 1 + rn(n - k - 1)] ^= 0x80;
		}
		int e = g_memcmp(A + sa, B + da, n);
		CHECK(sgn(f->memcmp(A + sa, B + da, n)) == sgn(e), "%s memcmp n=%u sa=%u da=%u", f->name, n, sa, da);
		/* memchr for a byte present or not */
		c = rn(3) ? A[sa + (n ? rn(n) : 0)] : (int)rn(256);
		if (rn(8) == 0)
			c += 256 * (int)rn(4);
		CHECK(f->memchr(A + sa, c, n) == g_memchr(A + sa, c, n), "%s memchr n=%u sa=%u c=%d", f->name, n, sa, c);
		/* strings: n non-zero bytes, then garbage after the NUL */
		fill(T, BUF, 0);
		fill(T + sa, n, 1);
		T[sa + n] = 0;
		CHECK(f->strlen((char *)T + sa) == n, "%s strlen n=%u a=%u", f->name, n, sa);
		c = rn(3) ? T[sa + (n ? rn(n) : 0)] : rn(8) ? (int)rn(256) : 0;
		if (rn(8) == 0)
			c += 256;
		CHECK(f->strchr((char *)T + sa, c) == g_strchr((char *)T + sa, c), "%s strchr n=%u a=%u c=%d", f->name, n, sa, c);
		CHECK(f->strchrnul((char *)T + sa, c) == g_strchrnul((char *)T + sa, c), "%s strchrnul n=%u a=%u c=%d", f->name, n, sa, c);
	}
}

/* strcmp family on strings sharing a random prefix. */
static void random_str(unsigned rounds)
{
	static char a[BUF], b[BUF], d1[BUF], d2[BUF];
	for (unsigned r = 0; r < rounds; r++) {
		unsigned n = pick_len(), sa = rn(16), sb = rn(16), m = n ? rn(n + 1) : 0;
		fill((unsigned char *)a, BUF, 0);
		fill((unsigned char *)b, BUF, 0);
		fill((unsigned char *)a + sa, n, 1);
		a[sa + n] = 0;
		memcpy(b + sb, a + sa, n + 1);
		b[sb + n + 1] = 0;
		switch (rn(4)) {
		case 0: break;                                   /* equal */
		case 1: b[sb + m] = (char)rnd(); break;          /* differ or end */
		case 2: b[sb + m] = 0; break;                    /* b shorter */
		case 3: b[sb + m] = (char)(a[sa + m] ^ 0x80); if (!b[sb + m]) b[sb + m] = 1; break;
		}
		const char *x = a + sa, *y = b + sb;
		CHECK(sgn(ul_strcmp(x, y)) == sgn(g_strcmp(x, y)), "strcmp n=%u sa=%u sb=%u m=%u", n, sa, sb, m);
		CHECK(sgn(ul_strcmp(y, x)) == sgn(g_strcmp(y, x)), "strcmp rev n=%u sa=%u sb=%u", n, sa, sb);
		size_t k = rn(n + 3);
		CHECK(sgn(ul_strncmp(x, y, k)) == sgn(strncmp(x, y, k)), "strncmp n=%u k=%zu", n, k);
		CHECK(sgn(ul_strcoll(x, y)) == sgn(strcmp(x, y)), "strcoll");
		CHECK(sgn(ul_strcasecmp(x, y)) == sgn(strcasecmp(x, y)), "strcasecmp n=%u m=%u", n, m);
		CHECK(sgn(ul_strncasecmp(x, y, k)) == sgn(strncasecmp(x, y, k)), "strncasecmp n=%u k=%zu", n, k);
		/* copies */
		memset(d1, 0x55, BUF);
		memset(d2, 0x55, BUF);
		unsigned da = rn(16);
		CHECK(ul_strcpy(d1 + da, x) == d1 + da && (strcpy(d2 + da, x), !memcmp(d1, d2, BUF)), "strcpy n=%u", n);
		CHECK(ul_stpcpy(d1 + da, y) == stpcpy(d2 + da, y) - d2 + d1 && !memcmp(d1, d2, BUF), "stpcpy");
		CHECK(ul_strncpy(d1 + da, x, k) == d1 + da && (strncpy(d2 + da, x, k), !memcmp(d1, d2, BUF)), "strncpy k=%zu", k);
		CHECK(ul_stpncpy(d1 + da, y, k) == stpncpy(d2 + da, y, k) - d2 + d1 && !memcmp(d1, d2, BUF), "stpncpy");
		d1[da + 5] = d2[da + 5] = 0;
		if (5 + n < BUF - 20) {
			CHECK(ul_strcat(d1 + da, x) == d1 + da && (strcat(d2 + da, x), !memcmp(d1, d2, BUF)), "strcat");
			d1[da + 3] = d2[da + 3] = 0;
			CHECK(ul_strncat(d1 + da, y, k) == d1 + da && (strncat(d2 + da, y, k), !memcmp(d1, d2, BUF)), "strncat k=%zu", k);
		}
		CHECK(ul_strnlen(x, k) == strnlen(x, k), "strnlen");
		int c = n ? (unsigned char)x[rn(n)] : 'a';
		CHECK(ul_strrchr(x, c) == strrchr(x, c), "strrchr c=%d", c);
		CHECK(ul_strrchr(x, 0) == strrchr(x, 0), "strrchr nul");
		CHECK(ul_memrchr(x, c, n) == memrchr(x, c, n), "memrchr");
		CHECK(ul_index(x, c) == index(x, c) && ul_rindex(x, c) == rindex(x, c), "index/rindex");
		memset(d1, 0x55, BUF);
		memset(d2, 0x55, BUF);
		void *p1 = ul_memccpy(d1, x, c, n), *p2 = memccpy(d2, x, c, n);
		CHECK((p1 ? (char *)p1 - d1 : -1) == (p2 ? (char *)p2 - d2 : -1) && !memcmp(d1, d2, BUF), "memccpy");
		/* span functions with small random sets */
		char set[6];
		for (int i = 0; i < 5; i++)
			set[i] = n ? x[rn(n)] : 'q';
		set[rn(6)] = 0;
		set[5] = 0;
		CHECK(ul_strspn(x, set) == strspn(x, set), "strspn");
		CHECK(ul_strcspn(x, set) == strcspn(x, set), "strcspn");
		CHECK(ul_strpbrk(x, set) == strpbrk(x, set), "strpbrk");
		/* substring searches: a needle taken from the haystack or not */
		unsigned at = n ? rn(n) : 0, nl = rn(6);
		char needle[8];
		memcpy(needle, x + at, nl);
		needle[nl] = 0;
		if (rn(3) == 0 && nl)
			needle[rn(nl)] ^= 1;
		if (strlen(needle) < nl)
			needle[strlen(needle)] = 0;
		CHECK(ul_strstr(x, needle) == strstr(x, needle), "strstr");
		CHECK(ul_strcasestr(x, needle) == strcasestr(x, needle), "strcasestr");
		CHECK(ul_memmem(x, n, needle, strlen(needle)) == memmem(x, n, needle, strlen(needle)), "memmem");
	}
}

/* Pages: [guard][page][guard], both guards PROT_NONE. */
static unsigned char *page;
static long psz;

static void page_setup(void)
{
	psz = sysconf(_SC_PAGESIZE);
	unsigned char *m = mmap(0, 3 * psz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m == MAP_FAILED) {
		perror("mmap");
		exit(2);
	}
	mprotect(m, psz, PROT_NONE);
	mprotect(m + 2 * psz, psz, PROT_NONE);
	page = m + psz;
}

static void page_edges(const struct impl *f)
{
	unsigned char *end = page + psz;
	for (unsigned len = 0; len <= 200; len++) {
		/* A string whose NUL is the page's last byte, and a buffer of
		 * len bytes ending at the page's end. */
		char *s = (char *)end - len - 1;
		memset(page, 'x', psz);
		fill((unsigned char *)s, len, 1);
		s[len] = 0;
		CHECK(f->strlen(s) == len, "%s page strlen %u", f->name, len);
		CHECK(f->strchr(s, 0) == s + len, "%s page strchr nul %u", f->name, len);
		CHECK(f->strchr(s, 0x100 | 'y') == g_strchr(s, 'y'), "%s page strchr %u", f->name, len);
		CHECK(f->strchrnul(s, 0x7f) == g_strchrnul(s, 0x7f), "%s page strchrnul %u", f->name, len);
		unsigned char *b = end - len;
		CHECK(f->memchr(b, 0x100, len) == g_memchr(b, 0, len), "%s page memchr %u", f->name, len);
		memset(A, 0, len + 1);
		CHECK(f->memcmp(b, b, len) == 0, "%s page memcmp %u", f->name, len);
		f->memcpy(A, b, len);
		CHECK(!memcmp(A, b, len), "%s page memcpy %u", f->name, len);
		f->memmove(b, A, len);
		f->memset(b, 1, len);
		/* The same at the start of the page: loads may not go below. */
		s = (char *)page;
		memset(page, 'x', psz);
		fill((unsigned char *)s, len, 1);
		s[len] = 0;
		CHECK(f->strlen(s) == len, "%s page-start strlen %u", f->name, len);
		CHECK(f->strchr(s, 0x80) == g_strchr(s, 0x80), "%s page-start strchr %u", f->name, len);
		CHECK(f->memchr(s, 0x80, len) == g_memchr(s, 0x80, len), "%s page-start memchr %u", f->name, len);
		CHECK(sgn(f->memcmp(page, end - len, len)) == sgn(g_memcmp(page, end - len, len)), "%s page memcmp2 %u", f->name, len);
	}
}

/* strcmp and the other scanning functions with both strings ending at the
 * two ends of the page, every alignment. */
static void page_strcmp(void)
{
	unsigned char *end = page + psz;
	for (unsigned len = 0; len <= 100; len++)
		for (unsigned shift = 0; shift < 16; shift++) {
			char *a = (char *)end - len - 1, *b = (char *)page + 2048 + shift;
			fill((unsigned char *)a, len, 1);
			a[len] = 0;
			memcpy(b, a, len + 1);
			CHECK(ul_strcmp(a, b) == 0 && ul_strcmp(b, a) == 0, "page strcmp len=%u shift=%u", len, shift);
			CHECK(ul_strncmp(a, b, len + 5) == 0, "page strncmp");
			CHECK(ul_strnlen(a, len + 100) == len, "page strnlen");
			CHECK(ul_strrchr(a, 1) == strrchr(a, 1), "page strrchr");
			CHECK(ul_strcspn(a, "\x80\x81") == strcspn(a, "\x80\x81"), "page strcspn");
			char *cp = ul_strdup(a);
			CHECK(cp && !strcmp(cp, a), "page strdup");
			ul_free(cp);
			/* a at the very start, b ending at the end */
			a = (char *)page;
			b = (char *)end - len - 1;
			memmove(a, b, len + 1);
			CHECK(ul_strcmp(a, b) == 0, "page strcmp start len=%u", len);
			if (len) {
				a[len - 1] ^= 0x40;
				CHECK(sgn(ul_strcmp(a, b)) == sgn(strcmp(a, b)), "page strcmp differ");
			}
		}
}

/* Substring searches on two-letter texts: periodic needles, near misses. */
static void searches(unsigned rounds)
{
	char h[200], n[20];
	for (unsigned r = 0; r < rounds; r++) {
		unsigned hl = rn(150), nl = 1 + rn(14), alpha = 2 + rn(2);
		for (unsigned i = 0; i < hl; i++)
			h[i] = (char)('a' + rn(alpha));
		h[hl] = 0;
		if (hl > nl && rn(2)) {
			memcpy(n, h + rn(hl - nl), nl);
			if (rn(3) == 0)
				n[rn(nl)] ^= 1;
		} else
			for (unsigned i = 0; i < nl; i++)
				n[i] = rn(4) ? n[i % (1 + rn(3))] : (char)('a' + rn(alpha));
		n[0] = n[0] ? n[0] : 'a';
		n[nl] = 0;
		nl = (unsigned)strlen(n);
		CHECK(ul_strstr(h, n) == strstr(h, n), "strstr(\"%s\", \"%s\")", h, n);
		CHECK(ul_memmem(h, hl, n, nl) == memmem(h, hl, n, nl), "memmem(\"%s\", \"%s\")", h, n);
	}
	/* A long periodic case that a quadratic search would crawl through. */
	static char big[1 << 20], nd[1 << 12];
	memset(big, 'a', sizeof big - 1);
	memset(nd, 'a', sizeof nd - 1);
	nd[sizeof nd - 2] = 'b';
	CHECK(ul_strstr(big, nd) == 0, "long periodic miss");
	big[sizeof big - 2] = 'b';
	CHECK(ul_strstr(big, nd) == big + sizeof big - sizeof nd, "long periodic hit");
}

static void fixed(void)
{
	char buf[64];
	/* strtok and strtok_r */
	char t1[] = "  a,b;;c  ", t2[] = "  a,b;;c  ";
	char *s1, *s2, *sv = 0;
	const char *delim = " ,;";
	s1 = ul_strtok(t1, delim);
	s2 = strtok(t2, delim);
	for (int i = 0; i < 5; i++) {
		CHECK((s1 ? s1 - t1 : -1) == (s2 ? s2 - t2 : -1), "strtok step %d", i);
		s1 = ul_strtok(0, delim);
		s2 = strtok(0, delim);
	}
	char t3[] = "x";
	CHECK(ul_strtok_r(t3, "x", &sv) == 0 && ul_strtok_r(0, "x", &sv) == 0, "strtok_r all delimiters");
	char t4[] = "ab";
	CHECK(ul_strtok_r(t4, "", &sv) == t4 && ul_strtok_r(0, "", &sv) == 0, "strtok_r empty delim");
	/* strndup, strxfrm */
	char *d = ul_strndup("hello", 3);
	CHECK(d && !strcmp(d, "hel"), "strndup");
	ul_free(d);
	d = ul_strndup("hi", 10);
	CHECK(d && !strcmp(d, "hi"), "strndup short");
	ul_free(d);
	CHECK(ul_strxfrm(buf, "abc", sizeof buf) == 3 && !strcmp(buf, "abc"), "strxfrm");
	CHECK(ul_strxfrm(0, "abcdef", 0) == 6, "strxfrm size only");
	/* strstr corners */
	CHECK(ul_strstr("", "") != 0 && ul_strstr("abc", "") != 0, "strstr empty");
	CHECK(ul_strstr("aaab", "aab") && !strcmp(ul_strstr("aaab", "aab"), "aab"), "strstr retry");
	CHECK(ul_memmem("abc", 3, "", 0) != 0 && ul_memmem("ab", 2, "abc", 3) == 0, "memmem corners");
	CHECK(ul_strcasestr("Hello World", "WORLD") && !strcmp(ul_strcasestr("Hello World", "WORLD"), "World"), "strcasestr");
	/* ffs: long is 64-bit on this host build, so ffsl covers both */
	int xs[] = { 0, 1, 2, 3, 0x80, 0x40000000, (int)0x80000000u, -1, 12 };
	for (unsigned i = 0; i < sizeof xs / sizeof *xs; i++) {
		CHECK(ul_ffs(xs[i]) == ffs(xs[i]), "ffs(%d)", xs[i]);
		CHECK(ul_ffsl(xs[i]) == ffsl(xs[i]), "ffsl(%d)", xs[i]);
	}
	long long ys[] = { 0, 1, 1ll << 40, 1ll << 63, -1, 0x300000000ll };
	for (unsigned i = 0; i < sizeof ys / sizeof *ys; i++)
		CHECK(ul_ffsll(ys[i]) == ffsll(ys[i]), "ffsll(%lld)", ys[i]);
	memset(buf, 1, sizeof buf);
	ul_bzero(buf + 3, 10);
	CHECK(buf[2] == 1 && buf[3] == 0 && buf[12] == 0 && buf[13] == 1, "bzero");
	CHECK(ul_bcmp("abc", "abd", 3) != 0 && ul_bcmp("abc", "abd", 2) == 0, "bcmp");
	strcpy(buf, "abcdef");
	ul_bcopy(buf, buf + 1, 5);
	CHECK(!memcmp(buf, "aabcde", 6), "bcopy overlap");
	/* strerror: glibc's texts for every code it names, "Unknown error N"
	 * otherwise; strerror_r as __xpg_strerror_r. */
	for (int e = -3; e <= 140; e++) {
		const char *g = strerror(e);
		CHECK(!strcmp(ul_strerror(e), g), "strerror(%d) = \"%s\", glibc \"%s\"", e, ul_strerror(e), g);
		char ub[64], gb[64];
		int ru = ul_strerror_r(e, ub, sizeof ub);
		int rg = __xpg_strerror_r(e, gb, sizeof gb);
		CHECK(ru == rg && !strcmp(ub, gb), "strerror_r(%d): %d \"%s\", glibc %d \"%s\"", e, ru, ub, rg, gb);
		for (size_t len = 1; len < 12; len += 5) {
			memset(ub, 'z', sizeof ub);
			memset(gb, 'z', sizeof gb);
			ru = ul_strerror_r(e, ub, len);
			rg = __xpg_strerror_r(e, gb, len);
			CHECK(ru == rg && !memcmp(ub, gb, sizeof ub), "strerror_r(%d, %zu): %d \"%s\", glibc %d \"%s\"", e, len, ru, ub, rg, gb);
		}
	}
	CHECK(!strcmp(ul_strerror(100000), "Unknown error 100000"), "strerror large");
	CHECK(!strcmp(ul_strerror(-2147483647 - 1), strerror(-2147483647 - 1)), "strerror INT_MIN");
	/* strsignal: Linux's 1..31, unknown ones */
	for (int s = -1; s <= 31; s++) {
		if (s == 0)
			continue;
		CHECK(!strcmp(ul_strsignal(s), strsignal(s)), "strsignal(%d) = \"%s\", glibc \"%s\"", s, ul_strsignal(s), strsignal(s));
	}
	CHECK(!strcmp(ul_strsignal(200), "Unknown signal 200"), "strsignal unknown");
	/* every errno.h code has a text: read the header we ship */
	FILE *h = fopen("include/errno.h", "r");
	CHECK(h != 0, "open include/errno.h");
	if (h) {
		char line[256], name[64];
		int v, n = 0;
		while (fgets(line, sizeof line, h))
			if (sscanf(line, "#define %63s %d", name, &v) == 2 && name[0] == 'E') {
				n++;
				CHECK(strncmp(ul_strerror(v), "Unknown", 7) != 0, "no text for %s (%d)", name, v);
			}
		CHECK(n > 50, "errno.h codes read: %d", n);
		fclose(h);
	}
}

int main(int argc, char **argv)
{
	unsigned rounds = argc > 1 ? (unsigned)atoi(argv[1]) : 200000;
	if (argc > 2)
		rng = strtoull(argv[2], 0, 0) | 1;
	page_setup();
	for (unsigned i = 0; i < 2; i++) {
		random_mem(&impls[i], rounds);
		page_edges(&impls[i]);
	}
	random_str(rounds / 2);
	page_strcmp();
	searches(rounds);
	fixed();
	return check_report("string");
}
