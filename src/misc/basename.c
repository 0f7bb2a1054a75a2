#include <libgen.h>
#include <string.h>

static int sep(char c)
{
	return c == '/' || c == '\\';
}

/* POSIX: the last name, trailing separators removed; "/" for a path of
 * separators only, "." for NULL or "". */
char *basename(char *path)
{
	if (!path || !*path)
		return (char *)".";
	size_t n = strlen(path);
	while (n > 1 && sep(path[n - 1]))
		n--;
	if (sep(path[n - 1]))
		return (char *)"/";
	path[n] = 0;
	while (n > 0 && !sep(path[n - 1]))
		n--;
	return path + n;
}
