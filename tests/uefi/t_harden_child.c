/* Built with -fstack-protector-strong and -fsanitize=undefined by uefi-cc
 * (tests/uefi/mk/harden.mk), run by t_harden through system(), and booted
 * directly for the after-ExitBootServices case.  Modes (argv[1]):
 *   ok          protected frames that are not overrun return; exit 0
 *   smash-msvc  overruns a frame compiled for the MSVC environment
 *   smash-gnu   overruns a frame compiled for the GNU environment
 *   ubsan       UB of several kinds, each reported once, and the program
 *               carries on: exit 7
 *   ubsan-abort UB in code built with -fno-sanitize-recover: abort
 *   (none)      direct boot: the serial port as the after-exit sink (COM1
 *               on x86_64, the firmware's UART, a PL011, elsewhere),
 *               ExitBootServices, then UB (recovered) and a GNU smash,
 *               both reported on the serial port. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/boot.h>
#include <uefi/console.h>
#include <uefi/entropy.h>
#include "harness.h"

int harden_smash_gnu(const char *src, unsigned n);
unsigned long long harden_guard_gnu(void);
int harden_ub_abort(int x);
extern unsigned long long __security_cookie;

static char junk[64];

/* Copies n bytes into a 16-byte buffer: n > 16 overwrites the cookie. */
__attribute__((noinline)) int harden_smash_msvc(const char *src, unsigned n)
{
	char buf[16];
	memcpy(buf, src, n);
	__asm__ volatile("" : : "r"(buf) : "memory");
	return buf[0] + buf[15];
}

static volatile int v_big = INT_MAX, v_one = 1, v_shift = 40, v_idx = 5;

static volatile int sink;

/* One site of each kind; called twice, each site is reported once. */
__attribute__((noinline)) static void harden_ub(void)
{
	sink = v_big + v_one;                       /* add-overflow */
	sink = v_one << v_shift;                    /* shift-out-of-bounds */
	int a[4] = { 1, 2, 3, 4 };
	sink = a[v_idx & 7];                        /* out-of-bounds (index 5) */
	sink = v_big * 2;                           /* mul-overflow */
	/* Not divrem: carrying on would execute the division, which faults. */
}

static int after_exit(void)
{
	th_begin("harden-ae");
	const char *src = uefi_stack_guard_source();
	CHECK(src && !strcmp(src, "JITTER"), "cookie seeded at start-up (no RNG device, no RDRAND: JITTER)");
	CHECK(__security_cookie == harden_guard_gnu() && __security_cookie != 0x00002B992DDFA232ull,
	      "MSVC and GNU cookies are one seeded value");
#if defined(__x86_64__)
	CHECK_EQ(uefi_console_after_exit(UEFI_CONSOLE_SERIAL, 0, 0), 0, "serial sink chosen");
#else
	/* no I/O ports: the UART the firmware describes (QEMU virt's PL011,
	 * which QEMU's -serial file captures as COM1 on x86) */
	CHECK_EQ(uefi_console_after_exit(UEFI_CONSOLE_AUTO, 0, 0), 0, "serial sink chosen (the firmware's UART)");
#endif
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	CHECK(bs && !EFI_ERROR(th_exit_boot_services(bs, uefi_image_handle())), "ExitBootServices");
	CHECK(uefi_boot_services() == NULL, "boot services gone");
	CHECK(harden_smash_msvc(junk, 16) == 2 * 'A', "a protected frame returns after ExitBootServices");
	th_puts("harden-ae: ub\n");
	harden_ub();
	CHECK(sink == (int)(2u * INT_MAX), "carried on after UB after ExitBootServices");
	th_end();
	th_puts("harden-ae: smash\n");
	harden_smash_gnu(junk, sizeof junk);
	th_puts("harden-ae: smash returned\n");
	return 3;
}

int main(int argc, char **argv)
{
	memset(junk, 'A', sizeof junk);
	const char *mode = argc > 1 ? argv[1] : "";
	if (!*mode)
		return after_exit();
	if (!strcmp(mode, "ok")) {
		/* Protected frames that stay within their buffers return. */
		int r = harden_smash_msvc(junk, 16) + harden_smash_gnu(junk, 16);
		return r == 4 * 'A' ? 0 : 1;
	}
	if (!strcmp(mode, "smash-msvc")) {
		harden_smash_msvc(junk, sizeof junk);
		return 2;
	}
	if (!strcmp(mode, "smash-gnu")) {
		harden_smash_gnu(junk, sizeof junk);
		return 2;
	}
	if (!strcmp(mode, "ubsan")) {
		harden_ub();
		harden_ub();                        /* again: no second report */
		fputs("ubsan: carried on\n", stderr);
		return 7;
	}
	if (!strcmp(mode, "ubsan-abort")) {
		harden_ub_abort(v_one);
		return 2;
	}
	return 9;
}
