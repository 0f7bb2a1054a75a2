#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __DEFINED_useconds_t
#define __DEFINED_useconds_t
typedef unsigned useconds_t;
#endif

/* Sleeps (see docs/time.md). */
unsigned sleep(unsigned seconds);
int usleep(useconds_t usec);

#ifdef __cplusplus
}
#endif

#endif
