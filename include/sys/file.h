#ifndef _SYS_FILE_H
#define _SYS_FILE_H

/* BSD's flock (docs/posix.md), and the old names of lseek's whence. */

#include <fcntl.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LOCK_SH 1   /* shared lock */
#define LOCK_EX 2   /* exclusive lock */
#define LOCK_NB 4   /* or'd in: do not wait */
#define LOCK_UN 8   /* unlock */

#define L_SET  0    /* SEEK_SET */
#define L_INCR 1    /* SEEK_CUR */
#define L_XTND 2    /* SEEK_END */

int flock(int fd, int operation);

#ifdef __cplusplus
}
#endif

#endif
