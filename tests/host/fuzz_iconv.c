/* libFuzzer target: iconv against glibc's on arbitrary bytes.
 *
 * The first two bytes choose the input and output charsets, the third the
 * output room per call; the rest is converted by both, call after call
 * while E2BIG asks for more room.  Results, errno, bytes consumed and
 * written must agree, except where the library follows the standard over
 * glibc (test_iconv.c names them): glibc's UTF-8 decoder takes 5-byte
 * forms and values above U+10FFFF, its UTF-16/UTF-32 decoders may take a
 * second byte-order mark as a mark (inputs that start like a mark are left
 * to the test's own cases), and glibc calls a truncated
 * invalid UTF-8 sequence incomplete (EINVAL) where it is invalid (EILSEQ).
 * Then the output is converted back, which must give the input's
 * characters again whenever the first conversion succeeded. */
#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void *ul_iconv_open(const char *tocode, const char *fromcode);
size_t ul_iconv(void *cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft);
int ul_iconv_close(void *cd);
int *ul___errno_location(void);

#define REQUIRE(c) do { if (!(c)) __builtin_trap(); } while (0)

static const char *const cs[][2] = {
	{ "UTF-8", "UTF-8" }, { "UTF-16", "UTF-16" }, { "UTF-16LE", "UTF-16LE" }, { "UTF-16BE", "UTF-16BE" },
	{ "UTF-32", "UTF-32" }, { "UTF-32LE", "UTF-32LE" }, { "UTF-32BE", "UTF-32BE" }, { "UCS-2", "UCS-2" },
	{ "UCS-2BE", "UCS-2BE" }, { "ISO-8859-1", "ISO-8859-1" }, { "ASCII", "ASCII" }, { "WCHAR_T", "UTF-16LE" },
};
#define NCS (sizeof cs / sizeof cs[0])

static int lax_utf8(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= 0xF5 || (s[i] == 0xF4 && i + 1 < n && s[i + 1] >= 0x90))
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 3)
		return 0;
	size_t f = data[0] % NCS, t = data[1] % NCS, room = 1 + data[2] % 64;
	const uint8_t *in = data + 3;
	size_t n = size - 3;
	if (f == 0 && lax_utf8(in, n))
		return 0;
	/* glibc takes a second byte-order mark at the start as a mark too
	 * when its first call wrote nothing. */
	if ((f == 1 || f == 4) && n >= 4 && (in[0] == 0xFF || in[0] == 0xFE || in[0] == 0))
		return 0;
	void *u = ul_iconv_open(cs[t][0], cs[f][0]);
	iconv_t g = iconv_open(cs[t][1], cs[f][1]);
	REQUIRE(u != (void *)-1 && g != (iconv_t)-1);
	static uint8_t uout[8192], gout[8192];
	char *uip = (char *)in, *gip = (char *)in, *uop = (char *)uout, *gop = (char *)gout;
	size_t uil = n, gil = n;
	int ok = 0;
	for (;;) {
		size_t uol = room, gol = room;
		if ((size_t)(uop - (char *)uout) + room > sizeof uout)
			break;
		*ul___errno_location() = 0;
		errno = 0;
		size_t ur = ul_iconv(u, &uip, &uil, &uop, &uol);
		int ue = *ul___errno_location();
		size_t gr = iconv(g, &gip, &gil, &gop, &gol);
		int ge = errno;
		if (ur == gr && ur == (size_t)-1 && ue == EILSEQ && ge == EINVAL && f == 0)
			break;  /* a truncated invalid sequence (checked to be one in test_iconv) */
		REQUIRE(ur == gr && uil == gil && uol == gol);
		REQUIRE(ur != (size_t)-1 || ue == ge);
		REQUIRE(memcmp(uout, gout, (size_t)(uop - (char *)uout)) == 0);
		if (ur != (size_t)-1) {
			ok = 1;
			break;
		}
		if (ue != E2BIG || uol == room)
			break;  /* another error, or no room for even one character */
	}
	size_t outlen = (size_t)(uop - (char *)uout);
	ul_iconv_close(u);
	iconv_close(g);
	/* Round trip: what was written, converted back, is the input's text
	 * (as UTF-32, since byte-order marks may come and go). */
	if (ok) {
		void *back = ul_iconv_open("UTF-32LE", cs[t][0]), *fwd = ul_iconv_open("UTF-32LE", cs[f][0]);
		static uint8_t a[40000], b[40000];
		char *ip = (char *)uout, *op = (char *)a;
		size_t il = outlen, ol = sizeof a;
		REQUIRE(ul_iconv(back, &ip, &il, &op, &ol) == 0);
		size_t alen = sizeof a - ol;
		ip = (char *)in, op = (char *)b, il = n, ol = sizeof b;
		REQUIRE(ul_iconv(fwd, &ip, &il, &op, &ol) == 0);
		size_t blen = sizeof b - ol;
		REQUIRE(alen == blen && memcmp(a, b, alen) == 0);
		ul_iconv_close(back);
		ul_iconv_close(fwd);
	}
	return 0;
}
