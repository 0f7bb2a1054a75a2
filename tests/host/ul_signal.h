/* The library's <signal.h> (renamed ul_*): its own sigset_t, siginfo_t and
 * struct sigaction (glibc's differ), mirrored. */
#ifndef TESTS_HOST_UL_SIGNAL_H
#define TESTS_HOST_UL_SIGNAL_H

/* glibc's <signal.h> makes these siginfo_t members macros. */
#undef si_pid
#undef si_uid
#undef si_addr
#undef si_status
#undef si_value

typedef unsigned long long ul_sigset_t;
typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	int si_pid;
	unsigned si_uid;
	void *si_addr;
	int si_status;
	union { int sival_int; void *sival_ptr; } si_value;
} ul_siginfo_t;
struct ul_sigaction {
	union {
		void (*__sa_handler)(int);
		void (*__sa_sigaction)(int, ul_siginfo_t *, void *);
	} __sa_handler;
	ul_sigset_t sa_mask;
	int sa_flags;
};

void (*ul_signal(int sig, void (*func)(int)))(int);
int ul_raise(int sig);
int ul_sigemptyset(ul_sigset_t *set);
int ul_sigfillset(ul_sigset_t *set);
int ul_sigaddset(ul_sigset_t *set, int sig);
int ul_sigdelset(ul_sigset_t *set, int sig);
int ul_sigismember(const ul_sigset_t *set, int sig);
int ul_sigaction(int sig, const struct ul_sigaction *restrict act, struct ul_sigaction *restrict oact);
int ul_sigprocmask(int how, const ul_sigset_t *restrict set, ul_sigset_t *restrict oset);
int ul_sigpending(ul_sigset_t *set);

#endif
