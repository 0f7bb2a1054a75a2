/* The one option scanner behind getopt, getopt_long and getopt_long_only
 * (src/getopt/scan.c). */
#ifndef UEFI_LIBC_GETOPT_IMPL_H
#define UEFI_LIBC_GETOPT_IMPL_H

#include <getopt.h>

enum getopt_mode {
	GETOPT_POSIX,      /* getopt: never permutes argv */
	GETOPT_LONG,       /* getopt_long: "--name" */
	GETOPT_LONG_ONLY,  /* getopt_long_only: "-name" too */
};

int __getopt_scan(int argc, char *const argv[], const char *optstring,
                  const struct option *longopts, int *longindex,
                  enum getopt_mode mode);

#endif
