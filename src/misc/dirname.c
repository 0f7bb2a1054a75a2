#include <libgen.h>
#include <string.h>

static int sep(char c)
{
	return c == '/' || c == '\\';
}

/* POSIX: the path without its last name and the separators before it; "."
 * when there is no directory, "/" when only the root is left.  "//" stays
 * "//" (POSIX leaves a leading pair implementation-defined; glibc keeps it). */
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
	path[n] = 0;
	return path;
}
