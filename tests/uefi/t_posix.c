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
	CHECK(fd >= 3, "open");
	CHECK(write(fd, "abcdef", 6) == 6, "write");
	int d = dup(fd);
	CHECK(d == fd + 1, "dup: the next descriptor");
	CHECK(lseek(d, 0, SEEK_CUR) == 6, "dup shares the offset");
	CHECK(lseek(fd, 2, SEEK_SET) == 2 && read(d, buf, 2) == 2 && !memcmp(buf, "cd", 2), "a seek through one moves the other");
	CHECK(close(fd) == 0 && read(d, buf, 2) == 2 && !memcmp(buf, "ef", 2), "close one, the other stays");
	int o = open("posix_other.txt", O_RDWR | O_CREAT | O_TRUNC);
	CHECK(o >= 0 && dup2(d, o) == o, "dup2 onto an open descriptor");
	CHECK(lseek(o, 0, SEEK_SET) == 0 && read(o, buf, 6) == 6 && !memcmp(buf, "abcdef", 6), "... which now reads the first file");
	CHECK(fcntl(o, F_SETFL, O_APPEND) == 0 && (fcntl(d, F_GETFL) & O_APPEND), "F_SETFL O_APPEND through one");
	CHECK(lseek(d, 0, SEEK_SET) == 0 && write(d, "G", 1) == 1 && lseek(o, 0, SEEK_CUR) == 7, "... appends through the other");
	CHECK(fcntl(o, F_SETFD, FD_CLOEXEC) == 0 && fcntl(o, F_GETFD) == FD_CLOEXEC && fcntl(d, F_GETFD) == 0, "F_GETFD/F_SETFD");
	int h = fcntl(d, F_DUPFD, 20);
	CHECK(h == 20, "F_DUPFD");
	CHECK(close(d) == 0 && close(o) == 0 && close(h) == 0, "close all three");
	FILE *f = fopen("posix_dup.txt", "r");
	CHECK(f && fread(buf, 1, 16, f) == 7 && !memcmp(buf, "abcdefG", 7), "the file holds what every descriptor wrote");
	if (f)
		fclose(f);
	errno = 0;
	CHECK(dup2(d, 30) == -1 && errno == EBADF, "dup2 of a closed descriptor: EBADF");
	/* stdout onto a file and back */
	int saved = dup(1);
	int r = open("posix_redir.txt", O_WRONLY | O_CREAT | O_TRUNC);
	CHECK(r >= 0 && dup2(r, 1) == 1, "dup2 a file onto descriptor 1");
	CHECK(write(1, "to the file\n", 12) == 12, "write(1) goes to the file");
	CHECK(dup2(saved, 1) == 1 && close(saved) == 0 && close(r) == 0 && isatty(1), "put stdout back");
	f = fopen("posix_redir.txt", "r");
	char line[32] = "";
	CHECK(f && fgets(line, sizeof line, f) && !strcmp(line, "to the file\n"), "the file got write(1)'s bytes");
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
	CHECK(pipe(p) == 0, "pipe");
	CHECK(write(p[1], "pipe!", 5) == 5 && read(p[0], buf, 8) == 5 && !memcmp(buf, "pipe!", 5), "write and read back");
	errno = 0;
	CHECK(read(p[0], buf, 1) == -1 && errno == EDEADLK, "empty pipe, writer open: EDEADLK instead of blocking forever");
	struct stat st;
	CHECK(fstat(p[0], &st) == 0 && S_ISFIFO(st.st_mode), "fstat: a FIFO");
	CHECK(close(p[1]) == 0 && read(p[0], buf, 1) == 0, "close the writer: end of file");
	CHECK(close(p[0]) == 0, "close the reader");
}

static void test_shell(void)
{
	int st = system("t_posix.efi child");
	CHECK(WIFEXITED(st) && !WIFSIGNALED(st), "system: WIFEXITED");
	CHECK_EQ(WEXITSTATUS(st), 3, "system: WEXITSTATUS 3");
	FILE *f = popen("t_posix.efi child", "r");
	char line[64] = "";
	CHECK(f != NULL, "popen r");
	CHECK(f && fgets(line, sizeof line, f) && !strcmp(line, "line one\n"), "popen r: first line");
	CHECK(f && fgets(line, sizeof line, f) && !strcmp(line, "h\xc3\xa9llo\n"), "popen r: UTF-8 back from the shell's UCS-2");
	CHECK(f && !fgets(line, sizeof line, f), "popen r: then EOF");
	st = f ? pclose(f) : -1;
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3, "pclose: the command's status");
	f = popen("t_posix.efi sink", "w");
	CHECK(f != NULL, "popen w");
	if (f) {
		fputs("to the sink\n", f);
		fputs("second\n", f);
	}
	st = f ? pclose(f) : -1;
	CHECK_EQ(st, 7 << 8, "pclose w: the command read what was written (exit 7)");
	errno = 0;
	CHECK(waitpid(-1, &st, 0) == -1 && errno == ECHILD, "waitpid: ECHILD");
}

static void test_disk(void)
{
	char path[4096];
	CHECK(realpath(".", path) && !strcmp(path, "fs0:/"), "realpath(\".\")");
	char t[] = "posixXXXXXX";
	int fd = mkstemp(t);
	CHECK(fd >= 0 && strncmp(t, "posix", 5) == 0 && !strstr(t, "XXXXXX"), "mkstemp");
	char *full = realpath(t, NULL);
	CHECK(full && !strncmp(full, "fs0:/posix", 10), "realpath of the new file");
	info("mkstemp", full);
	free(full);
	struct statvfs v;
	CHECK(fstatvfs(fd, &v) == 0 && v.f_bsize >= 512 && v.f_blocks > 0 && v.f_bfree <= v.f_blocks &&
	      v.f_namemax == 255 && !(v.f_flag & ST_RDONLY), "fstatvfs");
	char num[32];
	snprintf(num, sizeof num, "%llu/%llu", (unsigned long long)v.f_bfree, (unsigned long long)v.f_blocks);
	info("statvfs free/blocks", num);
	struct statvfs v2;
	CHECK(statvfs(t, &v2) == 0 && v2.f_blocks == v.f_blocks && v2.f_bsize == v.f_bsize, "statvfs agrees");
	close(fd);
	struct utimbuf ub = { 1600000000, 1700000000 };
	struct stat st;
	CHECK(utime(t, &ub) == 0, "utime");
	CHECK(stat(t, &st) == 0 && st.st_mtime == 1700000000, "stat: the modification time set");
	snprintf(num, sizeof num, "%lld %lld", (long long)st.st_mtime, (long long)st.st_atime);
	info("utime mtime atime", num);
	fd = open(t, O_RDWR);
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1500000000, 0 } };
	CHECK(fd >= 0 && futimens(fd, ts) == 0 && fstat(fd, &st) == 0 && st.st_mtime == 1500000000, "futimens");
	close(fd);
	fd = open(t, O_RDONLY);
	errno = 0;
	CHECK(futimens(fd, ts) == -1 && errno == EPERM, "futimens on a read-only descriptor: EPERM");
	close(fd);
	errno = 0;
	CHECK(symlink(t, "posix_lnk") == -1 && errno == EPERM, "symlink: EPERM");
	errno = 0;
	CHECK(link(t, "posix_lnk") == -1 && errno == EMLINK, "link: EMLINK");
	CHECK(remove(t) == 0, "remove");
	char d[] = "posixdXXXXXX";
	CHECK(mkdtemp(d) == d && stat(d, &st) == 0 && S_ISDIR(st.st_mode) && rmdir(d) == 0, "mkdtemp");
}

/* want: the source the machine offers: "EFI_RNG_PROTOCOL" (a virtio-rng
 * device, OVMF's driver), "RDRAND" (-cpu max, no device) or "JITTER"
 * (neither: the timing jitter of the CPU's counter). */
static void test_entropy(const char *want)
{
	unsigned char a[32] = { 0 }, b[32] = { 0 };
	CHECK(getentropy(a, sizeof a) == 0 && getentropy(b, sizeof b) == 0 && memcmp(a, b, sizeof a) != 0, "getentropy");
	const char *src = uefi_entropy_source();
	info("entropy source", src);
	CHECK(src && !strcmp(src, want), "the expected source answered");
	CHECK(getrandom(a, 1, 0) == 1 && getrandom((char[1000]){ 0 }, 1000, GRND_NONBLOCK) == 1000, "getrandom 1000 bytes");
	unsigned seen = 0;
	for (int i = 0; i < 200; i++)
		seen |= 1u << arc4random_uniform(10);
	CHECK(seen == 0x3ff, "arc4random_uniform(10): every value in 200 draws");
	CHECK(arc4random() != arc4random() || arc4random() != arc4random(), "arc4random differs");
}

#if defined(__aarch64__)
#define UNAME_MACHINE "aarch64"
#else
#define UNAME_MACHINE "x86_64"
#endif

static void test_machine(void)
{
	struct utsname u;
	CHECK(uname(&u) == 0 && !strcmp(u.sysname, "UEFI") && !strncmp(u.release, "2.", 2) &&
	      !strcmp(u.machine, UNAME_MACHINE), "uname");
	info("uname release", u.release);
	info("uname version", u.version);
	CHECK(strstr(u.version, "EDK II") != NULL, "uname: OVMF's vendor");
	long pages = sysconf(_SC_PHYS_PAGES), avail = sysconf(_SC_AVPHYS_PAGES);
	CHECK(pages > 4096 && avail > 0 && avail < pages, "sysconf: physical pages");
	char num[40];
	snprintf(num, sizeof num, "%ld %ld", pages, avail);
	info("sysconf phys avail", num);
	CHECK(sysconf(_SC_PAGESIZE) == 4096, "sysconf: page size");
	CHECK(getpid() == 1 && getuid() == 0 && geteuid() == 0, "getpid, getuid");
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
