/* Users and groups: one user, root (uid and gid 0), since a UEFI program
 * holds every privilege of the machine (docs/posix.md).  Changing to
 * another id fails with EINVAL: no other id exists. */
#include <errno.h>
#include <unistd.h>

uid_t getuid(void) { return 0; }
uid_t geteuid(void) { return 0; }
gid_t getgid(void) { return 0; }
gid_t getegid(void) { return 0; }

static int only_root(unsigned id)
{
	if (id != 0) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int setuid(uid_t uid) { return only_root(uid); }
int seteuid(uid_t uid) { return only_root(uid); }
int setgid(gid_t gid) { return only_root(gid); }
int setegid(gid_t gid) { return only_root(gid); }

/* No supplementary groups. */
int getgroups(int size, gid_t list[])
{
	(void)list;
	if (size < 0) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}
