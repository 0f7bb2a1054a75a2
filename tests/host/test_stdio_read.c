/* The read side of FILE, memory streams, stdin over the console, and the
 * stdio odds and ends: setvbuf, fileno, asprintf, dprintf. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"
#include "ul.h"

static int out_is(int fd, const char *want)
{
	return host_console_len[fd] == strlen(want) && memcmp(host_console[fd], want, strlen(want)) == 0;
}

static void reading(void)
{
	char text[] = "first line\nsecond\n\nlast without newline";
	ul_FILE *f = ul_fmemopen(text, strlen(text), "r");
	CHECK(f != NULL, "fmemopen r");
	CHECK(ul_fgetc(f) == 'f' && ul_fgetc(f) == 'i', "fgetc");
	CHECK(ul_ungetc('X', f) == 'X' && ul_fgetc(f) == 'X' && ul_fgetc(f) == 'r', "ungetc then fgetc");
	char line[64];
	CHECK(ul_fgets(line, sizeof line, f) && strcmp(line, "st line\n") == 0, "fgets to the newline");
	CHECK(ul_fgets(line, 4, f) && strcmp(line, "sec") == 0, "fgets stops at n-1 bytes");
	CHECK(ul_fgets(line, sizeof line, f) && strcmp(line, "ond\n") == 0, "fgets continues");
	CHECK(ul_fgets(line, 1, f) && line[0] == 0, "fgets with n = 1 stores only the NUL");
	CHECK(ul_fgets(line, sizeof line, f) && strcmp(line, "\n") == 0, "fgets of an empty line");
	CHECK(ul_fgets(line, sizeof line, f) && strcmp(line, "last without newline") == 0, "fgets of the last line");
	CHECK(ul_feof(f), "feof after the end");
	strcpy(line, "untouched");
	CHECK(ul_fgets(line, sizeof line, f) == NULL && strcmp(line, "untouched") == 0, "fgets at EOF: NULL, buffer untouched");
	CHECK(ul_fgetc(f) == EOF, "fgetc at EOF");
	CHECK(ul_ungetc('z', f) == 'z' && !ul_feof(f) && ul_fgetc(f) == 'z', "ungetc clears EOF");
	CHECK(ul_fgetc(f) == EOF, "then EOF again");
	int pushed = 0;
	while (ul_ungetc('a' + pushed, f) != EOF && pushed < 100)
		pushed++;
	CHECK(pushed >= 1 && pushed < 100, "ungetc pushback is bounded (%d)", pushed);
	CHECK(ul_fgetc(f) == 'a' + pushed - 1, "pushback is last in, first out");
	CHECK(ul_ungetc(EOF, f) == EOF, "ungetc(EOF) fails");
	CHECK(ul_fputc('x', f) == EOF && ul_errno == EBADF, "write to a read-only stream: EBADF");
	CHECK(ul_fclose(f) == 0, "fclose");

	/* fread: partial, whole, and straight into big buffers. */
	static char big[100000];
	for (size_t i = 0; i < sizeof big; i++)
		big[i] = (char)(i * 7);
	f = ul_fmemopen(big, sizeof big, "rb");
	char got[100000];
	CHECK(ul_fread(got, 1, 10, f) == 10 && memcmp(got, big, 10) == 0, "fread 10 bytes");
	CHECK(ul_fread(got + 10, 7, 5000, f) == 5000, "fread 5000 elements of 7");
	size_t rest = sizeof big - 35010;
	CHECK(ul_fread(got + 35010, 1, sizeof big, f) == rest, "fread to the end returns the short count");
	CHECK(memcmp(got, big, sizeof big) == 0, "fread: every byte");
	CHECK(ul_fread(got, 1, 1, f) == 0 && ul_feof(f), "fread at EOF");
	ul_fclose(f);
}

static void writing(void)
{
	char buf[16];
	memset(buf, 'Q', sizeof buf);
	ul_FILE *f = ul_fmemopen(buf, sizeof buf, "w");
	CHECK(ul_fprintf(f, "%d-%s", 42, "ab") == 5, "fprintf into fmemopen");
	CHECK(strcmp(buf, "42-ab") == 0, "contents NUL-terminated");
	ul_errno = 0;
	CHECK(ul_fputs("0123456789abcdef", f) == EOF && ul_errno == ENOSPC, "writing past the end: ENOSPC");
	CHECK(memcmp(buf, "42-ab0123456789a", 16) == 0, "what fit was written");
	ul_fclose(f);

	char app[32] = "start";
	f = ul_fmemopen(app, sizeof app, "a");
	ul_fputs("+more", f);
	CHECK(strcmp(app, "start+more") == 0, "append mode writes after the contents");
	CHECK(ul_fgetc(f) == EOF, "append-only stream cannot be read");
	ul_fclose(f);

	f = ul_fmemopen(NULL, 64, "w+");
	CHECK(f && ul_fputs("owned", f) == 0, "fmemopen with no buffer allocates one");
	ul_fclose(f);

	ul_errno = 0;
	CHECK(ul_fmemopen(buf, sizeof buf, "q") == NULL && ul_errno == EINVAL, "bad mode: EINVAL");
	ul_errno = 0;
	CHECK(ul_fmemopen(buf, 0, "r") == NULL && ul_errno == EINVAL, "size 0: EINVAL");

	char *p = NULL;
	size_t n = 99;
	f = ul_open_memstream(&p, &n);
	CHECK(f && p && n == 0 && p[0] == 0, "open_memstream starts empty");
	for (int i = 0; i < 10000; i++)
		ul_fprintf(f, "%05d,", i);
	CHECK(n == 60000 && strlen(p) == 60000, "open_memstream grows (%zu)", n);
	CHECK(memcmp(p, "00000,00001,", 12) == 0 && memcmp(p + 59994, "09999,", 6) == 0, "open_memstream contents");
	CHECK(ul_fgetc(f) == EOF, "open_memstream is write-only");
	CHECK(ul_fclose(f) == 0 && n == 60000, "fclose keeps the result");
	ul_free(p);
	ul_errno = 0;
	CHECK(ul_open_memstream(NULL, &n) == NULL && ul_errno == EINVAL, "open_memstream(NULL): EINVAL");

	char *s = NULL;
	CHECK(ul_asprintf(&s, "%s=%d", "x", 12345) == 7 && s && strcmp(s, "x=12345") == 0, "asprintf");
	ul_free(s);
	s = (char *)1;
	CHECK(ul_asprintf(&s, "%q") == -1 && s == (char *)1, "asprintf failure leaves *strp");

	host_console_reset();
	CHECK(ul_dprintf(2, "%d!", 7) == 2 && out_is(2, "7!"), "dprintf(2)");
	ul_errno = 0;
	CHECK(ul_dprintf(5, "x") == -1 && ul_errno == EBADF, "dprintf to an unknown descriptor: EBADF");
	CHECK(ul_fileno(ul_stdout) == 1 && ul_fileno(ul_stderr) == 2 && ul_fileno(ul_stdin) == 0, "fileno");
	f = ul_fmemopen(buf, sizeof buf, "r");
	ul_errno = 0;
	CHECK(ul_fileno(f) == -1 && ul_errno == EBADF, "fileno of a memory stream: EBADF");
	ul_fclose(f);
}

static void buffering(void)
{
	host_console_reset();
	static char mybuf[32];
	CHECK(ul_setvbuf(ul_stderr, mybuf, _IOFBF, sizeof mybuf) == 0, "setvbuf stderr fully buffered");
	ul_fputs("a\n", ul_stderr);
	CHECK(host_console_writes[2] == 0, "full buffering: nothing at newline");
	ul_fputs("0123456789012345678901234567890123456789", ul_stderr);
	CHECK(host_console_writes[2] >= 1, "full buffering: written when full");
	ul_fflush(ul_stderr);
	CHECK(out_is(2, "a\n0123456789012345678901234567890123456789"), "full buffering: every byte");
	ul_fputs("pending", ul_stderr);
	host_console_fail_errno = EIO;
	CHECK(ul_fflush(NULL) == EOF, "fflush(NULL) reports a flush that failed");
	host_console_fail_errno = 0;
	ul_clearerr(ul_stderr);
	CHECK(ul_fflush(NULL) == 0, "fflush(NULL) with nothing failing");
	CHECK(ul_setvbuf(ul_stderr, NULL, _IONBF, 0) == 0, "back to unbuffered");
	host_console_reset();
	ul_fputs("x", ul_stderr);
	CHECK(host_console_writes[2] == 1, "unbuffered: written at once");
	ul_errno = 0;
	CHECK(ul_setvbuf(ul_stderr, NULL, 7, 0) != 0 && ul_errno == EINVAL, "setvbuf bad mode: EINVAL");
	ul_setbuf(ul_stderr, NULL);
}

static void console_input(void)
{
	host_console_reset();
	host_stdin[0] = "hello world\n";
	host_stdin[1] = "second\n";
	host_stdin[2] = NULL;
	host_stdin_reads = 0;
	ul_printf("prompt> ");
	char line[64];
	CHECK(host_console_writes[1] == 0, "prompt still buffered");
	CHECK(ul_fgets(line, sizeof line, ul_stdin) && strcmp(line, "hello world\n") == 0, "fgets(stdin)");
	CHECK(out_is(1, "prompt> "), "reading stdin showed the pending prompt first");
	CHECK(ul_getchar() == 's', "getchar");
	CHECK(ul_fgets(line, sizeof line, ul_stdin) && strcmp(line, "econd\n") == 0, "rest of the line");
	CHECK(ul_getchar() == EOF && ul_feof(ul_stdin), "end of input");
	ul_clearerr(ul_stdin);
	host_set_available(0);
	ul_errno = 0;
	CHECK(ul_getchar() == EOF && ul_errno == EIO, "after exit: getchar EOF, EIO");
	host_set_available(1);
	ul_clearerr(ul_stdin);
}

int main(void)
{
	reading();
	writing();
	buffering();
	console_input();
	return check_report("stdio_read");
}
