/* The program entry point: start the runtime, build argv, run main, exit
 * with its status (see src/uefi/sys_exit.c for how that status is reported). */
#include <stdlib.h>
#include "../src/internal/progname.h"
#include "../src/internal/sys.h"
#include "../src/uefi/uefi_impl.h"

/* A third argument is harmless to a main that takes two or none (the MS x64
 * convention leaves unused argument registers alone), and gives the common
 * main(argc, argv, envp) its environment. */
int main(int argc, char **argv, char **envp);

/* The environment is linked in, and loaded here, only when the program uses
 * it in some way (getenv, environ, setenv, system...): otherwise
 * __env_start stays NULL and envp is empty (see docs/process.md). */
extern char **__env_start(void) __attribute__((__weak__));
static char *no_environment[1];

/* The stack protector's cookie, seeded from the entropy source only when
 * the program has a protected function (src/crt/stack_protector.c, linked
 * because such a function references the cookie). */
extern void __security_init_cookie(void) __attribute__((__weak__));

/* main's arguments, for run_main. */
struct start {
	int argc;
	char **argv, **envp;
};

/* Runs on the program's own stack (src/uefi/stack.c): the constructors
 * (__main, src/uefi/ctors.c), then main, then exit. */
static _Noreturn void run_main(void *arg)
{
	struct start *s = arg;
	__main();
	exit(main(s->argc, s->argv, s->envp));
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *st)
{
	/* The guard and the watchdog (src/uefi/env.c); uefi_libc_init starts
	 * a program that keeps its own efi_main the same way. */
	EFI_STATUS s = __uefi_env_init(image, st);
	if (EFI_ERROR(s))
		return s;
	if (__security_init_cookie)
		__security_init_cookie();

	char **argv;
	int argc = __uefi_args(&argv);
	if (argc < 0) {
		/* Straight to the console, not through stderr: a program that
		 * never uses stdio does not link the streams. */
		static const char msg[] = "uefi-libc: out of memory building argv\n";
		__sys_console_write(2, msg, sizeof msg - 1);
		_Exit(EXIT_FAILURE);
	}
	__progname_init(argv[0]);
	/* The shell's environment when the shell started us (see
	 * docs/process.md); otherwise it starts empty. */
	char **envp = no_environment;
	if (__env_start)
		envp = __env_start();
	/* main on a stack of its own (docs/abi.md, "The stack"); efi_main's
	 * frame, args with it, stays on the firmware's stack until the end. */
	struct start args = { argc, argv, envp };
	__uefi_stack_start(run_main, &args);
}
