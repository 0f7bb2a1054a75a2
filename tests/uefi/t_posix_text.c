/* getopt_long over the argv the UEFI shell gives, glob over a directory
 * tree made on the FAT test disk (FAT is case-insensitive: literal
 * components match whatever the case, wildcards match the names as
 * stored), fnmatch and regex on the way (docs/posix-text.md).  Run from the
 * shell as
 *   t_posix_text.efi -v --name=Ada file1 -o out.txt "two words" --cou 3 -- -x */
#include <fnmatch.h>
#include <getopt.h>
#include <glob.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "harness.h"

static void touch(const char *path)
{
	FILE *f = fopen(path, "w");
	if (f) {
		fputs("x", f);
		fclose(f);
	}
}

static int eq(const glob_t *g, size_t i, const char *want)
{
	return i < g->gl_pathc && strcmp(g->gl_pathv[i], want) == 0;
}

int main(int argc, char **argv)
{
	th_begin("posix-text");

	/* getopt_long on the shell's argv. */
	static const struct option lo[] = {
		{ "name", required_argument, NULL, 'n' },
		{ "count", required_argument, NULL, 'c' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	int v = 0, c, bad = 0;
	const char *name = "", *out = "", *count = "";
	while ((c = getopt_long(argc, argv, "vo:", lo, NULL)) != -1) {
		switch (c) {
		case 'v': v++; break;
		case 'n': name = optarg; break;
		case 'o': out = optarg; break;
		case 'c': count = optarg; break;
		default: bad++; break;
		}
	}
	CHECK(argc == 11, "getopt_long: argc from the shell");
	CHECK(v == 1 && !bad && strcmp(name, "Ada") == 0 &&
	      strcmp(out, "out.txt") == 0 && strcmp(count, "3") == 0, "getopt_long: options");
	CHECK(optind == 8 && argc == 11 &&
	      strcmp(argv[8], "file1") == 0 && strcmp(argv[9], "two words") == 0 &&
	      strcmp(argv[10], "-x") == 0, "getopt_long: operands permuted last, in order");

	/* glob over a tree on the disk. */
	mkdir("/pg", 0755);
	mkdir("/pg/sub", 0755);
	mkdir("/pg/sub2", 0755);
	touch("/pg/a.c");
	touch("/pg/b.c");
	touch("/pg/Readme.TXT");
	touch("/pg/.hidden.c");
	touch("/pg/sub/x.c");
	touch("/pg/sub2/y.c");
	glob_t g;
	CHECK(glob("/pg/*.c", 0, NULL, &g) == 0 && g.gl_pathc == 2 &&
	      eq(&g, 0, "/pg/a.c") && eq(&g, 1, "/pg/b.c") && g.gl_pathv[2] == NULL, "glob *.c");
	globfree(&g);
	CHECK(glob("/pg/*/*.c", 0, NULL, &g) == 0 && g.gl_pathc == 2 &&
	      eq(&g, 0, "/pg/sub/x.c") && eq(&g, 1, "/pg/sub2/y.c"), "glob */*.c");
	globfree(&g);
	CHECK(glob("/pg/s*", GLOB_MARK, NULL, &g) == 0 && g.gl_pathc == 2 &&
	      eq(&g, 0, "/pg/sub/") && eq(&g, 1, "/pg/sub2/"), "glob GLOB_MARK");
	globfree(&g);
	CHECK(glob("/PG/readme.txt", 0, NULL, &g) == 0 && g.gl_pathc == 1 &&
	      eq(&g, 0, "/PG/readme.txt"), "glob literal, any case (FAT)");
	globfree(&g);
	CHECK(glob("/pg/R*", 0, NULL, &g) == 0 && g.gl_pathc == 1 &&
	      eq(&g, 0, "/pg/Readme.TXT"), "glob wildcard, the stored case");
	globfree(&g);
	CHECK(glob("/pg/read*", 0, NULL, &g) == GLOB_NOMATCH, "glob wildcard is case-sensitive");
	CHECK(glob("/pg/.*.c", 0, NULL, &g) == 0 && g.gl_pathc == 1 && eq(&g, 0, "/pg/.hidden.c"), "glob hidden");
	globfree(&g);
	CHECK(glob("/pg/*.h", GLOB_NOCHECK, NULL, &g) == 0 && g.gl_pathc == 1 &&
	      eq(&g, 0, "/pg/*.h"), "glob GLOB_NOCHECK");
	globfree(&g);
	CHECK(glob("/nope/*.c", GLOB_ERR, NULL, &g) == GLOB_ABORTED, "glob missing directory, GLOB_ERR");

	/* fnmatch and regex. */
	CHECK(fnmatch("*/*.c", "pg/a.c", FNM_PATHNAME) == 0 &&
	      fnmatch("*.c", "pg/a.c", FNM_PATHNAME) == FNM_NOMATCH, "fnmatch");
	regex_t re;
	regmatch_t m[3];
	CHECK(regcomp(&re, "([a-z]+)=([0-9]+)", REG_EXTENDED) == 0, "regcomp");
	CHECK(regexec(&re, "set width=640 now", 3, m, 0) == 0 && m[0].rm_so == 4 &&
	      m[0].rm_eo == 13 && m[1].rm_eo == 9 && m[2].rm_so == 10, "regexec");
	regfree(&re);
	CHECK(regcomp(&re, "\\(ab*\\)x\\1", 0) == 0 &&
	      regexec(&re, "abbxabb", 0, NULL, 0) == 0 && regexec(&re, "abbxab", 1, m, 0) == REG_NOMATCH &&
	      regexec(&re, "zabxab", 1, m, 0) == 0 && m[0].rm_so == 1 && m[0].rm_eo == 6, "regcomp BRE back-reference");
	regfree(&re);
	th_end();
	return 0;
}
