#include <errno.h>
#include "../internal/rlimit.h"
#include "../internal/sys.h"

/* POSIX: a soft limit above the hard one is EINVAL; raising the hard limit
 * needs a privilege nobody has here (EPERM).  Lowering RLIMIT_STACK's soft
 * limit moves the limit the stack probe enforces; RLIMIT_NOFILE cannot be
 * lowered below the table (EINVAL: the table is fixed); the other limits
 * are recorded and read back, not enforced (docs/process.md). */
int setrlimit(int resource, const struct rlimit *rl)
{
	if (resource < 0 || resource >= RLIMIT_NLIMITS || rl->rlim_cur > rl->rlim_max) {
		errno = EINVAL;
		return -1;
	}
	__rlimits_init();
	struct rlimit *now = &__rlimits[resource];
	if (rl->rlim_max > now->rlim_max) {
		errno = EPERM;
		return -1;
	}
	if (resource == RLIMIT_NOFILE && rl->rlim_cur != now->rlim_cur) {
		errno = EINVAL;
		return -1;
	}
	if (resource == RLIMIT_STACK && __sys_stack_set_limit((size_t)rl->rlim_cur) < 0) {
		errno = EINVAL;
		return -1;
	}
	*now = *rl;
	return 0;
}
