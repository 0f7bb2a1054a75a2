/* Files when the UEFI shell starts the program: the current directory is
 * the shell's (startup.nsh does "cd sub" first), volumes go by the shell's
 * mappings (fs1: is the second disk), and a stream and a descriptor left
 * open are flushed and closed by exit (the host reads them back). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "files_pattern.h"
#include "harness.h"

int main(void)
{
	th_begin("files-shell");
	char cwd[128] = "";
	CHECK(getcwd(cwd, sizeof cwd) && !strcmp(cwd, "fs0:/sub"), "getcwd is the shell's directory");
	th_puts("info cwd ");
	th_puts(cwd);
	th_puts("\n");
	FILE *f = fopen("here.txt", "r");
	char line[32] = "";
	CHECK(f && fgets(line, sizeof line, f) && !strcmp(line, "here\n"), "a relative name opens in the shell's directory");
	if (f)
		fclose(f);
	CHECK(access("../t_files_shell.efi", R_OK) == 0, "..");
	struct stat st;
	CHECK(stat("fs1:/disk2.txt", &st) == 0 && S_ISREG(st.st_mode), "fs1: names the second disk");
	CHECK(stat("FS1:\\DISK2.TXT", &st) == 0, "FS1:\\ with backslashes and upper case");
	errno = 0;
	CHECK(stat("fs9:/x", &st) == -1 && errno == ENOENT, "an unknown mapping: ENOENT");
	CHECK(chdir("fs1:/") == 0 && getcwd(cwd, sizeof cwd) && !strcmp(cwd, "fs1:/"), "chdir to fs1:");
	unsigned char buf[10000];
	pat_fill(pat_seed("written.bin"), 0, buf, sizeof buf);
	f = fopen("written.bin", "wb");
	CHECK(f && fwrite(buf, 1, sizeof buf, f) == sizeof buf && fclose(f) == 0, "write on fs1 by a relative name");
	CHECK(chdir("fs0:") == 0 && getcwd(cwd, sizeof cwd) &&
	      !strcmp(cwd, "fs0:/"), "fs0: is that volume's root from elsewhere");
	CHECK(access("/sub/here.txt", R_OK) == 0, "/ is the current volume's root");
	/* Left open on purpose: exit must flush and close them. */
	FILE *left = fopen("fs0:/atexit.txt", "w");
	CHECK(left && fputs("flushed by exit\n", left) >= 0, "a stream left open");
	int fd = open("fs1:/atexit_fd.bin", O_WRONLY | O_CREAT | O_TRUNC);
	CHECK(fd >= 0 && write(fd, buf, 5000) == 5000, "a descriptor left open");
	th_end();
	return 0;
}
