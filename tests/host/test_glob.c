/* glob over the library's own opendir/readdir/stat (the host's file
 * layer, a real directory tree) against glibc's glob over the same tree:
 * the same paths in the same order and the same result, for wildcards in
 * one and several components, hidden files, brackets, escapes, literal
 * components, trailing slashes, and GLOB_MARK, GLOB_NOCHECK, GLOB_NOSORT,
 * GLOB_NOESCAPE, GLOB_ERR; then GLOB_APPEND and GLOB_DOOFFS, errfunc and
 * GLOB_ABORTED by hand (the flag values are glibc's). */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "sys_host_file.h"
#include "ul.h"
#include "ul_posix_text.h"

static void put(const char *rel)
{
	char p[600];
	snprintf(p, sizeof p, "%s/fs0/%s", host_fs_base, rel);
	size_t n = strlen(p);
	if (p[n - 1] == '/') {
		mkdir(p, 0755);
		return;
	}
	FILE *f = fopen(p, "w");
	if (f) {
		fputs("x", f);
		fclose(f);
	}
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void same(const char *pat, int flags)
{
	ul_glob_t u;
	glob_t g;
	memset(&u, 0, sizeof u);
	memset(&g, 0, sizeof g);
	int ru = ul_glob(pat, flags, 0, &u);
	int rg = glob(pat, flags, 0, &g);
	CHECK(ru == rg, "glob(\"%s\", %d) = %d, glibc %d", pat, flags, ru, rg);
	if (ru == 0 && rg == 0) {
		int ok = u.gl_pathc == g.gl_pathc;
		if (ok && (flags & GLOB_NOSORT)) {
			qsort(u.gl_pathv, u.gl_pathc, sizeof *u.gl_pathv, cmp);
			qsort(g.gl_pathv, g.gl_pathc, sizeof *g.gl_pathv, cmp);
		}
		for (size_t i = 0; ok && i < g.gl_pathc; i++)
			ok = strcmp(u.gl_pathv[i], g.gl_pathv[i]) == 0;
		ok = ok && u.gl_pathv[u.gl_pathc] == 0;
		CHECK(ok, "glob(\"%s\", %d): %zu paths, glibc %zu (first %s / %s)", pat, flags,
		      u.gl_pathc, g.gl_pathc, u.gl_pathc ? u.gl_pathv[0] : "-", g.gl_pathc ? g.gl_pathv[0] : "-");
	}
	if (ru == 0)
		ul_globfree(&u);
	if (rg == 0)
		globfree(&g);
}

static int errs;
static int on_error(const char *path, int e)
{
	(void)path;
	(void)e;
	errs++;
	return 1;
}

int main(void)
{
	host_fs_setup();
	static const char *const tree[] = {
		"g/", "g/a.c", "g/b.c", "g/ab.c", "g/.hidden.c", "g/file", "g/sub/", "g/sub/x.c",
		"g/sub/y.h", "g/sub/.h", "g/Sub2/", "g/Sub2/z.c", "g/[lit]/", "g/[lit]/q",
		"g/e/", "g/sub/deep/", "g/sub/deep/w.c",
	};
	for (size_t i = 0; i < sizeof tree / sizeof tree[0]; i++)
		put(tree[i]);
	char dir[600];
	snprintf(dir, sizeof dir, "%s/fs0", host_fs_base);
	if (chdir(dir) != 0)
		return 1;
	static const char *const pats[] = {
		"g/*.c", "g/*", "g/.*.c", "g/*/*.c", "g/?.c", "g/[ab].c", "g/[!a]*", "g/s*",
		"g/*/", "g/nomatch*", "g/\\*.c", "g/sub/x.c", "g/sub", "g/sub/", "*/sub/*",
		"g/[[]lit]/q", "g/*/*/*.c", "g/file/*", "g/e/*", "g//*.c", "g/[a-b]*",
		"g/S*/z.c", "g/sub/*.[ch]", "nope/*", "g/*.h", "g/sub/.*", "g/.*",
	};
	static const int flag_sets[] = { 0, GLOB_MARK, GLOB_NOCHECK, GLOB_NOSORT, GLOB_NOESCAPE,
	                                 GLOB_ERR, GLOB_MARK | GLOB_NOCHECK };
	for (size_t i = 0; i < sizeof pats / sizeof pats[0]; i++)
		for (size_t f = 0; f < sizeof flag_sets / sizeof flag_sets[0]; f++)
			same(pats[i], flag_sets[f]);

	/* GLOB_DOOFFS and GLOB_APPEND. */
	ul_glob_t u;
	memset(&u, 0, sizeof u);
	u.gl_offs = 2;
	CHECK(ul_glob("g/*.c", GLOB_DOOFFS, 0, &u) == 0 && u.gl_pathc == 3 &&
	      !u.gl_pathv[0] && !u.gl_pathv[1] && strcmp(u.gl_pathv[2], "g/a.c") == 0 &&
	      strcmp(u.gl_pathv[4], "g/b.c") == 0 && !u.gl_pathv[5], "GLOB_DOOFFS");
	CHECK(ul_glob("g/sub/*.h", GLOB_DOOFFS | GLOB_APPEND, 0, &u) == 0 && u.gl_pathc == 4 &&
	      strcmp(u.gl_pathv[5], "g/sub/y.h") == 0 && !u.gl_pathv[6] && !u.gl_pathv[0], "GLOB_APPEND");
	CHECK(ul_glob("g/none*", GLOB_DOOFFS | GLOB_APPEND, 0, &u) == GLOB_NOMATCH && u.gl_pathc == 4,
	      "GLOB_APPEND, no match: the list stays");
	ul_globfree(&u);
	/* An unreadable directory: errfunc, GLOB_ERR. */
	put("g/locked/");
	put("g/locked/in.c");
	chmod("g/locked", 0);
	if (access("g/locked/in.c", F_OK) != 0) {  /* (not as root) */
		memset(&u, 0, sizeof u);
		CHECK(ul_glob("g/locked/*.c", 0, on_error, &u) == GLOB_ABORTED && errs == 1, "errfunc aborts");
		CHECK(ul_glob("g/locked/*.c", GLOB_ERR, 0, &u) == GLOB_ABORTED, "GLOB_ERR");
		CHECK(ul_glob("g/locked/*.c", 0, 0, &u) == GLOB_NOMATCH, "unreadable skipped");
	}
	chmod("g/locked", 0755);
	/* glob never returns "." or ".." from a wildcard here, nor does
	 * glibc for "g/.*"... the comparison above covers it. */
	host_fs_cleanup();
	return check_report("glob");
}
