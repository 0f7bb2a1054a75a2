/* <sys/resource.h> (src/resource/): getrlimit/setrlimit/getrusage against
 * POSIX and Linux's numbers (glibc's <sys/resource.h> here), over the
 * host's pretend 8 MiB stack (sys_host.c). */
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include "check.h"
#include "ul.h"

struct ul_rlimit {
	unsigned long long cur, max;
};
struct ul_rusage {
	struct { long long sec; long usec; } utime, stime;
	long rest[14];
};
int ul_getrlimit(int resource, struct ul_rlimit *rl);
int ul_setrlimit(int resource, const struct ul_rlimit *rl);
int ul_getrusage(int who, struct ul_rusage *ru);
extern size_t host_stack_limit;
#define INF (~0ull)

int main(void)
{
	struct ul_rlimit r;
	/* Linux's numbers, as glibc has them. */
	CHECK(RLIMIT_STACK == 3 && RLIMIT_NOFILE == 7 && RLIMIT_CORE == 4 && RLIMIT_AS == 9 && RLIM_NLIMITS == 16,
	      "glibc's RLIMIT_* numbers are the ones include/sys/resource.h uses");
	CHECK(ul_getrlimit(RLIMIT_STACK, &r) == 0 && r.cur == 8u << 20 && r.max == 8u << 20,
	      "RLIMIT_STACK: the stack's size, soft and hard (%llu %llu)", r.cur, r.max);
	CHECK(ul_getrlimit(RLIMIT_NOFILE, &r) == 0 && r.cur == 1024 && r.max == 1024, "RLIMIT_NOFILE: the table");
	for (int i = 0; i < RLIM_NLIMITS; i++)
		if (i != RLIMIT_STACK && i != RLIMIT_NOFILE)
			CHECK(ul_getrlimit(i, &r) == 0 && r.cur == INF && r.max == INF, "resource %d is RLIM_INFINITY", i);
	ul_errno = 0;
	CHECK(ul_getrlimit(RLIM_NLIMITS, &r) == -1 && ul_errno == EINVAL, "unknown resource: EINVAL");
	ul_errno = 0;
	CHECK(ul_getrlimit(-1, &r) == -1 && ul_errno == EINVAL, "negative resource: EINVAL");

	ul_errno = 0;
	CHECK(ul_setrlimit(RLIMIT_STACK, &(struct ul_rlimit){ 9u << 20, 8u << 20 }) == -1 && ul_errno == EINVAL,
	      "soft above hard: EINVAL");
	ul_errno = 0;
	CHECK(ul_setrlimit(RLIMIT_STACK, &(struct ul_rlimit){ 8u << 20, 16u << 20 }) == -1 && ul_errno == EPERM,
	      "the stack's hard limit cannot be raised: EPERM");
	CHECK(ul_setrlimit(RLIMIT_STACK, &(struct ul_rlimit){ 1u << 20, 8u << 20 }) == 0 && host_stack_limit == 1u << 20 &&
	      ul_getrlimit(RLIMIT_STACK, &r) == 0 && r.cur == 1u << 20 && r.max == 8u << 20,
	      "lowering the stack's soft limit moves the probe's limit");
	CHECK(ul_setrlimit(RLIMIT_STACK, &(struct ul_rlimit){ 8u << 20, 8u << 20 }) == 0 && host_stack_limit == 8u << 20,
	      "... and it goes back up to the hard limit");
	CHECK(ul_setrlimit(RLIMIT_CORE, &(struct ul_rlimit){ 0, 4096 }) == 0 && ul_getrlimit(RLIMIT_CORE, &r) == 0 &&
	      r.cur == 0 && r.max == 4096, "other limits are recorded and read back");
	ul_errno = 0;
	CHECK(ul_setrlimit(RLIMIT_CORE, &(struct ul_rlimit){ 0, 8192 }) == -1 && ul_errno == EPERM,
	      "a lowered hard limit cannot be raised again: EPERM");
	ul_errno = 0;
	CHECK(ul_setrlimit(RLIMIT_NOFILE, &(struct ul_rlimit){ 100, 1024 }) == -1 && ul_errno == EINVAL,
	      "the descriptor table's size cannot change: EINVAL");
	ul_errno = 0;
	CHECK(ul_setrlimit(99, &(struct ul_rlimit){ 0, 0 }) == -1 && ul_errno == EINVAL, "setrlimit: unknown resource");

	struct ul_rusage ru;
	memset(&ru, 0xff, sizeof ru);
	CHECK(ul_getrusage(RUSAGE_CHILDREN, &ru) == 0 && ru.utime.sec == 0 && ru.utime.usec == 0 && ru.rest[13] == 0,
	      "RUSAGE_CHILDREN: zeros");
	CHECK(ul_getrusage(RUSAGE_SELF, &ru) == 0 && ru.utime.usec >= 0 && ru.utime.usec < 1000000 && ru.stime.sec == 0,
	      "RUSAGE_SELF: user time in range, no system time");
	ul_errno = 0;
	CHECK(ul_getrusage(5, &ru) == -1 && ul_errno == EINVAL, "getrusage: unknown who: EINVAL");
	return check_report("resource");
}
