/* The user database: one user, root, uid and gid 0, home "/" (the root of
 * the current volume), shell "shell.efi" (docs/posix.md).  A name or id
 * that is not root is "not found": NULL with errno unchanged (or 0 from the
 * _r forms, with *res NULL), as POSIX says. */
#include <errno.h>
#include <pwd.h>
#include <string.h>

static char name[] = "root", passwd[] = "", gecos[] = "root", dir[] = "/", shell[] = "shell.efi";
static struct passwd root = { name, passwd, 0, 0, gecos, dir, shell };
static int listed;

struct passwd *getpwuid(uid_t uid)
{
	return uid == 0 ? &root : 0;
}

struct passwd *getpwnam(const char *n)
{
	return strcmp(n, name) == 0 ? &root : 0;
}

static int copy(struct passwd *pw, char *buf, size_t size, struct passwd **res)
{
	const char *s[5] = { name, passwd, gecos, dir, shell };
	char **d[5] = { &pw->pw_name, &pw->pw_passwd, &pw->pw_gecos, &pw->pw_dir, &pw->pw_shell };
	size_t need = 0;
	for (int i = 0; i < 5; i++)
		need += strlen(s[i]) + 1;
	*res = 0;
	if (size < need)
		return ERANGE;
	for (int i = 0; i < 5; i++) {
		size_t k = strlen(s[i]) + 1;
		memcpy(buf, s[i], k);
		*d[i] = buf;
		buf += k;
	}
	pw->pw_uid = 0;
	pw->pw_gid = 0;
	*res = pw;
	return 0;
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **res)
{
	*res = 0;
	return uid == 0 ? copy(pw, buf, size, res) : 0;
}

int getpwnam_r(const char *n, struct passwd *pw, char *buf, size_t size, struct passwd **res)
{
	*res = 0;
	return strcmp(n, name) == 0 ? copy(pw, buf, size, res) : 0;
}

struct passwd *getpwent(void)
{
	return listed++ ? 0 : &root;
}

void setpwent(void)
{
	listed = 0;
}

void endpwent(void)
{
	listed = 0;
}
