/* iconv against glibc: every pair of the charsets, random text (valid,
 * then mutated), converted in pieces through output buffers of random
 * sizes; the result, errno, the bytes consumed and written must agree at
 * every call.  Then names, suffixes, byte-order marks, reset, and the
 * places where the library follows the standard and not glibc, by hand. */
#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ul.h"

void *ul_iconv_open(const char *tocode, const char *fromcode);
size_t ul_iconv(void *cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft);
int ul_iconv_close(void *cd);

static uint64_t rng = 0x1c0417e57ull;
static unsigned rn(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

/* Our name, glibc's name for the same thing (wchar_t is UTF-16 here, UCS-4
 * in glibc). */
static const char *const cs[][2] = {
	{ "UTF-8", "UTF-8" }, { "UTF-16", "UTF-16" }, { "UTF-16LE", "UTF-16LE" }, { "UTF-16BE", "UTF-16BE" },
	{ "UTF-32", "UTF-32" }, { "UTF-32LE", "UTF-32LE" }, { "UTF-32BE", "UTF-32BE" }, { "UCS-2", "UCS-2" },
	{ "UCS-2LE", "UCS-2LE" }, { "UCS-2BE", "UCS-2BE" }, { "ISO-8859-1", "ISO-8859-1" }, { "ASCII", "ASCII" },
	{ "WCHAR_T", "UTF-16LE" }, { "latin1", "LATIN1" }, { "utf8", "UTF8" }, { "US-ASCII", "US-ASCII" },
};
#define NCS (int)(sizeof cs / sizeof cs[0])

static int is_utf8(int i)
{
	return i == 0 || i == 14;
}

static uint32_t random_cp(void)
{
	switch (rn(6)) {
	case 0: return rn(0x80);
	case 1: return 0x80 + rn(0x80);
	case 2: return 0x100 + rn(0x700);
	case 3: { uint32_t c = 0x800 + rn(0xF800); return c >= 0xD800 && c < 0xE000 ? c + 0x800 : c; }
	case 4: return 0x10000 + rn(0x100000);
	default: return "\n\r\t aZ09\xfe"[rn(9)] & 0xFF;
	}
}

/* Whether glibc's lax UTF-8 to UTF-8 copy would pass bytes the standard
 * rejects (5- and 6-byte forms, values above U+10FFFF). */
static int lax_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= 0xF5 || (s[i] == 0xF4 && i + 1 < n && s[i + 1] >= 0x90))
			return 1;
	return 0;
}

/* Two UTF-32 byte-order marks at the start. */
static int boms32(const unsigned char *s, size_t n)
{
	static const unsigned char le[4] = { 0xFF, 0xFE, 0, 0 }, be[4] = { 0, 0, 0xFE, 0xFF };
	return n >= 8 && (!memcmp(s, le, 4) || !memcmp(s, be, 4)) && (!memcmp(s + 4, le, 4) || !memcmp(s + 4, be, 4));
}

/* Whether s[0..n) is the start of some valid UTF-8 sequence (glibc says
 * EINVAL for truncated invalid ones such as E0 80, which are EILSEQ). */
static int utf8_prefix_ok(const unsigned char *s, size_t n)
{
	if (!n)
		return 1;
	unsigned b = s[0];
	unsigned char l = 0x80, h = 0xBF;
	size_t need;
	if (b >= 0xC2 && b <= 0xDF) need = 1;
	else if (b >= 0xE0 && b <= 0xEF) { need = 2; if (b == 0xE0) l = 0xA0; if (b == 0xED) h = 0x9F; }
	else if (b >= 0xF0 && b <= 0xF4) { need = 3; if (b == 0xF0) l = 0x90; if (b == 0xF4) h = 0x8F; }
	else return 0;
	if (n > need)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if (s[i] < l || s[i] > h)
			return 0;
		l = 0x80, h = 0xBF;
	}
	return 1;
}

static unsigned long pairs_runs, calls, skipped, standard_diffs;

static void differential(void)
{
	for (int k = 0; k < 15000; k++) {
		int f = (int)rn(NCS), t = (int)rn(NCS);
		/* Random text, written in the input charset by glibc itself. */
		uint32_t cps[24];
		int ncp = (int)rn(24);
		for (int i = 0; i < ncp; i++)
			cps[i] = random_cp();
		unsigned char in[256];
		size_t inlen = 0;
		{
			iconv_t w = iconv_open(cs[f][1], "UTF-32LE");
			char *ip = (char *)cps, *op = (char *)in;
			size_t il = (size_t)ncp * 4, ol = sizeof in - 16;
			iconv(w, &ip, &il, &op, &ol);   /* stops at the first character it cannot write */
			inlen = (size_t)(op - (char *)in);
			iconv_close(w);
		}
		/* Mutate: bytes changed, cut, a byte-order mark added. */
		int muts = rn(2) ? 0 : 1 + (int)rn(3);
		for (int m = 0; m < muts && inlen; m++) {
			switch (rn(4)) {
			case 0: in[rn((unsigned)inlen)] = (unsigned char)rn(256); break;
			case 1: inlen = rn((unsigned)inlen); break;
			case 2: in[rn((unsigned)inlen)] ^= (unsigned char)(1u << rn(8)); break;
			default:
				if (inlen + 4 < sizeof in) {
					static const unsigned char boms[][4] = { { 0xFF, 0xFE, 0, 0 }, { 0xFE, 0xFF, 0, 0 }, { 0, 0, 0xFE, 0xFF } };
					int b = (int)rn(3), bl = b == 2 ? 4 : (rn(2) ? 2 : 4);
					memmove(in + bl, in, inlen);
					memcpy(in, boms[b], (size_t)bl);
					inlen += (size_t)bl;
				}
			}
		}
		/* glibc's UTF-8 decoder takes 5-byte forms and values above
		 * U+10FFFF (its UTF-8 to UTF-8 copy passes them; other outputs
		 * reject them later, after a full buffer); and glibc's UTF-16
		 * and UTF-32 decoders take a second byte-order mark at the start
		 * as one more mark when the first call wrote nothing. */
		int two_boms = inlen >= 8 && (((in[0] == 0xFF && in[1] == 0xFE) || (in[0] == 0xFE && in[1] == 0xFF)) &&
		                              ((in[2] == 0xFF && in[3] == 0xFE) || (in[2] == 0xFE && in[3] == 0xFF)));
		if ((is_utf8(f) && lax_utf8(in, inlen)) || ((f == 1 || f == 4) && (two_boms || boms32(in, inlen)))) {
			skipped++;
			continue;
		}
		void *u = ul_iconv_open(cs[t][0], cs[f][0]);
		iconv_t g = iconv_open(cs[t][1], cs[f][1]);
		CHECK(u != (void *)-1 && g != (iconv_t)-1, "iconv_open(%s, %s)", cs[t][0], cs[f][0]);
		if (u == (void *)-1 || g == (iconv_t)-1)
			continue;
		pairs_runs++;
		char *uip = (char *)in, *gip = (char *)in;
		size_t uil = inlen, gil = inlen;
		for (int round = 0; round < 200; round++) {
			unsigned char uout[64], gout[64];
			size_t room = 1 + rn(40);
			char *uop = (char *)uout, *gop = (char *)gout;
			size_t uol = room, gol = room;
			errno = 0;
			ul_errno = 0;
			size_t ur = ul_iconv(u, &uip, &uil, &uop, &uol);
			int ue = ul_errno;
			size_t gr = iconv(g, &gip, &gil, &gop, &gol);
			int ge = errno;
			calls++;
			int same = ur == gr && (ur != (size_t)-1 || ue == ge) && uil == gil && uol == gol &&
			           memcmp(uout, gout, room - uol) == 0;
			if (!same && ur == gr && ue == EILSEQ && ge == EINVAL && uil == gil && uol == gol &&
			    is_utf8(f) && !utf8_prefix_ok((unsigned char *)uip, uil)) {
				standard_diffs++;      /* a truncated invalid sequence: EILSEQ */
				break;
			}
			CHECK(same, "%s -> %s, %zu bytes at %zu, room %zu: %zd errno %d left %zu wrote %zu; glibc %zd errno %d left %zu wrote %zu",
			      cs[f][0], cs[t][0], inlen, inlen - uil, room, (ssize_t)ur, ue, uil, room - uol, (ssize_t)gr, ge, gil, room - gol);
			if (!same || !uil || (ur == (size_t)-1 && ue != E2BIG))
				break;
		}
		ul_iconv_close(u);
		iconv_close(g);
	}
}

/* One whole conversion: the bytes written, the result and errno. */
static size_t conv(const char *to, const char *from, const char *in, size_t n, char *out, size_t room, size_t *written, int *err, size_t *used)
{
	void *cd = ul_iconv_open(to, from);
	if (cd == (void *)-1) {
		*err = ul_errno;
		return (size_t)-2;
	}
	char *ip = (char *)in, *op = out;
	size_t il = n, ol = room;
	ul_errno = 0;
	size_t r = ul_iconv(cd, &ip, &il, &op, &ol);
	*err = ul_errno;
	*written = room - ol;
	if (used)
		*used = n - il;
	ul_iconv_close(cd);
	return r;
}

static void by_hand(void)
{
	char out[64];
	size_t w, used;
	int e;
	/* Names: case, '-' and '_' ignored; aliases; unknown names. */
	static const char *const good[] = { "utf-8", "UTF_8", "Utf8", "ucs-2", "UCS-2BE", "ucs-4", "UCS-4LE", "ISO_8859-1",
	                                    "iso-8859-1", "ISO8859-1", "latin1", "L1", "ansi_x3.4-1968", "us-ascii", "ASCII",
	                                    "wchar_t", "UTF-16", "utf-32be", "", "UTF-8//", "UTF-8//TRANSLIT",
	                                    "ascii//translit//ignore", "ASCII//TRANSLIT,IGNORE", "ISO-10646-UCS-2" };
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		void *cd = ul_iconv_open(good[i], "UTF-8");
		CHECK(cd != (void *)-1, "iconv_open(\"%s\")", good[i]);
		if (cd != (void *)-1)
			ul_iconv_close(cd);
	}
	static const char *const bad[] = { "EBCDIC", "UTF-9", "KOI8-R", "UTF-8//BOGUS", "averyveryveryverylongnamethatisnocharset", "UTF-8/x" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ul_errno = 0;
		CHECK(ul_iconv_open(bad[i], "UTF-8") == (void *)-1 && ul_errno == EINVAL, "iconv_open(\"%s\") fails EINVAL", bad[i]);
	}
	ul_errno = 0;
	CHECK(ul_iconv_open("UTF-8", NULL) == (void *)-1 && ul_errno == EINVAL, "iconv_open(NULL)");
	/* EILSEQ, EINVAL, E2BIG with *inbuf at the character. */
	CHECK(conv("ASCII", "UTF-8", "ab\xc3\xa9z", 5, out, 64, &w, &e, &used) == (size_t)-1 && e == EILSEQ && used == 2 && w == 2,
	      "a character ASCII lacks: EILSEQ at it");
	CHECK(conv("UTF-16LE", "UTF-8", "ab\xe2\x82", 4, out, 64, &w, &e, &used) == (size_t)-1 && e == EINVAL && used == 2 && w == 4,
	      "input ending inside a character: EINVAL at its start");
	CHECK(conv("UTF-16LE", "UTF-8", "ab\xe0\x80", 4, out, 64, &w, &e, &used) == (size_t)-1 && e == EILSEQ && used == 2,
	      "a truncated invalid sequence is EILSEQ (glibc: EINVAL)");
	CHECK(conv("UTF-8", "UTF-8", "\xf4\x90\x80\x80", 4, out, 64, &w, &e, &used) == (size_t)-1 && e == EILSEQ && used == 0,
	      "U+110000 is not UTF-8 (glibc's UTF-8 to UTF-8 passes it)");
	CHECK(conv("UTF-16LE", "UTF-8", "\xf0\x9f\x98\x80", 4, out, 3, &w, &e, &used) == (size_t)-1 && e == E2BIG && used == 0 && w == 0,
	      "a surrogate pair that does not fit: E2BIG, nothing written");
	/* Byte-order marks: written once, in little-endian order; read and
	 * dropped at the start only; without one the input is little-endian. */
	CHECK(conv("UTF-16", "UTF-8", "AB", 2, out, 64, &w, &e, NULL) == 0 && w == 6 && memcmp(out, "\xff\xfe" "A\0B\0", 6) == 0, "UTF-16 out");
	CHECK(conv("UTF-32", "UTF-8", "A", 1, out, 64, &w, &e, NULL) == 0 && w == 8 && memcmp(out, "\xff\xfe\0\0A\0\0\0", 8) == 0, "UTF-32 out");
	CHECK(conv("UTF-16", "UTF-8", "A", 1, out, 3, &w, &e, &used) == (size_t)-1 && e == E2BIG && w == 2 && used == 0,
	      "the BOM is written even when the first character then does not fit (as glibc)");
	CHECK(conv("UTF-16", "UTF-8", "", 0, out, 3, &w, &e, NULL) == 0 && w == 0, "no input, no BOM");
	CHECK(conv("UTF-8", "UTF-16", "\xfe\xff\0A\xfe\xff", 6, out, 64, &w, &e, NULL) == 0 && w == 4 && memcmp(out, "A\xef\xbb\xbf", 4) == 0,
	      "UTF-16 in: a big-endian BOM, then U+FEFF is a character");
	CHECK(conv("UTF-8", "UTF-16", "A\0", 2, out, 64, &w, &e, NULL) == 0 && w == 1 && out[0] == 'A', "UTF-16 without BOM: little-endian");
	CHECK(conv("UTF-8", "UTF-32", "\0\0\xfe\xff\0\0\0A", 8, out, 64, &w, &e, NULL) == 0 && w == 1 && out[0] == 'A', "UTF-32 BE BOM");
	CHECK(conv("UTF-8", "UTF-16LE", "\xff\xfe" "A\0", 4, out, 64, &w, &e, NULL) == 0 && w == 4, "UTF-16LE keeps a BOM as U+FEFF");
	/* Surrogates and UCS-2. */
	CHECK(conv("UTF-8", "UTF-16BE", "\xdc\x00", 2, out, 64, &w, &e, NULL) == (size_t)-1 && e == EILSEQ, "lone low surrogate");
	CHECK(conv("UTF-8", "UTF-16BE", "\xd8\x00\x00\x41", 4, out, 64, &w, &e, NULL) == (size_t)-1 && e == EILSEQ, "high surrogate then a letter");
	CHECK(conv("UCS-2", "UTF-8", "\xf0\x9f\x98\x80", 4, out, 64, &w, &e, NULL) == (size_t)-1 && e == EILSEQ, "UCS-2 has no U+1F600");
	CHECK(conv("UTF-8", "UCS-2", "\x00\xd8", 2, out, 64, &w, &e, NULL) == (size_t)-1 && e == EILSEQ, "UCS-2 has no surrogates");
	CHECK(conv("UTF-8", "UTF-32LE", "\0\0\x11\0", 4, out, 64, &w, &e, NULL) == (size_t)-1 && e == EILSEQ, "UTF-32 above U+10FFFF");
	CHECK(conv("WCHAR_T", "UTF-8", "\xc3\xa9\xf0\x9f\x98\x80", 6, out, 64, &w, &e, NULL) == 0 && w == 6 &&
	      memcmp(out, "\xe9\0\x3d\xd8\x00\xde", 6) == 0, "WCHAR_T is UTF-16 (wchar_t is 16 bits)");
	/* //TRANSLIT: '?' for what the charset lacks, counted as irreversible;
	 * //IGNORE: dropped, counted, and the call succeeds (glibc returns -1
	 * EILSEQ at the end of such a call). */
	CHECK(conv("ASCII//TRANSLIT", "UTF-8", "\xc3\xa9x\xe2\x82\xac", 6, out, 64, &w, &e, NULL) == 2 && w == 3 && memcmp(out, "?x?", 3) == 0,
	      "//TRANSLIT");
	CHECK(conv("ASCII//IGNORE", "UTF-8", "\xc3\xa9x", 3, out, 64, &w, &e, &used) == 1 && w == 1 && out[0] == 'x' && used == 3, "//IGNORE");
	CHECK(conv("UTF-8//IGNORE", "UTF-8", "a\xffz", 3, out, 64, &w, &e, &used) == 1 && w == 2 && memcmp(out, "az", 2) == 0,
	      "//IGNORE drops invalid input too");
	CHECK(conv("UTF-8//IGNORE", "UTF-8", "a\xe2\x82", 3, out, 64, &w, &e, &used) == (size_t)-1 && e == EINVAL && used == 1,
	      "//IGNORE: incomplete input is still EINVAL");
	CHECK(conv("UTF-8", "UTF-8//IGNORE", "a\xff", 2, out, 64, &w, &e, NULL) == (size_t)-1 && e == EILSEQ,
	      "a suffix on fromcode does nothing");
	CHECK(conv("LATIN1", "UTF-8", "\xc3\xbf\xc4\x80", 4, out, 64, &w, &e, &used) == (size_t)-1 && e == EILSEQ && used == 2 &&
	      (unsigned char)out[0] == 0xFF, "Latin-1 ends at U+00FF");
	/* Reset: the state goes back; a BOM is written again, as glibc. */
	void *cd = ul_iconv_open("UTF-16", "UTF-8");
	char *ip = "A", *op = out;
	size_t il = 1, ol = 64;
	CHECK(ul_iconv(cd, &ip, &il, &op, &ol) == 0 && ol == 60, "first");
	ip = "B", il = 1;
	CHECK(ul_iconv(cd, &ip, &il, &op, &ol) == 0 && ol == 58, "second: no BOM");
	CHECK(ul_iconv(cd, NULL, NULL, &op, &ol) == 0 && ol == 58, "flush writes nothing");
	CHECK(ul_iconv(cd, NULL, NULL, NULL, NULL) == 0, "reset");
	ip = "C", il = 1;
	CHECK(ul_iconv(cd, &ip, &il, &op, &ol) == 0 && ol == 54 && memcmp(out, "\xff\xfe" "A\0B\0\xff\xfe" "C\0", 10) == 0, "BOM again after reset");
	il = 0;
	CHECK(ul_iconv(cd, &ip, &il, &op, &ol) == 0, "nothing to convert");
	ip = "D", il = 1;
	ul_errno = 0;
	CHECK(ul_iconv(cd, &ip, &il, NULL, NULL) == (size_t)-1 && ul_errno == E2BIG && il == 1, "no output buffer: E2BIG");
	CHECK(ul_iconv_close(cd) == 0, "iconv_close");
	ul_errno = 0;
	CHECK(ul_iconv_close((void *)-1) == -1 && ul_errno == EBADF, "iconv_close((iconv_t)-1): EBADF");
	ul_errno = 0;
	CHECK(ul_iconv((void *)-1, &ip, &il, &op, &ol) == (size_t)-1 && ul_errno == EBADF, "iconv((iconv_t)-1): EBADF");
}

int main(void)
{
	differential();
	by_hand();
	printf("iconv: %lu conversions, %lu calls compared with glibc; %lu skipped (glibc's lax UTF-8, doubled marks), "
	       "%lu standard-over-glibc EILSEQ\n", pairs_runs, calls, skipped, standard_diffs);
	return check_report("iconv");
}
