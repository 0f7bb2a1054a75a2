/* The POSIX corners on the firmware, started by the shell: descriptors
 * sharing an open file description on real files, pipes, popen/pclose and
 * system()'s wait status through the shell (t_posix.efi itself is the
 * child: "child" prints and exits 3, "sink" checks its standard input),
 * realpath, mkstemp, statvfs and utime on the test disk, uname, entropy,
 * sysconf. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/random.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <uefi/entropy.h>
#include <unistd.h>
#include <utime.h>
#include "harness.h"

static int child(const char *mode)
{
	if (!strcmp(mode, "child")) {
		printf("line one\nh\xc3\xa9llo\n");
		return 3;
	}
	/* "sink": what popen(..., "w") wrote arrives on stdin */
	char line[64];
	int ok = fgets(line, sizeof line, stdin) && !strcmp(line, "to the sink\n") &&
	         fgets(line, sizeof line, stdin) && !strcmp(line, "second\n") && !fgets(line, sizeof line, stdin);
	return ok ? 7 : 1;
}

static void info(const char *what, const char *v)
{
	th_puts("info ");
	th_puts(what);
	th_puts(" ");
	th_puts(v ? v : "(null)");
	th_puts("\n");
}

static void test_fds(void)
{
	char buf[16] = "";
	int fd = open("posix_dup.txt", O_RDWR | O_CREAT | O_TRUNC);
	CHECK("open", fd >= 3);
	CHECK("write", write(fd, "abcdef", 6) == 6);
	int d = dup(fd);
	CHECK("dup: the next descriptor", d == fd + 1);
	CHECK("dup shares the offset", lseek(d, 0, SEEK_CUR) == 6);
	CHECK("a seek through one moves the other", lseek(fd, 2, SEEK_SET) == 2 && read(d, buf, 2) == 2 && !memcmp(buf, "cd", 2));
	CHECK("close one, the other stays", close(fd) == 0 && read(d, buf, 2) == 2 && !memcmp(buf, "ef", 2));
	int o = open("posix_other.txt", O_RDWR | O_CREAT | O_TRUNC);
	CHECK("dup2 onto an open descriptor", o >= 0 && dup2(d, o) == o);
	CHECK("... which now reads the first file", lseek(o, 0, SEEK_SET) == 0 && read(o, buf, 6) == 6 && !memcmp(buf, "abcdef", 6));
	CHECK("F_SETFL O_APPEND through one", fcntl(o, F_SETFL, O_APPEND) == 0 && (fcntl(d, F_GETFL) & O_APPEND));
	CHECK("... appends through the other", lseek(d, 0, SEEK_SET) == 0 && write(d, "G", 1) == 1 && lseek(o, 0, SEEK_CUR) == 7);
	CHECK("F_GETFD/F_SETFD", fcntl(o, F_SETFD, FD_CLOEXEC) == 0 && fcntl(o, F_GETFD) == FD_CLOEXEC && fcntl(d, F_GETFD) == 0);
	int h = fcntl(d, F_DUPFD, 20);
	CHECK("F_DUPFD", h == 20);
	CHECK("close all three", close(d) == 0 && close(o) == 0 && close(h) == 0);
	FILE *f = fopen("posix_dup.txt", "r");
	CHECK("the file holds what every descriptor wrote", f && fread(buf, 1, 16, f) == 7 && !memcmp(buf, "abcdefG", 7));
	if (f)
		fclose(f);
	errno = 0;
	CHECK("dup2 of a closed descriptor: EBADF", dup2(d, 30) == -1 && errno == EBADF);
	/* stdout onto a file and back */
	int saved = dup(1);
	int r = open("posix_redir.txt", O_WRONLY | O_CREAT | O_TRUNC);
	CHECK("dup2 a file onto descriptor 1", r >= 0 && dup2(r, 1) == 1);
	CHECK("write(1) goes to the file", write(1, "to the file\n", 12) == 12);
	CHECK("put stdout back", dup2(saved, 1) == 1 && close(saved) == 0 && close(r) == 0 && isatty(1));
	f = fopen("posix_redir.txt", "r");
	char line[32] = "";
	CHECK("the file got write(1)'s bytes", f && fgets(line, sizeof line, f) && !strcmp(line, "to the file\n"));
	if (f)
		fclose(f);
	remove("posix_dup.txt");
	remove("posix_other.txt");
	remove("posix_redir.txt");
}

static void test_pipe(void)
{
	int p[2];
	char buf[8] = "";
	CHECK("pipe", pipe(p) == 0);
	CHECK("write and read back", write(p[1], "pipe!", 5) == 5 && read(p[0], buf, 8) == 5 && !memcmp(buf, "pipe!", 5));
	errno = 0;
	CHECK("empty pipe, writer open: EDEADLK instead of blocking forever", read(p[0], buf, 1) == -1 && errno == EDEADLK);
	struct stat st;
	CHECK("fstat: a FIFO", fstat(p[0], &st) == 0 && S_ISFIFO(st.st_mode));
	CHECK("close the writer: end of file", close(p[1]) == 0 && read(p[0], buf, 1) == 0);
	CHECK("close the reader", close(p[0]) == 0);
}

static void test_shell(void)
{
	int st = system("t_posix.efi child");
	CHECK("system: WIFEXITED", WIFEXITED(st) && !WIFSIGNALED(st));
	CHECK_EQ("system: WEXITSTATUS 3", WEXITSTATUS(st), 3);
	FILE *f = popen("t_posix.efi child", "r");
	char line[64] = "";
	CHECK("popen r", f != NULL);
	CHECK("popen r: first line", f && fgets(line, sizeof line, f) && !strcmp(line, "line one\n"));
	CHECK("popen r: UTF-8 back from the shell's UCS-2", f && fgets(line, sizeof line, f) && !strcmp(line, "h\xc3\xa9llo\n"));
	CHECK("popen r: then EOF", f && !fgets(line, sizeof line, f));
	st = f ? pclose(f) : -1;
	CHECK("pclose: the command's status", WIFEXITED(st) && WEXITSTATUS(st) == 3);
	f = popen("t_posix.efi sink", "w");
	CHECK("popen w", f != NULL);
	if (f) {
		fputs("to the sink\n", f);
		fputs("second\n", f);
	}
	st = f ? pclose(f) : -1;
	CHECK_EQ("pclose w: the command read what was written (exit 7)", st, 7 << 8);
	errno = 0;
	CHECK("waitpid: ECHILD", waitpid(-1, &st, 0) == -1 && errno == ECHILD);
}

static void test_disk(void)
{
	char path[4096];
	CHECK("realpath(\".\")", realpath(".", path) && !strcmp(path, "fs0:/"));
	char t[] = "posixXXXXXX";
	int fd = mkstemp(t);
	CHECK("mkstemp", fd >= 0 && strncmp(t, "posix", 5) == 0 && !strstr(t, "XXXXXX"));
	char *full = realpath(t, NULL);
	CHECK("realpath of the new file", full && !strncmp(full, "fs0:/posix", 10));
	info("mkstemp", full);
	free(full);
	struct statvfs v;
	CHECK("fstatvfs", fstatvfs(fd, &v) == 0 && v.f_bsize >= 512 && v.f_blocks > 0 && v.f_bfree <= v.f_blocks &&
	      v.f_namemax == 255 && !(v.f_flag & ST_RDONLY));
	char num[32];
	snprintf(num, sizeof num, "%llu/%llu", (unsigned long long)v.f_bfree, (unsigned long long)v.f_blocks);
	info("statvfs free/blocks", num);
	struct statvfs v2;
	CHECK("statvfs agrees", statvfs(t, &v2) == 0 && v2.f_blocks == v.f_blocks && v2.f_bsize == v.f_bsize);
	close(fd);
	struct utimbuf ub = { 1600000000, 1700000000 };
	struct stat st;
	CHECK("utime", utime(t, &ub) == 0);
	CHECK("stat: the modification time set", stat(t, &st) == 0 && st.st_mtime == 1700000000);
	snprintf(num, sizeof num, "%lld %lld", (long long)st.st_mtime, (long long)st.st_atime);
	info("utime mtime atime", num);
	fd = open(t, O_RDWR);
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1500000000, 0 } };
	CHECK("futimens", fd >= 0 && futimens(fd, ts) == 0 && fstat(fd, &st) == 0 && st.st_mtime == 1500000000);
	close(fd);
	fd = open(t, O_RDONLY);
	errno = 0;
	CHECK("futimens on a read-only descriptor: EPERM", futimens(fd, ts) == -1 && errno == EPERM);
	close(fd);
	errno = 0;
	CHECK("symlink: EPERM", symlink(t, "posix_lnk") == -1 && errno == EPERM);
	errno = 0;
	CHECK("link: EMLINK", link(t, "posix_lnk") == -1 && errno == EMLINK);
	CHECK("remove", remove(t) == 0);
	char d[] = "posixdXXXXXX";
	CHECK("mkdtemp", mkdtemp(d) == d && stat(d, &st) == 0 && S_ISDIR(st.st_mode) && rmdir(d) == 0);
}

/* want: the source the machine offers: "EFI_RNG_PROTOCOL" (a virtio-rng
 * device, OVMF's driver), "RDRAND" (-cpu max, no device) or "JITTER"
 * (neither: the timing jitter of the CPU's counter). */
static void test_entropy(const char *want)
{
	unsigned char a[32] = { 0 }, b[32] = { 0 };
	CHECK("getentropy", getentropy(a, sizeof a) == 0 && getentropy(b, sizeof b) == 0 && memcmp(a, b, sizeof a) != 0);
	const char *src = uefi_entropy_source();
	info("entropy source", src);
	CHECK("the expected source answered", src && !strcmp(src, want));
	CHECK("getrandom 1000 bytes", getrandom(a, 1, 0) == 1 && getrandom((char[1000]){ 0 }, 1000, GRND_NONBLOCK) == 1000);
	unsigned seen = 0;
	for (int i = 0; i < 200; i++)
		seen |= 1u << arc4random_uniform(10);
	CHECK("arc4random_uniform(10): every value in 200 draws", seen == 0x3ff);
	CHECK("arc4random differs", arc4random() != arc4random() || arc4random() != arc4random());
}

static void test_machine(void)
{
	struct utsname u;
	CHECK("uname", uname(&u) == 0 && !strcmp(u.sysname, "UEFI") && !strncmp(u.release, "2.", 2) &&
	      !strcmp(u.machine, "x86_64"));
	info("uname release", u.release);
	info("uname version", u.version);
	CHECK("uname: OVMF's vendor", strstr(u.version, "EDK II") != NULL);
	long pages = sysconf(_SC_PHYS_PAGES), avail = sysconf(_SC_AVPHYS_PAGES);
	CHECK("sysconf: physical pages", pages > 4096 && avail > 0 && avail < pages);
	char num[40];
	snprintf(num, sizeof num, "%ld %ld", pages, avail);
	info("sysconf phys avail", num);
	CHECK("sysconf: page size", sysconf(_SC_PAGESIZE) == 4096);
	CHECK("getpid, getuid", getpid() == 1 && getuid() == 0 && geteuid() == 0);
}

int main(int argc, char **argv)
{
	if (argc > 2 && !strcmp(argv[1], "entropy")) {
		th_begin("posix-entropy");
		test_entropy(argv[2]);
		th_end();
		return 0;
	}
	if (argc > 1)
		return child(argv[1]);
	th_begin("posix");
	test_fds();
	test_pipe();
	test_shell();
	test_disk();
	test_machine();
	test_entropy("EFI_RNG_PROTOCOL");
	th_end();
	return 0;
}
