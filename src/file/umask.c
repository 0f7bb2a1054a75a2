#include <sys/stat.h>

/* The mask is kept and reported; FAT keeps no permission bits but the
 * read-only one, which open and mkdir never set (docs/files.md), so it
 * changes nothing else. */
static mode_t mask = 022;

mode_t umask(mode_t m)
{
	mode_t old = mask;
	mask = m & 0777;
	return old;
}
