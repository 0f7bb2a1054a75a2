#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __DEFINED_clock_t
#define __DEFINED_clock_t
typedef long long clock_t;
#endif

struct tms {
	clock_t tms_utime;
	clock_t tms_stime;
	clock_t tms_cutime;
	clock_t tms_cstime;
};

/* In sysconf(_SC_CLK_TCK) = 100 ticks a second (docs/posix.md). */
clock_t times(struct tms *t);

#ifdef __cplusplus
}
#endif

#endif
