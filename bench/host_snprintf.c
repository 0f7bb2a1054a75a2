/* make bench, host part: snprintf throughput against glibc's, side by side
 * in one run, as ratios (library time / glibc time; below 1 is faster).
 * Workloads: integers "%d %u %x %ld %05d", strings "%s %-12s %.3s|", and
 * floats "%f %e %g %.17g" over fixed pseudo-random values. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include "ul.h"

static int (*volatile glibc_snprintf)(char *, size_t, const char *, ...) = snprintf;
static int (*volatile lib_snprintf)(char *, size_t, const char *, ...) = ul_snprintf;

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

#define N 4096
static int ints[N];
static double dbls[N];
static const char *strs[] = { "alpha", "a somewhat longer string", "", "x", "uefi-libc" };

static double run(int (*volatile fn)(char *, size_t, const char *, ...), int kind, int reps)
{
	char buf[256];
	unsigned sink = 0;
	double t0 = now();
	for (int r = 0; r < reps; r++)
		for (int i = 0; i < N; i++) {
			int n;
			if (kind == 0)
				n = fn(buf, sizeof buf, "%d %u %x %ld %05d", ints[i], (unsigned)ints[i] * 7u,
				       (unsigned)ints[i], (long)ints[i] * 1000003L, ints[i] % 1000);
			else if (kind == 1)
				n = fn(buf, sizeof buf, "%s %-12s %.3s|", strs[i % 5], strs[(i + 1) % 5], strs[(i + 2) % 5]);
			else
				n = fn(buf, sizeof buf, "%f %e %g %.17g", dbls[i], dbls[i], dbls[i], dbls[i]);
			sink += (unsigned)n + (unsigned char)buf[0];
		}
	double t = now() - t0;
	if (sink == 1)
		puts("");
	return t;
}

int main(void)
{
	uint64_t x = 88172645463325252ull;
	for (int i = 0; i < N; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		ints[i] = (int)(x >> 33) - (1 << 30);
		int e = (int)(x % 40) - 20;
		double m = (double)(x >> 11) / 9007199254740992.0;
		dbls[i] = m;
		while (e > 0) dbls[i] *= 10, e--;
		while (e < 0) dbls[i] /= 10, e++;
	}
	const char *names[] = { "integers", "strings", "floats" };
	const char *targets[] = { "<= 1.0", "<= 1.0", "<= 2.0" };
	for (int k = 0; k < 3; k++) {
		int reps = k == 2 ? 4 : 20;
		run(lib_snprintf, k, 2);
		run(glibc_snprintf, k, 2);
		/* Alternate short runs and keep each side's best: on a shared
		 * machine, the minimum is the figure least disturbed by others. */
		double a = 1e30, b = 1e30;
		for (int t = 0; t < 7; t++) {
			double ta = run(lib_snprintf, k, reps), tb = run(glibc_snprintf, k, reps);
			a = ta < a ? ta : a;
			b = tb < b ? tb : b;
		}
		printf("bench: host snprintf %-9s %8.1f ns/call, glibc %8.1f ns/call, ratio %.2f (target %s)\n",
		       names[k], a * 1e9 / (reps * N), b * 1e9 / (reps * N), a / b, targets[k]);
	}
	return 0;
}
