/* The file-system driver example (examples/drivers/tarfs.c), after the
 * shell's `load tarfs.efi` and `map -r`: this application, built with the
 * library, walks the archive's volume with opendir/readdir/stat, copies
 * every file with fopen/fread to the boot disk, and writes a listing, both
 * of which the host compares with the archive's source
 * (tests/uefi/suites/drivers.sh).
 *   t_drv_tarfs.efi fs1: fs0:/out    (the volume, the destination) */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "harness.h"

static FILE *listing;
static int files, dirs, copy_errors;
static long long bytes;

static int copy(const char *from, const char *to, long long size)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	int ok = in && out;
	static char buf[65536];
	long long total = 0;
	size_t n;
	while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0) {
		ok = fwrite(buf, 1, n, out) == n;
		total += (long long)n;
	}
	if (in && ferror(in))
		ok = 0;
	if (in)
		fclose(in);
	if (out && fclose(out))
		ok = 0;
	return ok && total == size;
}

/* rel: the path below the volume's root, "" or ending in '/'. */
static void walk(const char *vol, const char *dest, const char *rel)
{
	char path[1024], to[1024];
	snprintf(path, sizeof path, "%s/%s", vol, rel);
	DIR *d = opendir(path);
	if (!d) {
		copy_errors++;
		th_puts("opendir failed: ");
		th_puts(path);
		th_puts("\n");
		return;
	}
	struct dirent *e;
	while ((e = readdir(d))) {
		char sub[1024];
		snprintf(sub, sizeof sub, "%s%s", rel, e->d_name);
		snprintf(path, sizeof path, "%s/%s", vol, sub);
		snprintf(to, sizeof to, "%s/%s", dest, sub);
		struct stat st;
		if (stat(path, &st)) {
			copy_errors++;
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			dirs++;
			fprintf(listing, "d %s\n", sub);
			if (mkdir(to, 0755))
				copy_errors++;
			strcat(sub, "/");
			walk(vol, dest, sub);
		} else {
			files++;
			bytes += st.st_size;
			fprintf(listing, "f %s %lld\n", sub, (long long)st.st_size);
			if (st.st_size != e->d_size || !copy(path, to, st.st_size)) {
				copy_errors++;
				th_puts("copy failed: ");
				th_puts(sub);
				th_puts("\n");
			}
		}
	}
	closedir(d);
}

int main(int argc, char **argv)
{
	th_begin("drv-tarfs");
	if (argc < 3) {
		CHECK(0, "usage: t_drv_tarfs.efi VOLUME DEST");
		th_end();
		return 2;
	}
	const char *vol = argv[1], *dest = argv[2];
	char path[256], list[256];
	CHECK(mkdir(dest, 0755) == 0, "destination made");
	snprintf(list, sizeof list, "%s.lst", dest);
	listing = fopen(list, "w");
	CHECK(listing, "listing opened");
	if (!listing) {
		th_end();
		return 1;
	}
	walk(vol, dest, "");
	CHECK(fclose(listing) == 0, "listing written");
	CHECK(copy_errors == 0, "every file copied whole, every directory made");
	th_puts("drv-tarfs: ");
	th_putu((uint64_t)files, 10);
	th_puts(" files, ");
	th_putu((uint64_t)dirs, 10);
	th_puts(" directories, ");
	th_putu((uint64_t)bytes, 10);
	th_puts(" bytes\n");
	CHECK(files >= 10 && dirs >= 6, "found at least 10 files and 6 directories");

	/* Read-only: no writing, no new files, no directories. */
	snprintf(path, sizeof path, "%s/readme.txt", vol);
	errno = 0;
	CHECK(!fopen(path, "r+"), "fopen for writing: NULL");
	CHECK_EQ(errno, EROFS, "... errno EROFS");
	snprintf(path, sizeof path, "%s/new.txt", vol);
	errno = 0;
	CHECK(!fopen(path, "w"), "fopen a new file: NULL");
	CHECK_EQ(errno, EROFS, "... errno EROFS");
	snprintf(path, sizeof path, "%s/missing.txt", vol);
	errno = 0;
	CHECK(!fopen(path, "r"), "fopen a missing file: NULL");
	CHECK_EQ(errno, ENOENT, "... errno ENOENT");

	/* Seeking in the largest file agrees with reading it through. */
	snprintf(path, sizeof path, "%s/docs/deep/deeper/big.bin", vol);
	FILE *f = fopen(path, "rb");
	CHECK(f, "big.bin opened");
	if (f) {
		static unsigned char all[4 << 20];
		size_t n = fread(all, 1, sizeof all, f);
		CHECK(n == 3145745, "big.bin: 3 MiB + 17 bytes");
		int ok = 1;
		for (long off = 3145744; off > 0 && ok; off -= 262147) {
			unsigned char b[2];
			ok = fseek(f, off, SEEK_SET) == 0 && ftell(f) == off &&
			     fread(b, 1, 2, f) == (off + 2 <= 3145745 ? 2u : 1u) && b[0] == all[off];
		}
		CHECK(ok, "big.bin: fseek/ftell/fread agree with the whole read");
		CHECK(fseek(f, 0, SEEK_END) == 0 && getc(f) == EOF && feof(f), "big.bin: read at the end gives EOF");
		fclose(f);
	}
	th_end();
	return 0;
}
