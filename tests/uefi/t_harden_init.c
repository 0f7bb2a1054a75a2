/* The stack protector in programs that keep their own efi_main
 * (uefi_libc_init; docs/hardening.md), built with -fstack-protector-strong
 * twice (tests/uefi/mk/harden.mk) and run by t_harden through system():
 *   -DSEED: efi_main has no protected frame and seeds the cookie with
 *           __security_init_cookie() right after uefi_libc_init;
 *   else:   efi_main is itself protected (an array) and seeds nothing;
 *           uefi_libc_init must not seed either, or efi_main's own check
 *           would end the program when it returns.
 * Both run a protected function and return 0 when all is well. */
#include <stdio.h>
#include <string.h>
#include <uefi/entropy.h>
#include <uefi/init.h>
#include "harness.h"

extern unsigned long long __security_cookie;

__attribute__((noinline)) static int sum(const char *s)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%s", s);
	int r = 0;
	for (char *p = buf; *p; p++)
		r += *p;
	return r;
}

#ifdef SEED
#define PROG "harden-init-seed"
__attribute__((no_stack_protector))
#else
#define PROG "harden-init-keep"
#endif
EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
{
#ifndef SEED
	char name[32];
	__asm__ volatile("" : : "r"(name) : "memory");
#endif
	th_begin(PROG);
	CHECK(!EFI_ERROR(uefi_libc_init(image, st)), "uefi_libc_init");
#ifdef SEED
	/* After init, so that boot services (the RNG protocol) are known. */
	__security_init_cookie();
#endif
	const char *src = uefi_stack_guard_source();
#ifdef SEED
	CHECK(src && !strcmp(src, "EFI_RNG_PROTOCOL"), "seeded by the program's call (EFI_RNG_PROTOCOL)");
	CHECK(__security_cookie != 0x00002B992DDFA232ull, "cookie is not the fixed value");
#else
	CHECK(src == NULL && __security_cookie == 0x00002B992DDFA232ull, "uefi_libc_init seeded nothing");
	snprintf(name, sizeof name, "%s", "kept");
#endif
	CHECK_EQ(sum("xyz"), 'x' + 'y' + 'z', "a protected function returns");
	th_end();
	return uefi_libc_fini(EFI_SUCCESS);
}
