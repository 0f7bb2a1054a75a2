/* Real media faults, no injector: a small FAT volume that fills up, and a
 * write-protected one (QEMU readonly=on), in one boot: the boot disk (1 MiB)
 * carries full.txt, the second (read-only) ro.txt.  What the program reports written
 * ("info NAME BYTES") is compared on the host with what the image holds
 * (suites/fault.sh, with mtools).
 *
 * Full: stdio without a buffer (fwrite's count is what reached the disk),
 * stdio with one (the file holds at least what fflush confirmed, at most
 * what fwrite took, a prefix of it), and descriptors (write's counts add up
 * to the file's size exactly); each ends in ENOSPC, then the program frees
 * space and carries on.  Read-only: every call that writes fails with
 * EROFS, reads work. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <utime.h>
#include "harness.h"
#include "fw_util.h"

static unsigned char pattern(size_t k)
{
	return (unsigned char)(k * 7 + k / 251 + 1);
}

static void info(const char *name, unsigned long long v)
{
	th_puts("info ");
	th_puts(name);
	th_puts(" ");
	th_putu(v, 10);
	th_puts("\n");
}

static char vol[8];   /* "fsN:" of the second disk */

static char *at(const char *name)
{
	static char p[4][64];
	static int i;
	i = (i + 1) & 3;
	snprintf(p[i], sizeof p[i], "%s/%s", vol, name);
	return p[i];
}

static int find(const char *marker)
{
	for (int i = 0; i < 8; i++) {
		snprintf(vol, sizeof vol, "fs%d:", i);
		if (access(at(marker), F_OK) == 0)
			return 1;
	}
	return 0;
}

static unsigned char chunk[4096];

static void fill_chunk(size_t off, size_t n)
{
	for (size_t k = 0; k < n; k++)
		chunk[k] = pattern(off + k);
}

static void full(void)
{
	struct stat st;
	/* 1. Unbuffered stdio: fwrite's count is what the disk took. */
	FILE *f = fopen(at("nbf.dat"), "wb");
	CHECK(f && setvbuf(f, 0, _IONBF, 0) == 0, "unbuffered: fopen");
	size_t total = 0, got;
	int e = 0;
	do {
		fill_chunk(total, 1000);
		errno = 0;
		got = fwrite(chunk, 1, 1000, f);
		e = errno;
		total += got;
	} while (got == 1000);
	CHECK(e == ENOSPC && ferror(f), "unbuffered: fwrite stops with ENOSPC");
	CHECK(total > 500000, "unbuffered: most of the volume written");
	errno = 0;
	CHECK(fclose(f) == 0, "unbuffered: fclose has nothing left to lose");
	CHECK(stat(at("nbf.dat"), &st) == 0 && (size_t)st.st_size == total, "unbuffered: the size is fwrite's count");
	info("nbf.dat", total);
	CHECK(remove(at("nbf.dat")) == 0, "unbuffered: remove frees the space");

	/* 2. Buffered stdio: fflush and fclose report ENOSPC; the file holds
	 * what fflush confirmed, at most what fwrite took. */
	f = fopen(at("fbf.dat"), "wb");
	CHECK(f && setvbuf(f, 0, _IOFBF, 8192) == 0, "buffered: fopen");
	size_t taken = 0, confirmed = 0;
	int flush_failed = 0, write_failed = 0;
	for (int i = 0; !flush_failed && !write_failed; i++) {
		fill_chunk(taken, 1000);
		got = fwrite(chunk, 1, 1000, f);
		taken += got;
		if (got < 1000) {
			write_failed = 1;
			e = errno;
		} else if (i % 7 == 6) {
			if (fflush(f) == EOF) {
				flush_failed = 1;
				e = errno;
			} else {
				confirmed = taken;
			}
		}
	}
	CHECK(e == ENOSPC && ferror(f), "buffered: fwrite or fflush fails with ENOSPC");
	fill_chunk(taken, 1000);
	CHECK(fwrite(chunk, 1, 1000, f) < 1000 || fflush(f) == EOF, "buffered: a later fwrite/fflush fails too");
	fclose(f);   /* what it held was reported lost by the failures above */
	CHECK(stat(at("fbf.dat"), &st) == 0 && (size_t)st.st_size >= confirmed && (size_t)st.st_size <= taken,
	      "buffered: size between what fflush confirmed and what fwrite took");
	info("fbf.dat.confirmed", confirmed);
	info("fbf.dat.taken", taken);
	/* fclose meeting the full disk itself: a stream holding data it
	 * cannot write. */
	f = fopen(at("late.dat"), "wb");
	CHECK(f && fwrite(chunk, 1, 1000, f) == 1000, "fclose: fwrite into the buffer");
	errno = 0;
	int c = fclose(f);
	CHECK(c == EOF && errno == ENOSPC, "fclose with data it cannot write: EOF, ENOSPC");
	CHECK(stat(at("late.dat"), &st) == 0 && st.st_size == 0 &&
	      remove(at("late.dat")) == 0, "fclose: the file is there, empty");
	CHECK(remove(at("fbf.dat")) == 0, "buffered: remove frees the space");

	/* 3. Descriptors: write's counts add up to the file's size, exactly. */
	int fd = open(at("fd.dat"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 0, "fd: open");
	total = 0;
	ssize_t k;
	do {
		fill_chunk(total, sizeof chunk);
		errno = 0;
		k = write(fd, chunk, sizeof chunk);
		e = errno;
		if (k > 0)
			total += (size_t)k;
	} while (k == (ssize_t)sizeof chunk);
	if (k > 0) {   /* a partial write: the next one says why */
		fill_chunk(total, sizeof chunk);
		errno = 0;
		k = write(fd, chunk, sizeof chunk);
		e = errno;
	}
	CHECK(k == -1 && e == ENOSPC, "fd: write fails with ENOSPC");
	CHECK(fsync(fd) == 0, "fd: fsync after ENOSPC");
	CHECK(fstat(fd, &st) == 0 && (size_t)st.st_size == total, "fd: the size is write's count");
	CHECK(close(fd) == 0, "fd: close");
	info("fd.dat", total);
	struct statvfs sv;
	CHECK(statvfs(at("fd.dat"), &sv) == 0 &&
	      (unsigned long long)sv.f_bavail * sv.f_frsize < 4096 * 4, "statvfs: (almost) nothing free");

	/* 4. Carry on: space freed by truncation takes a new file. */
	CHECK(truncate(at("fd.dat"), (off_t)(total - 20000)) == 0, "truncate frees space");
	info("fd.dat.final", total - 20000);
	f = fopen(at("after.dat"), "w");
	CHECK(f && fputs("written after the disk was full\n", f) >= 0 &&
	      fclose(f) == 0, "after freeing: a new file is written");
}

/* Every call that writes: EROFS. */
#define ROFS(name, failed) do { \
	errno = 0; \
	int f_ = (failed); \
	if (!th_open(name ": EROFS", f_ && errno == EROFS, __LINE__)) { \
		th_puts(" errno "); \
		th_putu((uint64_t)errno, 10); \
	} \
	th_close(); \
} while (0)

static void read_only(void)
{
	struct stat st;
	ROFS("fopen w", !fopen(at("new.txt"), "w"));
	ROFS("fopen a (existing)", !fopen(at("ro.txt"), "a"));
	ROFS("fopen r+ (existing)", !fopen(at("ro.txt"), "r+"));
	ROFS("fopen w+ (existing)", !fopen(at("ro.txt"), "w+"));
	ROFS("open O_CREAT", open(at("new.txt"), O_WRONLY | O_CREAT, 0644) == -1);
	ROFS("open O_RDWR", open(at("ro.txt"), O_RDWR) == -1);
	ROFS("open O_WRONLY|O_TRUNC", open(at("ro.txt"), O_WRONLY | O_TRUNC) == -1);
	ROFS("mkdir", mkdir(at("newdir"), 0755) == -1);
	ROFS("rmdir", rmdir(at("dir")) == -1);
	ROFS("unlink", unlink(at("ro.txt")) == -1);
	ROFS("remove", remove(at("ro.txt")) == -1);
	ROFS("rename", rename(at("ro.txt"), at("moved.txt")) == -1);
	ROFS("truncate", truncate(at("ro.txt"), 0) == -1);
	ROFS("chmod", chmod(at("ro.txt"), 0444) == -1);
	ROFS("utime", utime(at("ro.txt"), 0) == -1);
	char tmpl[64];
	snprintf(tmpl, sizeof tmpl, "%s/tmpXXXXXX", vol);
	ROFS("mkstemp", mkstemp(tmpl) == -1);
	/* Reads work, and nothing changed. */
	FILE *f = fopen(at("ro.txt"), "r");
	char line[32] = "";
	CHECK(f && fgets(line, sizeof line, f) && !strcmp(line, "on a write-protected disk\n"), "reads work");
	if (f)
		fclose(f);
	CHECK(stat(at("dir"), &st) == 0 && S_ISDIR(st.st_mode), "the directory is still there");
	CHECK(access(at("new.txt"), F_OK) == -1 && errno == ENOENT &&
	      access(at("newdir"), F_OK) == -1 && access(at("moved.txt"), F_OK) == -1, "nothing was created");
	struct statvfs sv;
	CHECK(statvfs(at("ro.txt"), &sv) == 0 && (sv.f_flag & ST_RDONLY), "statvfs: ST_RDONLY");
}

int main(void)
{
	th_begin("fault-disk");
	fw_connect_all();
	int n = 0;
	if (find("full.txt")) {
		n++;
		full();
	}
	if (find("ro.txt")) {
		n++;
		read_only();
	}
	CHECK(n == 2, "a volume with full.txt and one with ro.txt");
	th_end();
	th_qemu_exit(0);
	return 0;
}
