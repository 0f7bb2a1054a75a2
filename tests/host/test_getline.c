/* getline and getdelim against glibc's on the same bytes: random records of
 * every length (past any buffer size), random delimiters including NUL and
 * bytes >= 0x80, every starting state of the caller's buffer; plus the
 * errors POSIX names. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "ul.h"

ssize_t ul_getdelim(char **lineptr, size_t *n, int delim, ul_FILE *f);
ssize_t ul_getline(char **lineptr, size_t *n, ul_FILE *f);
void *ul_malloc(size_t n);
void ul_free(void *p);

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

static void differential(unsigned rounds)
{
	static unsigned char text[40000];
	for (unsigned r = 0; r < rounds; r++) {
		int delim = rnd(4) == 0 ? rnd(256) : rnd(3) == 0 ? 0 : '\n';
		size_t len = 0, target = rnd(5) == 0 ? rnd(sizeof text) : rnd(600);
		while (len < target) {
			/* Records of lengths 0..5000, mostly short. */
			size_t rec = rnd(8) == 0 ? rnd(5000) : rnd(40);
			for (size_t i = 0; i < rec && len < target; i++) {
				unsigned char c = (unsigned char)rnd(256);
				text[len++] = c == (unsigned char)delim ? 'x' : c;
			}
			if (len < target)
				text[len++] = (unsigned char)delim;
		}
		FILE *g = fmemopen(text, len ? len : 1, "r");
		ul_FILE *u = ul_fmemopen(text, len ? len : 1, "r");
		if (!len) {      /* an empty stream: read its one byte away first */
			fgetc(g);
			ul_fgetc(u);
		}
		char *gl = NULL, *ul = NULL;
		size_t gn = 0, un = 0;
		/* The caller's buffer may start NULL, or allocated and small. */
		if (rnd(2)) {
			un = 1 + rnd(8);
			ul = ul_malloc(un);
		}
		unsigned calls = 0;
		for (;;) {
			ssize_t a = delim == '\n' && rnd(2) ? getline(&gl, &gn, g) : getdelim(&gl, &gn, delim, g);
			ssize_t b = delim == '\n' && rnd(2) ? ul_getline(&ul, &un, u) : ul_getdelim(&ul, &un, delim, u);
			calls++;
			if (a != b) {
				CHECK(0, "round %u call %u: glibc %zd, ours %zd", r, calls, a, b);
				break;
			}
			if (a < 0) {
				CHECK(ul_feof(u) && !ul_ferror(u), "round %u: EOF indicator at the end", r);
				break;
			}
			CHECK(memcmp(gl, ul, (size_t)a + 1) == 0 && un > (size_t)a,
			      "round %u call %u: same %zd bytes and NUL, buffer big enough", r, calls, a);
		}
		free(gl);
		ul_free(ul);
		fclose(g);
		ul_fclose(u);
	}
}

static void errors(void)
{
	char text[] = "abc\ndef";
	ul_FILE *u = ul_fmemopen(text, strlen(text), "r");
	char *line = NULL;
	size_t n = 0;
	ul_errno = 0;
	CHECK(ul_getline(NULL, &n, u) == -1 && ul_errno == EINVAL, "lineptr NULL: EINVAL");
	ul_errno = 0;
	CHECK(ul_getline(&line, NULL, u) == -1 && ul_errno == EINVAL, "n NULL: EINVAL");
	ul_errno = 0;
	CHECK(ul_getdelim(&line, &n, 'c', u) == 3 && strcmp(line, "abc") == 0, "delimiter other than newline");
	CHECK(ul_getline(&line, &n, u) == 1 && strcmp(line, "\n") == 0, "the rest of that line");
	CHECK(ul_getline(&line, &n, u) == 3 && strcmp(line, "def") == 0, "last line without newline");
	ul_errno = 0;
	CHECK(ul_getline(&line, &n, u) == -1 && ul_errno == 0 && ul_feof(u), "then -1 at EOF, errno untouched");
	CHECK(ul_getline(&line, &n, u) == -1, "and again");
	ul_fclose(u);
	ul_free(line);
}

int main(int argc, char **argv)
{
	unsigned rounds = argc > 1 ? (unsigned)atoi(argv[1]) : 20000;
	errors();
	differential(rounds);
	return check_report("getline");
}
