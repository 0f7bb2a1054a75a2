/* fnmatch against glibc on generated patterns x strings x every
 * combination of FNM_PATHNAME, FNM_NOESCAPE, FNM_PERIOD, FNM_LEADING_DIR
 * and FNM_CASEFOLD (the same values as glibc's), plus cases by hand. */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "ul.h"
#include "ul_posix_text.h"

static uint64_t rng = 0x1234567887654321ull;
static unsigned rn(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

static const char *const pat_parts[] = {
	"a", "b", "A", ".", "/", "*", "**", "?", "[ab]", "[!a]", "[^/]", "[a-c]",
	"[]a]", "[[:alpha:]]", "[[:upper:]]", "\\*", "\\a", "[", "[a", "\\", "[.]",
	"[[=a=]]", "[[.a.]-c]", "[\\]]", "[a-]", "[!]]",
};
static const char *const str_parts[] = { "a", "b", "A", ".", "/", "*", "[", "\\", "]", "c", "B" };

int main(void)
{
	unsigned long n = 0;
	for (int k = 0; k < 40000; k++) {
		char pat[64] = "", str[32] = "";
		int np = (int)rn(6), ns = (int)rn(7);
		for (int i = 0; i < np; i++)
			strcat(pat, pat_parts[rn(sizeof pat_parts / sizeof pat_parts[0])]);
		for (int i = 0; i < ns; i++)
			strcat(str, str_parts[rn(sizeof str_parts / sizeof str_parts[0])]);
		int flags = (int)rn(32);
		int u = ul_fnmatch(pat, str, flags);
		int g = fnmatch(pat, str, flags);
		n++;
		CHECK(u == g, "fnmatch(\"%s\", \"%s\", %d) = %d, glibc %d", pat, str, flags, u, g);
	}
	/* By hand. */
	CHECK(ul_fnmatch("*.c", "dir/x.c", 0) == 0, "* crosses / without FNM_PATHNAME");
	CHECK(ul_fnmatch("*.c", "dir/x.c", FNM_PATHNAME) == FNM_NOMATCH, "* stops at / with FNM_PATHNAME");
	CHECK(ul_fnmatch("*/*.c", "dir/.x.c", FNM_PATHNAME | FNM_PERIOD) == FNM_NOMATCH, "leading period after /");
	CHECK(ul_fnmatch("*/.*.c", "dir/.x.c", FNM_PATHNAME | FNM_PERIOD) == 0, "explicit leading period");
	CHECK(ul_fnmatch("d*", "dir/x", FNM_PATHNAME | FNM_LEADING_DIR) == 0, "FNM_LEADING_DIR");
	CHECK(ul_fnmatch("D[I]R", "dir", FNM_CASEFOLD) == 0, "FNM_CASEFOLD");
	CHECK(ul_fnmatch("\\*", "*", 0) == 0 && ul_fnmatch("\\*", "\\*", FNM_NOESCAPE) == 0, "escapes");
	CHECK(ul_fnmatch("[", "[", 0) == 0, "unclosed bracket is literal");
	/* No exponential time. */
	static char s[20001], p[64];
	memset(s, 'a', 20000);
	strcpy(p, "*a*a*a*a*a*a*a*a*a*b");
	clock_t t0 = clock();
	CHECK(ul_fnmatch(p, s, 0) == FNM_NOMATCH, "many stars");
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	CHECK(secs < 10, "many stars on 20,000 bytes: %.1f s", secs);
	printf("fnmatch: %lu generated cases\n", n);
	return check_report("fnmatch");
}
