/* The library's getopt, regex, fnmatch, glob, search.h (renamed ul_*),
 * declared with the host's types where they are the same. */
#ifndef TESTS_HOST_UL_POSIX_H
#define TESTS_HOST_UL_POSIX_H

#include <getopt.h>

extern char *ul_optarg;
extern int ul_optind, ul_opterr, ul_optopt;
int ul_getopt(int argc, char *const argv[], const char *optstring);
int ul_getopt_long(int argc, char *const argv[], const char *optstring,
                   const struct option *longopts, int *longindex);
int ul_getopt_long_only(int argc, char *const argv[], const char *optstring,
                        const struct option *longopts, int *longindex);

#endif
