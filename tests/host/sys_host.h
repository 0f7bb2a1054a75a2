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

/* Time (src/internal/sys_time.h).  The wall clock reads host_wall (a
 * local civil time and its zone) unless host_wall_errno is set; the
 * monotonic clock reads host_mono_ns; sleeps add to host_slept_us and fail
 * with ENOSYS once host_set_available(0). */
struct host_wall {
	int year, mon, mday, hour, min, sec;
	long nsec;
	int zone_known, utcoff, isdst;
};
extern struct host_wall host_wall;
extern int host_wall_errno;
extern long host_wall_res_ns;
extern unsigned long long host_mono_ns;
extern int host_mono_errno;
extern unsigned long long host_slept_us;
extern int host_sleep_calls;

/* The environment interface (src/internal/sys_env.h): a fake shell
 * environment when host_env_external is set. */
extern int host_env_external;
#define HOST_ENV_MAX 64
extern char *host_env_names[HOST_ENV_MAX], *host_env_values[HOST_ENV_MAX];
/* Stores fail with this errno when nonzero; stores of host_env_readonly
 * (when set) fail with EINVAL, as the shell's read-only variables do. */
extern int host_env_fail_errno;
extern const char *host_env_readonly;
extern int host_env_stores;
void host_env_clear(void);
void host_env_put(const char *name, const char *value);   /* value NULL: remove */
const char *host_env_get(const char *name);
/* What system() runs (NULL: no command processor). */
extern int (*host_command)(const char *command);

/* sys_conf.h's entropy: set to make it fail with that errno; calls made. */
extern int host_entropy_errno;
extern long host_entropy_calls;

/* DNS (sys_net.h): __sys_dns_lookup answers name of family af (2: AF_INET,
 * 10: AF_INET6) with count addresses (4 or 16 bytes each, network order),
 * or with error (a negative EAI_* code) when it is non-zero; other names
 * are EAI_NONAME.  __sys_dns_reverse gives the name of an entry's first
 * address (of the family asked).  Up to 8 entries, ended by a NULL name; every call counts. */
struct host_dns_entry {
	const char *name;
	int af, count, error;
	unsigned char addrs[4][16];
};
extern struct host_dns_entry host_dns[8];
extern int host_dns_queries;
/* __sys_net_addrs6: the interface's IPv6 addresses (none by default). */
extern unsigned char host_addrs6[4][16];
extern int host_addrs6_count;
/* __sys_net_ipv4_configured (1 by default). */
extern int host_ipv4_configured;

/* The counted fault injector (test_fault.c): every call at the sys*.h
 * boundary that can fail on the firmware counts; call host_fault_at (1-based;
 * 0: none) fails with an errno the UEFI layer gives for that function
 * (rotated through its list), and host_fault_fn/host_fault_errno say which.
 * With host_fault_only set, only calls of that function count. */
extern long host_fault_calls, host_fault_at;
extern const char *host_fault_fn, *host_fault_only;
extern int host_fault_errno;
/* 1 when this call is the one that fails (errno set); the caller returns
 * its error value.  errs: the errno values it may fail with, 0-terminated. */
int host_fault(const char *fn, const int *errs);
#define HOST_FAULT(fn, ...) host_fault(fn, (const int[]){ __VA_ARGS__, 0 })

/* termios's console settings as last set (__sys_console_mode), and how
 * often typed input was dropped (__sys_console_discard). */
extern unsigned host_con_mode;
extern unsigned char host_con_vmin, host_con_vtime;
extern int host_con_discards;
/* The console's size __sys_console_size reports, and whether it fails (EIO). */
extern unsigned host_con_cols, host_con_rows;
extern int host_con_size_fails;

#endif
