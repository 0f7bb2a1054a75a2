#ifndef _UNISTD_H
#define _UNISTD_H

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

/* POSIX.1-2008: what this library provides, and what it does not
 * (docs/posix.md).  Options it lacks (threads, mapped files, timers) are
 * left undefined, so that configure scripts do not count on them. */
#define _POSIX_VERSION 200809L
#define _POSIX2_VERSION 200809L
#define _XOPEN_VERSION 700
#define _POSIX_MONOTONIC_CLOCK 200809L
#define _POSIX_JOB_CONTROL (-1)
#define _POSIX_SAVED_IDS 1
#define _POSIX_NO_TRUNC 1
#define _POSIX_VDISABLE 0
#define _POSIX_CHOWN_RESTRICTED 1

#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
off_t lseek(int fd, off_t off, int whence);
int close(int fd);
int unlink(const char *path);
int rmdir(const char *path);
char *getcwd(char *buf, size_t size);
int chdir(const char *path);
int access(const char *path, int mode);
int ftruncate(int fd, off_t length);
int truncate(const char *path, off_t length);
int fsync(int fd);
int fdatasync(int fd);
int isatty(int fd);

/* The POSIX calls real programs reach for (docs/posix.md). */
extern char **environ;
_Noreturn void _exit(int status);
int dup(int fd);
int dup2(int fd, int newfd);
int dup3(int fd, int newfd, int flags);
int pipe(int fd[2]);
int pipe2(int fd[2], int flags);
pid_t getpid(void);
pid_t getppid(void);
pid_t getpgrp(void);
pid_t getpgid(pid_t pid);
pid_t getsid(pid_t pid);
pid_t setsid(void);
int setpgid(pid_t pid, pid_t pgid);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setuid(uid_t uid);
int seteuid(uid_t uid);
int setgid(gid_t gid);
int setegid(gid_t gid);
int getgroups(int size, gid_t list[]);
char *getlogin(void);
int getlogin_r(char *buf, size_t size);
long sysconf(int name);
long pathconf(const char *path, int name);
long fpathconf(int fd, int name);
int gethostname(char *name, size_t len);
int getpagesize(void);
int getentropy(void *buf, size_t len);
pid_t fork(void);
pid_t vfork(void);
int execv(const char *path, char *const argv[]);
int execve(const char *path, char *const argv[], char *const envp[]);
int execvp(const char *file, char *const argv[]);
int execl(const char *path, const char *arg, ...);
int execle(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);
int symlink(const char *target, const char *path);
ssize_t readlink(const char *restrict path, char *restrict buf, size_t size);
int link(const char *old, const char *new_);
int chown(const char *path, uid_t uid, gid_t gid);
int fchown(int fd, uid_t uid, gid_t gid);
int lchown(const char *path, uid_t uid, gid_t gid);
int fchdir(int fd);
char *ttyname(int fd);
int ttyname_r(int fd, char *buf, size_t size);
unsigned alarm(unsigned seconds);
int pause(void);
int nice(int inc);
void sync(void);

/* sysconf names (glibc's numbers) */
#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_NGROUPS_MAX 3
#define _SC_OPEN_MAX 4
#define _SC_STREAM_MAX 5
#define _SC_TZNAME_MAX 6
#define _SC_JOB_CONTROL 7
#define _SC_SAVED_IDS 8
#define _SC_VERSION 29
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_IOV_MAX 60
#define _SC_GETPW_R_SIZE_MAX 70
#define _SC_GETGR_R_SIZE_MAX 69
#define _SC_LOGIN_NAME_MAX 71
#define _SC_TTY_NAME_MAX 72
#define _SC_THREADS 67
#define _SC_THREAD_KEYS_MAX 74
#define _SC_THREAD_STACK_MIN 75
#define _SC_THREAD_THREADS_MAX 76
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES 85
#define _SC_AVPHYS_PAGES 86
#define _SC_LINE_MAX 43
#define _SC_HOST_NAME_MAX 180
#define _SC_SYMLOOP_MAX 173
#define _SC_MONOTONIC_CLOCK 149
#define _SC_TIMERS 11
#define _SC_MAPPED_FILES 16
#define _SC_RE_DUP_MAX 44
#define _SC_2_VERSION 46
#define _SC_XOPEN_VERSION 89

/* pathconf names (glibc's numbers) */
#define _PC_LINK_MAX 0
#define _PC_MAX_CANON 1
#define _PC_MAX_INPUT 2
#define _PC_NAME_MAX 3
#define _PC_PATH_MAX 4
#define _PC_PIPE_BUF 5
#define _PC_CHOWN_RESTRICTED 6
#define _PC_NO_TRUNC 7
#define _PC_VDISABLE 8
#define _PC_SYNC_IO 9
#define _PC_ASYNC_IO 10
#define _PC_PRIO_IO 11
#define _PC_FILESIZEBITS 13
#define _PC_SYMLINK_MAX 19
#define _PC_2_SYMLINKS 20

#ifndef __DEFINED_useconds_t
#define __DEFINED_useconds_t
typedef unsigned useconds_t;
#endif

/* Sleeps (see docs/time.md). */
unsigned sleep(unsigned seconds);
int usleep(useconds_t usec);

/* Command-line options (docs/posix-text.md; getopt_long is in <getopt.h>). */
int getopt(int argc, char *const argv[], const char *optstring);
extern char *optarg;
extern int optind, opterr, optopt;

#ifdef __cplusplus
}
#endif

#endif
