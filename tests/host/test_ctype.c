/* <ctype.h>: every function, and every macro of the library's header, for
 * each argument -1 (EOF) .. 255 against glibc in the C locale; arguments
 * outside that range must not crash (they classify as nothing and map to
 * themselves).  glibc's <ctype.h> is not included: the library's header
 * supplies the macros, glibc's functions are reached as (isalpha)(c). */
#include <limits.h>
#include <stdio.h>
#include "../../include/ctype.h"

#include "check.h"
#include "ul_strings.h"

typedef int (*fn)(int);
struct row { const char *name; fn ul, glibc; };

#define MACROS(c) { isalnum(c), isalpha(c), isblank(c), iscntrl(c), isdigit(c), isgraph(c), islower(c), \
	isprint(c), ispunct(c), isspace(c), isupper(c), isxdigit(c), tolower(c), toupper(c), isascii(c), toascii(c) }

int main(void)
{
	static const struct row rows[] = {
		{ "isalnum", ul_isalnum, (isalnum) }, { "isalpha", ul_isalpha, (isalpha) },
		{ "isblank", ul_isblank, (isblank) }, { "iscntrl", ul_iscntrl, (iscntrl) },
		{ "isdigit", ul_isdigit, (isdigit) }, { "isgraph", ul_isgraph, (isgraph) },
		{ "islower", ul_islower, (islower) }, { "isprint", ul_isprint, (isprint) },
		{ "ispunct", ul_ispunct, (ispunct) }, { "isspace", ul_isspace, (isspace) },
		{ "isupper", ul_isupper, (isupper) }, { "isxdigit", ul_isxdigit, (isxdigit) },
		{ "tolower", ul_tolower, (tolower) }, { "toupper", ul_toupper, (toupper) },
		{ "isascii", ul_isascii, (isascii) }, { "toascii", ul_toascii, (toascii) },
	};
	const unsigned nrows = sizeof rows / sizeof *rows;
	for (int c = -1; c <= 255; c++) {
		int m[] = MACROS(c);
		for (unsigned r = 0; r < nrows; r++) {
			int g = rows[r].glibc(c), u = rows[r].ul(c);
			int is_map = rows[r].name[1] == 'o';      /* tolower, toupper, toascii */
			if (is_map) {
				CHECK(u == g, "%s(%d) = %d, glibc %d", rows[r].name, c, u, g);
				CHECK(m[r] == g, "macro %s(%d) = %d, glibc %d", rows[r].name, c, m[r], g);
			} else {
				CHECK(!u == !g, "%s(%d) = %d, glibc %d", rows[r].name, c, u, g);
				CHECK(!m[r] == !g, "macro %s(%d) = %d, glibc %d", rows[r].name, c, m[r], g);
			}
		}
	}
	/* Out of range: no crash; nothing classified, case maps unchanged. */
	static const int odd[] = { INT_MIN, -1000, -129, -128, -2, 256, 257, 'a' + 256, 'A' + 256, 1000, INT_MAX };
	for (unsigned i = 0; i < sizeof odd / sizeof *odd; i++) {
		int c = odd[i], m[] = MACROS(c);
		for (unsigned r = 0; r < 12; r++)
			CHECK(!rows[r].ul(c) && !m[r], "%s(%d) classifies", rows[r].name, c);
		CHECK(ul_tolower(c) == c && ul_toupper(c) == c && m[12] == c && m[13] == c, "case map of %d", c);
	}
	/* The macros evaluate their argument once. */
	int k = 'a', n = 0;
	n += isalnum(k++) != 0;
	n += isxdigit(k++) != 0;
	n += toupper(k++) == 'C';
	n += isblank(k++) == 0;
	CHECK(k == 'a' + 4 && n == 4, "macros evaluate once");
	return check_report("ctype");
}
