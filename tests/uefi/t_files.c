/* Files on a real FAT volume through EDK2's driver: every size and writing
 * path, with seeks and appends in between (the host then checks each byte,
 * see suites/files.sh), errno for the error cases, directories, rename
 * across directories, stat, a read-only file (set by the host), and a full
 * second volume.  Booted directly: the current directory is the root of
 * the boot volume. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uefi/env.h>
#include "files_pattern.h"
#include "fw_util.h"
#include "harness.h"

#define BIG (64u << 20)
static unsigned char *buf;

static void info(const char *name, uint64_t v)
{
	th_puts("info ");
	th_puts(name);
	th_puts(" ");
	th_putu(v, 10);
	th_puts("\n");
}

/* Pieces of varied lengths, so that every buffering path is taken. */
static size_t piece(size_t i, size_t left, size_t big)
{
	static const size_t lens[] = { 1, 7, 100, 4095, 4096, 4097, 5000, 333 };
	size_t n = big ? big : lens[i % 8];
	return n < left ? n : left;
}

/* Writes [from, to) of the pattern of `name` through a stream. */
static int stream_range(FILE *f, uint64_t seed, size_t from, size_t to, size_t big)
{
	for (size_t i = 0, off = from; off < to; i++) {
		size_t n = piece(i, to - off, big);
		pat_fill(seed, off, buf, n);
		if (fwrite(buf, 1, n, f) != n)
			return -1;
		off += n;
	}
	return 0;
}

static int fd_range(int fd, uint64_t seed, size_t from, size_t to, size_t big)
{
	for (size_t i = 0, off = from; off < to; i++) {
		size_t n = piece(i, to - off, big);
		pat_fill(seed, off, buf, n);
		if (write(fd, buf, n) != (ssize_t)n)
			return -1;
		off += n;
	}
	return 0;
}

/* The second half first, then (after a seek back) the first, then the
 * tail appended after reopening in append mode. */
static int write_file(const char *method, const char *name, size_t size, size_t big)
{
	uint64_t seed = pat_seed(name);
	char path[64] = "/out/";
	strcat(path, name);
	size_t tail = size / 5, head = size - tail, mid = head / 2;
	if (!strcmp(method, "fd")) {
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || lseek(fd, (off_t)mid, SEEK_SET) != (off_t)mid || fd_range(fd, seed, mid, head, big) ||
		    lseek(fd, 0, SEEK_SET) != 0 || fd_range(fd, seed, 0, mid, big) || close(fd))
			return -1;
		fd = open(path, O_WRONLY | O_APPEND);
		if (fd < 0 || fd_range(fd, seed, head, size, big) || fsync(fd) || close(fd))
			return -1;
		return 0;
	}
	int unbuffered = !strcmp(method, "unbuf");
	FILE *f = fopen(path, "wb");
	if (!f || (unbuffered && setvbuf(f, 0, _IONBF, 0)))
		return -1;
	if (fseek(f, (long)mid, SEEK_SET) || stream_range(f, seed, mid, head, big) || ftell(f) != (long)head ||
	    fseek(f, 0, SEEK_SET) || stream_range(f, seed, 0, mid, big) || fclose(f))
		return -1;
	f = fopen(path, "ab");
	if (!f || (unbuffered && setvbuf(f, 0, _IONBF, 0)) || stream_range(f, seed, head, size, big) ||
	    ftell(f) != (long)size || fflush(f) || fclose(f))
		return -1;
	return 0;
}

/* Reads the file back through fread and compares. */
static int read_back(const char *name, size_t size)
{
	char path[64] = "/out/";
	strcat(path, name);
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	uint64_t seed = pat_seed(name);
	static unsigned char want[1 << 16];
	size_t off = 0, k;
	int bad = 0;
	while ((k = fread(buf, 1, 1 << 16, f)) > 0) {
		pat_fill(seed, off, want, k);
		bad |= memcmp(buf, want, k) != 0;
		off += k;
	}
	bad |= !feof(f) || ferror(f);
	fclose(f);
	return bad || off != size ? -1 : 0;
}

static void sizes(void)
{
	static const size_t n[] = { 0, 1, 4095, 4096, 4097, 1u << 20 };
	static const char *methods[] = { "buf", "unbuf", "fd" };
	CHECK(mkdir("/out", 0755) == 0, "mkdir /out");
	for (int m = 0; m < 3; m++) {
		for (int i = 0; i < 6; i++) {
			char name[32];
			strcpy(name, methods[m]);
			strcat(name, "_");
			size_t len = strlen(name);
			size_t v = n[i];
			char digits[16];
			int d = 0;
			do
				digits[d++] = (char)('0' + v % 10);
			while ((v /= 10));
			while (d)
				name[len++] = digits[--d];
			strcpy(name + len, ".bin");
			int ok = write_file(methods[m], name, n[i], 0) == 0;
			th_open("write", ok, __LINE__);
			th_puts(" ");
			th_puts(name);
			th_close();
			ok = read_back(name, n[i]) == 0;
			th_open("read back", ok, __LINE__);
			th_puts(" ");
			th_puts(name);
			th_close();
		}
	}
	CHECK(write_file("buf", "big.bin", BIG, 1 << 16) == 0, "64 MiB through a buffered stream, 64 KiB pieces");
	CHECK(read_back("big.bin", BIG) == 0, "64 MiB read back");
	CHECK(write_file("unbuf", "big_unbuf.bin", BIG, 1 << 16) == 0, "64 MiB through an unbuffered stream");
	CHECK(write_file("fd", "big_fd.bin", BIG, 1 << 16) == 0, "64 MiB through a descriptor");
	struct stat st;
	CHECK(stat("/out/big.bin", &st) == 0 && st.st_size == BIG && S_ISREG(st.st_mode), "stat of the 64 MiB file");
}

static void r_plus(void)
{
	/* r+ switching between reading and writing, per C's rules. */
	FILE *f = fopen("/out/rplus.txt", "w+");
	fputs("0123456789", f);
	rewind(f);
	char b[8] = "";
	CHECK(fread(b, 1, 3, f) == 3 && !memcmp(b, "012", 3), "w+: read after rewind");
	fseek(f, 0, SEEK_CUR);
	fputs("ab", f);
	fseek(f, 0, SEEK_SET);
	char all[16] = "";
	fgets(all, sizeof all, f);
	CHECK(!strcmp(all, "012ab56789"), "w+: write in the middle after a seek");
	CHECK(ftell(f) == 10, "ftell at the end");
	fclose(f);
	f = fopen("/out/rplus.txt", "a+");
	CHECK(fgetc(f) == '0', "a+ reads from the start");
	fputs("Z", f);
	fseek(f, 0, SEEK_END);
	CHECK(ftell(f) == 11, "a+ writes at the end");
	fclose(f);
}

#define ERR(name, call, want) do { errno = 0; long long r_ = (long long)(call); \
	int e_ = errno; \
	if (!th_open(name, r_ == -1 && e_ == (want), __LINE__)) { \
		th_puts(" errno "); th_putu((uint64_t)e_, 10); } th_close(); } while (0)

static void errors(void)
{
	int fd = open("/out/e.txt", O_WRONLY | O_CREAT);
	close(fd);
	ERR("ENOENT", open("/nope/x", O_RDONLY), ENOENT);
	ERR("ENOENT create in a missing dir", open("/nope/x", O_WRONLY | O_CREAT), ENOENT);
	ERR("EEXIST", open("/out/e.txt", O_WRONLY | O_CREAT | O_EXCL), EEXIST);
	ERR("EEXIST fopen wx", fopen("/out/e.txt", "wx") ? 0 : -1, EEXIST);
	ERR("EISDIR", open("/out", O_WRONLY), EISDIR);
	ERR("EISDIR fopen", fopen("/out", "w") ? 0 : -1, EISDIR);
	ERR("ENOTDIR", open("/out/e.txt/x", O_RDONLY), ENOTDIR);
	ERR("ENOTDIR trailing slash", open("/out/e.txt/", O_RDONLY), ENOTDIR);
	ERR("ENOTEMPTY", rmdir("/out"), ENOTEMPTY);
	ERR("EINVAL bad mode", fopen("/out/e.txt", "rw") ? 0 : -1, EINVAL);
	ERR("EINVAL name FAT cannot hold", open("/out/a?b", O_WRONLY | O_CREAT), EINVAL);
	ERR("EINVAL trailing dot", open("/out/ab.", O_WRONLY | O_CREAT), EINVAL);
	char longname[300] = "/";
	memset(longname + 1, 'x', 256);
	longname[257] = 0;
	ERR("ENAMETOOLONG: a name of 256", open(longname, O_WRONLY | O_CREAT), ENAMETOOLONG);
	longname[256] = 0;
	fd = open(longname, O_WRONLY | O_CREAT);
	CHECK(fd >= 0 && close(fd) == 0 && unlink(longname) == 0, "a 255-character name is fine");
	char longpath[300] = "/out/";
	memset(longpath + 5, 'y', 252);
	longpath[257] = 0;
	ERR("ENAMETOOLONG: a path over FAT's 256", open(longpath, O_WRONLY | O_CREAT), ENAMETOOLONG);
	ERR("EILSEQ beyond the BMP", open("/out/\xf0\x9f\x98\x80", O_WRONLY | O_CREAT), EILSEQ);
	ERR("EBADF", close(1234), EBADF);
	ERR("EBADF write to a read-only descriptor", write(fd = open("/out/e.txt", O_RDONLY), "x", 1), EBADF);
	close(fd);
	/* ro.txt carries FAT's read-only attribute (mattrib +r on the host). */
	ERR("EACCES open a read-only file for writing", open("/ro.txt", O_WRONLY), EACCES);
	ERR("EACCES fopen a", fopen("/ro.txt", "a") ? 0 : -1, EACCES);
	ERR("EACCES unlink", unlink("/ro.txt"), EACCES);
	ERR("EACCES access W_OK", access("/ro.txt", W_OK), EACCES);
	struct stat st;
	CHECK(stat("/ro.txt", &st) == 0 && (st.st_mode & 0777) == 0444 && st.st_size == 9, "read-only file: mode 0444");
	CHECK(chmod("/out/e.txt", 0444) == 0 && stat("/out/e.txt", &st) == 0 &&
	      (st.st_mode & 0777) == 0444, "chmod 0444 sets the read-only attribute");
	ERR("EACCES after chmod", open("/out/e.txt", O_RDWR), EACCES);
	CHECK(chmod("/out/e.txt", 0644) == 0 && (fd = open("/out/e.txt", O_RDWR)) >= 0 &&
	      fsync(fd) == 0 && close(fd) == 0, "chmod 0644 clears it");
	fd = open("/ro.txt", O_RDONLY);
	CHECK(fd >= 0 && fsync(fd) == 0 && close(fd) == 0, "fsync of a read-only descriptor");
	FILE *f = fopen("/ro.txt", "r");
	char b[16] = "";
	CHECK(f && fgets(b, sizeof b, f) && !strcmp(b, "read only"), "read-only file reads");
	fclose(f);
	/* Times: FAT keeps them; this boot's clock is after 2020. */
	CHECK(stat("/out/e.txt", &st) == 0 && st.st_mtime > 1577836800LL &&
	      st.st_mtime < 4102444800LL, "stat: mtime converted from EFI_TIME");
	CHECK(stat("/out", &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 0777) == 0755, "stat: directory");
	CHECK(stat("/", &st) == 0 && S_ISDIR(st.st_mode), "stat: root");
}

static void dirs(void)
{
	CHECK(mkdir("/out/a", 0755) == 0, "mkdir a");
	CHECK(mkdir("out/a/b", 0755) == 0, "mkdir a/b");
	CHECK(mkdir("/out/c", 0755) == 0, "mkdir c");
	FILE *f = fopen("/out/a/b/moved.bin", "wb");
	unsigned char p[5000];
	pat_fill(pat_seed("moved.bin"), 0, p, sizeof p);
	fwrite(p, 1, sizeof p, f);
	fclose(f);
	CHECK(rename("/out/a/b/moved.bin", "/out/c/moved.bin") == 0, "rename across directories");
	struct stat st;
	CHECK(stat("/out/a/b/moved.bin", &st) == -1 && errno == ENOENT, "the old name is gone");
	CHECK(stat("/out/c/moved.bin", &st) == 0 && st.st_size == 5000, "the new name has the data");
	f = fopen("/out/c/old.txt", "w");
	fputs("old", f);
	fclose(f);
	f = fopen("/out/a/new.txt", "w");
	fputs("replacement", f);
	fclose(f);
	CHECK(rename("/out/a/new.txt", "/out/c/old.txt") == 0 &&
	      stat("/out/c/old.txt", &st) == 0 && st.st_size == 11, "rename over an existing file");
	CHECK(rename("/out/a/b", "/out/c/b2") == 0 && stat("/out/c/b2", &st) == 0 &&
	      S_ISDIR(st.st_mode), "rename a directory into another");
	CHECK(rename("/out/c/old.txt", "/out/c/OLD.txt") == 0, "rename case only");
	DIR *d = opendir("/out/c");
	int n = 0, moved = 0, b2 = 0, upper = 0;
	struct dirent *e;
	while (d && (e = readdir(d))) {
		n++;
		moved += !strcmp(e->d_name, "moved.bin") && e->d_type == DT_REG && e->d_size == 5000;
		b2 += !strcmp(e->d_name, "b2") && e->d_type == DT_DIR;
		upper += !strcmp(e->d_name, "OLD.txt");
	}
	CHECK(moved == 1 && b2 == 1, "readdir lists entries with type and size");
	CHECK(upper == 1, "readdir shows the case-only rename");
	CHECK(n == 5, "readdir: . and .. plus three");
	CHECK(d && closedir(d) == 0, "closedir");
	CHECK(rmdir("/out/c/b2") == 0 && stat("/out/c/b2", &st) == -1 && errno == ENOENT, "rmdir an empty directory");
	CHECK(rmdir("/out/a") == 0, "rmdir a");
	CHECK(chdir("/out/c") == 0, "chdir and getcwd");
	char cwd[64];
	CHECK(getcwd(cwd, sizeof cwd) && !strcmp(strchr(cwd, ':'), ":/out/c"), "getcwd names the boot volume");
	CHECK(access("moved.bin", R_OK) == 0 && access("../e.txt", F_OK) == 0, "relative open after chdir");
	CHECK(chdir("../..") == 0 && getcwd(cwd, sizeof cwd) && !strcmp(strchr(cwd, ':'), ":/"), "chdir ..");
	FILE *t = tmpfile();
	CHECK(t && fputs("scratch", t) >= 0 && fseek(t, 0, SEEK_SET) == 0 && fgetc(t) == 's', "tmpfile");
	fclose(t);
	int fd = open("/out/trunc.bin", O_RDWR | O_CREAT | O_TRUNC);
	write(fd, "abcdef", 6);
	CHECK(ftruncate(fd, 2) == 0 && lseek(fd, 0, SEEK_END) == 2, "ftruncate shorter");
	CHECK(ftruncate(fd, 5) == 0 && lseek(fd, 0, SEEK_SET) == 0 &&
	      read(fd, cwd, 10) == 5 && !memcmp(cwd, "ab\0\0\0", 5), "ftruncate longer reads zeros");
	CHECK(fstat(fd, (struct stat[1]){ 0 }) == 0, "fstat");
	close(fd);
}

/* The second volume (2 MiB, marked by disk2.txt) is filled until ENOSPC;
 * the host checks that the bytes written so far are intact. */
static void full_volume(void)
{
	char vol[16] = "fs0:/disk2.txt";
	int found = -1;
	for (int i = 0; i < 8 && found < 0; i++) {
		vol[2] = (char)('0' + i);
		if (access(vol, F_OK) == 0)
			found = i;
	}
	CHECK(found >= 0, "the second volume is found by name");
	if (found < 0)
		return;
	char path[32] = "fs0:/fill.bin";
	path[2] = (char)('0' + found);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC);
	uint64_t seed = pat_seed("fill.bin"), off = 0;
	ssize_t k = 0;
	int e = 0;
	for (;;) {
		pat_fill(seed, off, buf, 65536);
		k = write(fd, buf, 65536);
		if (k < 65536) {
			e = errno;
			if (k > 0)
				off += (uint64_t)k;
			break;
		}
		off += 65536;
	}
	if (k > 0) {
		/* A partial write; the next one must say ENOSPC. */
		pat_fill(seed, off, buf, 65536);
		k = write(fd, buf, 65536);
		e = errno;
	}
	CHECK(k == -1 && e == ENOSPC, "a full volume: ENOSPC");
	CHECK(off > 1500000 && off < 2100000, "most of 2 MiB written");
	info("fill.bin", off);
	CHECK(close(fd) == 0, "close after ENOSPC");
	FILE *f = fopen(path, "a");
	CHECK(f && fwrite(buf, 1, 65536, f) < 65536 + 1 &&
	      (fflush(f) == EOF || ferror(f)) && errno == ENOSPC, "buffered: fwrite then fflush fails with ENOSPC");
	fclose(f);
	struct stat st;
	CHECK(stat(path, &st) == 0 && (uint64_t)st.st_size >= off, "the size is what write reported");
	info("fill.bin.size", (uint64_t)st.st_size);
}

int main(void)
{
	th_begin("files");
	fw_connect_all();
	buf = malloc(1 << 16);
	sizes();
	r_plus();
	errors();
	dirs();
	full_volume();
	th_end();
	/* Everything is closed: end the boot here rather than return to a
	 * firmware that would go on to its setup screen. */
	th_qemu_exit(0);
	return 0;
}
