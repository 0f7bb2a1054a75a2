/* Booted from a disk image written by uefi-mkimage (a GPT disk with an EFI
 * System Partition), as a plain disk: the firmware must find it as the
 * removable-media boot file, and the extra files must be in the
 * partition's root.  Ends QEMU through th_qemu_exit (status 1). */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "harness.h"

static int file_is(const char *path, const char *want)
{
	char buf[128] = "";
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = 0;
	return strcmp(buf, want) == 0;
}

int main(int argc, char **argv)
{
	th_begin("mkimage");
	size_t n = argc > 0 ? strlen(argv[0]) : 0;
#if defined(__aarch64__)
#define BOOT_FILE "\\EFI\\BOOT\\BOOTAA64.EFI"
#else
#define BOOT_FILE "\\EFI\\BOOT\\BOOTX64.EFI"
#endif
	const char *want = BOOT_FILE;
	int as_boot_file = n >= strlen(want) && strcasecmp(argv[0] + n - strlen(want), want) == 0;
	CHECK(as_boot_file, "started as " BOOT_FILE);
	if (!as_boot_file && argc > 0) {
		th_puts("  argv[0] is ");
		th_puts(argv[0]);
		th_puts("\n");
	}
	CHECK(file_is("/extra.txt", "extra file\n"), "extra file in the root");
	CHECK(file_is("/cfg/boot.cfg", "kernel=vmlinuz\n"), "extra directory in the root");
	th_end();
	th_qemu_exit(0);
	return 0;
}
