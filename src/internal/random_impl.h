#ifndef __INTERNAL_RANDOM_IMPL_H
#define __INTERNAL_RANDOM_IMPL_H

#include <stddef.h>

/* len bytes from the platform's random source (recording which answered,
 * for uefi_entropy_source): 0, or -1 with errno. */
int __entropy(void *buf, size_t len);

/* len bytes gathered from the timing jitter of short work, timed with
 * counter (a free-running counter: x86_64 the TSC): 0, or -1 (no errno)
 * when the counter fails the health tests (it does not run, or runs in
 * step with the work).  The platform's last source (src/random/jitter.c). */
int __jitter_entropy(void *buf, size_t len, unsigned long long (*counter)(void));

#endif
