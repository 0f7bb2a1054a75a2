#include <unistd.h>
#include "../internal/file_impl.h"

int unlink(const char *path)
{
	return __fd_unlink(path);
}
