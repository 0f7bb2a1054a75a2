/* Run by t_proc through system(); its exit status is what t_proc checks.
 *   exit N | getenv NAME VALUE (0 equal, 1 differs, 2 unset) | unset-check NAME
 *   setenv NAME VALUE | unset NAME | abort | abort-returns | raise-term
 *   assert | quick | print (a line to stdout) */
#include <assert.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"

static int number(const char *s)
{
	int sign = 1, v = 0;
	if (*s == '-') {
		sign = -1;
		s++;
	}
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return sign * v;
}

static void on_abrt(int sig)
{
	th_puts(sig == SIGABRT ? "child: SIGABRT handler ran\n" : "child: wrong signal\n");
}
static void q1(void) { th_puts("child: quick 1\n"); }
static void q2(void) { th_puts("child: quick 2\n"); }
static void q3(void) { th_puts("child: quick 3\n"); }
static void never(void) { th_puts("child: atexit handler ran at quick_exit\n"); }

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";
	const char *a = argc > 2 ? argv[2] : "", *b = argc > 3 ? argv[3] : "";
	if (!strcmp(cmd, "print")) {
		printf("proc-order-2\n");
		return 0;
	}
	if (!strcmp(cmd, "exit"))
		exit(number(a));
	if (!strcmp(cmd, "getenv")) {
		const char *v = getenv(a);
		return !v ? 2 : strcmp(v, b) != 0;
	}
	if (!strcmp(cmd, "unset-check"))
		return getenv(a) != NULL;
	if (!strcmp(cmd, "setenv"))
		return setenv(a, b, 1) != 0;
	if (!strcmp(cmd, "unset"))
		return unsetenv(a) != 0;
	if (!strcmp(cmd, "abort"))
		abort();
	if (!strcmp(cmd, "abort-returns")) {
		signal(SIGABRT, on_abrt);
		abort();
	}
	if (!strcmp(cmd, "raise-term")) {
		raise(SIGTERM);
		return 99;
	}
	if (!strcmp(cmd, "assert")) {
		volatile int one = 1;
		assert(one == 2);
		return 99;
	}
	if (!strcmp(cmd, "quick")) {
		atexit(never);
		at_quick_exit(q1);
		at_quick_exit(q2);
		at_quick_exit(q3);
		quick_exit(5);
	}
	return 100;
}
