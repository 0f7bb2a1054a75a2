#include <unistd.h>
#include "../internal/file_impl.h"

int rmdir(const char *path)
{
	return __fd_rmdir(path);
}
