#include <getopt.h>
#include "../internal/getopt_impl.h"

int getopt_long(int argc, char *const argv[], const char *optstring,
                const struct option *longopts, int *longindex)
{
	return __getopt_scan(argc, argv, optstring, longopts, longindex, GETOPT_LONG);
}

int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const struct option *longopts, int *longindex)
{
	return __getopt_scan(argc, argv, optstring, longopts, longindex, GETOPT_LONG_ONLY);
}
