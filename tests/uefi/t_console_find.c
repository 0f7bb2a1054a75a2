/* The console after ExitBootServices found from the firmware's tables
 * (uefi_console_find, UEFI_CONSOLE_AUTO) and described by hand
 * (uefi_console_set).  Built twice (tests/uefi/mk/boot.mk):
 *   CF_SPCR=0  "console-find": x86_64 OVMF publishes no SPCR and no device
 *              tree, so find fails with ENODEV; the sink is then debugcon
 *              at 0xE9 through uefi_console_set (x86 only).  On aarch64
 *              (AAVMF on QEMU virt) find gives the PL011 at 0x9000000 from
 *              the SPCR or the DTB, and AUTO uses it.
 *   CF_SPCR=1  "console-spcr": booted with an SPCR table given to QEMU
 *              (-acpitable), describing the 16550 at I/O port 0x3F8 at
 *              115200: find must report it, and AUTO must write there
 *              after ExitBootServices (the suite reads QEMU's serial file).
 * After the exit, the program writes a marked block that the suite finds
 * on the sink byte for byte. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uefi/boot.h>
#include <uefi/console.h>
#include "harness.h"

#ifndef CF_SPCR
#define CF_SPCR 0
#endif

int main(void)
{
	th_begin(CF_SPCR ? "console-spcr" : "console-find");
	struct uefi_console_uart u;
	memset(&u, 0x77, sizeof u);
	errno = 0;
	int r = uefi_console_find(&u);
#if defined(__x86_64__)
	if (CF_SPCR) {
		CHECK_EQ(r, 0, "find: the SPCR given to QEMU");
		CHECK(u.sink == UEFI_CONSOLE_SERIAL && u.base == 0x3F8 && u.baud == 115200 && u.clock == 1843200 &&
		      u.source == UEFI_CONSOLE_FROM_SPCR, "SPCR: the 16550 at port 0x3F8, 115200 baud");
	} else {
		/* x86 only: OVMF installs no SPCR and no DTB */
		CHECK(r == -1 && errno == ENODEV, "find: no SPCR, no DTB in OVMF: ENODEV");
		CHECK(u.base == 0x7777777777777777ull, "find: *uart untouched on failure");
	}
#else
	CHECK(r == 0 && u.sink == UEFI_CONSOLE_PL011 && u.base == 0x9000000 &&
	      (u.source == UEFI_CONSOLE_FROM_SPCR || u.source == UEFI_CONSOLE_FROM_DTB),
	      "find: QEMU virt's PL011 at 0x9000000");
#endif
	errno = 0;
	CHECK(uefi_console_find(NULL) == -1 && errno == EINVAL, "find(NULL): EINVAL");

	/* descriptions checked by uefi_console_set (the sink is not changed) */
	struct uefi_console_uart bad = { .sink = UEFI_CONSOLE_16550_MMIO };
	errno = 0;
	CHECK(uefi_console_set(&bad) == -1 && errno == EINVAL, "set: 16550 MMIO at 0: EINVAL");
	bad = (struct uefi_console_uart){ .sink = UEFI_CONSOLE_PL011, .base = 0x9000000, .baud = 115200 };
	errno = 0;
	CHECK(uefi_console_set(&bad) == -1 && errno == EINVAL, "set: PL011 rate with no clock: EINVAL");
	bad = (struct uefi_console_uart){ .sink = UEFI_CONSOLE_AUTO };
	errno = 0;
	CHECK(uefi_console_set(&bad) == -1 && errno == EINVAL, "set: AUTO is not a description: EINVAL");
	errno = 0;
	CHECK(uefi_console_set(NULL) == -1 && errno == EINVAL, "set(NULL): EINVAL");
	errno = 0;
	CHECK(uefi_console_after_exit(UEFI_CONSOLE_AUTO, 1, 0) == -1 && errno == EINVAL, "AUTO with a port: EINVAL");
	errno = 0;
	CHECK(uefi_console_after_exit(UEFI_CONSOLE_PL011, 0, 0) == -1 && errno == EINVAL,
	      "the short form takes no MMIO sink: EINVAL");
#if !defined(__x86_64__) && !defined(__i386__)
	bad = (struct uefi_console_uart){ .sink = UEFI_CONSOLE_SERIAL };
	errno = 0;
	CHECK(uefi_console_set(&bad) == -1 && errno == ENOTSUP, "set: an I/O-port sink without port I/O: ENOTSUP");
#endif

	/* the sink for after the exit */
#if defined(__x86_64__)
	if (CF_SPCR) {
		CHECK_EQ(uefi_console_after_exit(UEFI_CONSOLE_AUTO, 0, 0), 0, "AUTO: the SPCR's UART chosen");
	} else {
		errno = 0;
		CHECK(uefi_console_after_exit(UEFI_CONSOLE_AUTO, 0, 0) == -1 && errno == ENODEV,
		      "AUTO with nothing found: ENODEV");
		struct uefi_console_uart dc = { .sink = UEFI_CONSOLE_DEBUGCON, .base = UEFI_DEBUGCON_PORT };
		CHECK_EQ(uefi_console_set(&dc), 0, "set: debugcon at 0xE9");
	}
#else
	CHECK_EQ(uefi_console_after_exit(UEFI_CONSOLE_AUTO, 0, 0), 0, "AUTO: the PL011 chosen");
#endif
	fflush(stdout);

	uefi_memory_map m = { 0 };
	CHECK(uefi_exit_boot_services(&m) == EFI_SUCCESS, "ExitBootServices");
	errno = 0;
	CHECK(uefi_console_find(&u) == -1 && errno == EACCES, "find after the exit: EACCES");
	errno = 0;
	CHECK(uefi_console_after_exit(UEFI_CONSOLE_AUTO, 0, 0) == -1 && errno == EACCES,
	      "AUTO after the exit: EACCES");
	static const char text[] = "@@CF-BEGIN@@\nafter exit: UTF-8 \xc3\xa9, number 42\n@@CF-END@@\n";
	CHECK_EQ(printf("@@CF-BEGIN@@\nafter exit: UTF-8 \xc3\xa9, number %d\n@@CF-END@@\n", 42),
	         (int)sizeof text - 1, "printf after the exit: the byte count");
	CHECK(fflush(stdout) == 0 && !ferror(stdout), "stdout: no error");
	th_end();
	th_qemu_exit(0);
	return 0;
}
