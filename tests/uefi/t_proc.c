/* The environment, system(), signals and the C locale.
 *   t_proc shell   started by the UEFI shell after `set PROC_GREETING hello`:
 *                  the shell's variables, written through, seen by children
 *                  that system() starts (t_proc_child.efi), and theirs by us
 *   t_proc after   run next by the shell: sees what t_proc and its children left
 *   (no argument)  a direct boot: no shell, an in-process environment; then
 *                  ExitBootServices, after which the environment is frozen */
#include <assert.h>
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <string.h>
#include <uefi/env.h>
#include "harness.h"

extern char **environ;

static int in_environ(const char *entry)
{
	for (char **e = environ; e && *e; e++)
		if (!strcmp(*e, entry))
			return 1;
	return 0;
}

static int streq(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

static volatile int got_sig;
static void on_sig(int sig)
{
	got_sig = sig;
}

static jmp_buf abort_jmp;
static void abrt_escape(int sig)
{
	longjmp(abort_jmp, sig);
}

static void test_signals(void)
{
	CHECK(signal(SIGINT, on_sig) == SIG_DFL, "signal(SIGINT) was SIG_DFL");
	CHECK_EQ(raise(SIGINT), 0, "raise(SIGINT) returns 0");
	CHECK_EQ(got_sig, SIGINT, "handler got SIGINT");
	CHECK(signal(SIGINT, SIG_IGN) == SIG_DFL, "handler reset to SIG_DFL before it ran");
	got_sig = 0;
	CHECK_EQ(raise(SIGINT), 0, "ignored signal: raise returns 0");
	CHECK_EQ(got_sig, 0, "ignored signal: nothing ran");
	CHECK_EQ(raise(SIGCHLD), 0, "SIGCHLD's default action is to ignore");
	errno = 0;
	CHECK(signal(0, on_sig) == SIG_ERR && errno == EINVAL, "signal(0) is SIG_ERR");
	errno = 0;
	CHECK(signal(SIGKILL, on_sig) == SIG_ERR && errno == EINVAL, "signal(SIGKILL) is SIG_ERR");
	errno = 0;
	CHECK(raise(NSIG) != 0 && errno == EINVAL, "raise(NSIG) fails with EINVAL");
	signal(SIGABRT, abrt_escape);
	volatile int r = setjmp(abort_jmp);
	if (r == 0)
		abort();
	CHECK_EQ(r, SIGABRT, "abort raised SIGABRT; its handler left by longjmp");
}

static void test_locale(void)
{
	CHECK(streq(setlocale(LC_ALL, NULL), "C"), "setlocale(LC_ALL, NULL) is \"C\"");
	CHECK(streq(setlocale(LC_ALL, ""), "C"), "setlocale(LC_ALL, \"\") is \"C\"");
	CHECK(setlocale(LC_NUMERIC, "de_DE") == NULL, "setlocale(LC_NUMERIC, \"de_DE\") fails");
	struct lconv *lc = localeconv();
	CHECK(streq(lc->decimal_point, "."), "localeconv: decimal point");
	CHECK(streq(lc->grouping, "") && lc->frac_digits == CHAR_MAX, "localeconv: no grouping");
}

static char put_buf[] = "PROC_PUT=one";

/* The attributes and value of the shell's variable as stored (EDK II keeps
 * them as UEFI variables under this GUID, without the terminating NUL);
 * attributes 0 when absent. */
static UINT32 stored(const CHAR16 *name, CHAR16 *value, UINTN size)
{
	EFI_GUID guid = { 0x158def5a, 0xf656, 0x419c, { 0xb0, 0x27, 0x7a, 0x31, 0x92, 0xc0, 0x79, 0xd2 } };
	UINT32 attrs = 0;
	size -= sizeof *value;
	value[0] = 0;
	if (EFI_ERROR(uefi_system_table()->RuntimeServices->GetVariable((CHAR16 *)name, &guid, &attrs, &size, value)))
		return 0;
	value[size / sizeof *value] = 0;
	return attrs;
}

static int u16eq(const CHAR16 *a, const CHAR16 *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void shell_mode(char **envp)
{
	CHECK(streq(getenv("PROC_GREETING"), "hello"), "getenv reads the shell's variable set by startup.nsh");
	CHECK(getenv("path") != NULL, "the shell's own path variable");
	CHECK(in_environ("PROC_GREETING=hello"), "environ holds it");
	CHECK(envp == environ, "main's envp is environ");
	const char *g = getenv("PROC_GREETING");
	CHECK_EQ(setenv("PROC_FROM_PARENT", "set by t_proc", 1), 0, "setenv");
	CHECK(streq(getenv("PROC_FROM_PARENT"), "set by t_proc"), "getenv after setenv");
	CHECK(getenv("PROC_GREETING") == g, "an unchanged variable's string stays put");
	CHECK_EQ(setenv("PROC_FROM_PARENT", "other", 0), 0, "setenv without overwrite");
	CHECK(streq(getenv("PROC_FROM_PARENT"), "set by t_proc"), "... keeps the value");
	errno = 0;
	CHECK(setenv("cwd", "x", 1) == -1 && errno == EINVAL,
	      "setenv of the shell's read-only cwd fails with EINVAL");
	errno = 0;
	CHECK(setenv("A=B", "x", 1) == -1 && errno == EINVAL, "setenv(\"A=B\") fails with EINVAL");
	CHECK_EQ(setenv("PROC_UTF8", "Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac", 1), 0, "setenv of UTF-8 text");
	CHECK_EQ(setenv("PROC_EMPTY", "", 1), 0, "setenv of an empty value");
	CHECK(streq(getenv("PROC_EMPTY"), ""), "... reads back empty here");
	CHAR16 buf[64];
	UINT32 attrs = stored(L"PROC_FROM_PARENT", buf, sizeof buf);
	CHECK(attrs && !(attrs & EFI_VARIABLE_NON_VOLATILE) &&
	      u16eq(buf, L"set by t_proc"), "a new variable is stored volatile");
	CHECK(stored(L"PROC_NV", buf, sizeof buf) & EFI_VARIABLE_NON_VOLATILE, "startup.nsh made PROC_NV non-volatile");
	CHECK_EQ(setenv("PROC_NV", "changed", 1), 0, "setenv of a non-volatile variable");
	attrs = stored(L"PROC_NV", buf, sizeof buf);
	CHECK((attrs & EFI_VARIABLE_NON_VOLATILE) && u16eq(buf, L"changed"), "... keeps it non-volatile, with the new value");
	CHECK_EQ(unsetenv("PROC_NV"), 0, "unsetenv of it");
	CHECK(stored(L"PROC_NV", buf, sizeof buf) == 0, "... removes the stored copy");
	/* Too large for the variable store: the shell refuses, and must not
	 * lose the old value on the way (its SetEnv deletes first). */
	static char big[256 * 1024];
	memset(big, 'x', sizeof big - 1);
	CHECK_EQ(setenv("PROC_BIG", "small", 1), 0, "setenv PROC_BIG small");
	errno = 0;
	CHECK(setenv("PROC_BIG", big, 1) == -1 && errno == ENOMEM, "setenv of 256 KiB fails with ENOMEM");
	CHECK(streq(getenv("PROC_BIG"), "small"), "... and the old value stays here");
	CHECK(stored(L"PROC_BIG", buf, sizeof buf) && u16eq(buf, L"small"), "... and in the shell");
	CHECK_EQ(setenv("PROC_DOOMED", "doomed", 1), 0, "setenv PROC_DOOMED");
	CHECK_EQ(putenv(put_buf), 0, "putenv");
	memcpy(put_buf + 9, "two", 3);
	CHECK(streq(getenv("PROC_PUT"), "two"), "a putenv string changed in place changes the variable");

	CHECK(system(NULL) != 0, "system(NULL): the shell is a command processor");
	/* Unfinished line first: system() must flush it before the child prints. */
	printf("proc-order-1 ");
	CHECK_EQ(system("t_proc_child.efi print"), 0, "child printing to stdout");
	int st = system("t_proc_child.efi exit 3");
	CHECK(WIFEXITED(st) && !WIFSIGNALED(st) && WEXITSTATUS(st) == 3, "child exit(3): WIFEXITED, WEXITSTATUS 3");
	CHECK_EQ(st, 3 << 8, "child exit(3) -> the wait status 3 << 8");
	CHECK_EQ(system("t_proc_child.efi exit 0"), 0, "child exit(0) -> 0");
	CHECK_EQ(system("t_proc_child.efi exit -5"), 251 << 8, "child exit(-5) -> exit status 251 (the low 8 bits)");
	CHECK_EQ(system("t_proc_child.efi getenv PROC_FROM_PARENT \"set by t_proc\""), 0, "child sees our setenv");
	CHECK_EQ(system("t_proc_child.efi getenv PROC_GREETING hello"), 0, "child sees the startup.nsh variable");
	CHECK_EQ(system("t_proc_child.efi getenv PROC_UTF8 \"Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac\""),
	         0, "child sees UTF-8 text");
	CHECK_EQ(system("t_proc_child.efi getenv PROC_PUT two"), 0, "child sees the putenv string as changed");
	CHECK_EQ(system("t_proc_child.efi unset-check PROC_EMPTY"),
	         0, "child does not see the empty variable (the shell has none)");
	CHECK_EQ(system("t_proc_child.efi setenv PROC_FROM_CHILD child-value"), 0, "child sets a variable");
	CHECK(streq(getenv("PROC_FROM_CHILD"), "child-value"), "we see the child's variable");
	CHECK_EQ(system("t_proc_child.efi unset PROC_DOOMED"), 0, "child unsets one");
	CHECK(getenv("PROC_DOOMED") == NULL, "we see it gone");
	CHECK(streq(getenv("PROC_EMPTY"), ""), "our empty variable survives the reload");
	CHECK(getenv("PROC_GREETING") == g, "an unchanged string survives the reload");
	CHECK_EQ(system("t_proc_child.efi abort"), 21 << 8, "child abort() -> 21 (EFI_ABORTED through a nested shell)");
	CHECK_EQ(system("t_proc_child.efi abort-returns"),
	         21 << 8, "child abort() with a returning SIGABRT handler still ends");
	CHECK_EQ(system("t_proc_child.efi raise-term"), 21 << 8, "child raise(SIGTERM) ends abnormally");
	CHECK_EQ(system("t_proc_child.efi assert 2> assert.txt"),
	         21 << 8, "child assert failure aborts, message to a file");
	CHECK_EQ(system("t_proc_child.efi quick"), 5 << 8, "child quick_exit(5) -> 5");
	st = system("no_such_program.efi");
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 127, "no such command -> WEXITSTATUS 127");

	CHECK_EQ(unsetenv("PROC_UTF8"), 0, "unsetenv");
	CHECK(getenv("PROC_UTF8") == NULL, "getenv after unsetenv");
	CHECK_EQ(system("t_proc_child.efi unset-check PROC_UTF8"), 0, "child sees it unset");
	CHECK_EQ(unsetenv("PROC_NEVER_SET"), 0, "unsetenv of an unknown name succeeds");
}

static void after_mode(void)
{
	CHECK(streq(getenv("PROC_FROM_PARENT"), "set by t_proc"), "the shell kept the parent's setenv");
	CHECK(streq(getenv("PROC_FROM_CHILD"), "child-value"), "the shell kept the child's setenv");
	CHECK(getenv("PROC_DOOMED") == NULL, "the shell lost the child's unset variable");
	CHECK(getenv("PROC_UTF8") == NULL, "the shell lost the parent's unset variable");
}

static void noshell_mode(char **envp)
{
	CHECK(environ && !environ[0], "no shell: the environment starts empty");
	CHECK(envp == environ, "no shell: main's envp is environ");
	CHECK(getenv("path") == NULL, "no shell: getenv(\"path\") is NULL");
	CHECK_EQ(setenv("ALPHA", "1", 1), 0, "no shell: setenv");
	CHECK_EQ(setenv("BETA", "2", 1), 0, "no shell: setenv");
	CHECK(streq(getenv("ALPHA"), "1") && streq(getenv("BETA"), "2"), "no shell: getenv");
	CHECK(in_environ("ALPHA=1") && in_environ("BETA=2"), "no shell: environ");
	CHECK_EQ(unsetenv("ALPHA"), 0, "no shell: unsetenv");
	CHECK(getenv("ALPHA") == NULL, "no shell: gone");
	CHECK_EQ(system(NULL), 0, "no shell: system(NULL) is 0");
	errno = 0;
	CHECK(system("x.efi") == -1 && errno == ENOSYS, "no shell: system(cmd) is -1 with ENOSYS");
	test_signals();
	test_locale();

	EFI_STATUS s = th_exit_boot_services(uefi_boot_services(), uefi_image_handle());
	CHECK_EQ(s, EFI_SUCCESS, "ExitBootServices");
	CHECK(streq(getenv("BETA"), "2"), "after ExitBootServices: getenv answers from the copy");
	errno = 0;
	CHECK(setenv("GAMMA", "3", 1) == -1 && errno == EIO, "after ExitBootServices: setenv fails with EIO");
	errno = 0;
	CHECK(unsetenv("BETA") == -1 && errno == EIO, "after ExitBootServices: unsetenv fails with EIO");
	CHECK(streq(getenv("BETA"), "2"), "after ExitBootServices: BETA still there");
	CHECK_EQ(system(NULL), 0, "after ExitBootServices: system(NULL) is 0");
	errno = 0;
	CHECK(system("x.efi") == -1 && errno == ENOSYS, "after ExitBootServices: system(cmd) is -1 with ENOSYS");
	th_end();
	/* A failed assertion must still end the program (a power-off here). */
	volatile int zero = 0;
	assert(zero == 1);
	th_puts("assert returned\n");
}

int main(int argc, char **argv, char **envp)
{
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "after")) {
		th_begin("proc-after");
		after_mode();
	} else if (!strcmp(mode, "shell")) {
		th_begin("proc-shell");
		shell_mode(envp);
		test_signals();
		test_locale();
	} else {
		th_begin("proc-noshell");
		noshell_mode(envp);
		return 1;
	}
	th_end();
	return 0;
}
