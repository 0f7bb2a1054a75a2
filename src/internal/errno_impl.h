/* errno itself, for the library's code that sets it without a call: a
 * fast path that stores ERANGE or the old value branch-free (powf). */
#ifndef __INTERNAL_ERRNO_IMPL_H
#define __INTERNAL_ERRNO_IMPL_H

#include <errno.h>
#include <stdint.h>

/* (hidden: the firmware build makes every symbol so, hidden.h; the host
 * builds reach it without the GOT too) */
extern int __errno_value __attribute__((visibility("hidden")));

/* a word nothing reads: the fast paths' stores that set no errno */
extern int __errno_sink __attribute__((visibility("hidden")));

/* errno = ERANGE if range_error, else left as it is, without a branch (a
 * fast path whose range errors depend on the data would mispredict one)
 * and without reading errno (a load that would wait for the previous
 * call's store): ERANGE is stored to errno or to __errno_sink, the address
 * picked by a conditional move (the empty asm keeps the compiler from
 * making it a branch again). */
static inline __attribute__((always_inline)) void __errno_erange_if(int range_error)
{
	uintptr_t m = -(uintptr_t)range_error;
	__asm__("" : "+r"(m));
	*(int *)(((uintptr_t)&__errno_value & m) | ((uintptr_t)&__errno_sink & ~m)) = ERANGE;
}

#endif
