/* stdio over the host console: buffering modes, the number of device
 * writes, failure once the platform is gone (and no device call then), and
 * the exit paths: atexit order, flushing, page release, status. */
#include <errno.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"
#include "ul.h"

static int out_is(int fd, const char *want)
{
	return host_console_len[fd] == strlen(want) && memcmp(host_console[fd], want, strlen(want)) == 0;
}

static char order[16];
static void h1(void) { strcat(order, "1"); }
static void h2(void) { strcat(order, "2"); }
static void h3(void) { strcat(order, "3"); ul_printf("from handler\n"); }

int main(void)
{
	host_console_reset();
	ul_printf("abc");
	CHECK(host_console_writes[1] == 0, "stdout: no write before newline");
	ul_printf("%d\n", 12);
	CHECK(host_console_writes[1] == 1 && out_is(1, "abc12\n"), "stdout: one write at newline");
	ul_puts("x");
	ul_putchar('y');
	ul_fputc('\n', ul_stdout);
	CHECK(host_console_writes[1] == 3 && out_is(1, "abc12\nx\ny\n"), "puts/putchar/fputc line buffered");

	host_console_reset();
	char big[5000];
	memset(big, 'q', sizeof big - 1);
	big[sizeof big - 1] = 0;
	ul_fputs(big, ul_stdout);
	CHECK(host_console_writes[1] == 4, "full buffers are written whole (%d writes for 4999 bytes)",
	      host_console_writes[1]);
	ul_fflush(ul_stdout);
	CHECK(host_console_len[1] == 4999 && host_console_writes[1] == 5, "fflush writes the rest");

	host_console_reset();
	ul_fputs("err1\n", ul_stderr);
	ul_fputs("err2", ul_stderr);
	CHECK(host_console_writes[2] == 2 && out_is(2, "err1\nerr2"), "stderr unbuffered: a write per call");
	host_console_reset();
	ul_fprintf(ul_stderr, "%s %d %x|%5s|\n", "a", -3, 255u, "r");
	CHECK(host_console_writes[2] == 1 && out_is(2, "a -3 ff|    r|\n"), "stderr fprintf: one write");

	host_console_reset();
	ul_errno = ENOENT;
	ul_perror("open");
	CHECK(out_is(2, "open: No such file or directory\n"), "perror");
	CHECK(strcmp(ul_strerror(ENOMEM), "Cannot allocate memory") == 0, "strerror(ENOMEM)");
	CHECK(strcmp(ul_strerror(-1), "Unknown error -1") == 0, "strerror(-1)");
	CHECK(strcmp(ul_strerror(100000), "Unknown error 100000") == 0, "strerror(100000)");

	ul_errno = 0;
	CHECK(ul_fwrite("x", SIZE_MAX / 2, 4, ul_stdout) == 0 && ul_errno == EOVERFLOW, "fwrite size overflow");
	ul_clearerr(ul_stdout);
	CHECK(ul_fwrite("abcdef", 2, 3, ul_stdout) == 3, "fwrite counts elements");
	ul_fflush(ul_stdout);

	/* A device error: reported, flagged, and cleared by clearerr. */
	host_console_reset();
	host_console_fail_errno = ENOSPC;
	ul_errno = 0;
	CHECK(ul_puts("lost") == EOF && ul_errno == ENOSPC && ul_ferror(ul_stdout), "device error: EOF, errno, ferror");
	host_console_fail_errno = 0;
	ul_clearerr(ul_stdout);
	CHECK(!ul_ferror(ul_stdout), "clearerr");

	/* The platform gone: every call fails with EIO and none reaches the device. */
	host_console_reset();
	ul_printf("pending");
	host_set_available(0);
	int writes = host_console_writes[1] + host_console_writes[2];
	ul_errno = 0;
	CHECK(ul_puts("x") == EOF && ul_errno == EIO, "gone: puts EOF, EIO");
	ul_errno = 0;
	CHECK(ul_printf("no newline") < 0 && ul_errno == EIO, "gone: printf negative, EIO, even unflushed");
	CHECK(ul_putchar('c') == EOF, "gone: putchar EOF");
	CHECK(ul_fputs("e\n", ul_stderr) == EOF, "gone: fputs(stderr) EOF");
	CHECK(ul_fprintf(ul_stderr, "%d", 1) < 0, "gone: fprintf(stderr) negative");
	CHECK(ul_fflush(ul_stdout) == EOF, "gone: fflush of pending data EOF");
	CHECK(host_console_writes[1] + host_console_writes[2] == writes, "gone: no device call at all");
	char buf[16];
	CHECK(ul_snprintf(buf, sizeof buf, "%s!", "mem") == 4 && strcmp(buf, "mem!") == 0, "gone: snprintf works");
	host_set_available(1);
	ul_clearerr(ul_stdout);
	ul_clearerr(ul_stderr);

	/* exit: handlers last-first, then streams flushed, then pages given back. */
	host_console_reset();
	void *leak = ul_malloc(100000);
	CHECK(leak && host_pages_outstanding > 0, "pages held before exit");
	ul_atexit(h1);
	ul_atexit(h2);
	ul_atexit(h3);
	ul_printf("unflushed");
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul_exit(42);
	CHECK(strcmp(order, "321") == 0, "atexit handlers ran last-first (%s)", order);
	CHECK(host_exit_status == 42 && host_exit_abnormal == 0, "exit status passed on");
	CHECK(out_is(1, "unflushedfrom handler\n"), "exit flushed stdout after the handlers");
	CHECK(host_pages_outstanding == 0, "exit gave back every page (%ld left)", host_pages_outstanding);

	/* _Exit: no handlers, no flush, pages still given back. */
	host_console_reset();
	order[0] = 0;
	ul_atexit(h1);
	ul_malloc(10);
	ul_printf("dropped");
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul__Exit(7);
	CHECK(order[0] == 0 && host_console_writes[1] == 0, "_Exit: no handlers, no flush");
	CHECK(host_exit_status == 7 && host_pages_outstanding == 0, "_Exit: status and pages");

	/* abort: abnormal, pages given back. */
	ul_malloc(10);
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul_abort();
	CHECK(host_exit_abnormal == 1 && host_pages_outstanding == 0, "abort: abnormal exit, pages back");

	/* 64 atexit registrations at least; then -1. */
	int ok = 1, i;
	for (i = 0; i < 63 && ok; i++)   /* h1 is already registered */
		ok = ul_atexit(h1) == 0;
	CHECK(ok, "64 atexit registrations");
	ul_errno = 0;
	CHECK(ul_atexit(h1) == -1 && ul_errno == ENOMEM, "the 65th fails with ENOMEM");
	return check_report("stdio");
}
