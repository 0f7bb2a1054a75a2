/* build: -Oz (start-up or exit code: every program carries it once) */
/* Constructors and destructors (__attribute__((constructor)),
 * __attribute__((destructor)), with or without a priority).
 *
 * The GNU environment of the Windows target puts a pointer to each in
 * .ctors / .dtors, or .ctors.NNNNN / .dtors.NNNNN for priority 65535 -
 * NNNNN.  The linker (LLD in MinGW mode) sorts those sections by name and
 * brackets each list with __CTOR_LIST__ / __DTOR_LIST__: a -1 first, the
 * pointers, a 0 last.  So .ctors holds the default priority first and the
 * smallest priority number last: constructors run from the end of the list
 * backwards (smallest priority first), destructors from the start forwards
 * (default priority first, smallest last), as GCC orders them.
 *
 * __main is what Clang calls at the top of main in this environment; crt0
 * (before main) and uefi_libc_init call it too, so that the constructors
 * run for a main compiled otherwise and for a program with its own
 * efi_main.  It runs them once, and arms the destructors, which exit and
 * uefi_libc_fini run after the atexit handlers (src/stdlib/exit.c). */
#include "../internal/exit.h"

typedef void (*__xtor)(void);
extern const __xtor __CTOR_LIST__[];
extern const __xtor __DTOR_LIST__[];

static void run_destructors(void)
{
	for (const __xtor *p = __DTOR_LIST__ + 1; *p; p++)
		(*p)();
}

void __main(void)
{
	static char done;
	if (done)
		return;
	done = 1;
	if (__DTOR_LIST__[1])
		__destructors_hook = run_destructors;
	const __xtor *p = __CTOR_LIST__ + 1;
	while (*p)
		p++;
	while (--p != __CTOR_LIST__)
		(*p)();
}
