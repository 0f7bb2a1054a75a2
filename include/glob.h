#ifndef _GLOB_H
#define _GLOB_H

/* Pathname expansion (docs/posix-text.md). */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	size_t gl_pathc;   /* paths matched */
	char **gl_pathv;   /* gl_offs NULLs, the paths, NULL */
	size_t gl_offs;    /* NULLs to reserve (GLOB_DOOFFS) */
	size_t __alloc;    /* entries allocated in gl_pathv */
} glob_t;

/* flags (glibc's values) */
#define GLOB_ERR      1
#define GLOB_MARK     2
#define GLOB_NOSORT   4
#define GLOB_DOOFFS   8
#define GLOB_NOCHECK  16
#define GLOB_APPEND   32
#define GLOB_NOESCAPE 64

/* results */
#define GLOB_NOSPACE  1
#define GLOB_ABORTED  2
#define GLOB_NOMATCH  3

int glob(const char *restrict pattern, int flags,
         int (*errfunc)(const char *epath, int eerrno), glob_t *restrict pglob);
void globfree(glob_t *pglob);

#ifdef __cplusplus
}
#endif

#endif
