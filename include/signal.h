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

void (*signal(int sig, void (*func)(int)))(int);
int raise(int sig);
/* POSIX: the one process is pid 1 (docs/posix.md); others give ESRCH. */
int kill(int pid, int sig);

#ifdef __cplusplus
}
#endif

#endif
