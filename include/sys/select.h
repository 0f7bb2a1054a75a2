#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <sys/time.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FD_SETSIZE 1024

typedef struct {
	unsigned long long fds_bits[FD_SETSIZE / 64];
} fd_set;

#define FD_ZERO(s) do { for (unsigned __i = 0; __i < FD_SETSIZE / 64; __i++) (s)->fds_bits[__i] = 0; } while (0)
#define FD_SET(d, s)   ((s)->fds_bits[(unsigned)(d) / 64] |= 1ull << ((unsigned)(d) % 64))
#define FD_CLR(d, s)   ((s)->fds_bits[(unsigned)(d) / 64] &= ~(1ull << ((unsigned)(d) % 64)))
#define FD_ISSET(d, s) (((s)->fds_bits[(unsigned)(d) / 64] >> ((unsigned)(d) % 64)) & 1)

int select(int nfds, fd_set *__restrict r, fd_set *__restrict w, fd_set *__restrict e, struct timeval *__restrict timeout);

#ifdef __cplusplus
}
#endif

#endif
