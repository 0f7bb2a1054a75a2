/* /dev in the firmware (direct boot, a virtio-rng device): the devices
 * through open, fopen, stat, fstat, read, write, lseek, isatty and
 * opendir; /dev/urandom from the library's entropy chain (here
 * EFI_RNG_PROTOCOL); the boot disk's own "dev" directory left alone. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <uefi/entropy.h>
#include <unistd.h>
#include "harness.h"

static void info(const char *what, const char *v)
{
	th_puts("info ");
	th_puts(what);
	th_puts(" ");
	th_puts(v ? v : "(null)");
	th_puts("\n");
}

static void test_devices(void)
{
	struct stat st;
	CHECK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode) && st.st_rdev == 0x103, "stat /dev/null: 1:3");
	CHECK(stat("/dev/zero", &st) == 0 && S_ISCHR(st.st_mode) && st.st_rdev == 0x105, "stat /dev/zero: 1:5");
	CHECK(lstat("/dev/urandom", &st) == 0 && S_ISCHR(st.st_mode) && st.st_rdev == 0x109, "lstat /dev/urandom: 1:9");
	CHECK(access("/dev/null", R_OK | W_OK) == 0, "access /dev/null");

	int fd = open("/dev/null", O_RDWR);
	CHECK(fd >= 3, "open /dev/null");
	CHECK(write(fd, "gone", 4) == 4, "write /dev/null");
	char buf[512];
	CHECK(read(fd, buf, sizeof buf) == 0, "read /dev/null: end of file");
	CHECK(lseek(fd, 10, SEEK_SET) == 0, "lseek /dev/null: 0");
	CHECK(fstat(fd, &st) == 0 && st.st_rdev == 0x103 && !isatty(fd), "fstat, isatty");
	CHECK(close(fd) == 0, "close /dev/null");

	fd = open("/dev/zero", O_RDONLY);
	memset(buf, 0x5a, sizeof buf);
	int zeros = read(fd, buf, sizeof buf) == (ssize_t)sizeof buf;
	for (size_t i = 0; i < sizeof buf; i++)
		zeros &= buf[i] == 0;
	CHECK(zeros, "read /dev/zero: zeros");
	close(fd);

	/* libtommath's way: open, read until done, close. */
	unsigned char r1[32], r2[32], none[32] = { 0 };
	fd = open("/dev/urandom", O_RDONLY);
	CHECK(fd >= 0 && read(fd, r1, sizeof r1) == 32 && read(fd, r2, sizeof r2) == 32 && memcmp(r1, r2, 32) &&
	      memcmp(r1, none, 32), "read /dev/urandom: two different draws");
	close(fd);
	info("/dev/urandom source", uefi_entropy_source());
	CHECK(uefi_entropy_source() && !strcmp(uefi_entropy_source(), "EFI_RNG_PROTOCOL"), "from EFI_RNG_PROTOCOL");
	FILE *f = fopen("/dev/random", "rb");
	CHECK(f && fread(r1, 1, sizeof r1, f) == sizeof r1 && fclose(f) == 0, "fread /dev/random");

	f = fopen("/dev/null", "w");
	CHECK(f && fprintf(f, "%d lines\n", 42) == 9 && fclose(f) == 0, "fprintf to /dev/null");

	fd = open("/dev/stdout", O_WRONLY);
	CHECK(fd >= 3 && isatty(fd) && write(fd, "info via /dev/stdout\n", 21) == 21, "/dev/stdout: the console");
	close(fd);
	fd = open("/dev/tty", O_RDWR);
	CHECK(fd >= 3 && isatty(fd), "/dev/tty: a terminal");
	close(fd);
}

static void test_errors(void)
{
	errno = 0;
	CHECK(open("/dev/null", O_WRONLY | O_CREAT | O_EXCL) == -1 && errno == EEXIST, "O_CREAT|O_EXCL: EEXIST");
	errno = 0;
	CHECK(open("/dev/new", O_WRONLY | O_CREAT) == -1 && errno == EACCES, "creating in /dev: EACCES");
	errno = 0;
	CHECK(unlink("/dev/null") == -1 && errno == EBUSY, "unlink /dev/null: EBUSY");
	errno = 0;
	CHECK(rename("/dev/zero", "zero") == -1 && errno == EXDEV, "rename out of /dev: EXDEV");
	errno = 0;
	CHECK(mkdir("/dev", 0755) == -1 && errno == EEXIST, "mkdir /dev: EEXIST");

	/* The disk's own dev directory: reachable by its other names only. */
	CHECK(mkdir("fs0:/dev", 0755) == 0 || errno == EEXIST, "mkdir fs0:/dev");
	FILE *f = fopen("fs0:/dev/null", "w");
	CHECK(f && fputs("a file", f) >= 0 && fclose(f) == 0, "fs0:/dev/null is a file on the disk");
	struct stat st;
	CHECK(stat("fs0:/dev/null", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 6, "stat fs0:/dev/null: 6 bytes");
	CHECK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode), "/dev/null: still the device");
	CHECK(remove("fs0:/dev/null") == 0 && rmdir("fs0:/dev") == 0, "cleaned up");
}

static void test_listing(void)
{
	DIR *d = opendir("/dev");
	int n = 0, null = 0, urandom = 0;
	struct dirent *e;
	while (d && (e = readdir(d))) {
		n++;
		null |= !strcmp(e->d_name, "null") && e->d_type == DT_CHR;
		urandom |= !strcmp(e->d_name, "urandom") && e->d_type == DT_CHR;
	}
	CHECK(d && n == 12 && null && urandom, "opendir /dev: . .. and ten devices");
	CHECK(d && closedir(d) == 0, "closedir");
}

int main(void)
{
	th_begin("dev");
	test_devices();
	test_errors();
	test_listing();
	th_end();
	th_qemu_exit(0);
	return th_failed ? 1 : 0;
}
