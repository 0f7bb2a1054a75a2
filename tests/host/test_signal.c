/* POSIX signal sets, sigaction, sigprocmask and sigpending over raise: a
 * handler's sa_mask and SA_NODEFER/SA_RESETHAND/SA_SIGINFO, a blocked
 * signal held pending and delivered when it is unblocked, signal()'s
 * System V behaviour kept; the flag and how values are glibc's. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <string.h>

#include "check.h"
#include "ul.h"
#include "ul_signal.h"

static int log_[16], nlog;
static ul_siginfo_t last_info;

static void note(int sig)
{
	if (nlog < 16)
		log_[nlog++] = sig;
}

/* Raises SIGUSR2 from inside SIGUSR1's handler: blocked by sa_mask, so it
 * must come after this handler returns. */
static void usr1_raises_usr2(int sig)
{
	note(sig);
	ul_raise(SIGUSR2);
	note(-sig);
}

static void info_handler(int sig, ul_siginfo_t *si, void *ctx)
{
	(void)ctx;
	note(sig);
	last_info = *si;
}

/* Raises its own signal again: blocked while it runs (no SA_NODEFER). */
static int depth;
static void reraise(int sig)
{
	note(sig);
	if (depth++ == 0)
		ul_raise(sig);
	note(-sig);
}

static int logged(const int *want, int n)
{
	return nlog == n && memcmp(log_, want, (size_t)n * sizeof *want) == 0;
}

int main(void)
{
	ul_sigset_t s, o;
	CHECK(ul_sigemptyset(&s) == 0 && s == 0 && ul_sigismember(&s, SIGINT) == 0, "sigemptyset");
	CHECK(ul_sigaddset(&s, SIGINT) == 0 && ul_sigismember(&s, SIGINT) == 1 && ul_sigismember(&s, SIGTERM) == 0 &&
	      ul_sigaddset(&s, 31) == 0 && ul_sigismember(&s, 31) == 1, "sigaddset, sigismember");
	CHECK(ul_sigdelset(&s, SIGINT) == 0 && ul_sigismember(&s, SIGINT) == 0 && ul_sigismember(&s, 31) == 1, "sigdelset");
	CHECK(ul_sigfillset(&s) == 0, "sigfillset");
	int all = 1;
	for (int i = 1; i < 32; i++)
		all &= ul_sigismember(&s, i) == 1;
	CHECK(all, "sigfillset holds 1 to NSIG-1");
	ul_errno = 0;
	CHECK(ul_sigaddset(&s, 0) == -1 && ul_errno == EINVAL, "sigaddset(0): EINVAL");
	ul_errno = 0;
	CHECK(ul_sigdelset(&s, 32) == -1 && ul_errno == EINVAL, "sigdelset(NSIG): EINVAL");
	ul_errno = 0;
	CHECK(ul_sigismember(&s, -1) == -1 && ul_errno == EINVAL, "sigismember(-1): EINVAL");

	/* sigaction: the handler stays (no reset) and sa_mask is blocked while it runs. */
	struct ul_sigaction a, old;
	memset(&a, 0, sizeof a);
	a.__sa_handler.__sa_handler = usr1_raises_usr2;
	ul_sigemptyset(&a.sa_mask);
	ul_sigaddset(&a.sa_mask, SIGUSR2);
	CHECK(ul_sigaction(SIGUSR1, &a, &old) == 0 && old.__sa_handler.__sa_handler == SIG_DFL && old.sa_flags == 0,
	      "sigaction gives back the default");
	struct ul_sigaction b;
	memset(&b, 0, sizeof b);
	b.__sa_handler.__sa_handler = note;
	CHECK(ul_sigaction(SIGUSR2, &b, NULL) == 0, "sigaction SIGUSR2");
	nlog = 0;
	CHECK(ul_raise(SIGUSR1) == 0 && logged((int[]){ SIGUSR1, -SIGUSR1, SIGUSR2 }, 3),
	      "sa_mask: SIGUSR2 raised in SIGUSR1's handler runs after it (%d entries)", nlog);
	nlog = 0;
	CHECK(ul_raise(SIGUSR1) == 0 && logged((int[]){ SIGUSR1, -SIGUSR1, SIGUSR2 }, 3), "the handler stays installed");
	CHECK(ul_sigprocmask(SIG_SETMASK, NULL, &o) == 0 && o == 0, "the mask is back to empty after the handlers");

	/* The signal itself is blocked in its handler, unless SA_NODEFER. */
	a.__sa_handler.__sa_handler = reraise;
	a.sa_mask = 0;
	ul_sigaction(SIGTERM, &a, NULL);
	nlog = depth = 0;
	CHECK(ul_raise(SIGTERM) == 0 && logged((int[]){ SIGTERM, -SIGTERM, SIGTERM, -SIGTERM }, 4),
	      "a signal raised in its own handler waits for it");
	a.sa_flags = SA_NODEFER;
	ul_sigaction(SIGTERM, &a, NULL);
	nlog = depth = 0;
	CHECK(ul_raise(SIGTERM) == 0 && logged((int[]){ SIGTERM, SIGTERM, -SIGTERM, -SIGTERM }, 4), "SA_NODEFER: nested");
	a.sa_flags = SA_RESETHAND | SA_NODEFER;
	a.__sa_handler.__sa_handler = note;
	ul_sigaction(SIGHUP, &a, NULL);
	nlog = 0;
	CHECK(ul_raise(SIGHUP) == 0 && logged((int[]){ SIGHUP }, 1) && ul_sigaction(SIGHUP, NULL, &old) == 0 &&
	      old.__sa_handler.__sa_handler == SIG_DFL && old.sa_flags == 0, "SA_RESETHAND: back to SIG_DFL");

	/* SA_SIGINFO. */
	memset(&a, 0, sizeof a);
	a.__sa_handler.__sa_sigaction = info_handler;
	a.sa_flags = SA_SIGINFO | SA_RESTART;
	nlog = 0;
	CHECK(ul_sigaction(SIGALRM, &a, NULL) == 0 && ul_raise(SIGALRM) == 0 && logged((int[]){ SIGALRM }, 1) &&
	      last_info.si_signo == SIGALRM && last_info.si_code == SI_USER && last_info.si_pid == 1, "SA_SIGINFO");
	CHECK(ul_sigaction(SIGALRM, NULL, &old) == 0 && old.__sa_handler.__sa_sigaction == info_handler &&
	      old.sa_flags == (SA_SIGINFO | SA_RESTART), "sigaction gives back sa_sigaction and the flags");

	/* Blocked: pending, then delivered by the sigprocmask that unblocks it. */
	ul_sigemptyset(&s);
	ul_sigaddset(&s, SIGUSR2);
	nlog = 0;
	CHECK(ul_sigprocmask(SIG_BLOCK, &s, &o) == 0 && o == 0 && ul_raise(SIGUSR2) == 0 && nlog == 0, "blocked: not run");
	CHECK(ul_raise(SIGUSR2) == 0 && nlog == 0, "raised twice while blocked");
	CHECK(ul_sigpending(&o) == 0 && ul_sigismember(&o, SIGUSR2) == 1 && ul_sigismember(&o, SIGUSR1) == 0, "sigpending");
	CHECK(ul_sigprocmask(SIG_UNBLOCK, &s, NULL) == 0 && logged((int[]){ SIGUSR2 }, 1), "unblocked: delivered once, at once");
	CHECK(ul_sigpending(&o) == 0 && o == 0, "nothing pending after");
	/* A pending signal that becomes ignored is discarded. */
	ul_sigprocmask(SIG_BLOCK, &s, NULL);
	ul_raise(SIGUSR2);
	struct ul_sigaction ign;
	memset(&ign, 0, sizeof ign);
	ign.__sa_handler.__sa_handler = SIG_IGN;
	nlog = 0;
	CHECK(ul_sigaction(SIGUSR2, &ign, NULL) == 0 && ul_sigpending(&o) == 0 && o == 0 &&
	      ul_sigprocmask(SIG_UNBLOCK, &s, NULL) == 0 && nlog == 0, "ignoring discards a pending signal");
	/* SIG_SETMASK, SIGKILL/SIGSTOP never blocked, a bad how. */
	ul_sigfillset(&s);
	CHECK(ul_sigprocmask(SIG_SETMASK, &s, NULL) == 0 && ul_sigprocmask(SIG_SETMASK, NULL, &o) == 0 &&
	      ul_sigismember(&o, SIGKILL) == 0 && ul_sigismember(&o, SIGSTOP) == 0 && ul_sigismember(&o, SIGINT) == 1,
	      "SIG_SETMASK; SIGKILL and SIGSTOP are not blocked");
	ul_errno = 0;
	CHECK(ul_sigprocmask(7, &s, NULL) == -1 && ul_errno == EINVAL, "sigprocmask: bad how EINVAL");
	ul_sigemptyset(&s);
	ul_sigprocmask(SIG_SETMASK, &s, NULL);
	ul_errno = 0;
	CHECK(ul_sigaction(SIGKILL, &a, NULL) == -1 && ul_errno == EINVAL && ul_sigaction(SIGSTOP, &a, NULL) == -1 &&
	      ul_sigaction(SIGKILL, NULL, &old) == 0 && ul_sigaction(0, NULL, &old) == -1 &&
	      ul_sigaction(32, NULL, &old) == -1, "sigaction: SIGKILL, SIGSTOP, 0 and NSIG");

	/* signal(): System V, as before — reset before the handler runs. */
	nlog = 0;
	CHECK(ul_signal(SIGINT, note) == SIG_DFL && ul_raise(SIGINT) == 0 && logged((int[]){ SIGINT }, 1) &&
	      ul_signal(SIGINT, SIG_IGN) == SIG_DFL, "signal(): reset to SIG_DFL when it runs");
	CHECK(ul_sigaction(SIGINT, NULL, &old) == 0 && old.__sa_handler.__sa_handler == SIG_IGN, "sigaction sees signal()'s");

	CHECK(SA_SIGINFO == 4 && SA_NODEFER == 0x40000000 && SA_RESETHAND == (int)0x80000000 && SA_RESTART == 0x10000000 &&
	      SIG_BLOCK == 0 && SIG_UNBLOCK == 1 && SIG_SETMASK == 2 && SI_USER == 0, "glibc's values");
	return check_report("signal");
}
