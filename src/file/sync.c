#include <unistd.h>
#include "../internal/file_impl.h"

/* Every open file's cached data goes to the medium (fsync of each). */
void sync(void)
{
	__fd_sync_all();
}
