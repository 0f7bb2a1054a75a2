/* The table under environ.  environ points at our array unless the program
 * pointed it elsewhere, in which case the program's array is adopted (copied,
 * its strings left as the program's) before the next change. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/env_impl.h"
#include "../internal/sys.h"

/* Never NULL, so that a program may walk environ (or main's envp) at once. */
static char *empty[1];
char **environ = empty;
unsigned char *__env_flags;
static char **table;
static size_t count, cap;

/* Called by crt0, through a weak reference, before main: only programs that
 * use the environment (every way in touches environ, defined here) load
 * it, so that the others do not carry it and the allocator it needs. */
char **__env_start(void)
{
	__env_sync();
	return environ;
}

static int adopt(void)
{
	size_t n = 0;
	while (environ && environ[n])
		n++;
	char **t = malloc((n + 2) * sizeof *t);
	unsigned char *f = calloc(n + 2, 1);
	if (!t || !f) {
		free(t);
		free(f);
		errno = ENOMEM;
		return -1;
	}
	if (n)
		memcpy(t, environ, n * sizeof *t);
	t[n] = 0;
	/* The old array's strings may be in the program's new one: kept. */
	free(table);
	free(__env_flags);
	environ = table = t;
	__env_flags = f;
	count = n;
	cap = n + 2;
	return 0;
}

long __env_find(const char *name, size_t len)
{
	if (!environ)
		return -1;
	for (size_t i = 0; environ[i]; i++)
		if (!strncmp(environ[i], name, len) && environ[i][len] == '=')
			return (long)i;
	return -1;
}

int __env_reserve(void)
{
	if (environ != table || !table)
		return adopt();
	if (count + 2 <= cap)
		return 0;
	size_t ncap = cap * 2;
	char **t = realloc(table, ncap * sizeof *t);
	if (!t)
		return -1;
	environ = table = t;
	unsigned char *f = realloc(__env_flags, ncap);
	if (!f)
		return -1;
	__env_flags = f;
	cap = ncap;
	return 0;
}

void __env_set(char *str, size_t namelen, unsigned flags)
{
	long i = __env_find(str, namelen);
	if (i >= 0) {
		if (__env_flags[i] & __ENV_OWNED)
			free(table[i]);
	} else {
		i = (long)count++;
		table[count] = 0;
	}
	table[i] = str;
	__env_flags[i] = (unsigned char)flags;
}

void __env_remove(size_t i)
{
	if (__env_flags[i] & __ENV_OWNED)
		free(table[i]);
	memmove(table + i, table + i + 1, (count - i) * sizeof *table);
	memmove(__env_flags + i, __env_flags + i + 1, count - i);
	count--;
}

int __env_check_name(const char *name)
{
	if (!name || !*name || strchr(name, '=')) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int __env_check_live(void)
{
	if (!__sys_available()) {
		errno = EIO;
		return -1;
	}
	return 0;
}
