/* The option scanner behind getopt, getopt_long and getopt_long_only.
 *
 * argv is scanned element by element; inside a cluster of short options
 * ("-abc") `next` points at the next option character.  getopt_long and
 * getopt_long_only reorder argv as GNU's do ("permute"): operands met
 * before an option are skipped and, once the options after them have been
 * consumed, moved after those options, so that when -1 is returned optind
 * is the first operand and every operand follows every option, each group
 * in its original order.  [first_nonopt, last_nonopt) is the run of
 * operands skipped and not yet moved.  POSIX getopt never reorders.
 *
 * A leading '+' in optstring stops at the first operand (as does
 * POSIXLY_CORRECT in the environment for getopt_long), a leading '-'
 * returns each operand as the option 1 with optarg set to it, and a ':'
 * after those silences the messages and returns ':' for a missing
 * option-argument.  Setting optind to 0 (or to any value other than the
 * one the last call left) starts a new scan. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../internal/getopt_impl.h"

char *optarg;
int optind = 1, opterr = 1, optopt = '?';

static char *next;             /* inside a cluster of short options */
static int first_nonopt, last_nonopt;
static int left_optind = -1;   /* optind as the last call left it */
static int posixly_correct;

enum { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static int is_operand(const char *s)
{
	return s[0] != '-' || s[1] == 0;
}

static void reverse(char **v, int a, int b)
{
	for (b--; a < b; a++, b--) {
		char *t = v[a];
		v[a] = v[b];
		v[b] = t;
	}
}

/* Moves the skipped operands [first_nonopt, last_nonopt) after the options
 * consumed since, [last_nonopt, optind), keeping both orders. */
static void exchange(char **v)
{
	reverse(v, first_nonopt, last_nonopt);
	reverse(v, last_nonopt, optind);
	reverse(v, first_nonopt, optind);
	first_nonopt += optind - last_nonopt;
	last_nonopt = optind;
}

static int finish(int r)
{
	left_optind = optind;
	return r;
}

/* A long option at `next` (name, or name=value), after `prefix` ("--",
 * "-" or "-W ").  Returns -1 when getopt_long_only should try `next` as
 * short options instead. */
static int long_option(int argc, char **argv, const char *optstring,
                       const struct option *lo, int *longindex, int long_only,
                       int verbose, const char *prefix)
{
	const char *name = next;
	size_t len = strcspn(name, "=");
	const struct option *found = 0;
	int index = -1, ambiguous = 0, n = 0;

	for (const struct option *p = lo; p->name; p++, n++) {
		if (strncmp(p->name, name, len) == 0 && p->name[len] == 0) {
			found = p;
			index = n;
			break;
		}
	}
	if (!found) {
		/* A unique prefix; several prefixes that would do the same
		 * thing count as one (not for getopt_long_only, as GNU). */
		n = 0;
		for (const struct option *p = lo; p->name; p++, n++) {
			if (strncmp(p->name, name, len) != 0)
				continue;
			if (!found) {
				found = p;
				index = n;
			} else if (long_only || p->has_arg != found->has_arg ||
			           p->flag != found->flag || p->val != found->val) {
				ambiguous = 1;
			}
		}
		if (ambiguous) {
			if (verbose) {
				fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:",
				        argv[0], prefix, name);
				/* The first match and those that differ from it. */
				for (const struct option *p = lo; p->name; p++) {
					if (strncmp(p->name, name, len) == 0 &&
					    (p == found || long_only || p->has_arg != found->has_arg ||
					     p->flag != found->flag || p->val != found->val))
						fprintf(stderr, " '%s%s'", prefix, p->name);
				}
				fputc('\n', stderr);
			}
			next = 0;
			optind++;
			optopt = 0;
			return '?';
		}
	}
	if (!found) {
		if (long_only && argv[optind][1] != '-' && strchr(optstring, *next))
			return -1;
		if (verbose)
			fprintf(stderr, "%s: unrecognized option '%s%s'\n", argv[0], prefix, name);
		next = 0;
		optind++;
		optopt = 0;
		return '?';
	}

	next = 0;
	optind++;
	if (name[len] == '=') {
		if (found->has_arg == no_argument) {
			if (verbose)
				fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n",
				        argv[0], prefix, found->name);
			optopt = found->val;
			return '?';
		}
		optarg = (char *)name + len + 1;
	} else if (found->has_arg == required_argument) {
		if (optind >= argc) {
			if (verbose)
				fprintf(stderr, "%s: option '%s%s' requires an argument\n",
				        argv[0], prefix, found->name);
			optopt = found->val;
			return optstring[0] == ':' ? ':' : '?';
		}
		optarg = argv[optind++];
	}
	if (longindex)
		*longindex = index;
	if (found->flag) {
		*found->flag = found->val;
		return 0;
	}
	return found->val;
}

static int scan(int argc, char **argv, const char *optstring,
                const struct option *lo, int *longindex, enum getopt_mode mode)
{
	optarg = 0;
	if (argc < 1 || !optstring)
		return -1;

	if (optind == 0 || optind != left_optind) {
		/* A new scan: the first call, optind reset, or moved by the
		 * caller (which leaves the cluster we were in). */
		if (optind == 0) {
			optind = 1;
			posixly_correct = getenv("POSIXLY_CORRECT") != 0;
		} else if (left_optind < 0) {
			posixly_correct = getenv("POSIXLY_CORRECT") != 0;
		}
		next = 0;
		first_nonopt = last_nonopt = optind;
	}

	int order = PERMUTE;
	if (optstring[0] == '-') {
		order = RETURN_IN_ORDER;
		optstring++;
	} else if (optstring[0] == '+') {
		order = REQUIRE_ORDER;
		optstring++;
	} else if (mode == GETOPT_POSIX || posixly_correct) {
		order = REQUIRE_ORDER;
	}
	int verbose = opterr && optstring[0] != ':';

	if (!next || !*next) {
		/* The next argv element. */
		next = 0;
		if (last_nonopt > optind)
			last_nonopt = optind;
		if (first_nonopt > optind)
			first_nonopt = optind;
		if (order == PERMUTE) {
			if (first_nonopt != last_nonopt && last_nonopt != optind)
				exchange(argv);
			else if (last_nonopt != optind)
				first_nonopt = optind;
			while (optind < argc && is_operand(argv[optind]))
				optind++;
			last_nonopt = optind;
		}
		if (optind < argc && strcmp(argv[optind], "--") == 0) {
			optind++;
			if (first_nonopt != last_nonopt && last_nonopt != optind)
				exchange(argv);
			else if (first_nonopt == last_nonopt)
				first_nonopt = optind;
			last_nonopt = argc;
			optind = argc;
		}
		if (optind >= argc) {
			if (first_nonopt != last_nonopt)
				optind = first_nonopt;
			return -1;
		}
		if (is_operand(argv[optind])) {
			if (order == REQUIRE_ORDER)
				return -1;
			optarg = argv[optind++];
			return 1;
		}
		if (lo) {
			if (argv[optind][1] == '-') {
				next = argv[optind] + 2;
				return long_option(argc, argv, optstring, lo, longindex,
				                   mode == GETOPT_LONG_ONLY, verbose, "--");
			}
			if (mode == GETOPT_LONG_ONLY &&
			    (argv[optind][2] || !strchr(optstring, argv[optind][1]))) {
				next = argv[optind] + 1;
				int r = long_option(argc, argv, optstring, lo, longindex, 1,
				                    verbose, "-");
				if (r != -1)
					return r;
			}
		}
		next = argv[optind] + 1;
	}

	/* A short option. */
	char c = *next++;
	const char *spec = c == ':' || c == ';' ? 0 : strchr(optstring, c);
	if (!*next)
		optind++;
	if (!spec) {
		if (verbose)
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		optopt = (unsigned char)c;
		return '?';
	}
	if (spec[0] == 'W' && spec[1] == ';' && lo) {
		/* "-W name" is "--name". */
		if (*next) {
			/* the rest of this element */
		} else if (optind >= argc) {
			if (verbose)
				fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
			optopt = (unsigned char)c;
			return optstring[0] == ':' ? ':' : '?';
		} else {
			next = argv[optind];
		}
		return long_option(argc, argv, optstring, lo, longindex, 0, verbose, "-W ");
	}
	if (spec[1] == ':') {
		if (*next) {
			optarg = next;
			optind++;
		} else if (spec[2] == ':') {
			optarg = 0;
		} else if (optind >= argc) {
			if (verbose)
				fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
			optopt = (unsigned char)c;
			c = optstring[0] == ':' ? ':' : '?';
		} else {
			optarg = argv[optind++];
		}
		next = 0;
	}
	return (unsigned char)c;
}

int __getopt_scan(int argc, char *const argv[], const char *optstring,
                  const struct option *longopts, int *longindex,
                  enum getopt_mode mode)
{
	return finish(scan(argc, (char **)argv, optstring, longopts, longindex, mode));
}
