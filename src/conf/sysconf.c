/* sysconf: this library's limits and what the machine has (docs/posix.md). */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>
#include "../internal/sys.h"
#include "../internal/sys_conf.h"

long sysconf(int name)
{
	switch (name) {
	case _SC_ARG_MAX: return ARG_MAX;
	case _SC_CHILD_MAX: return CHILD_MAX;
	case _SC_CLK_TCK: return 100;            /* times() counts in 1/100 s */
	case _SC_NGROUPS_MAX: return NGROUPS_MAX;
	case _SC_OPEN_MAX: return OPEN_MAX;
	case _SC_STREAM_MAX: return FOPEN_MAX;
	case _SC_TZNAME_MAX: return 6;
	case _SC_JOB_CONTROL: return -1;        /* not supported; errno unchanged */
	case _SC_SAVED_IDS: return 1;
	case _SC_VERSION: return _POSIX_VERSION;
	case _SC_2_VERSION: return _POSIX2_VERSION;
	case _SC_XOPEN_VERSION: return _XOPEN_VERSION;
	case _SC_PAGESIZE: return __SYS_PAGE_SIZE;
	case _SC_IOV_MAX: return IOV_MAX;
	case _SC_GETPW_R_SIZE_MAX:
	case _SC_GETGR_R_SIZE_MAX: return 1024;
	case _SC_LOGIN_NAME_MAX: return LOGIN_NAME_MAX;
	case _SC_TTY_NAME_MAX: return TTY_NAME_MAX;
	case _SC_HOST_NAME_MAX: return HOST_NAME_MAX;
	case _SC_LINE_MAX: return LINE_MAX;
	case _SC_SYMLOOP_MAX: return SYMLOOP_MAX;
	case _SC_RE_DUP_MAX: return 255;
	case _SC_THREADS:
	case _SC_TIMERS:
	case _SC_MAPPED_FILES: return -1;       /* not provided; errno unchanged */
	case _SC_THREAD_KEYS_MAX: return PTHREAD_KEYS_MAX;
	case _SC_THREAD_STACK_MIN: return PTHREAD_STACK_MIN;
	case _SC_THREAD_THREADS_MAX: return 1;
	case _SC_MONOTONIC_CLOCK: return _POSIX_MONOTONIC_CLOCK;
	/* The program runs on one processor: UEFI starts no other for it. */
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN: return 1;
	case _SC_PHYS_PAGES:
	case _SC_AVPHYS_PAGES: {
		unsigned long long total, avail;
		if (__sys_mem_pages(&total, &avail))
			return -1;
		unsigned long long v = name == _SC_PHYS_PAGES ? total : avail;
		return v > LONG_MAX ? LONG_MAX : (long)v;
	}
	}
	errno = EINVAL;
	return -1;
}
