#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

/* long is 32 bits on this target (LLP64): offsets, sizes and times are
 * long long so that files past 2 GiB and dates past 2038 work. */
#ifndef __DEFINED_off_t
#define __DEFINED_off_t
typedef long long off_t;
#endif
#ifndef __DEFINED_ssize_t
#define __DEFINED_ssize_t
typedef long long ssize_t;
#endif
#ifndef __DEFINED_time_t
#define __DEFINED_time_t
typedef long long time_t;
#endif
#ifndef __DEFINED_mode_t
#define __DEFINED_mode_t
typedef unsigned int mode_t;
#endif
typedef unsigned long long ino_t;
typedef unsigned long long dev_t;
typedef unsigned int nlink_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef int pid_t;
typedef long long blksize_t;
typedef long long blkcnt_t;

#endif
