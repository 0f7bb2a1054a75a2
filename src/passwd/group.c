/* The group database: one group, root, gid 0, with root as its member
 * (see passwd.c). */
#include <errno.h>
#include <grp.h>
#include <stdint.h>
#include <string.h>

static char name[] = "root", passwd[] = "";
static char *members[] = { name, 0 };
static struct group root = { name, passwd, 0, members };
static int listed;

struct group *getgrgid(gid_t gid)
{
	return gid == 0 ? &root : 0;
}

struct group *getgrnam(const char *n)
{
	return strcmp(n, name) == 0 ? &root : 0;
}

static int copy(struct group *gr, char *buf, size_t size, struct group **res)
{
	/* the member list (aligned) first, then the strings */
	size_t align = (size_t)(-(uintptr_t)buf & (sizeof(char *) - 1));
	size_t need = align + 2 * sizeof(char *) + sizeof name + sizeof passwd;
	*res = 0;
	if (size < need)
		return ERANGE;
	char **mem = (char **)(void *)(buf + align);
	char *s = (char *)(mem + 2);
	memcpy(s, name, sizeof name);
	memcpy(s + sizeof name, passwd, sizeof passwd);
	mem[0] = s;
	mem[1] = 0;
	gr->gr_name = s;
	gr->gr_passwd = s + sizeof name;
	gr->gr_gid = 0;
	gr->gr_mem = mem;
	*res = gr;
	return 0;
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **res)
{
	*res = 0;
	return gid == 0 ? copy(gr, buf, size, res) : 0;
}

int getgrnam_r(const char *n, struct group *gr, char *buf, size_t size, struct group **res)
{
	*res = 0;
	return strcmp(n, name) == 0 ? copy(gr, buf, size, res) : 0;
}

struct group *getgrent(void)
{
	return listed++ ? 0 : &root;
}

void setgrent(void)
{
	listed = 0;
}

void endgrent(void)
{
	listed = 0;
}
