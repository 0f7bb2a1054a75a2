/* signal/raise/abort, assert's message, quick_exit, the C locale.  Each way
 * of ending the program runs in a forked child, through sys_host's exit hook,
 * and reports back in its exit status. */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"
#include "sys_host.h"
#include "ul.h"

/* Our assert.h, calling the library's renamed function. */
#define __assert_fail ul___assert_fail
#include "../../include/assert.h"

static int streq(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* Runs fn in a child; returns its exit status (or -1 if it crashed). */
static int in_child(int (*fn)(void))
{
	fflush(NULL);
	pid_t p = fork();
	if (p == 0)
		_exit(fn());
	int st;
	waitpid(p, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static volatile int got;
static void on_sig(int sig) { got = sig; }

static void test_signal(void)
{
	CHECK(ul_signal(SIGUSR1, on_sig) == SIG_DFL, "first disposition is SIG_DFL");
	CHECK(ul_raise(SIGUSR1) == 0 && got == SIGUSR1, "raise calls the handler with the signal");
	CHECK(ul_signal(SIGUSR1, SIG_DFL) == SIG_DFL, "handler was reset to SIG_DFL before the call");
	CHECK(ul_signal(SIGINT, SIG_IGN) == SIG_DFL && ul_raise(SIGINT) == 0, "SIG_IGN: raise returns 0");
	CHECK(ul_signal(SIGINT, on_sig) == SIG_IGN, "signal returns the previous disposition");
	ul_signal(SIGINT, SIG_DFL);
	static const int bad[] = { 0, -1, NSIG, SIGKILL, SIGSTOP, 1000 };
	for (int i = 0; i < 6; i++) {
		ul_errno = 0;
		CHECK(ul_signal(bad[i], on_sig) == SIG_ERR && ul_errno == EINVAL, "signal(%d) SIG_ERR/EINVAL", bad[i]);
	}
	ul_errno = 0;
	CHECK(ul_signal(SIGINT, SIG_ERR) == SIG_ERR && ul_errno == EINVAL, "signal(SIG_ERR) is refused");
	ul_errno = 0;
	CHECK(ul_raise(0) != 0 && ul_errno == EINVAL, "raise(0) fails");
	CHECK(ul_raise(SIGCHLD) == 0 && ul_raise(SIGWINCH) == 0 && ul_raise(SIGCONT) == 0,
	      "signals POSIX ignores by default return");
}

/* Exit codes from the children: 10 + what __sys_exit saw, or 1 when it was
 * never reached. */
static int exit_code(void)
{
	return 10 + host_exit_status * 2 + host_exit_abnormal;
}

static int child_raise_term(void)
{
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0) {
		ul_raise(SIGTERM);
		return 1;
	}
	return exit_code();
}

static int child_abort_plain(void)
{
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul_abort();
	return exit_code();
}

static int handler_ran;
static void abrt_returns(int sig) { handler_ran = sig; }
static int child_abort_handler_returns(void)
{
	ul_signal(SIGABRT, abrt_returns);
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul_abort();
	return handler_ran == SIGABRT ? exit_code() : 2;
}

static int child_abort_ignored(void)
{
	ul_signal(SIGABRT, SIG_IGN);
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul_abort();
	return exit_code();
}

static jmp_buf escape;
static void abrt_escapes(int sig) { longjmp(escape, sig); }
static int child_abort_longjmp(void)
{
	ul_signal(SIGABRT, abrt_escapes);
	host_exit_armed = 1;
	int r = setjmp(escape);
	if (r == 0)
		ul_abort();
	host_exit_armed = 0;
	return r == SIGABRT ? 50 : 3;
}

static int child_assert(void)
{
	ul___progname_init("fs0:\\tools\\prog.efi");
	host_console_reset();
	host_exit_armed = 1;
	int line = __LINE__ + 2;
	if (setjmp(host_exit_jmp) == 0)
		assert(1 + 1 == 3);
	char want[200];
	snprintf(want, sizeof want, "prog.efi: %s:%d: child_assert: Assertion `1 + 1 == 3' failed.\n", __FILE__, line);
	if (host_console_len[2] != strlen(want) || memcmp(host_console[2], want, strlen(want))) {
		fprintf(stderr, "got: %.*s", (int)host_console_len[2], host_console[2]);
		return 2;
	}
	return exit_code();
}

static int child_assert_dead_stderr(void)
{
	host_console_fail_errno = EIO;
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		assert(0);
	return exit_code();
}

static char order[80];
static void q(int k) { size_t n = strlen(order); order[n] = (char)('a' + k); order[n + 1] = 0; }
static void q0(void) { q(0); }
static void q1(void) { q(1); }
static void q2(void) { q(2); }
static void at_exit_handler(void) { q(25); }

static int child_quick_exit(void)
{
	for (int i = 0; i < 32; i++)
		if (ul_at_quick_exit(i % 3 == 0 ? q0 : i % 3 == 1 ? q1 : q2) != 0)
			return 2;
	ul_atexit(at_exit_handler);
	host_console_reset();
	ul_printf("unflushed");
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul_quick_exit(5);
	/* 32 handlers, last first: i = 31 .. 0 → q(31 % 3) ... */
	char want[40];
	for (int i = 31, j = 0; i >= 0; i--, j++)
		want[j] = (char)('a' + i % 3), want[j + 1] = 0;
	if (strcmp(order, want))
		return 3;
	if (host_console_len[1] != 0)
		return 4;
	return exit_code();
}

static void test_endings(void)
{
	/* 10 + 2 * status + abnormal: abnormal endings report status 1. */
	CHECK(in_child(child_raise_term) == 13, "raise(SIGTERM) by default ends abnormally");
	CHECK(in_child(child_abort_plain) == 13, "abort ends abnormally");
	CHECK(in_child(child_abort_handler_returns) == 13, "abort: handler ran, returned, still abnormal");
	CHECK(in_child(child_abort_ignored) == 13, "abort with SIGABRT ignored still ends");
	CHECK(in_child(child_abort_longjmp) == 50, "abort: a handler may leave by longjmp");
	CHECK(in_child(child_assert) == 13, "assert: glibc's message on stderr, then abort");
	CHECK(in_child(child_assert_dead_stderr) == 13, "assert with stderr dead still aborts");
	CHECK(in_child(child_quick_exit) == 20, "quick_exit: 32 handlers last first, no atexit, no flush, status 5");
}

static void test_assert_ndebug(void)
{
	int evaluated = 0;
#define NDEBUG
#include "../../include/assert.h"
	assert(++evaluated == 100);
	CHECK(evaluated == 0, "NDEBUG: assert does not evaluate its argument");
#undef NDEBUG
#include "../../include/assert.h"
	assert(++evaluated == 1);
	CHECK(evaluated == 1, "re-included without NDEBUG: assert evaluates again");
	static_assert(sizeof(int) == 4, "static_assert macro");
}

static void test_locale(void)
{
	static const int cats[] = { LC_ALL, LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES };
	for (int i = 0; i < 7; i++) {
		CHECK(streq(ul_setlocale(cats[i], NULL), "C"), "setlocale(%d, NULL)", cats[i]);
		CHECK(streq(ul_setlocale(cats[i], "C"), "C"), "setlocale(%d, C)", cats[i]);
		CHECK(streq(ul_setlocale(cats[i], "POSIX"), "C"), "setlocale(%d, POSIX)", cats[i]);
		CHECK(streq(ul_setlocale(cats[i], ""), "C"), "setlocale(%d, \"\")", cats[i]);
		CHECK(streq(ul_setlocale(cats[i], "C.UTF-8"), "C"), "setlocale(%d, C.UTF-8)", cats[i]);
		CHECK(ul_setlocale(cats[i], "fr_FR.UTF-8") == NULL, "setlocale(%d, fr_FR)", cats[i]);
	}
	CHECK(ul_setlocale(-1, "C") == NULL && ul_setlocale(99, NULL) == NULL, "bad category");
	/* Field by field against glibc's C locale (the layouts are the same). */
	setlocale(LC_ALL, "C");
	struct lconv *a = ul_localeconv(), *b = localeconv();
	const char *sa[] = { a->decimal_point, a->thousands_sep, a->grouping, a->int_curr_symbol,
		a->currency_symbol, a->mon_decimal_point, a->mon_thousands_sep, a->mon_grouping,
		a->positive_sign, a->negative_sign };
	const char *sb[] = { b->decimal_point, b->thousands_sep, b->grouping, b->int_curr_symbol,
		b->currency_symbol, b->mon_decimal_point, b->mon_thousands_sep, b->mon_grouping,
		b->positive_sign, b->negative_sign };
	for (int i = 0; i < 10; i++)
		CHECK(streq(sa[i], sb[i]), "lconv string field %d: \"%s\" vs glibc \"%s\"", i, sa[i], sb[i]);
	const char ca[] = { a->int_frac_digits, a->frac_digits, a->p_cs_precedes, a->p_sep_by_space,
		a->n_cs_precedes, a->n_sep_by_space, a->p_sign_posn, a->n_sign_posn, a->int_p_cs_precedes,
		a->int_p_sep_by_space, a->int_n_cs_precedes, a->int_n_sep_by_space, a->int_p_sign_posn,
		a->int_n_sign_posn };
	const char cb[] = { b->int_frac_digits, b->frac_digits, b->p_cs_precedes, b->p_sep_by_space,
		b->n_cs_precedes, b->n_sep_by_space, b->p_sign_posn, b->n_sign_posn, b->int_p_cs_precedes,
		b->int_p_sep_by_space, b->int_n_cs_precedes, b->int_n_sep_by_space, b->int_p_sign_posn,
		b->int_n_sign_posn };
	for (int i = 0; i < 14; i++)
		CHECK(ca[i] == cb[i] && ca[i] == CHAR_MAX, "lconv char field %d: %d vs glibc %d", i, ca[i], cb[i]);
	a->decimal_point = (char *)",";
	CHECK(streq(ul_localeconv()->decimal_point, "."), "a later call undoes a program's write");
}

int main(void)
{
	test_signal();
	test_endings();
	test_assert_ndebug();
	test_locale();
	return check_report("proc");
}
