/* getenv, setenv, unsetenv, putenv, clearenv, environ and system(): POSIX
 * semantics and errors, a random differential run against glibc, and the
 * write-through to a fake shell environment (sys_host.c). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"
#include "ul.h"

static int streq(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

static size_t env_count(void)
{
	size_t n = 0;
	while (ul_environ && ul_environ[n])
		n++;
	return n;
}

static void test_basic(void)
{
	CHECK(ul_environ && !ul_environ[0], "environ starts as an empty array (never NULL) without a shell");
	CHECK(ul_getenv("HOME") == NULL, "getenv of an unset name");
	CHECK(ul_setenv("A", "1", 1) == 0 && streq(ul_getenv("A"), "1"), "setenv/getenv");
	char *pa = ul_getenv("A");
	CHECK(ul_setenv("B", "2", 0) == 0 && streq(ul_getenv("B"), "2"), "setenv new without overwrite");
	CHECK(ul_getenv("A") == pa, "another name's change keeps A's string");
	CHECK(ul_setenv("A", "x", 0) == 0 && streq(ul_getenv("A"), "1"), "no overwrite keeps the value");
	CHECK(ul_setenv("A", "3", 1) == 0 && streq(ul_getenv("A"), "3"), "overwrite");
	CHECK(ul_setenv("E", "", 1) == 0 && streq(ul_getenv("E"), ""), "empty value");
	CHECK(ul_getenv("A=") == NULL && ul_getenv("") == NULL && ul_getenv(NULL) == NULL, "getenv of odd names");
	CHECK(env_count() == 3, "environ has three entries (%zu)", env_count());
	int found = 0;
	for (char **e = ul_environ; *e; e++)
		found += streq(*e, "A=3") + streq(*e, "B=2") + streq(*e, "E=");
	CHECK(found == 3, "environ entries are name=value");

	static const char *bad[] = { NULL, "", "X=Y", "=" };
	for (int i = 0; i < 4; i++) {
		ul_errno = 0;
		CHECK(ul_setenv(bad[i], "v", 1) == -1 && ul_errno == EINVAL, "setenv(bad name %d) EINVAL", i);
		ul_errno = 0;
		CHECK(ul_unsetenv(bad[i]) == -1 && ul_errno == EINVAL, "unsetenv(bad name %d) EINVAL", i);
	}
	ul_errno = 0;
	CHECK(ul_setenv("V", NULL, 1) == -1 && ul_errno == EINVAL, "setenv value NULL EINVAL");
	CHECK(ul_unsetenv("NOPE") == 0, "unsetenv of an unset name succeeds");
	CHECK(ul_unsetenv("A") == 0 && ul_getenv("A") == NULL, "unsetenv");
	CHECK(streq(ul_getenv("B"), "2"), "others stay");

	/* putenv: the string itself is the entry. */
	static char p1[] = "P=one";
	CHECK(ul_putenv(p1) == 0 && ul_getenv("P") == p1 + 2, "putenv: getenv points into the string");
	p1[2] = 'O';
	CHECK(streq(ul_getenv("P"), "One"), "putenv: a change to the string shows");
	static char p2[] = "P=two";
	CHECK(ul_putenv(p2) == 0 && ul_getenv("P") == p2 + 2, "putenv replaces putenv");
	CHECK(ul_setenv("P", "three", 1) == 0 && streq(ul_getenv("P"), "three") && streq(p2, "P=two"),
	      "setenv replaces a putenv string without touching it");
	static char p3[] = "P";
	CHECK(ul_putenv(p3) == 0 && ul_getenv("P") == NULL, "putenv without '=' removes the name");
	static char p4[] = "=x";
	ul_errno = 0;
	CHECK(ul_putenv(p4) == -1 && ul_errno == EINVAL, "putenv(\"=x\") EINVAL");
	ul_errno = 0;
	CHECK(ul_putenv(NULL) == -1 && ul_errno == EINVAL, "putenv(NULL) EINVAL");

	/* A program may point environ at its own array. */
	static char own1[] = "OWN=1", own2[] = "B=own";
	static char *own[] = { own1, own2, NULL };
	ul_environ = own;
	CHECK(streq(ul_getenv("OWN"), "1") && streq(ul_getenv("B"), "own") && ul_getenv("E") == NULL,
	      "getenv reads a program's own environ array");
	CHECK(ul_setenv("NEW", "n", 1) == 0 && streq(ul_getenv("NEW"), "n") && streq(ul_getenv("OWN"), "1"),
	      "setenv after environ was replaced adopts the array");
	CHECK(own[0] == own1 && own[1] == own2 && own[2] == NULL, "the program's array is left as it was");
	CHECK(ul_unsetenv("OWN") == 0 && ul_getenv("OWN") == NULL && streq(own1, "OWN=1"), "unset of an adopted entry");

	/* Growth. */
	char name[32], val[32];
	for (int i = 0; i < 500; i++) {
		snprintf(name, sizeof name, "G%d", i);
		snprintf(val, sizeof val, "v%d", i * 7);
		ul_setenv(name, val, 1);
	}
	int good = 1;
	for (int i = 0; i < 500; i++) {
		snprintf(name, sizeof name, "G%d", i);
		snprintf(val, sizeof val, "v%d", i * 7);
		good &= streq(ul_getenv(name), val);
	}
	CHECK(good, "500 variables");
	CHECK(ul_clearenv() == 0 && ul_environ && !ul_environ[0] && ul_getenv("G7") == NULL, "clearenv leaves an empty array");

	/* Platform gone (ExitBootServices): read-only. */
	ul_setenv("KEEP", "k", 1);
	host_set_available(0);
	CHECK(streq(ul_getenv("KEEP"), "k"), "frozen: getenv answers");
	ul_errno = 0;
	CHECK(ul_setenv("Z", "z", 1) == -1 && ul_errno == EIO, "frozen: setenv EIO");
	ul_errno = 0;
	CHECK(ul_unsetenv("KEEP") == -1 && ul_errno == EIO && streq(ul_getenv("KEEP"), "k"), "frozen: unsetenv EIO");
	static char p5[] = "Q=q";
	ul_errno = 0;
	CHECK(ul_putenv(p5) == -1 && ul_errno == EIO, "frozen: putenv EIO");
	CHECK(ul_system(NULL) == 0, "frozen: system(NULL) 0");
	ul_errno = 0;
	CHECK(ul_system("x") == -1 && ul_errno == ENOSYS, "frozen: system ENOSYS");
	host_set_available(1);
	ul_clearenv();
}

/* Random operations on a few names, done by the library and by glibc. */
static void test_differential(void)
{
	static const char *names[] = { "ULT_A", "ULT_B", "ULT_C", "ULT_D", "ULT_E" };
	static const char *vals[] = { "", "1", "two", "three=3", "x y z" };
	unsigned seed = 12345;
	long mismatches = 0;
	for (int i = 0; i < 200000; i++) {
		seed = seed * 1103515245u + 12345u;
		const char *n = names[(seed >> 8) % 5], *v = vals[(seed >> 12) % 5];
		int op = (seed >> 16) % 3, ow = (seed >> 20) & 1;
		int r1, r2;
		if (op == 0) {
			r1 = ul_setenv(n, v, ow);
			r2 = setenv(n, v, ow);
		} else if (op == 1) {
			r1 = ul_unsetenv(n);
			r2 = unsetenv(n);
		} else {
			r1 = r2 = 0;
		}
		if (r1 != r2)
			mismatches++;
		for (int k = 0; k < 5; k++) {
			const char *a = ul_getenv(names[k]), *b = getenv(names[k]);
			if ((a == NULL) != (b == NULL) || (a && strcmp(a, b)))
				mismatches++;
		}
	}
	CHECK(mismatches == 0, "differential against glibc: %ld mismatches", mismatches);
	ul_clearenv();
}

static char put_buf[] = "PUT=one";
static int commands;

static int fake_child(const char *cmd)
{
	commands++;
	CHECK(streq(cmd, "child"), "system passes the command");
	CHECK(streq(host_env_get("PUT"), "two"), "putenv string changed in place reached the shell before the command");
	CHECK(host_console_len[1] == 6 && !memcmp(host_console[1], "before", 6), "stdout flushed before the command");
	host_env_put("CHILD", "c");
	host_env_put("DOOMED", NULL);
	host_env_put("CHANGED", "new");
	return 3;
}

static void test_shell(void)
{
	host_env_clear();
	host_env_put("path", "fs0:\\");
	host_env_put("GREETING", "hello");
	host_env_put("CHANGED", "old");
	host_env_put("bad=name", "skipped");
	host_env_external = 1;
	ul___env_sync();
	CHECK(streq(ul_getenv("GREETING"), "hello") && streq(ul_getenv("path"), "fs0:\\"), "the shell's variables loaded");
	CHECK(env_count() == 3, "a name with '=' is not representable and is skipped (%zu)", env_count());
	char *greeting = ul_getenv("GREETING");

	CHECK(ul_setenv("DOOMED", "d", 1) == 0 && streq(host_env_get("DOOMED"), "d"), "setenv writes through");
	CHECK(ul_setenv("EMPTY", "", 1) == 0 && streq(ul_getenv("EMPTY"), "") && host_env_get("EMPTY") == NULL,
	      "an empty value stays local (the shell would delete it)");
	host_env_readonly = "cwd";
	ul_errno = 0;
	CHECK(ul_setenv("cwd", "x", 1) == -1 && ul_errno == EINVAL && ul_getenv("cwd") == NULL,
	      "the shell's refusal fails setenv and changes nothing");
	host_env_fail_errno = ENOMEM;
	ul_errno = 0;
	CHECK(ul_setenv("GREETING", "bye", 1) == -1 && ul_errno == ENOMEM && ul_getenv("GREETING") == greeting,
	      "a failed write-through leaves the old value");
	ul_errno = 0;
	CHECK(ul_unsetenv("GREETING") == -1 && ul_errno == ENOMEM && streq(ul_getenv("GREETING"), "hello"),
	      "a failed unset leaves the variable");
	host_env_fail_errno = 0;
	CHECK(ul_putenv(put_buf) == 0 && streq(host_env_get("PUT"), "one"), "putenv writes through");
	memcpy(put_buf + 4, "two", 3);

	CHECK(ul_system(NULL) == 0, "system(NULL) without a command processor");
	ul_errno = 0;
	CHECK(ul_system("child") == -1 && ul_errno == ENOSYS, "system without a command processor: ENOSYS");
	host_command = fake_child;
	CHECK(ul_system(NULL) != 0, "system(NULL) with one");
	host_console_reset();
	ul_printf("before");
	CHECK(ul_system("child") == 3 && commands == 1, "system returns the command's status");
	CHECK(streq(ul_getenv("CHILD"), "c"), "a variable the command set appears");
	CHECK(ul_getenv("DOOMED") == NULL, "a variable the command removed goes");
	CHECK(streq(ul_getenv("CHANGED"), "new"), "a variable the command changed changes");
	CHECK(ul_getenv("GREETING") == greeting, "an unchanged variable keeps its string");
	CHECK(streq(ul_getenv("EMPTY"), ""), "the local empty variable stays");
	CHECK(streq(ul_getenv("PUT"), "two") && ul_getenv("PUT") == put_buf + 4, "the putenv entry stays the program's string");

	CHECK(ul_unsetenv("CHILD") == 0 && host_env_get("CHILD") == NULL, "unsetenv writes through");
	host_env_put("cwd", "fs0:");
	ul___env_sync();
	CHECK(streq(ul_getenv("cwd"), "fs0:"), "reload sees a new variable");
	ul_errno = 0;
	CHECK(ul_clearenv() == -1 && ul_errno == EINVAL, "clearenv reports the shell's refusal");
	CHECK(env_count() == 1 && streq(ul_getenv("cwd"), "fs0:"), "... and keeps only the refused variable");
	CHECK(host_env_get("path") == NULL && host_env_get("GREETING") == NULL, "clearenv removed the rest from the shell");
	host_command = NULL;
	host_env_readonly = NULL;
	host_env_external = 0;
	host_env_clear();
	ul_clearenv();
}

int main(void)
{
	test_basic();
	test_differential();
	test_shell();
	return check_report("env");
}
