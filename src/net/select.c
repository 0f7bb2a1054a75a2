/* select over poll's readiness rules (poll.c). */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>

int select(int nfds, fd_set *__restrict r, fd_set *__restrict w, fd_set *__restrict e, struct timeval *__restrict tv)
{
	if (nfds < 0 || nfds > FD_SETSIZE || (tv && (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000))) {
		errno = EINVAL;
		return -1;
	}
	int timeout = -1;
	if (tv) {
		long long ms = tv->tv_sec * 1000 + (tv->tv_usec + 999) / 1000;
		timeout = ms > 0x7fffffff ? 0x7fffffff : (int)ms;
	}
	struct pollfd stack[64], *p = stack;
	int count = 0;
	for (int fd = 0; fd < nfds; fd++)
		if ((r && FD_ISSET(fd, r)) || (w && FD_ISSET(fd, w)) || (e && FD_ISSET(fd, e)))
			count++;
	if (count > 64 && !(p = malloc((size_t)count * sizeof *p)))
		return -1;
	int k = 0;
	for (int fd = 0; fd < nfds; fd++) {
		short ev = 0;
		if (r && FD_ISSET(fd, r))
			ev |= POLLIN;
		if (w && FD_ISSET(fd, w))
			ev |= POLLOUT;
		if (e && FD_ISSET(fd, e))
			ev |= POLLPRI;
		if (ev) {
			p[k].fd = fd;
			p[k].events = ev;
			k++;
		}
	}
	int got = poll(p, (nfds_t)k, timeout);
	if (got < 0) {
		if (p != stack)
			free(p);
		return -1;
	}
	for (int i = 0; i < k; i++)
		if (p[i].revents & POLLNVAL) {
			if (p != stack)
				free(p);
			errno = EBADF;
			return -1;
		}
	int ready = 0;
	for (int i = 0; i < k; i++) {
		int fd = p[i].fd;
		short re = p[i].revents;
		if (r && FD_ISSET(fd, r)) {
			if (re & (POLLIN | POLLHUP | POLLERR))
				ready++;
			else
				FD_CLR(fd, r);
		}
		if (w && FD_ISSET(fd, w)) {
			if (re & (POLLOUT | POLLERR))
				ready++;
			else
				FD_CLR(fd, w);
		}
		if (e && FD_ISSET(fd, e)) {
			if (re & POLLPRI)
				ready++;
			else
				FD_CLR(fd, e);
		}
	}
	if (p != stack)
		free(p);
	return ready;
}
