/* clang's <limits.h> has every value right for this LLP64 target (LONG_MAX
 * 2147483647) except MB_LEN_MAX, which it sets to 1: the library's
 * multibyte encoding is UTF-8, up to 4 bytes a character. */
#ifndef _UL_LIMITS_H
#define _UL_LIMITS_H
#include_next <limits.h>
#undef MB_LEN_MAX
#define MB_LEN_MAX 4
/* regex intervals \{m,n\} (docs/posix-text.md) */
#define RE_DUP_MAX 255

/* POSIX limits (docs/posix.md): what FAT and this library allow. */
#define PATH_MAX   4096        /* a path as given; FAT limits the resolved one to 256 units */
#define NAME_MAX   255         /* FAT long names (UTF-16 units) */
#define PIPE_BUF   4096
#define OPEN_MAX   1024
#define IOV_MAX    1024
#define LINE_MAX   2048
#define HOST_NAME_MAX 64
#define LOGIN_NAME_MAX 256
#define TTY_NAME_MAX 32
#define SYMLOOP_MAX 40
#define NGROUPS_MAX 65536
#define ARG_MAX    131072
#define CHILD_MAX  1
#define PTHREAD_KEYS_MAX 128
#define PTHREAD_DESTRUCTOR_ITERATIONS 4
#define PTHREAD_STACK_MIN 2048
#define SSIZE_MAX  LLONG_MAX
#define _POSIX_PATH_MAX 256
#define _POSIX_NAME_MAX 14
#define _POSIX_PIPE_BUF 512
#define _POSIX_OPEN_MAX 20
#define _POSIX_ARG_MAX 4096
#define _POSIX_HOST_NAME_MAX 255
#define _POSIX_SSIZE_MAX 32767
#define _POSIX2_LINE_MAX 2048
#define _XOPEN_IOV_MAX 16
#endif
