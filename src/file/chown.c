/* Every file belongs to root (uid and gid 0): "changing" to root, or -1
 * (keep), succeeds on an existing file; any other owner is EPERM (FAT keeps
 * no owner). */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

static int owner_ok(uid_t uid, gid_t gid)
{
	if ((uid != 0 && uid != (uid_t)-1) || (gid != 0 && gid != (gid_t)-1)) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

int chown(const char *path, uid_t uid, gid_t gid)
{
	struct stat st;
	if (stat(path, &st))
		return -1;
	return owner_ok(uid, gid);
}

int lchown(const char *path, uid_t uid, gid_t gid)
{
	return chown(path, uid, gid);
}

int fchown(int fd, uid_t uid, gid_t gid)
{
	struct stat st;
	if (fstat(fd, &st))
		return -1;
	return owner_ok(uid, gid);
}
