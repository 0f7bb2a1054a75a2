/* The uefi-libc demo: ordinary C in the firmware, then the guard at work.
 *
 * It prints its argv, allocates, prints non-ASCII text, exits boot services
 * (directly, as a bootloader would), shows that malloc and printf now fail
 * cleanly instead of crashing, and powers the machine off through the
 * runtime services.  After ExitBootServices the firmware console is gone, so
 * those last lines go straight to the serial port. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>

#if defined(__x86_64__)
/* COM1, already set up by the firmware: wait for room, write the byte. */
static void serial_putc(char c)
{
	unsigned char lsr;
	do
		__asm__ volatile("inb %1, %0" : "=a"(lsr) : "Nd"((unsigned short)0x3FD));
	while (!(lsr & 0x20));
	__asm__ volatile("outb %0, %1" : : "a"(c), "Nd"((unsigned short)0x3F8));
}
#elif defined(__aarch64__)
/* The PL011 UART of QEMU's virt machine (the demo's machine: make run
 * ARCH=aarch64), already set up by the firmware: wait while the transmit
 * FIFO is full (flag register bit 5), write the byte. */
static void serial_putc(char c)
{
	volatile unsigned int *uart = (volatile unsigned int *)0x09000000;
	while (uart[0x18 / 4] & 0x20)
		;
	uart[0] = (unsigned char)c;
}
#else
static void serial_putc(char c) { (void)c; }
#endif

static void serial_puts(const char *s)
{
	for (; *s; s++) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s);
	}
}

/* Reads the memory map into a buffer allocated with room to spare, then
 * exits boot services, retrying with a fresh map key as the spec requires. */
static EFI_STATUS exit_boot_services(void)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	UINTN size = 0, key, desc_size;
	UINT32 desc_version;
	bs->GetMemoryMap(&size, NULL, &key, &desc_size, &desc_version);
	size += 16 * desc_size;
	EFI_MEMORY_DESCRIPTOR *map = malloc(size);
	if (!map)
		return EFI_OUT_OF_RESOURCES;
	EFI_STATUS s = EFI_INVALID_PARAMETER;
	for (int tries = 0; tries < 8 && s == EFI_INVALID_PARAMETER; tries++) {
		UINTN n = size;
		s = bs->GetMemoryMap(&n, map, &key, &desc_size, &desc_version);
		if (!EFI_ERROR(s))
			s = bs->ExitBootServices(uefi_image_handle(), key);
	}
	return s;
}

int main(int argc, char **argv)
{
	printf("uefi-libc demo\n\n");
	printf("argc = %d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("  argv[%d] = \"%s\"\n", i, argv[i]);

	size_t n = 4u << 20;
	unsigned char *p = malloc(n);
	if (!p) {
		perror("malloc");
		return EXIT_FAILURE;
	}
	memset(p, 0xA5, n);
	printf("\nmalloc(%zu) = %p, filled and checked: %s\n", n, (void *)p,
	       p[0] == 0xA5 && p[n - 1] == 0xA5 ? "ok" : "BAD");
	free(p);

	printf("\nnon-ASCII text, sent to the console as UCS-2:\n");
	printf("  Grüße aus der Firmware · Καλημέρα · Привет · 日本語\n");
	printf("  (a serial terminal in OVMF's PC-ANSI mode shows these as '?')\n\n");

	printf("exiting boot services...\n");
	fflush(stdout);
	EFI_STATUS s = exit_boot_services();
	if (EFI_ERROR(s)) {
		printf("ExitBootServices failed: status %#llx\n", (unsigned long long)s);
		return EXIT_FAILURE;
	}

	errno = 0;
	void *q = malloc(64);
	int malloc_errno = errno;
	int printed = printf("nobody will see this\n");
	int printf_errno = errno;

	char line[256];
	serial_puts("\r\n[serial] boot services are gone; the library knows:\n");
	snprintf(line, sizeof line, "[serial]   uefi_boot_services() = %p\n", (void *)uefi_boot_services());
	serial_puts(line);
	snprintf(line, sizeof line, "[serial]   malloc(64) = %p, errno = %d (%s)\n", q, malloc_errno,
	         strerror(malloc_errno));
	serial_puts(line);
	snprintf(line, sizeof line, "[serial]   printf(...) = %d, errno = %d (%s)\n", printed,
	         printf_errno, strerror(printf_errno));
	serial_puts(line);
	serial_puts("[serial] powering off through RuntimeServices->ResetSystem\n");

	uefi_system_table()->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
	return 0;
}
