/* The system interface: everything portable code may ask of the platform.
 *
 * Portable code (src/<area>/) includes this and nothing from UEFI.  The UEFI
 * implementation lives in src/uefi/; the host tests supply their own
 * (tests/host/sys_host.c), so that portable code runs natively under
 * sanitizers.  Functions that fail set errno and return the value stated. */
#ifndef __INTERNAL_SYS_H
#define __INTERNAL_SYS_H

#include <stddef.h>

#define __SYS_PAGE_SIZE 4096u

/* Nonzero while the platform services below can be used.  Zero for good once
 * they are gone (on UEFI: once ExitBootServices has been signalled); from then
 * on portable code must not touch memory it obtained from the platform. */
int __sys_available(void);

/* npages whole pages, __SYS_PAGE_SIZE aligned, never at address 0.
 * NULL and errno = ENOMEM on failure. */
void *__sys_pages_alloc(size_t npages);
void __sys_pages_free(void *p, size_t npages);

/* Writes len bytes of UTF-8 to the console stream fd (1 = stdout, 2 = stderr).
 * Returns len, or -1 with errno set (EIO once the platform is gone). */
long __sys_console_write(int fd, const void *buf, size_t len);

/* Ends the program: gives the platform's resources back and reports status
 * to whoever started the program.  abnormal selects abort's status. */
_Noreturn void __sys_exit(int status, int abnormal);

#endif
