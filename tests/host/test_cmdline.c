/* The command line on the host: deciding whether LoadOptions is text
 * (__cmdline_text_length) and splitting it into argv (__cmdline_split).
 * Known cases, a reference model for random blobs, a randomized round trip
 * (words quoted and escaped here, split by the library, compared), the
 * one-block vector, page accounting, and ENOMEM. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"
#include "ul.h"
#include "internal/cmdline.h"
#include "ref_utf8.h"

static int enc8(uint32_t c, char *o)
{
	return ref_utf8_encode(c, (uint8_t *)o);
}


long ul___cmdline_text_length(const void *blob, size_t bytes);
int ul___cmdline_split(const uint16_t *line, size_t n, const char *first, char ***argv,
		       void *(*alloc)(size_t));
/* Public (malloc.h); declared here as ul.h may not have it. */
size_t ul_malloc_usable_size(void *p);

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;

static uint64_t rnd(void)
{
	uint64_t x = rng_state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

static size_t u16len(const uint16_t *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n;
}

/* ---- __cmdline_text_length --------------------------------------------- */

/* Calls the library on an exactly-sized heap copy and on a copy at an odd
 * address; both must agree.  Stores the two answers. */
static long tl_both(const void *b, size_t bytes, long *unaligned)
{
	unsigned char *a = malloc(bytes ? bytes : 1);
	unsigned char *u = malloc(bytes + 1);
	if (bytes) {
		memcpy(a, b, bytes);
		memcpy(u + 1, b, bytes);
	}
	long r = ul___cmdline_text_length(a, bytes);
	*unaligned = ul___cmdline_text_length(u + 1, bytes);
	free(a);
	free(u);
	return r;
}

static void tl_check(const char *what, const void *b, size_t bytes, long want)
{
	long un;
	long got = tl_both(b, bytes, &un);
	CHECK(got == want && un == want, "text_length %s: got %ld (unaligned %ld), want %ld",
	      what, got, un, want);
}

#define TLB(what, want, ...) do { \
	static const unsigned char b_[] = { __VA_ARGS__ }; \
	tl_check(what, b_, sizeof b_, want); \
} while (0)

/* Units as little-endian bytes. */
#define TLU(what, want, ...) do { \
	static const uint16_t u_[] = { __VA_ARGS__ }; \
	unsigned char b_[sizeof u_]; \
	for (size_t i_ = 0; i_ < sizeof u_ / 2; i_++) { \
		b_[2 * i_] = (unsigned char)u_[i_]; \
		b_[2 * i_ + 1] = (unsigned char)(u_[i_] >> 8); \
	} \
	tl_check(what, b_, sizeof b_, want); \
} while (0)

/* The reference: the rules of cmdline.h, written out separately. */
static int blank(uint16_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static long ref_text_length(const unsigned char *b, size_t bytes)
{
	if (!b || bytes == 0 || bytes % 2)
		return -1;
	size_t n = bytes / 2, z = n;
	uint16_t *u = malloc(n * sizeof *u);
	for (size_t i = 0; i < n; i++)
		u[i] = (uint16_t)(b[2 * i] | b[2 * i + 1] << 8);
	for (size_t i = 0; i < n; i++)
		if (!u[i]) {
			z = i;
			break;
		}
	long r = (long)z;
	/* Only zeros after the terminator. */
	for (size_t i = 2 * z; i < bytes; i++)
		if (b[i])
			r = -1;
	int plain = 1;
	for (size_t i = 0; i < z && r >= 0; i++) {
		uint16_t c = u[i];
		if ((c >= 0x20 && c <= 0x7E) || blank(c))
			continue;
		plain = 0;
		if (c < 0xA0 || c >= 0xFFFE)
			r = -1;
		else if (c >= 0xD800 && c <= 0xDBFF) {
			if (i + 1 < z && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF)
				i++;
			else
				r = -1;
		} else if (c >= 0xDC00 && c <= 0xDFFF)
			r = -1;
	}
	if (z == n && !plain)
		r = -1;
	free(u);
	return r;
}

static void text_length(void)
{
	long un;
	CHECK(ul___cmdline_text_length(NULL, 0) == -1, "text_length(NULL, 0) is -1");
	CHECK(ul___cmdline_text_length(NULL, 8) == -1, "text_length(NULL, 8) is -1");
	{
		unsigned char *p = malloc(1);
		CHECK(ul___cmdline_text_length(p, 0) == -1, "zero bytes is not a command line");
		free(p);
	}
	TLB("1 byte", -1, 'a');
	TLB("1 zero byte", -1, 0);
	TLB("3 bytes", -1, 'a', 0, 'b');
	TLB("3 bytes ending in NUL", -1, 'a', 0, 0);
	TLB("5 bytes", -1, 'a', 0, 'b', 0, 0);
	TLU("NUL only", 0, 0);
	TLU("NUL and zeros", 0, 0, 0, 0);
	TLU("text with NUL", 3, 'a', 'b', 'c', 0);
	TLU("text with NUL and trailing zeros", 3, 'a', 'b', 'c', 0, 0, 0);
	TLU("NUL then text", -1, 'a', 0, 'b');
	TLU("NUL then text then NUL", -1, 'a', 0, 'b', 0);
	TLU("NUL first then non-zero", -1, 0, 'a');
	TLB("NUL then one non-zero high byte", -1, 'a', 0, 0, 0, 0, 1);
	TLB("NUL then one non-zero low byte", -1, 'a', 0, 0, 0, 1, 0);
	TLU("plain ASCII without NUL", 11, 'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd');
	TLU("one ASCII unit without NUL", 1, 'x');
	TLU("ASCII with tab, CR, LF, no NUL", 5, 'a', '\t', 'b', '\r', '\n');
	TLU("ASCII with tab, CR, LF and NUL", 5, 'a', '\t', 'b', '\r', '\n', 0);
	TLU("all printable ASCII, no NUL", 3, ' ', '~', '!');
	TLU("e-acute without NUL", -1, 0xE9);
	TLU("e-acute with NUL", 1, 0xE9, 0);
	TLU("ASCII then euro, no NUL", -1, 'a', 0x20AC);
	TLU("euro with NUL", 2, 'a', 0x20AC, 0);
	TLU("CJK with NUL", 2, 0x65E5, 0x672C, 0);
	TLU("U+FFFE", -1, 'a', 0xFFFE, 0);
	TLU("U+FFFF", -1, 'a', 0xFFFF, 0);
	TLU("U+FFFD", 1, 0xFFFD, 0);
	TLU("U+00A0", 1, 0xA0, 0);
	TLU("U+007E", 1, 0x7E, 0);
	TLU("surrogate pair with NUL", 3, 'a', 0xD83D, 0xDE00, 0);
	TLU("surrogate pair without NUL", -1, 'a', 0xD83D, 0xDE00);
	TLU("U+10FFFF", 2, 0xDBFF, 0xDFFF, 0);
	TLU("two pairs", 4, 0xD800, 0xDC00, 0xDBFF, 0xDFFF, 0);
	TLU("lone high surrogate", -1, 0xD800, 'a', 0);
	TLU("lone low surrogate", -1, 'a', 0xDC00, 0);
	TLU("low then high", -1, 0xDC00, 0xD800, 0);
	TLU("high, high, low", -1, 0xD800, 0xD800, 0xDC00, 0);
	TLU("high surrogate as the last unit", -1, 'a', 0xD800);
	TLU("high surrogate then NUL", -1, 'a', 0xD800, 0);
	TLU("high surrogate then blank", -1, 0xD800, ' ', 0xDC00, 0);
	TLB("GUID", -1, 0x4e, 0xac, 0x08, 0x81, 0x11, 0x9f, 0x59, 0x4d,
	    0x85, 0x0e, 0xe2, 0x1a, 0x52, 0x2c, 0x59, 0xb2);
	/* Bytes that read as letters pair up into CJK units: no NUL, not ASCII. */
	TLB("letter bytes packed into non-ASCII units", -1, 'A', 'B', 'C', 'D');

	/* Every unit alone, with and without a terminator. */
	unsigned long bad = 0;
	for (uint32_t c = 0; c < 0x10000; c++) {
		unsigned char with[4] = { (unsigned char)c, (unsigned char)(c >> 8), 0, 0 };
		long want_with, want_without;
		if (c == 0) {
			want_with = want_without = 0;
		} else if ((c < 0x20 && !blank((uint16_t)c)) || (c >= 0x7F && c <= 0x9F) ||
			   (c >= 0xD800 && c <= 0xDFFF) || c >= 0xFFFE) {
			want_with = want_without = -1;
		} else {
			want_with = 1;
			want_without = c <= 0x7E ? 1 : -1;
		}
		long got = tl_both(with, 4, &un);
		bad += got != want_with || un != want_with;
		got = tl_both(with, 2, &un);
		bad += got != want_without || un != want_without;
		if (bad && bad < 4)
			fprintf(stderr, "unit %04X: with NUL %ld, without %ld\n", c,
				ul___cmdline_text_length(with, 4), ul___cmdline_text_length(with, 2));
	}
	CHECK(bad == 0, "every unit alone, with and without NUL: %lu bad", bad);

	/* The control characters by name. */
	int ok = 1;
	for (uint16_t c = 1; c < 0x20; c++) {
		unsigned char b[6] = { 'a', 0, (unsigned char)c, 0, 0, 0 };
		long want = blank(c) ? 2 : -1;
		ok &= ul___cmdline_text_length(b, 6) == want;
	}
	CHECK(ok, "controls rejected except tab, CR, LF");
	ok = 1;
	for (uint16_t c = 0x7F; c <= 0x9F; c++) {
		unsigned char b[4] = { (unsigned char)c, 0, 0, 0 };
		ok &= ul___cmdline_text_length(b, 4) == -1;
	}
	CHECK(ok, "0x7F..0x9F rejected");

	/* A long ASCII command line without a terminator. */
	{
		size_t n = 5000;
		unsigned char *b = malloc(2 * n);
		for (size_t i = 0; i < n; i++) {
			b[2 * i] = (unsigned char)(i % 7 ? 'a' + i % 26 : ' ');
			b[2 * i + 1] = 0;
		}
		tl_check("5000 ASCII units, no NUL", b, 2 * n, (long)n);
		b[2 * n - 1] = 0x20;       /* the last unit becomes U+2061 */
		tl_check("5000 units, last non-ASCII, no NUL", b, 2 * n, -1);
		free(b);
	}

	/* Random blobs against the reference. */
	bad = 0;
	for (int t = 0; t < 300000; t++) {
		unsigned char b[48];
		size_t bytes = rnd() % 41;
		size_t i = 0;
		while (i + 1 < bytes) {
			uint64_t r = rnd();
			uint16_t c;
			switch (r % 12) {
			case 0: c = 0; break;
			case 1: c = (uint16_t)((r >> 8) % 0x20); break;
			case 2: c = (uint16_t)(0x7E + (r >> 8) % 0x24); break;
			case 3: c = (uint16_t)(0xD800 + (r >> 8) % 0x400); break;
			case 4: c = (uint16_t)(0xDC00 + (r >> 8) % 0x400); break;
			case 5: c = (uint16_t)(0xFFFC + (r >> 8) % 4); break;
			case 6: c = (uint16_t)(r >> 8); break;
			case 7:     /* a whole pair */
				c = (uint16_t)(0xD800 + (r >> 8) % 0x400);
				if (i + 3 < bytes) {
					b[i] = (unsigned char)c;
					b[i + 1] = (unsigned char)(c >> 8);
					i += 2;
					c = (uint16_t)(0xDC00 + (r >> 20) % 0x400);
				}
				break;
			default: c = (uint16_t)(0x20 + (r >> 8) % 0x5F); break;
			}
			b[i] = (unsigned char)c;
			b[i + 1] = (unsigned char)(c >> 8);
			i += 2;
		}
		if (i < bytes)
			b[i] = (unsigned char)rnd();
		/* Often: a terminator and zeros after it, sometimes spoiled. */
		if (bytes >= 4 && rnd() % 2) {
			size_t z = 2 * (rnd() % (bytes / 2));
			for (size_t k = z; k < bytes; k++)
				b[k] = 0;
			if (bytes > z + 2 && rnd() % 4 == 0)
				b[z + 2 + rnd() % (bytes - z - 2)] = (unsigned char)(1 + rnd() % 255);
		}
		long want = ref_text_length(b, bytes);
		long got = tl_both(b, bytes, &un);
		if ((got != want || un != want) && bad++ < 5) {
			fprintf(stderr, "text_length: got %ld (unaligned %ld), want %ld for", got, un, want);
			for (size_t k = 0; k < bytes; k++)
				fprintf(stderr, " %02X", b[k]);
			fputc('\n', stderr);
		}
	}
	CHECK(bad == 0, "300000 random blobs against the reference: %lu bad", bad);
}

/* ---- __cmdline_split ----------------------------------------------------- */

/* Splits an exactly-sized heap copy of line and compares with want;
 * checks argv[argc] == NULL and that the vector and all strings lie in the
 * one block.  Returns 1 when all agreed. */
static int split_check(const char *what, const uint16_t *line, size_t n, const char *first,
		       int wantc, const char *const *want)
{
	uint16_t *in = malloc(n ? n * sizeof *in : 1);
	if (n)
		memcpy(in, line, n * sizeof *in);
	char **argv = NULL;
	ul_errno = 0;
	int argc = ul___cmdline_split(in, n, first, &argv, ul_malloc);
	free(in);
	int ok = argc == wantc && argv != NULL;
	if (ok)
		ok = argv[argc] == NULL;
	for (int i = 0; ok && i < argc; i++)
		ok = argv[i] && strcmp(argv[i], want[i]) == 0;
	if (ok && first)
		ok = argv[0] != first;
	if (ok) {
		/* One block: everything within the allocation, nothing overlapping. */
		char *lo = (char *)argv, *hi = lo + ul_malloc_usable_size(argv);
		char *strs = (char *)(argv + argc + 1);
		for (int i = 0; ok && i < argc; i++) {
			size_t len = strlen(argv[i]) + 1;
			ok = argv[i] >= strs && argv[i] + len <= hi;
			for (int j = 0; ok && j < i; j++) {
				size_t lj = strlen(argv[j]) + 1;
				ok = argv[i] + len <= argv[j] || argv[j] + lj <= argv[i];
			}
		}
	}
	if (!ok) {
		fprintf(stderr, "split %s: argc %d (want %d)\n", what, argc, wantc);
		for (int i = 0; argc > 0 && argv && i <= argc; i++) {
			fprintf(stderr, "  [%d] ", i);
			if (!argv[i])
				fprintf(stderr, "NULL");
			else
				for (const unsigned char *p = (const unsigned char *)argv[i]; *p; p++)
					fprintf(stderr, *p >= 0x20 && *p < 0x7F ? "%c" : "\\x%02X", *p);
			if (i < wantc)
				fprintf(stderr, "   want \"%s\"", want[i]);
			fputc('\n', stderr);
		}
	}
	if (argc >= 0)
		ul_free(argv);
	return ok;
}

struct split_case {
	const char *what;
	const uint16_t *line;
	const char *first;
	int argc;
	const char *argv[6];
};

/* Lines here have no NUL inside, so their length is u16len. */
static const struct split_case cases[] = {
	{ "empty line", u"", NULL, 0, { 0 } },
	{ "only spaces", u"    ", NULL, 0, { 0 } },
	{ "only blanks of each kind", u" \t\r\n\n\r\t ", NULL, 0, { 0 } },
	{ "one word", u"abc", NULL, 1, { "abc" } },
	{ "leading and trailing spaces", u"   a  ", NULL, 1, { "a" } },
	{ "multiple spaces", u"a   b    c", NULL, 3, { "a", "b", "c" } },
	{ "tabs", u"\ta\t\tb\t", NULL, 2, { "a", "b" } },
	{ "CRs", u"\ra\r\rb\r", NULL, 2, { "a", "b" } },
	{ "LFs", u"\na\n\nb\n", NULL, 2, { "a", "b" } },
	{ "CRLF and mixed blanks", u" \t\r\nfoo \t\r\n bar\r\n", NULL, 2, { "foo", "bar" } },
	{ "other controls are not blanks", u"a\x0B" u"b\x0C" u"c", NULL, 1, { "a\vb\fc" } },
	{ "quotes in the middle of a word", u"a\"b c\"d", NULL, 1, { "ab cd" } },
	{ "quoted blanks of each kind", u"\" \t\r\n\"", NULL, 1, { " \t\r\n" } },
	{ "\"\" is one empty word", u"\"\"", NULL, 1, { "" } },
	{ "\"\"\"\" is one empty word", u"\"\"\"\"", NULL, 1, { "" } },
	{ "empty words between words", u"a \"\" b", NULL, 3, { "a", "", "b" } },
	{ "two empty words", u"\"\" \"\"", NULL, 2, { "", "" } },
	{ "empty word with blanks around", u"  \"\"  ", NULL, 1, { "" } },
	{ "adjacent quoted parts", u"\"a\"\"b\"", NULL, 1, { "ab" } },
	{ "alternating quoted parts", u"\"a\"b\"c\"", NULL, 1, { "abc" } },
	{ "unbalanced quote runs to the end", u"\"a b", NULL, 1, { "a b" } },
	{ "unbalanced quote keeps trailing blanks", u"x \"a b  ", NULL, 2, { "x", "a b  " } },
	{ "lone quote is an empty word", u"\"", NULL, 1, { "" } },
	{ "lone quote after a word", u"a \"", NULL, 2, { "a", "" } },
	{ "caret escapes a quote", u"^\"", NULL, 1, { "\"" } },
	{ "caret-quote inside a word", u"a^\"b", NULL, 1, { "a\"b" } },
	{ "caret escapes a space", u"a^ b", NULL, 1, { "a b" } },
	{ "caret escapes a tab", u"a^\tb", NULL, 1, { "a\tb" } },
	{ "caret escapes a trailing blank", u"a^ ", NULL, 1, { "a " } },
	{ "caret escapes a caret", u"^^", NULL, 1, { "^" } },
	{ "three carets", u"^^^", NULL, 1, { "^^" } },
	{ "caret as last character is kept", u"a^", NULL, 1, { "a^" } },
	{ "caret alone", u"^", NULL, 1, { "^" } },
	{ "caret alone as a second word", u"a ^", NULL, 2, { "a", "^" } },
	{ "caret before a letter", u"^a^b", NULL, 1, { "ab" } },
	{ "escaped quotes at both ends", u"^\"a b^\"", NULL, 2, { "\"a", "b\"" } },
	{ "escaped quote inside quotes", u"\"a^\"b\"", NULL, 1, { "a\"b" } },
	{ "escaped caret inside quotes", u"\"^^\"", NULL, 1, { "^" } },
	{ "escaped quote then blank inside quotes", u"\"a ^\" b\"", NULL, 1, { "a \" b" } },
	{ "caret last inside open quote", u"\"^", NULL, 1, { "^" } },
	{ "escaped blank inside quotes", u"\"a^ b\"", NULL, 1, { "a b" } },
	{ "e-acute", u"\u00E9", NULL, 1, { "\xC3\xA9" } },
	{ "euro and CJK", u"\u20AC \u65E5\u672C", NULL, 2, { "\xE2\x82\xAC", "\xE6\x97\xA5\xE6\x9C\xAC" } },
	{ "quoted CJK with blank", u"\"\u65E5\u672C \u8A9E\"", NULL, 1,
	  { "\xE6\x97\xA5\xE6\x9C\xAC \xE8\xAA\x9E" } },
	{ "escaped non-ASCII", u"^\u00E9", NULL, 1, { "\xC3\xA9" } },
	{ "surrogate pair", u"\U0001F600", NULL, 1, { "\xF0\x9F\x98\x80" } },
	{ "surrogate pair in a word", u"a\U0001F600b \U0010FFFF", NULL, 2,
	  { "a\xF0\x9F\x98\x80" "b", "\xF4\x8F\xBF\xBF" } },
	{ "escaped surrogate pair", u"^\U0001F600", NULL, 1, { "\xF0\x9F\x98\x80" } },
	{ "quoted surrogate pair", u"\"\U0001F600\"", NULL, 1, { "\xF0\x9F\x98\x80" } },
	{ "lone high surrogate", u"\xD800" u"a", NULL, 1, { "\xEF\xBF\xBD" "a" } },
	{ "lone low surrogate", u"a\xDC00", NULL, 1, { "a\xEF\xBF\xBD" } },
	{ "high surrogate at the end", u"a b\xDBFF", NULL, 2, { "a", "b\xEF\xBF\xBD" } },
	{ "pair split by a blank", u"\xD800 \xDC00", NULL, 2, { "\xEF\xBF\xBD", "\xEF\xBF\xBD" } },
	{ "low then high", u"\xDC00\xD800", NULL, 1, { "\xEF\xBF\xBD\xEF\xBF\xBD" } },
	/* Quotes are removed before conversion, so the units meet. */
	{ "pair around removed quotes", u"\xD800\"\"\xDC00", NULL, 1, { "\xF0\x90\x80\x80" } },
	{ "first before words", u"a b", "prog", 3, { "prog", "a", "b" } },
	{ "first with an empty line", u"", "prog", 1, { "prog" } },
	{ "first with only blanks", u" \t ", "prog", 1, { "prog" } },
	{ "empty first", u"", "", 1, { "" } },
	{ "empty first before an empty word", u"\"\"", "", 2, { "", "" } },
	{ "first is copied verbatim", u"x", "\\EFI\\b\xC3\xA9 t^\"o\".efi", 2,
	  { "\\EFI\\b\xC3\xA9 t^\"o\".efi", "x" } },
};
#define NCASES (sizeof cases / sizeof *cases)

static int run_case(const struct split_case *c)
{
	return split_check(c->what, c->line, u16len(c->line), c->first, c->argc, c->argv);
}

static void pages_like_malloc(const char *what, const uint16_t *line, size_t n, const char *first);

static void split_cases(void)
{
	for (size_t i = 0; i < NCASES; i++)
		CHECK(run_case(&cases[i]), "split: %s", cases[i].what);

	/* No line at all, as args.c passes it when LoadOptions is not text. */
	{
		char **argv = NULL;
		int r = ul___cmdline_split(NULL, 0, "name", &argv, ul_malloc);
		CHECK(r == 1 && argv && !strcmp(argv[0], "name") && !argv[1], "split(NULL, 0, \"name\")");
		if (r >= 0)
			ul_free(argv);
		argv = NULL;
		r = ul___cmdline_split(NULL, 0, NULL, &argv, ul_malloc);
		CHECK(r == 0 && argv && !argv[0], "split(NULL, 0, NULL) gives an empty vector");
		if (r >= 0)
			ul_free(argv);
	}

	/* n limits the line: units beyond it are never read or used. */
	{
		static const char *const want[] = { "ab" };
		CHECK(split_check("n cuts the line", u"ab cd", 2, NULL, 1, want), "split: n cuts the line");
		CHECK(split_check("n = 0", u"ab", 0, NULL, 0, want), "split: n = 0 gives no words");
		static const char *const want2[] = { "a", "^" };
		CHECK(split_check("n cuts after a caret", u"a ^b", 3, NULL, 2, want2),
		      "split: caret last within n is kept");
		static const char *const want3[] = { "\xEF\xBF\xBD" };
		CHECK(split_check("n cuts a pair", u"\U0001F600", 1, NULL, 1, want3),
		      "split: a pair cut by n gives U+FFFD");
	}

	/* Many words: the vector is a large block. */
	{
		size_t words = 3000, n = 0;
		uint16_t *line = malloc(words * 3 * sizeof *line);
		const char **want = malloc(words * sizeof *want);
		static const char *const names[] = { "a", "bc", "\xC3\xA9", "" };
		for (size_t i = 0; i < words; i++) {
			switch (i % 4) {
			case 0: line[n++] = 'a'; break;
			case 1: line[n++] = 'b'; line[n++] = 'c'; break;
			case 2: line[n++] = 0xE9; break;
			default: line[n++] = '"'; line[n++] = '"'; break;
			}
			want[i] = names[i % 4];
			line[n++] = i % 3 ? ' ' : '\t';
		}
		CHECK(split_check("3000 words", line, n, NULL, (int)words, want), "split: 3000 words");
		pages_like_malloc("3000 words", line, n, NULL);
		/* One long word of 4000 units, escaped blanks inside. */
		n = 0;
		char *w = malloc(4001);
		for (size_t i = 0; i < 2000; i++) {
			line[n++] = '^';
			line[n++] = ' ';
			w[i] = ' ';
		}
		w[2000] = 0;
		CHECK(split_check("one long word", line, n, "p", 2, (const char *const[]){ "p", w }),
		      "split: one word of 2000 escaped blanks");
		pages_like_malloc("one long word", line, n, "p");
		free(w);
		free(want);
		free(line);
	}

	/* The worst case for the UTF-8 size, three bytes a unit: long words of
	 * CJK, quoted and escaped, so that a block sized too small for the text
	 * would show as strings running past its capacity. */
	for (size_t len = 1; len <= 400; len = len * 3 + 1) {
		uint16_t *line = malloc((3 * len + 8) * sizeof *line);
		char *w1 = malloc(3 * len + 1), *w2 = malloc(3 * len + 1);
		size_t n = 0;
		for (size_t i = 0; i < len; i++) {
			line[n++] = 0x8A9E;
			memcpy(w1 + 3 * i, "\xE8\xAA\x9E", 3);
		}
		w1[3 * len] = 0;
		line[n++] = ' ';
		line[n++] = '"';
		for (size_t i = 0; i < len; i++) {
			if (i % 2)
				line[n++] = '^';
			line[n++] = 0xFFEE;
			memcpy(w2 + 3 * i, "\xEF\xBF\xAE", 3);
		}
		w2[3 * len] = 0;
		line[n++] = '"';
		const char *want[2] = { w1, w2 };
		CHECK(split_check("CJK words", line, n, NULL, 2, want),
		      "split: two words of %zu three-byte characters", len);
		free(w1);
		free(w2);
		free(line);
	}
}

/* From an empty heap, splitting and freeing leaves the allocator holding
 * exactly what a malloc and free of the vector's size would: free(argv)
 * released the one block there was. */
static void pages_like_malloc(const char *what, const uint16_t *line, size_t n, const char *first)
{
	ul___malloc_release_all();
	char **argv = NULL;
	int r = ul___cmdline_split(line, n, first, &argv, ul_malloc);
	size_t cap = r >= 0 ? ul_malloc_usable_size(argv) : 0;
	if (r >= 0)
		ul_free(argv);
	long after_split = host_pages_outstanding;
	ul___malloc_release_all();
	ul_free(ul_malloc(cap));
	long after_malloc = host_pages_outstanding;
	ul___malloc_release_all();
	CHECK(r >= 0 && after_split == after_malloc,
	      "pages after split+free of \"%s\": %ld, after malloc(%zu)+free: %ld",
	      what, after_split, cap, after_malloc);
}

/* Repeated splitting and freeing does not hold on to more pages. */
static void page_accounting(void)
{
	ul___malloc_release_all();
	long base = host_pages_outstanding;
	for (size_t i = 0; i < NCASES; i++)
		run_case(&cases[i]);
	long after_one = host_pages_outstanding;
	for (int round = 0; round < 300; round++)
		for (size_t i = 0; i < NCASES; i++)
			run_case(&cases[i]);
	CHECK(host_pages_outstanding == after_one,
	      "300 rounds of split/free: pages steady (%ld after one round, %ld after 300)",
	      after_one, host_pages_outstanding);
	/* Every vector was freed: nothing but empty slabs held; giving those
	 * back returns to the start. */
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == base, "after release_all pages back to %ld", base);
	for (size_t i = 0; i < NCASES; i++)
		pages_like_malloc(cases[i].what, cases[i].line, u16len(cases[i].line), cases[i].first);
}

static void enomem(void)
{
	static const uint16_t line[] = { 'a', ' ', 'b', ' ', 0xE9 };
	char **argv;
	for (int with_first = 0; with_first < 2; with_first++) {
		ul___malloc_release_all();
		host_pages_fail_after = 0;
		argv = NULL;
		ul_errno = 0;
		int r = ul___cmdline_split(line, 5, with_first ? "prog" : NULL, &argv, ul_malloc);
		host_pages_fail_after = -1;
		CHECK(r == -1 && ul_errno == ENOMEM, "no pages: split returns -1/ENOMEM (got %d, errno %d)%s",
		      r, ul_errno, with_first ? " with first" : "");
	}
	/* A large vector (its own page run), no pages. */
	{
		size_t n = 4000;
		uint16_t *big = malloc(n * sizeof *big);
		for (size_t i = 0; i < n; i++)
			big[i] = i % 2 ? ' ' : 'x';
		ul___malloc_release_all();
		host_pages_fail_after = 0;
		ul_errno = 0;
		int r = ul___cmdline_split(big, n, NULL, &argv, ul_malloc);
		host_pages_fail_after = -1;
		CHECK(r == -1 && ul_errno == ENOMEM, "no pages, large line: -1/ENOMEM (got %d)", r);
		free(big);
	}
	/* Even an empty line needs a vector. */
	ul___malloc_release_all();
	host_pages_fail_after = 0;
	ul_errno = 0;
	int r = ul___cmdline_split(line, 0, NULL, &argv, ul_malloc);
	host_pages_fail_after = -1;
	CHECK(r == -1 && ul_errno == ENOMEM, "no pages, empty line: -1/ENOMEM (got %d)", r);

	/* After ExitBootServices malloc refuses too. */
	host_set_available(0);
	ul_errno = 0;
	r = ul___cmdline_split(line, 5, NULL, &argv, ul_malloc);
	host_set_available(1);
	CHECK(r == -1 && ul_errno == ENOMEM, "platform gone: -1/ENOMEM (got %d)", r);

	/* And it works again afterwards. */
	static const char *const want[] = { "a", "b", "\xC3\xA9" };
	CHECK(split_check("after ENOMEM", line, 5, NULL, 3, want), "split works again after ENOMEM");
}

/* ---- the randomized round trip ----------------------------------------- */

static int enc16(uint32_t c, uint16_t *o)
{
	if (c < 0x10000) {
		o[0] = (uint16_t)c;
		return 1;
	}
	o[0] = (uint16_t)(0xD800 | (c - 0x10000) >> 10);
	o[1] = (uint16_t)(0xDC00 | (c & 0x3FF));
	return 2;
}

static uint32_t random_cp(void)
{
	static const uint32_t special[] = { ' ', '\t', '\r', '\n', '"', '^', '^', '"', 0xE9, 0x20AC,
					    0x65E5, 0x1F600, 0x10FFFF, 0xFFFD, 0x7F, 1 };
	uint64_t r = rnd();
	switch (r % 6) {
	case 0: case 1: return special[(r >> 8) % (sizeof special / sizeof *special)];
	case 2: case 3: return (uint32_t)(0x21 + (r >> 8) % 0x5E);
	default: {
		uint32_t c;
		do
			c = (uint32_t)(1 + (r >> 8) % 0x10FFFF);
		while ((c >= 0xD800 && c <= 0xDFFF) && (r = rnd()));
		return c;
	}
	}
}

/* Appends the word's code points to line, quoted and escaped one of
 * several ways.  last: the final word, which may leave a quote open. */
static size_t quote_word(const uint32_t *w, size_t len, int last, uint16_t *line, size_t n)
{
	int how = (int)(rnd() % 4), quoted = 0;
	if (how == 1) {
		line[n++] = '"';
		quoted = 1;
	}
	if (len == 0 && how != 1) {
		line[n++] = '"';
		line[n++] = '"';
		if (rnd() % 2) {
			line[n++] = '"';
			line[n++] = '"';
		}
	}
	for (size_t i = 0; i < len; i++) {
		uint32_t c = w[i];
		if (how >= 2 && rnd() % 4 == 0) {      /* toggle quoting mid-word */
			line[n++] = '"';
			quoted = !quoted;
		}
		int special = c == '"' || c == '^' || (!quoted && c < 0x80 && blank((uint16_t)c));
		if (special || (how == 3 && rnd() % 5 == 0))
			line[n++] = '^';           /* also needless escapes */
		n += (size_t)enc16(c, line + n);
	}
	/* The last word may leave its quote open: it runs to the end. */
	if (quoted && !(last && rnd() % 2))
		line[n++] = '"';
	return n;
}

static void round_trip(void)
{
	enum { MAXW = 8, MAXL = 10 };
	static const uint16_t blanks[] = { ' ', '\t', '\r', '\n' };
	unsigned long bad = 0;
	for (int t = 0; t < 200000; t++) {
		uint32_t words[MAXW][MAXL];
		size_t lens[MAXW];
		char utf8[MAXW + 1][MAXL * 4 + 1];
		const char *want[MAXW + 1];
		uint16_t line[MAXW * (MAXL * 4 + 8) + 8];
		size_t nw = rnd() % (MAXW + 1), n = 0;
		const char *first = rnd() % 3 ? NULL : rnd() % 2 ? "" : "\\EFI\\prog \xC3\xA9.efi";
		int k = 0;
		if (first)
			want[k++] = first;
		for (size_t i = 0; i < rnd() % 3; i++)
			line[n++] = blanks[rnd() % 4];
		for (size_t i = 0; i < nw; i++) {
			lens[i] = rnd() % (MAXL + 1);
			size_t o = 0;
			for (size_t j = 0; j < lens[i]; j++) {
				words[i][j] = random_cp();
				o += (size_t)enc8(words[i][j], utf8[i] + o);
			}
			utf8[i][o] = 0;
			want[k++] = utf8[i];
			if (i)
				for (size_t b = 1 + rnd() % 3; b; b--)
					line[n++] = blanks[rnd() % 4];
			size_t before = n;
			n = quote_word(words[i], lens[i], i + 1 == nw, line, n);
			/* A word left with its quote open ends the line. */
			int open = 0;
			for (size_t j = before; j < n; j++) {
				if (line[j] == '^')
					j++;
				else if (line[j] == '"')
					open = !open;
			}
			if (open) {
				nw = i + 1;
				goto done;
			}
		}
		for (size_t i = 0; i < rnd() % 3; i++)
			line[n++] = blanks[rnd() % 4];
	done:
		if (!split_check("round trip", line, n, first, k, want)) {
			if (bad++ < 3) {
				fprintf(stderr, "  line:");
				for (size_t j = 0; j < n; j++)
					fprintf(stderr, " %04X", line[j]);
				fputc('\n', stderr);
			}
		}
	}
	CHECK(bad == 0, "200000 random argv round trips: %lu bad", bad);
}

int main(void)
{
	text_length();
	split_cases();
	page_accounting();
	enomem();
	round_trip();
	return check_report("cmdline");
}
