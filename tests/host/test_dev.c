/* /dev (src/file/dev.c): the devices through open, fopen, stat, lstat,
 * access, fstat, read, write, lseek, close, isatty, opendir and realpath;
 * their types and numbers against the host's own /dev (Linux); the errors
 * of creating, removing and renaming there; the entropy chain behind
 * /dev/urandom; nothing under /dev reaching a volume. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"
#include "sys_host.h"
#include "sys_host_file.h"
#include "ul_file.h"

int ul_lstat(const char *path, struct ul_stat *st);
int ul_dup(int fd);
int ul_dup2(int oldfd, int newfd);
char *ul_realpath(const char *path, char *resolved);
char *ul_ttyname(int fd);

#define ERR(call, want) do { ul_errno = 0; long long r_ = (long long)(call); \
	CHECK(r_ == -1 && ul_errno == (want), "%s: r=%lld errno=%d want %d", #call, r_, ul_errno, want); } while (0)

static const char *const devices[] = { "/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom" };

/* Type, permissions and device numbers as Linux has them. */
static void test_stat_vs_host(void)
{
	for (size_t i = 0; i < sizeof devices / sizeof devices[0]; i++) {
		struct stat h;
		struct ul_stat u, l, f;
		int hr = stat(devices[i], &h);
		int ur = ul_stat(devices[i], &u);
		CHECK(hr == 0 && ur == 0 && S_ISCHR(u.st_mode) && u.st_mode == h.st_mode && u.st_rdev == h.st_rdev &&
		      u.st_nlink == 1 && u.st_size == 0,
		      "stat %s: mode %o rdev %llx, host %o %llx", devices[i], u.st_mode, u.st_rdev, h.st_mode,
		      (unsigned long long)h.st_rdev);
		CHECK(ul_lstat(devices[i], &l) == 0 && l.st_mode == u.st_mode && l.st_rdev == u.st_rdev,
		      "lstat %s as stat", devices[i]);
		int fd = ul_open(devices[i], O_RDONLY);
		CHECK(fd >= 3 && ul_fstat(fd, &f) == 0 && f.st_mode == u.st_mode && f.st_rdev == u.st_rdev &&
		      f.st_ino == u.st_ino && f.st_dev == u.st_dev, "fstat %s as stat", devices[i]);
		CHECK(ul_isatty(fd) == 0 && ul_errno == ENOTTY, "isatty %s: 0, ENOTTY", devices[i]);
		CHECK(ul_close(fd) == 0, "close %s", devices[i]);
		CHECK(ul_access(devices[i], R_OK | W_OK) == 0, "access %s R_OK|W_OK", devices[i]);
		ERR(ul_access(devices[i], X_OK), EACCES);
		char rp[64];
		CHECK(ul_realpath(devices[i], rp) && !strcmp(rp, devices[i]), "realpath %s", devices[i]);
	}
	struct ul_stat d;
	CHECK(ul_stat("/dev", &d) == 0 && S_ISDIR(d.st_mode) && (d.st_mode & 0777) == 0755, "stat /dev: a directory");
	CHECK(ul_access("/dev", R_OK | X_OK) == 0, "access /dev R_OK|X_OK");
	ERR(ul_access("/dev", W_OK), EACCES);
	ERR(ul_access("/dev/nosuch", F_OK), ENOENT);
	/* Distinct inodes, one device: what cp and tar use to tell files apart. */
	struct ul_stat a, b;
	CHECK(ul_stat("/dev/null", &a) == 0 && ul_stat("/dev/zero", &b) == 0 && a.st_ino != b.st_ino &&
	      a.st_dev == b.st_dev && a.st_dev == d.st_dev, "inodes and st_dev");
}

static void test_io(void)
{
	char buf[4096];
	int fd = ul_open("/dev/null", O_RDWR);
	CHECK(fd >= 3, "open /dev/null O_RDWR: %d", fd);
	CHECK(ul_write(fd, "vanishes", 8) == 8, "write to /dev/null succeeds");
	CHECK(ul_write(fd, buf, 0) == 0, "write of 0 bytes");
	CHECK(ul_read(fd, buf, sizeof buf) == 0, "read /dev/null: end of file");
	CHECK(ul_lseek(fd, 100, SEEK_SET) == 0 && ul_lseek(fd, 5, SEEK_CUR) == 0 && ul_lseek(fd, 0, SEEK_END) == 0,
	      "lseek /dev/null: 0, as Linux");
	ERR(ul_lseek(fd, 0, 7), EINVAL);
	CHECK(ul_close(fd) == 0, "close");
	ERR(ul_close(fd), EBADF);

	fd = ul_open("/dev/zero", O_RDONLY);
	memset(buf, 'x', sizeof buf);
	long long n = ul_read(fd, buf, sizeof buf);
	int zeros = 1;
	for (size_t i = 0; i < sizeof buf; i++)
		zeros &= buf[i] == 0;
	CHECK(n == (long long)sizeof buf && zeros, "read /dev/zero: zeros (%lld)", n);
	ERR(ul_write(fd, "x", 1), EBADF);     /* opened O_RDONLY */
	ul_close(fd);

	fd = ul_open("/dev/full", O_WRONLY);
	ERR(ul_write(fd, "x", 1), ENOSPC);
	ERR(ul_read(fd, buf, 1), EBADF);
	ul_close(fd);

	/* /dev/urandom and /dev/random: the library's entropy chain. */
	for (int k = 0; k < 2; k++) {
		const char *name = k ? "/dev/random" : "/dev/urandom";
		fd = ul_open(name, O_RDONLY);
		long calls = host_entropy_calls;
		unsigned char r1[64], r2[64];
		CHECK(ul_read(fd, r1, sizeof r1) == 64 && ul_read(fd, r2, sizeof r2) == 64 && memcmp(r1, r2, 64) &&
		      host_entropy_calls == calls + 2, "%s: two reads, two draws from __sys_entropy", name);
		host_entropy_errno = ENOSYS;
		ERR(ul_read(fd, r1, 16), ENOSYS);
		host_entropy_errno = 0;
		CHECK(ul_write(fd, "x", 1) == -1 && ul_errno == EBADF, "%s O_RDONLY: write EBADF", name);
		ul_close(fd);
		fd = ul_open(name, O_WRONLY);
		CHECK(ul_write(fd, "mix", 3) == 3, "%s: writes are taken (and change nothing here)", name);
		ul_close(fd);
	}

	/* Streams. */
	ul_FILE *f = ul_fopen("/dev/null", "w");
	CHECK(f && ul_fwrite("abc", 1, 3, f) == 3 && ul_fclose(f) == 0, "fopen /dev/null w, fwrite, fclose");
	f = ul_fopen("/dev/null", "r");
	CHECK(f && ul_fgetc(f) == -1 && ul_fclose(f) == 0, "fopen /dev/null r: EOF at once");
	f = ul_fopen("/dev/zero", "rb");
	CHECK(f && ul_fread(buf, 1, 100000 < sizeof buf ? 100000 : sizeof buf, f) == sizeof buf && !buf[0] &&
	      !buf[sizeof buf - 1], "fread /dev/zero");
	ul_fclose(f);
	f = ul_fopen("/dev/urandom", "r");
	unsigned char key[32] = { 0 }, none[32] = { 0 };
	CHECK(f && ul_fread(key, 1, sizeof key, f) == sizeof key && memcmp(key, none, sizeof key), "fread /dev/urandom");
	ul_fclose(f);
}

static void test_std_and_tty(void)
{
	/* /dev/stdin, stdout, stderr: duplicates of 0, 1, 2 (Linux reopens
	 * /proc/self/fd/N; on a terminal the effect is the same). */
	host_console_reset();
	int fd = ul_open("/dev/stdout", O_WRONLY);
	CHECK(fd >= 3 && ul_isatty(fd) == 1, "open /dev/stdout: a terminal descriptor (%d)", fd);
	CHECK(ul_write(fd, "hi", 2) == 2 && host_console_len[1] >= 2 && !memcmp(host_console[1] + host_console_len[1] - 2, "hi", 2),
	      "write /dev/stdout reaches the console's stdout");
	ul_close(fd);
	fd = ul_open("/dev/stderr", O_WRONLY);
	CHECK(ul_write(fd, "e", 1) == 1 && host_console_len[2] >= 1 && host_console[2][host_console_len[2] - 1] == 'e',
	      "write /dev/stderr reaches stderr");
	ul_close(fd);
	struct ul_stat s0, s1;
	CHECK(ul_stat("/dev/stdin", &s0) == 0 && ul_fstat(0, &s1) == 0 && s0.st_mode == s1.st_mode &&
	      S_ISCHR(s0.st_mode), "stat /dev/stdin is fstat(0)");
	/* A closed standard descriptor: ENOENT, as /proc/self/fd/N. */
	int saved = ul_dup(2);
	ul_close(2);
	ERR(ul_open("/dev/stderr", O_WRONLY), ENOENT);
	struct ul_stat s2;
	ERR(ul_stat("/dev/stderr", &s2), EBADF);
	CHECK(ul_open("/dev/null", O_RDONLY) == 2, "the lowest free descriptor goes to /dev/null");
	ul_close(2);
	ul_dup2(saved, 2);
	ul_close(saved);

	/* /dev/tty and /dev/console: the console, read and written. */
	for (int k = 0; k < 2; k++) {
		const char *name = k ? "/dev/console" : "/dev/tty";
		fd = ul_open(name, O_RDWR);
		CHECK(fd >= 3 && ul_isatty(fd) == 1, "%s is a terminal", name);
		host_stdin[0] = "typed\n";
		host_stdin[1] = 0;
		host_stdin_reads = 0;
		char line[16] = "";
		CHECK(ul_read(fd, line, sizeof line) == 6 && !memcmp(line, "typed\n", 6), "read %s: the console's input", name);
		CHECK(ul_write(fd, "ok", 2) == 2, "write %s", name);
		ERR(ul_lseek(fd, 0, SEEK_SET), ESPIPE);
		ul_close(fd);
	}
	CHECK(ul_ttyname(0) && !strcmp(ul_ttyname(0), "/dev/console"), "ttyname: /dev/console, which opens");
}

static void test_errors(void)
{
	long calls = host_fs_calls;
	ERR(ul_open("/dev/nosuch", O_RDONLY), ENOENT);
	ERR(ul_open("/dev/nosuch", O_WRONLY | O_CREAT), EACCES);
	ERR(ul_open("/dev/null", O_WRONLY | O_CREAT | O_EXCL), EEXIST);
	CHECK(ul_close(ul_open("/dev/null", O_WRONLY | O_CREAT | O_TRUNC)) == 0, "O_CREAT|O_TRUNC of /dev/null opens it");
	ERR(ul_open("/dev/null/", O_RDONLY), ENOTDIR);
	ERR(ul_open("/dev/null/x", O_RDONLY), ENOTDIR);
	ERR(ul_open("/dev/nosuch/x", O_RDONLY), ENOENT);
	ERR(ul_open("/dev/null", O_RDONLY | O_DIRECTORY), ENOTDIR);
	ERR(ul_open("/dev/null", O_ACCMODE), EINVAL);
	ERR(ul_open("/dev", O_WRONLY), EISDIR);
	ERR(ul_open("/dev", O_RDWR | O_CREAT | O_EXCL), EEXIST);
	ERR(ul_mkdir("/dev", 0755), EEXIST);
	ERR(ul_mkdir("/dev/null", 0755), EEXIST);
	ERR(ul_mkdir("/dev/sub", 0755), EACCES);
	ERR(ul_mkdir("/dev/null/sub", 0755), ENOTDIR);
	ERR(ul_unlink("/dev/null"), EBUSY);
	ERR(ul_unlink("/dev/nosuch"), ENOENT);
	ERR(ul_unlink("/dev"), EISDIR);
	ERR(ul_rmdir("/dev"), EBUSY);
	ERR(ul_rmdir("/dev/null"), ENOTDIR);
	ERR(ul_remove("/dev/zero"), EBUSY);
	ERR(ul_rename("/dev/null", "/dev/null2"), EBUSY);
	ERR(ul_rename("/dev/nosuch", "/dev/x"), ENOENT);
	ERR(ul_rename("/dev/null", "/file"), EXDEV);
	ERR(ul_rename("/file", "/dev/file"), EXDEV);
	ERR(ul_rename("/dev/null/x", "/y"), ENOTDIR);
	ERR(ul_chdir("/dev"), EPERM);
	ERR(ul_chmod("/dev/null", 0600), EPERM);
	ERR(ul_truncate("/dev/nosuch", 0), ENOENT);
	ERR(ul_stat("/dev/nosuch", &(struct ul_stat){ 0 }), ENOENT);
	ERR(ul_stat("/dev/null/", &(struct ul_stat){ 0 }), ENOTDIR);
	CHECK(ul_opendir("/dev/null") == NULL && ul_errno == ENOTDIR, "opendir /dev/null: ENOTDIR");
	CHECK(host_fs_calls == calls, "no /dev path reached a volume: %ld calls", host_fs_calls - calls);

	/* The same names elsewhere are ordinary: fs0:/dev/null, dev/null. */
	CHECK(ul_mkdir("dev", 0755) == 0, "mkdir dev in the volume's root");
	int fd = ul_open("dev/null", O_WRONLY | O_CREAT);
	CHECK(fd >= 3 && ul_write(fd, "kept", 4) == 4 && ul_close(fd) == 0, "dev/null (relative) is a file");
	struct ul_stat st;
	CHECK(ul_stat("fs0:/dev/null", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 4, "fs0:/dev/null is that file");
	CHECK(ul_stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode), "/dev/null is still the device");
	CHECK(ul_stat("/x/../dev/./null", &st) == 0 && S_ISCHR(st.st_mode) && ul_stat("//dev//null", &st) == 0 &&
	      S_ISCHR(st.st_mode) && ul_stat("\\dev\\zero", &st) == 0 && S_ISCHR(st.st_mode), "folded paths");
	CHECK(ul_stat("/DEV/NULL", &st) != 0 || S_ISREG(st.st_mode), "names are exact: /DEV/NULL is the volume's");
	ul_unlink("dev/null");
	ul_rmdir("dev");

	/* After the platform is gone, as every path function. */
	host_set_available(0);
	ERR(ul_open("/dev/null", O_RDONLY), EIO);
	ERR(ul_stat("/dev/null", &st), EIO);
	ERR(ul_access("/dev/null", F_OK), EIO);
	ERR(ul_unlink("/dev/null"), EIO);
	host_set_available(1);
}

static void test_readdir(void)
{
	static const char *const want[] = { ".", "..", "console", "full", "null", "random", "stderr", "stdin",
		"stdout", "tty", "urandom", "zero" };
	ul_DIR *d = ul_opendir("/dev");
	CHECK(d != NULL, "opendir /dev");
	if (!d)
		return;
	for (int round = 0; round < 2; round++) {
		size_t n = 0;
		int ok = 1;
		struct ul_dirent *e;
		while ((e = ul_readdir(d))) {
			ok &= n < sizeof want / sizeof want[0] && !strcmp(e->d_name, want[n]);
			if (!strcmp(e->d_name, "null"))
				ok &= e->d_type == 2 && S_ISCHR(e->d_mode);
			if (!strcmp(e->d_name, "stdin"))
				ok &= e->d_type == 10;
			n++;
		}
		CHECK(ok && n == sizeof want / sizeof want[0], "readdir /dev, round %d: %zu entries", round, n);
		ul_rewinddir(d);
	}
	int fd = ul_open("/dev", O_RDONLY);
	char b[4];
	ERR(ul_read(fd, b, 1), EISDIR);
	ERR(ul_lseek(fd, 1, SEEK_SET), EINVAL);
	CHECK(ul_lseek(fd, 0, SEEK_SET) == 0, "lseek /dev to 0");
	ul_close(fd);
	CHECK(ul_closedir(d) == 0, "closedir /dev");
}

int main(void)
{
	host_fs_setup();
	test_stat_vs_host();
	test_io();
	test_std_and_tty();
	test_errors();
	test_readdir();
	if (!getenv("FKEEP"))
		host_fs_cleanup();
	return check_report("dev");
}
