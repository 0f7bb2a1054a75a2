/* Minimal checks for host tests.  Each test binary ends by printing
 * "host: <name>: N passed, M failed" (the runner sums these) and exits
 * non-zero when anything failed. */
#ifndef TESTS_HOST_CHECK_H
#define TESTS_HOST_CHECK_H

#include <stdio.h>
#include <stdlib.h>

static unsigned long check_passed, check_failed;

#define CHECK(cond, ...) do { \
	if (cond) check_passed++; \
	else { \
		check_failed++; \
		if (check_failed <= 50) { \
			fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
		} \
	} \
} while (0)

static inline int check_report(const char *name)
{
	printf("host: %s: %lu passed, %lu failed\n", name, check_passed, check_failed);
	return check_failed ? 1 : 0;
}

#endif
