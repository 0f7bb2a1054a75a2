/* errno itself, for the library's code that sets it without a call: a
 * fast path that sets ERANGE without a branch (powf). */
#ifndef __INTERNAL_ERRNO_IMPL_H
#define __INTERNAL_ERRNO_IMPL_H

#include <errno.h>

/* (hidden: the firmware build makes every symbol so, hidden.h; the host
 * builds reach it without the GOT too) */
extern int __errno_value __attribute__((visibility("hidden")));

/* a word nothing reads: the fast paths' stores that set no errno */
extern int __errno_sink __attribute__((visibility("hidden")));

/* errno = ERANGE if range_error, else left as it is, without a branch (a
 * fast path whose range errors depend on the data would mispredict one)
 * and without reading errno (a load that would wait for the previous
 * call's store): ERANGE is stored to errno or to __errno_sink, the address
 * picked by a conditional move (cmov, csel: what Clang makes of a select
 * between two addresses). */
static inline __attribute__((always_inline)) void __errno_erange_if(int range_error)
{
	*(range_error ? &__errno_value : &__errno_sink) = ERANGE;
}

#endif
