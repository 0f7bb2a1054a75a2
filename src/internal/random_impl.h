#ifndef __INTERNAL_RANDOM_IMPL_H
#define __INTERNAL_RANDOM_IMPL_H

#include <stddef.h>

/* len bytes from the platform's random source (recording which answered,
 * for uefi_entropy_source): 0, or -1 with errno. */
int __entropy(void *buf, size_t len);

#endif
