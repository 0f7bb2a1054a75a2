/* Compiled for x86_64-unknown-windows-gnu with -fstack-protector-strong
 * (tests/uefi/mk/harden.mk): its protected frames use __stack_chk_guard
 * and __stack_chk_fail, the GNU environment's names, and are linked into
 * t_harden_child beside frames compiled for the MSVC environment. */
#include <string.h>

extern unsigned long long __stack_chk_guard;

/* Copies n bytes into a 16-byte buffer: n > 16 overwrites the guard. */
__attribute__((noinline)) int harden_smash_gnu(const char *src, unsigned n)
{
	char buf[16];
	memcpy(buf, src, n);
	__asm__ volatile("" : : "r"(buf) : "memory");
	return buf[0] + buf[15];
}

unsigned long long harden_guard_gnu(void)
{
	return __stack_chk_guard;
}
