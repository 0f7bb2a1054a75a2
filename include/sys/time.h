#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __DEFINED_suseconds_t
#define __DEFINED_suseconds_t
typedef long suseconds_t;
#endif

#ifndef __DEFINED_struct_timeval
#define __DEFINED_struct_timeval
struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};
#endif

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

int gettimeofday(struct timeval *__restrict tv, void *__restrict tz);
int utimes(const char *path, const struct timeval times[2]);

#ifdef __cplusplus
}
#endif

#endif
