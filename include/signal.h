/* Signals, synchronous only: UEFI delivers no asynchronous events to a C
 * program, so a handler runs only when raise() (or abort()) calls it.
 * Ctrl-C at the console is not turned into SIGINT; a CPU exception is the
 * firmware's business and is not turned into SIGSEGV, SIGFPE or SIGILL.
 * Signal numbers are Linux's. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#ifdef __cplusplus
extern "C" {
#endif

typedef int sig_atomic_t;

#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)
#define SIG_ERR ((void (*)(int))-1)

#define SIGHUP     1
#define SIGINT     2
#define SIGQUIT    3
#define SIGILL     4
#define SIGTRAP    5
#define SIGABRT    6
#define SIGIOT     SIGABRT
#define SIGBUS     7
#define SIGFPE     8
#define SIGKILL    9
#define SIGUSR1   10
#define SIGSEGV   11
#define SIGUSR2   12
#define SIGPIPE   13
#define SIGALRM   14
#define SIGTERM   15
#define SIGSTKFLT 16
#define SIGCHLD   17
#define SIGCONT   18
#define SIGSTOP   19
#define SIGTSTP   20
#define SIGTTIN   21
#define SIGTTOU   22
#define SIGURG    23
#define SIGXCPU   24
#define SIGXFSZ   25
#define SIGVTALRM 26
#define SIGPROF   27
#define SIGWINCH  28
#define SIGIO     29
#define SIGPOLL   SIGIO
#define SIGPWR    30
#define SIGSYS    31
#define NSIG      32

/* POSIX's signal sets, masks and sigaction, for the one thread: a blocked
 * signal that is raised stays pending until sigprocmask unblocks it
 * (docs/posix.md). */
typedef unsigned long long sigset_t;

union sigval {
	int sival_int;
	void *sival_ptr;
};

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	int si_pid;
	unsigned si_uid;
	void *si_addr;
	int si_status;
	union sigval si_value;
} siginfo_t;

#define SI_USER 0   /* si_code: raise or kill */

struct sigaction {
	union {
		void (*__sa_handler)(int);
		void (*__sa_sigaction)(int, siginfo_t *, void *);
	} __sa_handler;
	sigset_t sa_mask;
	int sa_flags;
};
#define sa_handler   __sa_handler.__sa_handler
#define sa_sigaction __sa_handler.__sa_sigaction

#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_SIGINFO   4
#define SA_ONSTACK   0x08000000
#define SA_RESTART   0x10000000
#define SA_NODEFER   0x40000000
#define SA_RESETHAND 0x80000000

#define SIG_BLOCK   0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict oact);
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict oset);
int sigpending(sigset_t *set);

void (*signal(int sig, void (*func)(int)))(int);
int raise(int sig);
/* POSIX: the one process is pid 1 (docs/posix.md); others give ESRCH. */
int kill(int pid, int sig);

#ifdef __cplusplus
}
#endif

#endif
