/* poll over sockets, the console and files.  Files are always ready; the
 * console's output is always ready, its input is reported readable (a read
 * waits for a line, as on a terminal in canonical mode).  Sockets ask the
 * platform; while nothing is ready the stack is polled (__sys_net_idle)
 * until the timeout, measured on the monotonic clock. */
#include <errno.h>
#include <poll.h>
#include <time.h>
#include "../internal/sock_impl.h"
#include "../internal/sys.h"

static short revents(const struct pollfd *p)
{
	if (p->fd < 0)
		return 0;
	struct __fd *d = __fd_get(p->fd);
	if (!d)
		return POLLNVAL;
	short in = POLLIN | POLLRDNORM, out = POLLOUT | POLLWRNORM;
	short want = p->events | POLLERR | POLLHUP;
	if (!__fd_is_sock(d))
		return (short)((in | out) & want);
	struct __sock *s = d->obj;
	if (!__sys_available())
		return (short)(POLLERR | POLLHUP);
	if (s->type == SOCK_DGRAM) {
		unsigned r = s->udp ? __sys_udp_ready(s->udp) : __SYS_TCP_WRITE;
		short e = 0;
		if (r & __SYS_TCP_READ || s->shut_rd)
			e |= in;
		if (r & __SYS_TCP_WRITE)
			e |= out;
		if (r & __SYS_TCP_ERR)
			e |= POLLERR;
		return (short)(e & want);
	}
	__sock_settle(s);
	if (!s->tcp)    /* never connected: writable and hung up, as Linux says */
		return (short)((POLLOUT | POLLHUP) & want);
	unsigned r = __sys_tcp_ready(s->tcp);
	if (s->connecting)
		return 0;
	short e = 0;
	if (r & __SYS_TCP_READ || s->shut_rd)
		e |= in;
	if (r & __SYS_TCP_WRITE)
		e |= out;
	if (r & __SYS_TCP_HUP)
		e |= POLLHUP;
	if ((r & __SYS_TCP_ERR) || s->so_error)
		e |= POLLERR;
	return (short)(e & want);
}

static long long ms_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int poll(struct pollfd *fds, nfds_t n, int timeout)
{
	if (n > 1024) {
		errno = EINVAL;
		return -1;
	}
	long long start = timeout > 0 ? ms_now() : 0;
	for (;;) {
		int count = 0;
		for (nfds_t i = 0; i < n; i++) {
			fds[i].revents = revents(&fds[i]);
			if (fds[i].revents)
				count++;
		}
		if (count || timeout == 0)
			return count;
		if (timeout > 0 && ms_now() - start >= timeout)
			return 0;
		if (!__sys_available()) {
			/* Nothing can change any more: wait no longer. */
			errno = EIO;
			return -1;
		}
		__sys_net_idle();
	}
}
