#include "../internal/file_impl.h"
#include "../internal/sys_time.h"

/* A file's time as the platform reports it (civil, with or without a zone:
 * FAT stores none, and no zone is taken as UTC), in seconds since the epoch;
 * 0 for "no time" and for fields that are no date. */
long long __file_time(const struct __sys_wall *t)
{
	long long s;
	return t->year && !__wall_to_epoch(t, &s) ? s : 0;
}
