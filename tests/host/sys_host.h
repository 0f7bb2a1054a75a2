/* The host's implementation of src/internal/sys.h, with knobs for tests. */
#ifndef TESTS_HOST_SYS_HOST_H
#define TESTS_HOST_SYS_HOST_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

/* What __sys_available() answers (1 at start; 0 simulates ExitBootServices). */
extern int host_available;
void host_set_available(int alive);
/* Pages handed out and not yet given back. */
extern long host_pages_outstanding;
/* Where to place the next pages (0: anywhere); advanced past each run. */
extern uintptr_t host_pages_hint;
/* Every call into the page functions, failed ones included. */
extern long host_pages_calls;
/* Fail page allocations after this many more (-1: never). */
extern long host_pages_fail_after;

/* Console output per fd (1, 2), and the number of writes. */
extern char host_console[3][1 << 16];
extern size_t host_console_len[3];
extern int host_console_writes[3];
/* Make console writes fail (returning -1 with this errno) when non-zero. */
extern int host_console_fail_errno;
void host_console_reset(void);
/* Whether console output (fd 1, 2) still goes somewhere once the platform
 * is gone, as with uefi_console_after_exit (0 at start). */
extern int host_console_after_exit;
/* What console input (fd 0) returns: one chunk per read call, then 0. */
extern const char *host_stdin[8];
extern int host_stdin_reads;

/* __sys_exit longjmps here when host_exit_armed, recording its arguments;
 * otherwise it aborts the test. */
extern jmp_buf host_exit_jmp;
extern int host_exit_armed, host_exit_status, host_exit_abnormal;

#endif
