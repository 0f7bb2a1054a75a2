/* The stack protector and UBSan in the firmware, in the UEFI shell
 * (tests/uefi/suites/harden.sh): t_harden_child run through system() for
 * each mode, its exit status checked here and its report (stderr,
 * redirected by the shell to a file) checked by the host.  This program is
 * itself built with -fstack-protector-strong and boots with a virtio-rng
 * device: its cookie comes from EFI_RNG_PROTOCOL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <uefi/entropy.h>
#include "harness.h"

extern unsigned long long __security_cookie;

/* A protected frame (an array, address taken) that returns normally. */
__attribute__((noinline)) static int sum(const char *s)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%s", s);
	int r = 0;
	for (char *p = buf; *p; p++)
		r += *p;
	return r;
}

int main(void)
{
	th_begin("harden");
	const char *src = uefi_stack_guard_source();
	CHECK(src && !strcmp(src, "EFI_RNG_PROTOCOL"), "cookie seeded from EFI_RNG_PROTOCOL");
	CHECK(__security_cookie != 0x00002B992DDFA232ull && __security_cookie != 0, "cookie is not the unseeded value");
	CHECK_EQ(sum("abc"), 'a' + 'b' + 'c', "a protected frame returns");
	CHECK_EQ(system("t_harden_child.efi ok"), 0, "child: protected frames within bounds return, exit 0");
	/* abort()'s EFI_ABORTED comes back through the nested shell as 21. */
	CHECK_EQ(system("t_harden_child.efi smash-msvc 2> smash-msvc.txt"),
	         21 << 8, "child: MSVC-environment smash aborts");
	CHECK_EQ(system("t_harden_child.efi smash-gnu 2> smash-gnu.txt"),
	         21 << 8, "child: GNU-environment smash aborts");
	CHECK_EQ(system("t_harden_child.efi ubsan 2> ubsan.txt"),
	         7 << 8, "child: UBSan reports and carries on to exit 7");
	CHECK_EQ(system("t_harden_child.efi ubsan-abort 2> ubsan-abort.txt"),
	         21 << 8, "child: UBSan without recovery aborts");
	/* Programs with their own efi_main (t_harden_init.c), which report
	 * their own verdicts; both return EFI_SUCCESS. */
	CHECK_EQ(system("t_harden_init_seed.efi"), 0, "own efi_main that seeds with __security_init_cookie");
	CHECK_EQ(system("t_harden_init_keep.efi"), 0, "own protected efi_main, not seeded, returns");
	th_end();
	return 0;
}
