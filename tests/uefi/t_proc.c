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
	CHECK("signal(SIGINT) was SIG_DFL", signal(SIGINT, on_sig) == SIG_DFL);
	CHECK_EQ("raise(SIGINT) returns 0", raise(SIGINT), 0);
	CHECK_EQ("handler got SIGINT", got_sig, SIGINT);
	CHECK("handler reset to SIG_DFL before it ran", signal(SIGINT, SIG_IGN) == SIG_DFL);
	got_sig = 0;
	CHECK_EQ("ignored signal: raise returns 0", raise(SIGINT), 0);
	CHECK_EQ("ignored signal: nothing ran", got_sig, 0);
	CHECK_EQ("SIGCHLD's default action is to ignore", raise(SIGCHLD), 0);
	errno = 0;
	CHECK("signal(0) is SIG_ERR", signal(0, on_sig) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK("signal(SIGKILL) is SIG_ERR", signal(SIGKILL, on_sig) == SIG_ERR && errno == EINVAL);
	errno = 0;
	CHECK("raise(NSIG) fails with EINVAL", raise(NSIG) != 0 && errno == EINVAL);
	signal(SIGABRT, abrt_escape);
	volatile int r = setjmp(abort_jmp);
	if (r == 0)
		abort();
	CHECK_EQ("abort raised SIGABRT; its handler left by longjmp", r, SIGABRT);
}

static void test_locale(void)
{
	CHECK("setlocale(LC_ALL, NULL) is \"C\"", streq(setlocale(LC_ALL, NULL), "C"));
	CHECK("setlocale(LC_ALL, \"\") is \"C\"", streq(setlocale(LC_ALL, ""), "C"));
	CHECK("setlocale(LC_NUMERIC, \"de_DE\") fails", setlocale(LC_NUMERIC, "de_DE") == NULL);
	struct lconv *lc = localeconv();
	CHECK("localeconv: decimal point", streq(lc->decimal_point, "."));
	CHECK("localeconv: no grouping", streq(lc->grouping, "") && lc->frac_digits == CHAR_MAX);
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
	CHECK("getenv reads the shell's variable set by startup.nsh", streq(getenv("PROC_GREETING"), "hello"));
	CHECK("the shell's own path variable", getenv("path") != NULL);
	CHECK("environ holds it", in_environ("PROC_GREETING=hello"));
	CHECK("main's envp is environ", envp == environ);
	const char *g = getenv("PROC_GREETING");
	CHECK_EQ("setenv", setenv("PROC_FROM_PARENT", "set by t_proc", 1), 0);
	CHECK("getenv after setenv", streq(getenv("PROC_FROM_PARENT"), "set by t_proc"));
	CHECK("an unchanged variable's string stays put", getenv("PROC_GREETING") == g);
	CHECK_EQ("setenv without overwrite", setenv("PROC_FROM_PARENT", "other", 0), 0);
	CHECK("... keeps the value", streq(getenv("PROC_FROM_PARENT"), "set by t_proc"));
	errno = 0;
	CHECK("setenv of the shell's read-only cwd fails with EINVAL",
	      setenv("cwd", "x", 1) == -1 && errno == EINVAL);
	errno = 0;
	CHECK("setenv(\"A=B\") fails with EINVAL", setenv("A=B", "x", 1) == -1 && errno == EINVAL);
	CHECK_EQ("setenv of UTF-8 text", setenv("PROC_UTF8", "Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac", 1), 0);
	CHECK_EQ("setenv of an empty value", setenv("PROC_EMPTY", "", 1), 0);
	CHECK("... reads back empty here", streq(getenv("PROC_EMPTY"), ""));
	CHAR16 buf[64];
	UINT32 attrs = stored(L"PROC_FROM_PARENT", buf, sizeof buf);
	CHECK("a new variable is stored volatile", attrs && !(attrs & EFI_VARIABLE_NON_VOLATILE) &&
	      u16eq(buf, L"set by t_proc"));
	CHECK("startup.nsh made PROC_NV non-volatile", stored(L"PROC_NV", buf, sizeof buf) & EFI_VARIABLE_NON_VOLATILE);
	CHECK_EQ("setenv of a non-volatile variable", setenv("PROC_NV", "changed", 1), 0);
	attrs = stored(L"PROC_NV", buf, sizeof buf);
	CHECK("... keeps it non-volatile, with the new value", (attrs & EFI_VARIABLE_NON_VOLATILE) && u16eq(buf, L"changed"));
	CHECK_EQ("unsetenv of it", unsetenv("PROC_NV"), 0);
	CHECK("... removes the stored copy", stored(L"PROC_NV", buf, sizeof buf) == 0);
	/* Too large for the variable store: the shell refuses, and must not
	 * lose the old value on the way (its SetEnv deletes first). */
	static char big[256 * 1024];
	memset(big, 'x', sizeof big - 1);
	CHECK_EQ("setenv PROC_BIG small", setenv("PROC_BIG", "small", 1), 0);
	errno = 0;
	CHECK("setenv of 256 KiB fails with ENOMEM", setenv("PROC_BIG", big, 1) == -1 && errno == ENOMEM);
	CHECK("... and the old value stays here", streq(getenv("PROC_BIG"), "small"));
	CHECK("... and in the shell", stored(L"PROC_BIG", buf, sizeof buf) && u16eq(buf, L"small"));
	CHECK_EQ("setenv PROC_DOOMED", setenv("PROC_DOOMED", "doomed", 1), 0);
	CHECK_EQ("putenv", putenv(put_buf), 0);
	memcpy(put_buf + 9, "two", 3);
	CHECK("a putenv string changed in place changes the variable", streq(getenv("PROC_PUT"), "two"));

	CHECK("system(NULL): the shell is a command processor", system(NULL) != 0);
	/* Unfinished line first: system() must flush it before the child prints. */
	printf("proc-order-1 ");
	CHECK_EQ("child printing to stdout", system("t_proc_child.efi print"), 0);
	int st = system("t_proc_child.efi exit 3");
	CHECK("child exit(3): WIFEXITED, WEXITSTATUS 3", WIFEXITED(st) && !WIFSIGNALED(st) && WEXITSTATUS(st) == 3);
	CHECK_EQ("child exit(3) -> the wait status 3 << 8", st, 3 << 8);
	CHECK_EQ("child exit(0) -> 0", system("t_proc_child.efi exit 0"), 0);
	CHECK_EQ("child exit(-5) -> exit status 251 (the low 8 bits)", system("t_proc_child.efi exit -5"), 251 << 8);
	CHECK_EQ("child sees our setenv", system("t_proc_child.efi getenv PROC_FROM_PARENT \"set by t_proc\""), 0);
	CHECK_EQ("child sees the startup.nsh variable", system("t_proc_child.efi getenv PROC_GREETING hello"), 0);
	CHECK_EQ("child sees UTF-8 text",
	         system("t_proc_child.efi getenv PROC_UTF8 \"Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac\""), 0);
	CHECK_EQ("child sees the putenv string as changed", system("t_proc_child.efi getenv PROC_PUT two"), 0);
	CHECK_EQ("child does not see the empty variable (the shell has none)",
	         system("t_proc_child.efi unset-check PROC_EMPTY"), 0);
	CHECK_EQ("child sets a variable", system("t_proc_child.efi setenv PROC_FROM_CHILD child-value"), 0);
	CHECK("we see the child's variable", streq(getenv("PROC_FROM_CHILD"), "child-value"));
	CHECK_EQ("child unsets one", system("t_proc_child.efi unset PROC_DOOMED"), 0);
	CHECK("we see it gone", getenv("PROC_DOOMED") == NULL);
	CHECK("our empty variable survives the reload", streq(getenv("PROC_EMPTY"), ""));
	CHECK("an unchanged string survives the reload", getenv("PROC_GREETING") == g);
	CHECK_EQ("child abort() -> 21 (EFI_ABORTED through a nested shell)", system("t_proc_child.efi abort"), 21 << 8);
	CHECK_EQ("child abort() with a returning SIGABRT handler still ends",
	         system("t_proc_child.efi abort-returns"), 21 << 8);
	CHECK_EQ("child raise(SIGTERM) ends abnormally", system("t_proc_child.efi raise-term"), 21 << 8);
	CHECK_EQ("child assert failure aborts, message to a file",
	         system("t_proc_child.efi assert 2> assert.txt"), 21 << 8);
	CHECK_EQ("child quick_exit(5) -> 5", system("t_proc_child.efi quick"), 5 << 8);
	st = system("no_such_program.efi");
	CHECK("no such command -> WEXITSTATUS 127", WIFEXITED(st) && WEXITSTATUS(st) == 127);

	CHECK_EQ("unsetenv", unsetenv("PROC_UTF8"), 0);
	CHECK("getenv after unsetenv", getenv("PROC_UTF8") == NULL);
	CHECK_EQ("child sees it unset", system("t_proc_child.efi unset-check PROC_UTF8"), 0);
	CHECK_EQ("unsetenv of an unknown name succeeds", unsetenv("PROC_NEVER_SET"), 0);
}

static void after_mode(void)
{
	CHECK("the shell kept the parent's setenv", streq(getenv("PROC_FROM_PARENT"), "set by t_proc"));
	CHECK("the shell kept the child's setenv", streq(getenv("PROC_FROM_CHILD"), "child-value"));
	CHECK("the shell lost the child's unset variable", getenv("PROC_DOOMED") == NULL);
	CHECK("the shell lost the parent's unset variable", getenv("PROC_UTF8") == NULL);
}

static void noshell_mode(char **envp)
{
	CHECK("no shell: the environment starts empty", environ && !environ[0]);
	CHECK("no shell: main's envp is environ", envp == environ);
	CHECK("no shell: getenv(\"path\") is NULL", getenv("path") == NULL);
	CHECK_EQ("no shell: setenv", setenv("ALPHA", "1", 1), 0);
	CHECK_EQ("no shell: setenv", setenv("BETA", "2", 1), 0);
	CHECK("no shell: getenv", streq(getenv("ALPHA"), "1") && streq(getenv("BETA"), "2"));
	CHECK("no shell: environ", in_environ("ALPHA=1") && in_environ("BETA=2"));
	CHECK_EQ("no shell: unsetenv", unsetenv("ALPHA"), 0);
	CHECK("no shell: gone", getenv("ALPHA") == NULL);
	CHECK_EQ("no shell: system(NULL) is 0", system(NULL), 0);
	errno = 0;
	CHECK("no shell: system(cmd) is -1 with ENOSYS", system("x.efi") == -1 && errno == ENOSYS);
	test_signals();
	test_locale();

	EFI_STATUS s = th_exit_boot_services(uefi_boot_services(), uefi_image_handle());
	CHECK_EQ("ExitBootServices", s, EFI_SUCCESS);
	CHECK("after ExitBootServices: getenv answers from the copy", streq(getenv("BETA"), "2"));
	errno = 0;
	CHECK("after ExitBootServices: setenv fails with EIO", setenv("GAMMA", "3", 1) == -1 && errno == EIO);
	errno = 0;
	CHECK("after ExitBootServices: unsetenv fails with EIO", unsetenv("BETA") == -1 && errno == EIO);
	CHECK("after ExitBootServices: BETA still there", streq(getenv("BETA"), "2"));
	CHECK_EQ("after ExitBootServices: system(NULL) is 0", system(NULL), 0);
	errno = 0;
	CHECK("after ExitBootServices: system(cmd) is -1 with ENOSYS", system("x.efi") == -1 && errno == ENOSYS);
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
