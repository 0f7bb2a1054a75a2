/* The system interface for what POSIX programs ask about the machine and
 * the platform (uname, sysconf, entropy, the console's modes; see sys.h for
 * the conventions).  Every function fails with EIO, calling nothing, once
 * __sys_available() is false, unless it says otherwise. */
#ifndef __INTERNAL_SYS_CONF_H
#define __INTERNAL_SYS_CONF_H

#include <stddef.h>

/* Memory pages the platform manages (of __SYS_PAGE_SIZE): all usable
 * ones, and the free ones now.  0, or -1 with errno. */
int __sys_mem_pages(unsigned long long *total, unsigned long long *avail);

/* The firmware: its vendor (UTF-8, NUL-terminated, cut to fit size), its
 * revision, and the specification revision it implements (major << 16 |
 * minor).  Known for the whole program: works after the platform is gone. */
int __sys_firmware(char *vendor, size_t size, unsigned *revision, unsigned *spec);

/* Fills buf with len bytes from the platform's random source: 0, and in
 * *source which one answered ("EFI_RNG_PROTOCOL", "RDRAND", "JITTER"), or
 * -1 with errno (ENOSYS: no source; EIO: none after the platform is gone).
 * Works after the platform is gone from the CPU's sources (its random
 * number instruction, else the jitter of its counter). */
int __sys_entropy(void *buf, size_t len, const char **source);

/* Where the program's image starts in memory (UEFI: the PE image base the
 * firmware loaded it at), for reports that give an address an offset a
 * symbolizer can use.  Needs no platform service: works at any time. */
const void *__sys_image_base(void);

#endif
