#include <errno.h>
#include <sys/mman.h>

#include "../internal/mman_impl.h"

/* Checked as POSIX says, and recorded nowhere: the program has no page
 * tables of its own, so every mapping stays readable and writable
 * (docs/posix.md). */
int mprotect(void *addr, size_t len, int prot)
{
	uintptr_t end;
	if (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)) {
		errno = EINVAL;
		return -1;
	}
	return __mman_mapped(addr, len, &end);
}
