#include <errno.h>
#include <time.h>

/* Returns the error number instead of setting errno, as POSIX says. */
int clock_nanosleep(clockid_t id, int flags, const struct timespec *req, struct timespec *rem)
{
	int saved = errno, r = 0;
	struct timespec now, rel = *req;
	if (id != CLOCK_REALTIME && id != CLOCK_MONOTONIC && id != CLOCK_BOOTTIME) {
		r = id == CLOCK_PROCESS_CPUTIME_ID || id == CLOCK_THREAD_CPUTIME_ID ? ENOTSUP : EINVAL;
		goto out;
	}
	if (req->tv_nsec < 0 || req->tv_nsec > 999999999) {
		r = EINVAL;
		goto out;
	}
	if (flags & TIMER_ABSTIME) {
		if (clock_gettime(id, &now)) {
			r = errno;
			goto out;
		}
		rel.tv_sec = req->tv_sec - now.tv_sec;
		rel.tv_nsec = req->tv_nsec - now.tv_nsec;
		if (rel.tv_nsec < 0)
			rel.tv_nsec += 1000000000, rel.tv_sec--;
		if (rel.tv_sec < 0)
			goto out;
		rem = 0;
	}
	if (nanosleep(&rel, rem))
		r = errno;
out:
	errno = saved;
	return r;
}
