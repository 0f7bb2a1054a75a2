#include <unistd.h>
#include "../internal/sys.h"

int getpagesize(void)
{
	return __SYS_PAGE_SIZE;
}
