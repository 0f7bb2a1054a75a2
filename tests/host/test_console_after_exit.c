/* stdio once the platform is gone but a console sink was chosen
 * (uefi_console_after_exit on UEFI): stdout and stderr keep reaching the
 * device with their usual buffering, stdin still fails, and without the
 * sink everything fails with EIO again. */
#include <errno.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"
#include "ul.h"

static int out_is(int fd, const char *want)
{
	return host_console_len[fd] == strlen(want) && memcmp(host_console[fd], want, strlen(want)) == 0;
}

int main(void)
{
	host_console_reset();
	ul_printf("before ");
	host_set_available(0);
	host_console_after_exit = 1;
	CHECK(ul_printf("after %d\n", 7) == 8, "printf after exit returns its count");
	CHECK(out_is(1, "before after 7\n"), "text buffered before exit comes out after it");
	CHECK(host_console_writes[1] == 1, "one device write for the line (%d)", host_console_writes[1]);
	CHECK(ul_puts("p") == 0 && ul_fputs("f\n", ul_stdout) >= 0 && ul_putchar('c') == 'c',
	      "puts, fputs, putchar");
	CHECK(ul_fwrite("w\n", 1, 2, ul_stdout) == 2, "fwrite");
	CHECK(out_is(1, "before after 7\np\nf\ncw\n"), "stdout content");
	CHECK(ul_fprintf(ul_stderr, "e%d\n", 2) == 3 && out_is(2, "e2\n"), "stderr unbuffered");
	ul_printf("pending");
	CHECK(ul_fflush(ul_stdout) == 0, "fflush writes pending data");
	CHECK(out_is(1, "before after 7\np\nf\ncw\npending"), "fflush content");
	CHECK(!ul_ferror(ul_stdout) && !ul_ferror(ul_stderr), "no error indicator");

	ul_errno = 0;
	CHECK(ul_getchar() == EOF && ul_errno == EIO, "stdin still fails with EIO");
	ul_clearerr(ul_stdin);

	/* A sink that fails (a missing UART): EIO, error indicator. */
	host_console_fail_errno = EIO;
	ul_errno = 0;
	CHECK(ul_puts("lost") == EOF && ul_errno == EIO && ul_ferror(ul_stdout), "failing sink: EOF, EIO");
	host_console_fail_errno = 0;
	ul_clearerr(ul_stdout);

	/* The sink taken away again: no device call at all. */
	host_console_after_exit = 0;
	int writes = host_console_writes[1] + host_console_writes[2];
	ul_errno = 0;
	CHECK(ul_printf("x\n") < 0 && ul_errno == EIO, "no sink: printf -1, EIO");
	ul_errno = 0;
	CHECK(ul_fputs("y", ul_stderr) == EOF && ul_errno == EIO, "no sink: fputs(stderr) EOF, EIO");
	CHECK(host_console_writes[1] + host_console_writes[2] == writes, "no sink: no device call");
	host_set_available(1);
	ul_clearerr(ul_stdout);
	ul_clearerr(ul_stderr);
	return check_report("console_after_exit");
}
