/* The system interface: everything portable code may ask of the platform.
 *
 * Portable code (src/<area>/) includes this and nothing from UEFI.  The UEFI
 * implementation lives in src/uefi/; the host tests supply their own
 * (tests/host/sys_host.c), so that portable code runs natively under
 * sanitizers.  Functions that fail set errno and return the value stated. */
#ifndef __INTERNAL_SYS_H
#define __INTERNAL_SYS_H

#include <stdatomic.h>
#include <stddef.h>

#define __SYS_PAGE_SIZE 4096u

/* Whether the platform services below can be used: nonzero until they are
 * gone for good (on UEFI: once ExitBootServices has been signalled), after
 * which portable code must not touch memory it obtained from the platform.
 * Read inline on every malloc and free, so it is two words the platform
 * layer keeps rather than a call: a token its shutdown notification clears,
 * and a word the platform itself clears (UEFI: the system table's
 * BootServices field).  Both are non-NULL while the services live. */
extern void *_Atomic __sys_alive_token;
extern void *const volatile *__sys_alive_field;

static inline int __sys_available(void)
{
	return atomic_load_explicit(&__sys_alive_token, memory_order_acquire) != 0 && *__sys_alive_field != 0;
}

/* npages whole pages, __SYS_PAGE_SIZE aligned, never at address 0.
 * NULL and errno = ENOMEM on failure. */
void *__sys_pages_alloc(size_t npages);
void __sys_pages_free(void *p, size_t npages);

/* Writes len bytes of UTF-8 to the console stream fd (1 = stdout, 2 = stderr).
 * Returns len, or -1 with errno set (EIO once the platform is gone). */
long __sys_console_write(int fd, const void *buf, size_t len);

/* Asked only once the platform is gone (!__sys_available()): whether the
 * console output stream fd (1 or 2) still has somewhere to go, so that
 * stdio keeps handing it bytes (UEFI: a sink chosen with
 * uefi_console_after_exit).  0 for any other fd. */
int __sys_console_after_exit(int fd);

/* Reads console input (fd 0) as UTF-8: a line at a time, edited as it is
 * typed (echo, backspace), ending in '\n'.  Returns up to len bytes, 0 at
 * end of input, or -1 with errno set (EIO once the platform is gone). */
long __sys_console_read(int fd, void *buf, size_t len);

/* Console input as termios sets it (src/termios/): mode bits, and for
 * non-canonical input VMIN and VTIME (tenths of a second), as POSIX
 * defines them.  The default is canonical input with echo and Enter as
 * '\n'.  A redirected stdin (a file) is not affected. */
#define __SYS_CON_CANON 1u      /* line editing; else keys as typed */
#define __SYS_CON_ECHO  2u      /* typed characters are shown */
#define __SYS_CON_CRNL  4u      /* Enter reads as '\n' (else '\r') */
void __sys_console_mode(unsigned mode, unsigned char vmin, unsigned char vtime);
/* Drops typed input not read yet (tcflush). */
void __sys_console_discard(void);
/* The console's size in its current mode (ioctl TIOCGWINSZ): 0, or -1
 * with errno (EIO once the platform is gone or without a console). */
int __sys_console_size(unsigned *cols, unsigned *rows);

/* The stack main runs on: its usable size in bytes, and a lower limit for
 * the stack probe to enforce, size bytes below its top (0, or -1 when that
 * is more than the stack has). */
size_t __sys_stack_size(void);
int __sys_stack_set_limit(size_t size);

/* Ends the program: gives the platform's resources back and reports status
 * to whoever started the program.  abnormal selects abort's status. */
_Noreturn void __sys_exit(int status, int abnormal);

#endif
