/* getopt, getopt_long, getopt_long_only against glibc on generated argv
 * vectors: every call's return value, optind, optarg, optopt, longindex,
 * flag stores and message on stderr, and argv's final order, for short
 * clusters, attached and separate arguments, optional arguments, "--",
 * "-", operands before, between and after options, exact, abbreviated and
 * ambiguous long options, "=value" where none is allowed, "-W name", the
 * leading '+', '-' and ':' of optstring, opterr = 0 and POSIXLY_CORRECT.
 *
 * POSIX getopt never reorders argv; glibc's getopt does unless
 * POSIXLY_CORRECT is set or optstring starts with '+', so getopt is
 * compared with glibc's getopt given a '+' in front of optstring (the
 * difference is in docs/posix-text.md) and checked by hand on a few vectors.
 * glibc returns an option byte above 127 (and sets optopt to it) as a
 * negative char; the library as unsigned char, which the comparison
 * allows for. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "sys_host.h"
#include "ul.h"
#include "ul_posix_text.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static unsigned rn(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

static const char *const pool[] = {
	"-a", "-b", "-bfoo", "-ab", "-abc", "-c", "-cval", "-ca", "x", "y", "z",
	"-", "--", "--alpha", "--alpha=1", "--al", "--alp", "--beta", "--beta=2",
	"--be", "--b", "--gamma", "--gamma=", "--gamma=g", "--flag", "--fl",
	"-z", "-:", "-;", "-W", "-Walpha", "-Wbe=3", "alpha", "-alpha", "-al",
	"-be", "-beta=4", "-g", "-?", "--x=y", "--unknown", "-f", "-flag",
	"--beta2", "--alpine", "--alpine=q", "-\xe9", "--=", "-a-b",
};
static const char *const optstrings[] = {
	"ab:c::", ":ab:c::", "+ab:c::", "-ab:c::", "-:ab:c", "+:abc:",
	"abW;c:", ":W;ab", "", "a", ":", "ab:c::fg", "-", "+", "W;", "b::W",
	"a:b:c:", ("\xe9" "ab:"),
};

static int flag_ul, flag_gl;
static const struct option longs_ul[] = {
	{ "alpha", no_argument, 0, 'A' },
	{ "alpine", required_argument, 0, 'P' },
	{ "beta", required_argument, 0, 'B' },
	{ "beta2", required_argument, 0, 'B' },
	{ "gamma", optional_argument, 0, 'G' },
	{ "flag", no_argument, &flag_ul, 7 },
	{ "fl", required_argument, 0, 'F' },
	{ 0, 0, 0, 0 },
};
static const struct option longs_gl[] = {
	{ "alpha", no_argument, 0, 'A' },
	{ "alpine", required_argument, 0, 'P' },
	{ "beta", required_argument, 0, 'B' },
	{ "beta2", required_argument, 0, 'B' },
	{ "gamma", optional_argument, 0, 'G' },
	{ "flag", no_argument, &flag_gl, 7 },
	{ "fl", required_argument, 0, 'F' },
	{ 0, 0, 0, 0 },
};

/* glibc's messages, through a file that fd 2 points at meanwhile. */
static int errfd = -1, saved_err;

static void glibc_err_begin(void)
{
	if (errfd < 0) {
		FILE *f = tmpfile();
		errfd = dup(fileno(f));
		fclose(f);
	}
	fflush(stderr);
	if (ftruncate(errfd, 0) != 0 || lseek(errfd, 0, SEEK_SET) != 0)
		abort();
	saved_err = dup(2);
	dup2(errfd, 2);
}

static size_t glibc_err_end(char *buf, size_t n)
{
	fflush(stderr);
	dup2(saved_err, 2);
	close(saved_err);
	ssize_t got = pread(errfd, buf, n - 1, 0);
	buf[got > 0 ? got : 0] = 0;
	return got > 0 ? (size_t)got : 0;
}

static unsigned long vectors;

/* mode 0 getopt, 1 getopt_long, 2 getopt_long_only. */
static void one(int mode, const char *optstring, int argc, const char **args,
                int opterr_value, int posixly)
{
	char *a_ul[16], *a_gl[16];
	char store_ul[16][32], store_gl[16][32];
	a_ul[0] = a_gl[0] = "prog";
	for (int i = 1; i < argc; i++) {
		strcpy(store_ul[i], args[i]);
		strcpy(store_gl[i], args[i]);
		a_ul[i] = store_ul[i];
		a_gl[i] = store_gl[i];
	}
	a_ul[argc] = a_gl[argc] = 0;

	char gl_opt[40];
	const char *gl_optstring = optstring;
	if (mode == 0 && optstring[0] != '-' && optstring[0] != '+') {
		snprintf(gl_opt, sizeof gl_opt, "+%s", optstring);
		gl_optstring = gl_opt;
	}
	if (posixly) {
		setenv("POSIXLY_CORRECT", "1", 1);
		ul_setenv("POSIXLY_CORRECT", "1", 1);
	} else {
		unsetenv("POSIXLY_CORRECT");
		ul_unsetenv("POSIXLY_CORRECT");
	}
	optind = 0;
	ul_optind = 0;
	opterr = ul_opterr = opterr_value;
	flag_ul = flag_gl = 0;
	vectors++;

	char desc[400];
	int dl = snprintf(desc, sizeof desc, "mode %d optstring \"%s\" opterr %d posixly %d argv:",
	                  mode, optstring, opterr_value, posixly);
	for (int i = 1; i < argc && dl < 350; i++)
		dl += snprintf(desc + dl, sizeof desc - dl, " %s", args[i]);

	for (int step = 0; step < 40; step++) {
		int li_ul = -5, li_gl = -5;
		host_console_reset();
		int r_ul = mode == 0 ? ul_getopt(argc, a_ul, optstring)
		         : mode == 1 ? ul_getopt_long(argc, a_ul, optstring, longs_ul, &li_ul)
		         : ul_getopt_long_only(argc, a_ul, optstring, longs_ul, &li_ul);
		glibc_err_begin();
		int r_gl = mode == 0 ? getopt(argc, a_gl, gl_optstring)
		         : mode == 1 ? getopt_long(argc, a_gl, optstring, longs_gl, &li_gl)
		         : getopt_long_only(argc, a_gl, optstring, longs_gl, &li_gl);
		char err_gl[600];
		glibc_err_end(err_gl, sizeof err_gl);
		/* glibc returns a high option byte as a negative char. */
		if (r_gl < -1)
			r_gl &= 0xff;
		if (optopt < 0)
			optopt &= 0xff;
		char err_ul[600];
		size_t n = host_console_len[2] < sizeof err_ul - 1 ? host_console_len[2] : sizeof err_ul - 1;
		memcpy(err_ul, host_console[2], n);
		err_ul[n] = 0;

		/* optopt is set when an error is returned. */
		int same = r_ul == r_gl && ul_optind == optind &&
		           ((r_gl != '?' && r_gl != ':') || ul_optopt == optopt) &&
		           li_ul == li_gl && flag_ul == flag_gl &&
		           (ul_optarg == 0) == (optarg == 0) &&
		           (!optarg || strcmp(ul_optarg, optarg) == 0) &&
		           strcmp(err_ul, err_gl) == 0;
		CHECK(same, "%s: step %d: ul %d optind %d optopt %d li %d optarg %s err \"%s\" / "
		      "glibc %d optind %d optopt %d li %d optarg %s err \"%s\"", desc, step,
		      r_ul, ul_optind, ul_optopt, li_ul, ul_optarg ? ul_optarg : "(null)", err_ul,
		      r_gl, optind, optopt, li_gl, optarg ? optarg : "(null)", err_gl);
		if (!same || r_gl == -1)
			break;
	}
	int order = 1;
	for (int i = 1; i < argc; i++)
		order &= strcmp(a_ul[i], a_gl[i]) == 0;
	CHECK(order, "%s: argv order differs", desc);
}

static void differential(void)
{
	for (int k = 0; k < 20000; k++) {
		const char *args[16];
		int argc = 1 + (int)rn(7);
		for (int i = 1; i < argc; i++)
			args[i] = pool[rn(sizeof pool / sizeof pool[0])];
		const char *os = optstrings[rn(sizeof optstrings / sizeof optstrings[0])];
		int mode = (int)rn(3);
		one(mode, os, argc, args, rn(4) != 0, rn(4) == 0);
	}
}

/* POSIX getopt stops at the first operand: no reordering. */
static void posix_getopt(void)
{
	char a0[] = "prog", a1[] = "-a", a2[] = "file", a3[] = "-b", a4[] = "x";
	char *v[] = { a0, a1, a2, a3, a4, 0 };
	ul_unsetenv("POSIXLY_CORRECT");
	ul_optind = 0;
	ul_opterr = 1;
	CHECK(ul_getopt(5, v, "ab:") == 'a' && ul_optind == 2, "getopt -a");
	CHECK(ul_getopt(5, v, "ab:") == -1 && ul_optind == 2, "getopt stops at the operand");
	CHECK(v[2] == a2 && v[3] == a3 && v[4] == a4, "getopt leaves argv in order");
	/* getopt_long on the same vector reorders. */
	ul_optind = 0;
	CHECK(ul_getopt_long(5, v, "ab:", longs_ul, 0) == 'a', "getopt_long -a");
	CHECK(ul_getopt_long(5, v, "ab:", longs_ul, 0) == 'b' && strcmp(ul_optarg, "x") == 0,
	      "getopt_long -b x after the operand");
	CHECK(ul_getopt_long(5, v, "ab:", longs_ul, 0) == -1 && ul_optind == 4 &&
	      v[4] == a2, "getopt_long moves the operand last");
	/* Starting over by setting optind to 1 (as POSIX programs do). */
	char b1[] = "-ba";
	char *w[] = { a0, b1, 0 };
	ul_optind = 1;
	CHECK(ul_getopt(2, w, "ab") == 'b' && ul_getopt(2, w, "ab") == 'a' && ul_optind == 2 &&
	      ul_getopt(2, w, "ab") == -1, "getopt restarted with optind = 1");
	/* An option byte above 127 is returned as unsigned char. */
	char c1[] = "-\xe9";
	char *u[] = { a0, c1, 0 };
	ul_optind = 1;
	CHECK(ul_getopt(2, u, "\xe9") == 0xe9, "getopt returns option bytes as unsigned char");
	/* argc 0 and a null optstring. */
	ul_optind = 1;
	CHECK(ul_getopt(0, u, "a") == -1, "argc 0");
}

int main(void)
{
	posix_getopt();
	differential();
	printf("getopt: %lu argv vectors\n", vectors);
	return check_report("getopt");
}
