#include <errno.h>
#include <stddef.h>
#include <uefi/entropy.h>
#include "../internal/random_impl.h"
#include "../internal/sys_conf.h"

static const char *last;

int __entropy(void *buf, size_t len)
{
	const char *src;
	if (__sys_entropy(buf, len, &src))
		return -1;
	last = src;
	return 0;
}

const char *uefi_entropy_source(void)
{
	return last;
}
