/* Files after ExitBootServices: with streams, descriptors and a directory
 * open, boot services end (called directly); the boot services table and
 * every open node's EFI_FILE_PROTOCOL functions are then traps, so any
 * firmware call is caught.  Every file function must fail with EIO, the
 * open ones must still close, and exit must power off (QEMU status 0). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uefi/env.h>
#include "harness.h"

/* The library's descriptor entry (src/internal/file_impl.h), to find the
 * EFI_FILE_PROTOCOL behind a descriptor and booby-trap it. */
struct lib_fd {
	unsigned char kind, dir, delete_on_close;
	int flags;
	int vol;
	void *node;
};
struct lib_fd *__fd_get(int fd);

static void EFIAPI trap(void)
{
	th_puts("not ok files-ebs/the library called the firmware after ExitBootServices\n");
	th_qemu_exit(3);
}

static void trap_node(int fd)
{
	struct lib_fd *d = __fd_get(fd);
	if (!d || !d->node)
		return;
	void **slot = (void **)((char *)d->node + sizeof(UINT64));
	for (int i = 0; i < 13; i++)
		slot[i] = (void *)trap;
}

#define EIO_CHECK(name, call) do { errno = 0; int bad_ = (call); int e_ = errno; \
	if (!th_open(name, bad_ && e_ == EIO, __LINE__)) { th_puts(" errno "); th_putu((uint64_t)e_, 10); } \
	th_close(); } while (0)

/* The second disk is attached write-protected: EROFS (found after
 * connecting every controller, as a direct boot connects only the first). */
static void read_only_volume(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	UINTN n = 0;
	EFI_HANDLE *h = 0;
	if (!EFI_ERROR(bs->LocateHandleBuffer(AllHandles, 0, 0, &n, &h))) {
		for (UINTN i = 0; i < n; i++)
			bs->ConnectController(h[i], 0, 0, 1);
		bs->FreePool(h);
	}
	char marker[] = "fs0:/disk2.txt", path[] = "fs0:/new.txt";
	int found = -1;
	for (int i = 0; i < 8 && found < 0; i++) {
		marker[2] = (char)('0' + i);
		if (access(marker, R_OK) == 0)
			found = i;
	}
	CHECK(found >= 0, "the write-protected volume is there");
	path[2] = marker[2];
	errno = 0;
	int bad = open(path, O_WRONLY | O_CREAT) == -1;
	CHECK(bad && errno == EROFS, "create on a write-protected volume: EROFS");
	errno = 0;
	bad = open(marker, O_WRONLY) == -1;
	CHECK(bad && errno == EROFS, "open for writing there: EROFS");
	errno = 0;
	bad = mkdir(path, 0755) == -1;
	CHECK(bad && errno == EROFS, "mkdir there: EROFS");
	errno = 0;
	bad = unlink(marker) == -1;
	CHECK(bad && errno == EROFS, "unlink there: EROFS");
	FILE *f = fopen(marker, "r");
	char line[32] = "";
	CHECK(f && fgets(line, sizeof line, f) && fclose(f) == 0, "reading there works");
}

int main(void)
{
	th_begin("files-ebs");
	read_only_volume();
	FILE *f = fopen("/ebs.txt", "w+");
	CHECK(f != NULL, "fopen before");
	fputs("pending bytes", f);
	int fd = open("/ebs2.txt", O_RDWR | O_CREAT);
	CHECK(fd >= 0 && write(fd, "abc", 3) == 3, "open before");
	DIR *d = opendir("/");
	CHECK(d != NULL, "opendir before");
	FILE *r = fopen("/ebs2.txt", "r");
	CHECK(r != NULL, "second stream before");
	char cwd[64];
	CHECK(getcwd(cwd, sizeof cwd) != NULL, "getcwd before");

	EFI_BOOT_SERVICES *bs = uefi_system_table()->BootServices;
	EFI_STATUS s = th_exit_boot_services(bs, uefi_image_handle());
	CHECK_EQ(s, EFI_SUCCESS, "ExitBootServices");
	void **slot = (void **)((char *)bs + sizeof(EFI_TABLE_HEADER));
	void **end = (void **)((char *)bs + sizeof *bs);
	for (; slot < end; slot++)
		*slot = (void *)trap;
	trap_node(fileno(f));
	trap_node(fd);
	trap_node(dirfd(d));
	trap_node(fileno(r));

	struct stat st;
	char b[16];
	EIO_CHECK("fopen", fopen("/x", "w") == NULL);
	EIO_CHECK("open", open("/ebs.txt", O_RDONLY) == -1);
	EIO_CHECK("read", read(fd, b, 1) == -1);
	EIO_CHECK("write", write(fd, b, 1) == -1);
	EIO_CHECK("lseek", lseek(fd, 0, SEEK_SET) == -1);
	EIO_CHECK("fstat", fstat(fd, &st) == -1);
	EIO_CHECK("fsync", fsync(fd) == -1);
	EIO_CHECK("ftruncate", ftruncate(fd, 0) == -1);
	EIO_CHECK("stat", stat("/ebs.txt", &st) == -1);
	EIO_CHECK("access", access("/ebs.txt", F_OK) == -1);
	EIO_CHECK("mkdir", mkdir("/d", 0755) == -1);
	EIO_CHECK("rmdir", rmdir("/d") == -1);
	EIO_CHECK("unlink", unlink("/ebs.txt") == -1);
	EIO_CHECK("remove", remove("/ebs.txt") == -1);
	EIO_CHECK("rename", rename("/ebs.txt", "/y") == -1);
	EIO_CHECK("chdir", chdir("/") == -1);
	EIO_CHECK("opendir", opendir("/") == NULL);
	EIO_CHECK("readdir", readdir(d) == NULL);
	rewinddir(d);
	EIO_CHECK("tmpfile", tmpfile() == NULL);
	EIO_CHECK("fflush of pending output", fflush(f) == EOF);
	EIO_CHECK("fputc", fputc('x', f) == EOF);
	EIO_CHECK("fwrite", fwrite("xyz", 1, 3, f) == 0);
	EIO_CHECK("fseek", fseek(f, 0, SEEK_SET) == -1);
	EIO_CHECK("ftell", ftell(f) == -1);
	EIO_CHECK("fgetc", fgetc(r) == EOF);
	EIO_CHECK("fread", fread(b, 1, 4, r) == 0);
	CHECK(getcwd(cwd, sizeof cwd) != NULL, "getcwd still answers");
	EIO_CHECK("fclose", fclose(f) == EOF);
	EIO_CHECK("fclose of a reading stream", fclose(r) == EOF);
	EIO_CHECK("close", close(fd) == -1);
	EIO_CHECK("closedir", closedir(d) == -1);
	errno = 0;
	CHECK(close(fd) == -1 && errno == EBADF, "the descriptor is gone");
	th_end();
	/* exit: flushes and closes what is left (nothing), calls no boot
	 * service, and powers off through the runtime services. */
	exit(0);
}
