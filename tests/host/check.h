/* Minimal checks for host tests.  Each test binary ends by printing
 * "host: <name>: N passed, M failed" (the runner sums these) and exits
 * non-zero when anything failed. */
#ifndef TESTS_HOST_CHECK_H
#define TESTS_HOST_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* xorshift64: the tests' reproducible randomness; *state is the seed and
 * must not be 0. */
static inline uint64_t check_xorshift(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

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
