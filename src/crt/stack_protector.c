/* What Clang's stack protector (-fstack-protector, -strong, -all) calls,
 * for both Windows environments a program may be compiled for
 * (docs/hardening.md):
 *
 * - x86_64-unknown-windows (MSVC): the prologue stores __security_cookie
 *   XOR the stack pointer; the epilogue XORs it back and calls
 *   __security_check_cookie, which returns when it is unchanged.
 * - x86_64-unknown-windows-gnu: the same with __stack_chk_guard, compared
 *   inline; __stack_chk_fail is called when it differs.
 *
 * The cookie is seeded once, at start-up, by __security_init_cookie (MSVC's
 * name), which crt0 calls through a weak reference: a program is linked
 * with this object, and pays for the seeding, only when some function of
 * it is protected.  The seed comes from the platform's entropy source
 * (EFI_RNG_PROTOCOL, else RDRAND, else timing jitter);
 * uefi_stack_guard_source() says which. */
#include <stdint.h>
#include <uefi/entropy.h>
#include "../internal/crt_report.h"
#include "../internal/exit.h"
#include "../internal/sys_conf.h"

/* Until seeded: a fixed value (MSVC's default, so that a check before the
 * seeding, or in a program that never seeds, still has a cookie). */
#define UNSEEDED 0x00002B992DDFA232ull

uintptr_t __security_cookie = UNSEEDED;
uintptr_t __stack_chk_guard = UNSEEDED;
static const char *source;
static int seeded;

/* Must run before any protected function that returns after it was entered
 * (crt0 calls it first thing; a program with its own efi_main calls it
 * there, in a function with no protected frame).  Calls after the first do
 * nothing: changing the cookie under live frames would end them. */
__attribute__((no_stack_protector)) void __security_init_cookie(void)
{
	if (seeded)
		return;
	seeded = 1;
	uint64_t v = 0;
	const char *src = 0;
	if (__sys_entropy(&v, sizeof v, &src) == 0 && v != 0 && v != UNSEEDED) {
		source = src;
	} else {
		/* No source answered: the fixed value stays, mixed with where the
		 * image and its stack are (they differ between machines and
		 * loads, not between runs of one): weak, and said so. */
		v = UNSEEDED ^ (uint64_t)(uintptr_t)__sys_image_base() ^ ((uint64_t)(uintptr_t)&v << 16);
		source = "none";
	}
	__security_cookie = (uintptr_t)v;
	__stack_chk_guard = (uintptr_t)v;
}

const char *uefi_stack_guard_source(void)
{
	return source;
}

/* Both ends: the report, with the address in the function whose frame was
 * overwritten, then the end abort() makes, without its SIGABRT handler (a
 * smashed stack is no place to run the program's code) and without
 * flushing streams: the status is abort's (EFI_ABORTED). */
static _Noreturn __attribute__((noinline)) void smashed(const void *pc)
{
	__crt_report("stack smashing detected", pc);
	__exit_abnormal();
}

void __security_check_cookie(uintptr_t cookie)
{
	if (__builtin_expect(cookie != __security_cookie, 0))
		smashed(__builtin_return_address(0));
}

_Noreturn void __stack_chk_fail(void)
{
	smashed(__builtin_return_address(0));
}
