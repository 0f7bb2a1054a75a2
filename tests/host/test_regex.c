/* regcomp/regexec/regerror/regfree against glibc (C locale) on generated
 * patterns x subjects, BRE and ERE, with and without REG_ICASE,
 * REG_NEWLINE, REG_NOSUB, REG_NOTBOL, REG_NOTEOL: regcomp's verdict
 * (0 or the same REG_E* code), re_nsub, regexec's result and the whole
 * match (pmatch[0]) must be the same; subexpression offsets must be the
 * same except where glibc departs from POSIX's rule ("each subpattern,
 * from left to right, shall match the longest possible string"; a
 * subexpression not in the last iteration of its enclosing one does not
 * participate), which tests by hand below pin down.  Also: every error
 * code from its pattern, regerror's sizes and truncation, and time linear
 * in the subject for patterns that backtrack exponentially elsewhere. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "ul.h"
#include "ul_posix_text.h"

static uint64_t rng = 0x2545f4914f6cdd1dull;
static unsigned rn(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

#define UL_EXTENDED 1
#define UL_ICASE 2
#define UL_NEWLINE 4
#define UL_NOSUB 8

/* A random pattern over a small alphabet. */
static void gen(char *out, size_t cap, int ere, int depth, int *groups, int allow_backref)
{
	size_t len = strlen(out);
	int pieces = 1 + (int)rn(4);
	for (int i = 0; i < pieces && len + 80 < cap; i++) {
		int k = (int)rn(depth < (allow_backref ? 2 : 3) ? 16 : 12);
		const char *atom = 0;
		char tmp[8];
		switch (k) {
		case 0: case 1: case 2: atom = "a"; break;
		case 3: atom = "b"; break;
		case 4: atom = "."; break;
		case 5: atom = rn(2) ? "[ab]" : "[^a]"; break;
		case 6: atom = rn(2) ? "A" : "c"; break;
		case 7: atom = rn(3) ? "" : (rn(2) ? "^" : "$"); break;
		case 8: atom = rn(2) ? "[[:alpha:]]" : "[]a-]"; break;
		case 9: atom = "\n"; break;
		case 10:
			if (allow_backref && *groups > 0) {
				snprintf(tmp, sizeof tmp, "\\%d", 1 + (int)rn((unsigned)*groups));
				atom = tmp;
			} else {
				atom = "b";
			}
			break;
		case 11: atom = rn(2) ? "[a-c]" : "[[=a=]]"; break;
		default: {
			/* a group, perhaps an alternation */
			strcat(out, ere ? "(" : "\\(");
			gen(out, cap, ere, depth + 1, groups, allow_backref);
			if (rn(3) == 0 && ere) {
				strcat(out, "|");
				gen(out, cap, ere, depth + 1, groups, allow_backref);
			}
			strcat(out, ere ? ")" : "\\)");
			++*groups;
			len = strlen(out);
			atom = "";
			break;
		}
		}
		strcat(out, atom);
		len = strlen(out);
		/* (No operator on a back-reference: glibc's regexec recurses
		 * without bound on "(){1,2}(\1{2}+)".) */
		if (len && out[len - 1] != '^' && out[len - 1] != '$' && *atom != '^' &&
		    *atom != '\\' && rn(3) == 0) {
			static const char *const ere_ops[] = { "*", "+", "?", "{2}", "{1,2}", "{0,1}", "{2,}", "*" };
			static const char *const bre_ops[] = { "*", "\\{2\\}", "\\{1,2\\}", "\\{0,1\\}", "\\{2,\\}", "*" };
			strcat(out, ere ? ere_ops[rn(8)] : bre_ops[rn(6)]);
		}
		len = strlen(out);
	}
	if (ere && depth == 0 && rn(4) == 0 && len + 80 < cap) {
		strcat(out, "|");
		gen(out, cap, ere, depth + 1, groups, allow_backref);
	}
}

static const char *show(const char *s)
{
	static char buf[4][200];
	static int k;
	char *b = buf[k++ & 3];
	size_t j = 0;
	for (; *s && j < 190; s++) {
		if (*s == '\n') { b[j++] = '\\'; b[j++] = 'n'; }
		else b[j++] = *s;
	}
	b[j] = 0;
	return b;
}

static unsigned long pairs, sub_compared, sub_differ, skipped_anchor;

static int cflags_ul(int f) { return f; }
static int cflags_gl(int f)
{
	return (f & UL_EXTENDED ? REG_EXTENDED : 0) | (f & UL_ICASE ? REG_ICASE : 0) |
	       (f & UL_NEWLINE ? REG_NEWLINE : 0) | (f & UL_NOSUB ? REG_NOSUB : 0);
}

static void differential(int backrefs, int rounds)
{
	for (int r = 0; r < rounds; r++) {
		int ere = rn(2);
		char pat[256] = "";
		int groups = 0;
		gen(pat, sizeof pat, ere, 0, &groups, backrefs);
		if (backrefs && !strstr(pat, "\\1"))
			continue;
		/* glibc misses matches when a back-reference follows a group
		 * repeated by an interval, or an empty group (checked by hand
		 * in hand_backrefs). */
		if (backrefs && (strstr(pat, "){") || strstr(pat, "\\)\\{") ||
		                 strstr(pat, "()") || strstr(pat, "\\(\\)")))
			continue;
		int f = (ere ? UL_EXTENDED : 0) | (rn(4) == 0 ? UL_ICASE : 0) |
		        (rn(4) == 0 ? UL_NEWLINE : 0) | (rn(8) == 0 ? UL_NOSUB : 0);
		ul_regex_t u;
		regex_t g;
		int eu = ul_regcomp(&u, pat, cflags_ul(f));
		int eg = regcomp(&g, pat, cflags_gl(f));
		CHECK(eu == eg, "regcomp(\"%s\", %d): %d, glibc %d", show(pat), f, eu, eg);
		if (eu || eg) {
			if (!eu) ul_regfree(&u);
			if (!eg) regfree(&g);
			continue;
		}
		CHECK(u.re_nsub == g.re_nsub, "re_nsub \"%s\"", show(pat));
		/* glibc lets a '^' inside a pattern match after a newline, and
		 * a '$' before one, without REG_NEWLINE (POSIX: only at the
		 * ends of the string); those are checked by hand. */
		int inner_anchor = 0;
		for (const char *q = pat; *q; q++)
			inner_anchor |= (*q == '^' && q != pat) || (*q == '$' && q[1]);
		if (inner_anchor) {
			ul_regfree(&u);
			regfree(&g);
			skipped_anchor++;
			continue;
		}
		for (int t = 0; t < 12; t++) {
			char subj[16];
			int n = (int)rn(9);
			for (int i = 0; i < n; i++)
				subj[i] = "aabbcA\n"[rn(7)];
			subj[n] = 0;
			int ef = (rn(6) == 0 ? 1 : 0) | (rn(6) == 0 ? 2 : 0);
			ul_regmatch_t um[10];
			regmatch_t gm[10];
			int xu = ul_regexec(&u, subj, 10, um, ef);
			if (getenv("REGEX_TRACE"))
				fprintf(stderr, "T %s | %s\n", show(pat), show(subj));
			int xg = regexec(&g, subj, 10, gm, (ef & 1 ? REG_NOTBOL : 0) | (ef & 2 ? REG_NOTEOL : 0));
			pairs++;
			CHECK(xu == xg, "regexec(\"%s\" flags %d, \"%s\", eflags %d): %d, glibc %d",
			      show(pat), f, show(subj), ef, xu, xg);
			if (xu || xg || (f & UL_NOSUB))
				continue;
			CHECK(um[0].rm_so == gm[0].rm_so && um[0].rm_eo == gm[0].rm_eo,
			      "\"%s\" flags %d on \"%s\" eflags %d: match (%td,%td), glibc (%d,%d)",
			      show(pat), f, show(subj), ef, um[0].rm_so, um[0].rm_eo, gm[0].rm_so, gm[0].rm_eo);
			int same = 1;
			for (size_t i = 1; i <= g.re_nsub && i < 10; i++)
				same &= um[i].rm_so == gm[i].rm_so && um[i].rm_eo == gm[i].rm_eo;
			sub_compared++;
			if (!same) {
				sub_differ++;
				if (getenv("REGEX_SHOW")) {
					fprintf(stderr, "sub \"%s\" f%d \"%s\":", show(pat), f, show(subj));
					for (size_t i = 1; i <= g.re_nsub && i < 10; i++)
						fprintf(stderr, " (%td,%td)/(%d,%d)", um[i].rm_so, um[i].rm_eo, gm[i].rm_so, gm[i].rm_eo);
					fprintf(stderr, "\n");
				}
			}
		}
		ul_regfree(&u);
		regfree(&g);
	}
}

/* One pattern on one subject: the expected verdict and offsets
 * ("so,eo so,eo ..." for groups 0..n, "-" for no match). */
static void expect(const char *pat, int cflags, const char *subj, int eflags, const char *want)
{
	ul_regex_t u;
	int e = ul_regcomp(&u, pat, cflags);
	CHECK(e == 0, "regcomp(\"%s\") = %d", show(pat), e);
	if (e)
		return;
	ul_regmatch_t m[10];
	int x = ul_regexec(&u, subj, 10, m, eflags);
	char got[200] = "-";
	if (x == 0) {
		size_t k = 0;
		for (size_t i = 0; i <= u.re_nsub && i < 10; i++)
			k += (size_t)snprintf(got + k, sizeof got - k, "%s%td,%td", i ? " " : "", m[i].rm_so, m[i].rm_eo);
	}
	CHECK(strcmp(got, want) == 0, "\"%s\" (%d) on \"%s\" (%d): %s, want %s",
	      show(pat), cflags, show(subj), eflags, got, want);
	ul_regfree(&u);
}

static void expect_error(const char *pat, int cflags, int want)
{
	ul_regex_t u;
	int e = ul_regcomp(&u, pat, cflags);
	CHECK(e == want, "regcomp(\"%s\", %d) = %d, want %d", show(pat), cflags, e, want);
	if (!e)
		ul_regfree(&u);
}

static void by_hand(void)
{
	const int E = UL_EXTENDED;
	/* POSIX's subexpression rule where glibc departs. */
	expect("(a|ab)(bc|c)", E, "abc", 0, "0,3 0,2 2,3");      /* glibc 0,1 1,3 */
	expect("(a|ab)(c|bcd)", E, "abcd", 0, "0,4 0,1 1,4");
	expect("(wee|week)(knights|night)", E, "weeknights", 0, "0,10 0,3 3,10");
	expect("(a*)(a*)", E, "aaa", 0, "0,3 0,3 3,3");
	expect("((a)|b)*", E, "ab", 0, "0,2 1,2 -1,-1");          /* glibc 0,1 for 2 */
	expect("(a*|b+){2}", E, "b", 0, "0,1 1,1");               /* glibc 0,1 */
	expect("(bb|b*a)+", E, "bba", 0, "0,3 0,3");              /* glibc 2,3 */
	expect("(a*)*", E, "b", 0, "0,0 0,0");
	expect("(a*)+", E, "b", 0, "0,0 0,0");
	expect("\\(a\\)*", 0, "b", 0, "0,0 -1,-1");
	expect("(a|)+", E, "aa", 0, "0,2 1,2");
	expect("(a)|b", E, "b", 0, "0,1 -1,-1");
	expect("x(a*)y|x(b*)z", E, "xbbz", 0, "0,4 -1,-1 1,3");
	/* Anchors inside a pattern: only at the ends of the string unless
	 * REG_NEWLINE (glibc matches the first two). */
	expect("a\n^b", E, "a\nb", 0, "-");
	expect("a$\nb", E, "a\nb", 0, "-");
	expect("a\n^b", E | UL_NEWLINE, "a\nb", 0, "0,3");
	expect("a$\nb", E | UL_NEWLINE, "a\nb", 0, "0,3");
	expect("^b", E, "a\nb", 0, "-");
	expect("^b", E | UL_NEWLINE, "a\nb", 0, "2,3");
	expect("a$", E | UL_NEWLINE, "a\nb", 0, "0,1");
	expect("x^", E, "x", 0, "-");
	expect("(^a)+b", E, "ab", 0, "0,2 0,1");
	expect("^a", E, "a", 1 /* REG_NOTBOL */, "-");
	expect("a$", E, "a", 2 /* REG_NOTEOL */, "-");
	expect("^a", E | UL_NEWLINE, "a\na", 1, "2,3");
	expect("a.b", E | UL_NEWLINE, "a\nb", 0, "-");
	expect("a[^x]b", E | UL_NEWLINE, "a\nb", 0, "-");
	expect("a[^x]b", E, "a\nb", 0, "0,3");
	/* BRE specials. */
	expect("^*a", 0, "*a", 0, "0,2");
	expect("\\(*a\\)", 0, "*a", 0, "0,2 0,2");
	expect("a^b", 0, "a^b", 0, "0,3");
	expect("a$b", 0, "a$b", 0, "0,3");
	expect("x\\(a$\\)", 0, "xa", 0, "0,2 1,2");
	expect("a\\{2,3\\}", 0, "aaaa", 0, "0,3");
	expect("a\\|b", 0, "b", 0, "0,1");
	expect("a\\+", 0, "aa", 0, "0,2");
	expect("\\(a\\)\\1", 0, "aa", 0, "0,2 0,1");
	expect("\\(a*\\)b\\1", 0, "aabaa", 0, "0,5 0,2");
	expect("a)", E, "a)", 0, "0,2");
	expect("a{,2}", E, "aaa", 0, "0,2");
	/* Back-references that glibc misses. */
	expect("\\(\\)\\{2\\}c\\1", 0, "c", 0, "0,1 0,0");
	expect("\\(a\\{0,1\\}b*.\\)\\{2,\\}\\1", 0, "Ab\n\n", 0, "0,4 2,3");
	expect("(a)\\1", E | UL_ICASE, "aA", 0, "0,2 0,1");
	/* Brackets. */
	expect("[]a]", 0, "]", 0, "0,1");
	expect("[^]a]", 0, "]ab", 0, "2,3");
	expect("[a-]", 0, "-", 0, "0,1");
	expect("[--/]", 0, ".", 0, "0,1");
	expect("[[.-.]]", 0, "-", 0, "0,1");
	expect("[[.a.]-c]", 0, "b", 0, "0,1");
	expect("[[=a=]b]", 0, "b", 0, "0,1");
	expect("[[:digit:][:upper:]]+", E, "abC9d", 0, "2,4");
	expect("[[:upper:]]", E | UL_ICASE, "a", 0, "0,1");
	expect("[[:space:]]", 0, "a\tb", 0, "1,2");
	expect("[[:xdigit:]]*", 0, "fF0g", 0, "0,3");
	expect("[B-D]", UL_ICASE, "c", 0, "0,1");
	/* Errors. */
	expect_error("a\\", 0, 5 /* REG_EESCAPE */);
	expect_error("\\1", 0, 6 /* REG_ESUBREG */);
	expect_error("(a)|\\1", E, 6);
	expect_error("[a", 0, 7 /* REG_EBRACK */);
	expect_error("[[:alpha:", 0, 7);
	expect_error("(a", E, 8 /* REG_EPAREN */);
	expect_error("a\\)", 0, 8);
	expect_error("a{1", E, 9 /* REG_EBRACE */);
	expect_error("a\\{1,2", 0, 9);
	expect_error("a{x}", E, 10 /* REG_BADBR */);
	expect_error("a{2,1}", E, 10);
	expect_error("a{256}", E, 10);
	expect_error("[b-a]", 0, 11 /* REG_ERANGE */);
	expect_error("[[:alpha:]-z]", 0, 11);
	expect_error("[[:foo:]]", 0, 4 /* REG_ECTYPE */);
	expect_error("[[.ab.]]", 0, 3 /* REG_ECOLLATE */);
	expect_error("*a", E, 13 /* REG_BADRPT */);
	expect_error("a|+", E, 13);
	expect_error("a**", 0, 13);
	expect_error("\\{1\\}", 0, 13);
	char deep[700] = "";
	for (int i = 0; i < 300; i++)
		strcat(deep, "(");
	expect_error(deep, E, 12 /* REG_ESPACE: too deep */);
	expect_error("((a{255}){255}){255}", E, 12);
	/* regerror: glibc's messages, sizes, truncation. */
	for (int e = 0; e <= 13; e++) {
		char a[100], b[100];
		size_t nu = ul_regerror(e, 0, a, sizeof a);
		size_t ng = regerror(e, 0, b, sizeof b);
		CHECK(nu == ng && strcmp(a, b) == 0, "regerror(%d): \"%s\" / \"%s\"", e, a, b);
	}
	char small[5] = "zzzz";
	CHECK(ul_regerror(1, 0, small, 5) == 9 && strcmp(small, "No m") == 0, "regerror truncates");
	CHECK(ul_regerror(1, 0, 0, 0) == 9, "regerror size only");
	/* REG_NOSUB: no offsets written. */
	ul_regex_t u;
	CHECK(ul_regcomp(&u, "(b)", E | UL_NOSUB) == 0, "NOSUB compiles");
	ul_regmatch_t m[2] = { { 77, 77 }, { 77, 77 } };
	CHECK(ul_regexec(&u, "abc", 2, m, 0) == 0 && m[0].rm_so == 77, "NOSUB leaves pmatch");
	ul_regfree(&u);
	/* No exponential time: patterns that backtrack exponentially in a
	 * naive matcher, on long subjects (linear here). */
	static char big[40002];
	memset(big, 'a', 40000);
	big[40000] = 0;
	clock_t t0 = clock();
	expect("(a*)*b", E, big, 0, "-");
	expect("(a|aa)*c", E, big, 0, "-");
	expect("(a?){30}a{30}", E, big, 0, "0,60 29,30");
	expect("^(a+)+$", E, big, 0, "0,40000 0,40000");
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	CHECK(secs < 20, "four pathological patterns on 40,000 bytes took %.1f s", secs);
	/* A back-reference pattern that would run forever gives REG_ESPACE. */
	CHECK(ul_regcomp(&u, "\\(a*\\)*\\1b", 0) == 0, "backref compiles");
	int r = ul_regexec(&u, big + 39900, 0, 0, 0);
	CHECK(r == 12 || r == 1, "bounded backtracking: %d", r);
	ul_regfree(&u);
}

int main(void)
{
	by_hand();
	differential(0, 20000);
	differential(1, 20000);
	printf("regex: %lu pattern x subject pairs (%lu patterns with inner anchors not run); "
	       "subexpressions differ from glibc in %lu of %lu\n", pairs, skipped_anchor, sub_differ, sub_compared);
	return check_report("regex");
}
