#include <errno.h>
#include "../internal/errno_impl.h"

int __errno_value;
int __errno_sink;

int *__errno_location(void)
{
	return &__errno_value;
}
