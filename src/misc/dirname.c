#include <libgen.h>
#include <string.h>

static int sep(char c)
{
	return c == '/' || c == '\\';
}

/* POSIX: the path without its last name and the separators before it; "."
 * when there is no directory, "/" when only the root is left.  A root
 * written as exactly two separators stays "//" (POSIX leaves that name
 * implementation-defined; glibc keeps it too). */
char *dirname(char *path)
{
	if (!path || !*path)
		return (char *)".";
	size_t n = strlen(path);
	while (n > 1 && sep(path[n - 1]))
		n--;                    /* trailing separators */
	while (n > 0 && !sep(path[n - 1]))
		n--;                    /* the last name */
	if (!n)
		return (char *)".";
	while (n > 1 && sep(path[n - 1]))
		n--;                    /* the separators before it */
	if (n == 1 && sep(path[0]) && sep(path[1]) && !sep(path[2]))
		n = 2;
	path[n] = 0;
	return path;
}
