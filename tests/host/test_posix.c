/* The POSIX corners (docs/posix.md): random/drand48 against glibc's
 * sequences, libgen and nl_langinfo against glibc, strlcpy/strlcat, shared
 * open file descriptions (dup, dup2, fcntl), pipes, realpath, mkstemp,
 * utime, statvfs, sysconf, the user database, err.h, entropy, uname, the
 * process calls, and popen over a simulated shell. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <langinfo.h>
#include <pwd.h>
#include <libgen.h>
#include <locale.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/wait.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"
#include "sys_host.h"
#include "sys_host_file.h"
#include "ul_file.h"

long ul_random(void);
void ul_srandom(unsigned seed);
char *ul_initstate(unsigned seed, char *state, size_t n);
char *ul_setstate(char *state);
double ul_drand48(void);
double ul_erand48(unsigned short x[3]);
long ul_lrand48(void);
long ul_nrand48(unsigned short x[3]);
long ul_mrand48(void);
long ul_jrand48(unsigned short x[3]);
void ul_srand48(long seed);
unsigned short *ul_seed48(unsigned short s[3]);
void ul_lcong48(unsigned short p[7]);
size_t ul_strlcpy(char *d, const char *s, size_t n);
size_t ul_strlcat(char *d, const char *s, size_t n);
char *ul_basename(char *p);
char *ul_dirname(char *p);
char *ul_nl_langinfo(int item);
int ul_dup(int fd);
int ul_dup2(int fd, int newfd);
int ul_dup3(int fd, int newfd, int flags);
int ul_fcntl(int fd, int cmd, ...);
int ul_pipe(int fd[2]);
int ul_pipe2(int fd[2], int flags);
int ul_isatty(int fd);
void (*ul_signal(int sig, void (*f)(int)))(int);
char *ul_realpath(const char *path, char *resolved);
int ul_mkstemp(char *t);
int ul_mkostemp(char *t, int flags);
char *ul_mkdtemp(char *t);
int ul_utimensat(int dirfd, const char *path, const struct timespec ts[2], int flags);
int ul_futimens(int fd, const struct timespec ts[2]);
long ul_sysconf(int name);
long ul_pathconf(const char *path, int name);
long ul_fpathconf(int fd, int name);
int ul_gethostname(char *name, size_t len);
struct passwd *ul_getpwuid(unsigned uid);
struct passwd *ul_getpwnam(const char *name);
int ul_getpwuid_r(unsigned uid, struct passwd *pw, char *buf, size_t size, struct passwd **res);
struct group *ul_getgrgid(unsigned gid);
int ul_getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **res);
void ul_warn(const char *fmt, ...);
void ul_warnx(const char *fmt, ...);
void ul_vwarn(const char *fmt, va_list ap);
void ul_vwarnx(const char *fmt, va_list ap);
void ul_err(int status, const char *fmt, ...);
void ul_errx(int status, const char *fmt, ...);
void ul_verr(int status, const char *fmt, va_list ap);
void ul_verrx(int status, const char *fmt, va_list ap);
int ul_getentropy(void *buf, size_t len);
long long ul_getrandom(void *buf, size_t len, unsigned flags);
unsigned ul_arc4random_uniform(unsigned bound);
void ul_arc4random_buf(void *buf, size_t n);
const char *ul_uefi_entropy_source(void);
struct ul_utsname { char sysname[65], nodename[65], release[65], version[65], machine[65], domainname[65]; };
int ul_uname(struct ul_utsname *u);
int ul_getpid(void);
int ul_wait(int *status);
int ul_waitpid(int pid, int *status, int options);
int ul_fork(void);
int ul_execvp(const char *file, char *const argv[]);
int ul_symlink(const char *target, const char *path);
long long ul_readlink(const char *path, char *buf, size_t size);
int ul_link(const char *old, const char *new_);
int ul_chown(const char *path, unsigned uid, unsigned gid);
int ul_kill(int pid, int sig);
ul_FILE *ul_popen(const char *command, const char *mode);
int ul_pclose(ul_FILE *f);

#define ERR(expr, e) do { \
	ul_errno = 0; \
	long long r_ = (long long)(expr); \
	int e_ = ul_errno; \
	CHECK(r_ == -1 && e_ == (e), "%s: %lld errno %d, want -1 errno %d", #expr, r_, e_, (e)); \
} while (0)

static void test_random(void)
{
	/* unseeded first: glibc's default state is srandom(1)'s */
	int same = 1;
	for (int i = 0; i < 100; i++)
		same &= random() == ul_random();
	CHECK(same, "random() unseeded: glibc's sequence");
	static const unsigned seeds[] = { 0, 1, 2, 42, 12345, 0x7fffffff, 0x80000000u, 0xdeadbeefu, 0xffffffffu };
	for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
		srandom(seeds[s]);
		ul_srandom(seeds[s]);
		same = 1;
		for (int i = 0; i < 2000; i++)
			same &= random() == ul_random();
		CHECK(same, "srandom(%u): glibc's sequence", seeds[s]);
	}
	static const size_t sizes[] = { 8, 16, 31, 32, 50, 63, 64, 100, 127, 128, 200, 255, 256, 1000 };
	static char gbuf[14][1000], ubuf[14][1000];
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
		char *go = initstate(7 + (unsigned)k, gbuf[k], sizes[k]);
		char *uo = ul_initstate(7 + (unsigned)k, ubuf[k], sizes[k]);
		CHECK(go && uo, "initstate(%zu)", sizes[k]);
		same = 1;
		for (int i = 0; i < 1000; i++)
			same &= random() == ul_random();
		CHECK(same, "initstate(n = %zu): glibc's sequence", sizes[k]);
	}
	/* setstate back to each saved state in turn, interleaved */
	same = 1;
	for (int round = 0; round < 3; round++)
		for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
			char *go = setstate(gbuf[k]);
			char *uo = ul_setstate(ubuf[k]);
			same &= go != 0 && uo != 0;
			for (int i = 0; i < 37; i++)
				same &= random() == ul_random();
		}
	CHECK(same, "setstate among 14 states: glibc's sequences");
	char small[8];
	ERR(ul_initstate(1, small, 7) ? 0 : -1, EINVAL);
	/* back to a default-sized state for whoever follows */
	setstate(gbuf[9]);
	ul_setstate(ubuf[9]);
}

static void test_rand48(void)
{
	int same = 1;
	for (int i = 0; i < 50; i++)
		same &= drand48() == ul_drand48();
	CHECK(same, "drand48 unseeded: glibc's sequence");
	static const long seeds[] = { 0, 1, -1, 42, 0x7fffffff, (long)0x123456789abcdefll, -123456789 };
	for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
		srand48(seeds[s]);
		ul_srand48(seeds[s]);
		same = 1;
		for (int i = 0; i < 500; i++) {
			same &= drand48() == ul_drand48();
			same &= lrand48() == ul_lrand48();
			same &= mrand48() == ul_mrand48();
		}
		CHECK(same, "srand48(%ld): drand48, lrand48, mrand48 as glibc", seeds[s]);
	}
	unsigned short gx[3] = { 1, 2, 3 }, ux[3] = { 1, 2, 3 };
	same = 1;
	for (int i = 0; i < 300; i++) {
		same &= erand48(gx) == ul_erand48(ux);
		same &= nrand48(gx) == ul_nrand48(ux);
		same &= jrand48(gx) == ul_jrand48(ux);
	}
	CHECK(same && !memcmp(gx, ux, sizeof gx), "erand48, nrand48, jrand48 as glibc");
	unsigned short s48[3] = { 0x1234, 0x5678, 0x9abc };
	unsigned short *go = seed48(s48), *uo = ul_seed48(s48);
	CHECK(!memcmp(go, uo, 6), "seed48 returns the previous X as glibc");
	same = 1;
	for (int i = 0; i < 100; i++)
		same &= lrand48() == ul_lrand48();
	CHECK(same, "after seed48: glibc's sequence");
	unsigned short p[7] = { 1, 2, 3, 0xe66d, 0xdeec, 5, 0xb };
	unsigned short p2[7] = { 9, 8, 7, 0x1111, 0x2222, 0x3333, 77 };
	lcong48(p2);
	ul_lcong48(p2);
	same = 1;
	for (int i = 0; i < 100; i++) {
		same &= drand48() == ul_drand48();
		same &= erand48(gx) == ul_erand48(ux);
	}
	CHECK(same, "lcong48: glibc's sequence (and erand48 uses its a and c)");
	lcong48(p);
	ul_lcong48(p);
	srand48(1);
	ul_srand48(1);
	CHECK(drand48() == ul_drand48(), "srand48 resets a and c");
}

static void test_strlcpy(void)
{
	char b[8];
	memset(b, 'x', sizeof b);
	CHECK(ul_strlcpy(b, "hello", sizeof b) == 5 && !strcmp(b, "hello"), "strlcpy fits");
	CHECK(ul_strlcpy(b, "hello world", sizeof b) == 11 && !strcmp(b, "hello w"), "strlcpy truncates: %s", b);
	memset(b, 'x', sizeof b);
	CHECK(ul_strlcpy(b, "abc", 0) == 3 && b[0] == 'x', "strlcpy size 0 writes nothing");
	CHECK(ul_strlcpy(b, "", 1) == 0 && b[0] == 0, "strlcpy empty");
	strcpy(b, "ab");
	CHECK(ul_strlcat(b, "cd", sizeof b) == 4 && !strcmp(b, "abcd"), "strlcat fits");
	CHECK(ul_strlcat(b, "efghij", sizeof b) == 10 && !strcmp(b, "abcdefg"), "strlcat truncates: %s", b);
	memset(b, 'x', sizeof b);
	CHECK(ul_strlcat(b, "abc", 4) == 7 && b[0] == 'x', "strlcat with no NUL in size: size + strlen");
	strcpy(b, "abc");
	CHECK(ul_strlcat(b, "d", 4) == 4 && !strcmp(b, "abc"), "strlcat full");
}

static void test_libgen(void)
{
	static const char *paths[] = {
		"", "/", "//", "///", "a", "a/", "a//", "/a", "/a/", "/a/b", "/a/b/", "a/b", "a/b//c",
		"a/b//c//", "//a", "//a/", "//a/b", "usr/lib", "/usr/", "usr", ".", "..", "../x", "a/./b", "//a//b//",
	};
	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
		char g[64], u[64];
		strcpy(g, paths[i]);
		strcpy(u, paths[i]);
		const char *gb = __xpg_basename(g), *ub = ul_basename(u);
		CHECK(!strcmp(gb, ub), "basename(\"%s\"): glibc \"%s\", ul \"%s\"", paths[i], gb, ub);
		strcpy(g, paths[i]);
		strcpy(u, paths[i]);
		const char *gd = dirname(g), *ud = ul_dirname(u);
		CHECK(!strcmp(gd, ud), "dirname(\"%s\"): glibc \"%s\", ul \"%s\"", paths[i], gd, ud);
	}
	CHECK(!strcmp(ul_basename(NULL), ".") && !strcmp(ul_dirname(NULL), "."), "NULL: \".\"");
	char w[] = "fs0:\\dir\\file.efi";
	CHECK(!strcmp(ul_basename(w), "file.efi"), "basename takes '\\' as a separator");
	char w2[] = "fs0:\\dir\\file.efi";
	CHECK(!strcmp(ul_dirname(w2), "fs0:\\dir"), "dirname takes '\\' as a separator");
}

static void test_langinfo(void)
{
	setlocale(LC_ALL, "C");
	static const int items[] = {
		RADIXCHAR, THOUSEP, AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, YESEXPR, NOEXPR, CRNCYSTR,
		ABDAY_1, ABDAY_7, DAY_1, DAY_4, DAY_7, ABMON_1, ABMON_12, MON_1, MON_6, MON_12, ERA, ALT_DIGITS,
	};
	for (size_t i = 0; i < sizeof items / sizeof *items; i++) {
		const char *g = nl_langinfo(items[i]), *u = ul_nl_langinfo(items[i]);
		CHECK(!strcmp(g, u), "nl_langinfo(%#x): glibc \"%s\", ul \"%s\"", items[i], g, u);
	}
	int all = 1;
	for (int i = 0; i < 7; i++)
		all &= !strcmp(nl_langinfo(ABDAY_1 + i), ul_nl_langinfo(ABDAY_1 + i)) &&
		       !strcmp(nl_langinfo(DAY_1 + i), ul_nl_langinfo(DAY_1 + i));
	for (int i = 0; i < 12; i++)
		all &= !strcmp(nl_langinfo(ABMON_1 + i), ul_nl_langinfo(ABMON_1 + i)) &&
		       !strcmp(nl_langinfo(MON_1 + i), ul_nl_langinfo(MON_1 + i));
	CHECK(all, "every day and month name as glibc");
	CHECK(!strcmp(ul_nl_langinfo(CODESET), "UTF-8"), "CODESET is UTF-8");
	CHECK(!strcmp(ul_nl_langinfo(0x7fff1234), ""), "an unknown item: \"\"");
}

static void test_dup(void)
{
	char buf[32];
	int fd = ul_open("dup.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(fd >= 3, "open");
	CHECK(ul_write(fd, "abcdef", 6) == 6, "write");
	long nodes = host_fs_open_nodes;
	int d = ul_dup(fd);
	CHECK(d > fd, "dup: the lowest free descriptor (%d)", d);
	CHECK(host_fs_open_nodes == nodes, "dup opens nothing in the platform");
	CHECK(ul_lseek(d, 0, SEEK_CUR) == 6, "dup shares the offset");
	CHECK(ul_lseek(fd, 1, SEEK_SET) == 1 && ul_read(d, buf, 2) == 2 && !memcmp(buf, "bc", 2), "a seek on one moves the other");
	CHECK(ul_lseek(fd, 0, SEEK_CUR) == 3, "a read on the dup moves the original");
	CHECK(ul_close(fd) == 0 && host_fs_open_nodes == nodes, "closing one keeps the description open");
	CHECK(ul_read(d, buf, 3) == 3 && !memcmp(buf, "def", 3), "the dup still reads");
	int e = ul_dup2(d, 10);
	CHECK(e == 10, "dup2 to a free number beyond the lowest");
	int f = ul_open("dup2.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	nodes = host_fs_open_nodes;
	CHECK(ul_dup2(d, f) == f && host_fs_open_nodes == nodes - 1, "dup2 closes what newfd had open");
	CHECK(ul_lseek(f, 0, SEEK_SET) == 0 && ul_read(f, buf, 6) == 6 && !memcmp(buf, "abcdef", 6), "dup2's newfd reads oldfd's file");
	CHECK(ul_dup2(d, d) == d, "dup2(fd, fd) is fd");
	ERR(ul_dup2(99, 5), EBADF);
	ERR(ul_dup2(99, 99), EBADF);
	ERR(ul_dup2(d, -1), EBADF);
	ERR(ul_dup2(d, 100000), EBADF);
	ERR(ul_dup3(d, d, 0), EINVAL);
	ERR(ul_dup3(d, 20, O_APPEND), EINVAL);
	CHECK(ul_dup3(d, 20, O_CLOEXEC) == 20 && ul_fcntl(20, F_GETFD) == FD_CLOEXEC, "dup3 O_CLOEXEC");
	CHECK(ul_fcntl(d, F_GETFD) == 0, "FD_CLOEXEC is the descriptor's, not shared");
	CHECK(ul_fcntl(d, F_SETFD, FD_CLOEXEC) == 0 && ul_fcntl(d, F_GETFD) == FD_CLOEXEC && ul_fcntl(10, F_GETFD) == 0, "F_SETFD");
	CHECK(ul_fcntl(d, F_DUPFD, 15) == 15, "F_DUPFD: the lowest at or above the minimum");
	CHECK(ul_fcntl(d, F_DUPFD, 15) == 16, "F_DUPFD: next");
	int c = ul_fcntl(d, F_DUPFD_CLOEXEC, 0);
	CHECK(c >= 0 && ul_fcntl(c, F_GETFD) == FD_CLOEXEC, "F_DUPFD_CLOEXEC");
	ERR(ul_fcntl(d, F_DUPFD, -1), EINVAL);
	ERR(ul_fcntl(d, F_DUPFD, 1024), EINVAL);
	CHECK(ul_fcntl(d, F_GETFL) == O_RDWR, "F_GETFL: the access mode (%#x)", ul_fcntl(d, F_GETFL));
	CHECK(ul_fcntl(d, F_SETFL, O_APPEND | O_NONBLOCK | O_RDONLY | O_TRUNC) == 0, "F_SETFL");
	CHECK(ul_fcntl(10, F_GETFL) == (O_RDWR | O_APPEND | O_NONBLOCK), "status flags are shared; the access mode stays (%#x)",
	      ul_fcntl(10, F_GETFL));
	CHECK(ul_lseek(10, 0, SEEK_SET) == 0 && ul_write(10, "Z", 1) == 1 && ul_lseek(d, 0, SEEK_CUR) == 7,
	      "O_APPEND set through one descriptor appends through the other");
	struct flock l = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	CHECK(ul_fcntl(d, F_SETLK, &l) == 0, "F_SETLK: one process holds any lock");
	CHECK(ul_fcntl(d, F_GETLK, &l) == 0 && l.l_type == F_UNLCK, "F_GETLK: nothing conflicts");
	l.l_type = 9;
	ERR(ul_fcntl(d, F_SETLK, &l), EINVAL);
	ERR(ul_fcntl(d, 12345), EINVAL);
	ERR(ul_fcntl(77, F_GETFD), EBADF);
	int r = ul_open("dup.txt", O_RDONLY);
	l.l_type = F_WRLCK;
	ERR(ul_fcntl(r, F_SETLK, &l), EBADF);
	ul_close(r);
	for (int i = 3; i < 30; i++)
		ul_close(i);
	CHECK(host_fs_open_nodes == 0, "every description closed with its last descriptor (%ld open)", host_fs_open_nodes);
	/* the console's descriptors */
	int o = ul_dup(1);
	CHECK(o >= 3 && ul_isatty(o) && ul_fcntl(o, F_GETFL) == O_WRONLY, "dup of the console is a console");
	host_console_reset();
	CHECK(ul_write(o, "hi", 2) == 2 && host_console_len[1] == 2, "writes to stdout's console stream");
	CHECK(ul_close(o) == 0 && ul_write(1, "!", 1) == 1, "closing the dup leaves stdout");
}

static int sigpipes;
static void on_sigpipe(int s)
{
	(void)s;
	sigpipes++;
}

static void test_pipe(void)
{
	int p[2];
	char buf[70000];
	CHECK(ul_pipe(p) == 0 && p[0] >= 3 && p[1] == p[0] + 1, "pipe: the two lowest descriptors");
	CHECK(ul_fcntl(p[0], F_GETFL) == O_RDONLY && ul_fcntl(p[1], F_GETFL) == O_WRONLY, "pipe ends' access modes");
	CHECK(ul_write(p[1], "hello", 5) == 5, "write");
	CHECK(ul_read(p[0], buf, 3) == 3 && !memcmp(buf, "hel", 3), "read part");
	CHECK(ul_read(p[0], buf, 10) == 2 && !memcmp(buf, "lo", 2), "read the rest");
	ERR(ul_read(p[0], buf, 1), EDEADLK);
	CHECK(ul_fcntl(p[0], F_SETFL, O_NONBLOCK) == 0, "O_NONBLOCK");
	ERR(ul_read(p[0], buf, 1), EAGAIN);
	ERR(ul_read(p[1], buf, 1), EBADF);
	ERR(ul_write(p[0], "x", 1), EBADF);
	ERR(ul_lseek(p[0], 0, SEEK_SET), ESPIPE);
	ul_errno = 0;
	CHECK(!ul_isatty(p[0]) && ul_errno == ENOTTY, "a pipe is no terminal");
	struct ul_stat st;
	CHECK(ul_fstat(p[0], &st) == 0 && S_ISFIFO(st.st_mode), "fstat: S_IFIFO (%o)", st.st_mode);
	for (int i = 0; i < (int)sizeof buf; i++)
		buf[i] = (char)(i * 7);
	CHECK(ul_write(p[1], buf, 70000) == 65536, "a write larger than the room fills it (partial count)");
	ERR(ul_write(p[1], buf, 1), EDEADLK);
	char got[70000];
	CHECK(ul_read(p[0], got, 100) == 100 && !memcmp(got, buf, 100), "read 100");
	ERR(ul_write(p[1], buf, 101), EDEADLK);     /* PIPE_BUF or less: all or nothing */
	CHECK(ul_write(p[1], buf + 65536, 100) == 100, "a write that fits after a read (wraps around)");
	CHECK(ul_read(p[0], got + 100, 70000) == 65536 && !memcmp(got, buf, 65636), "everything in order, across the wrap");
	CHECK(ul_fcntl(p[1], F_SETFL, O_NONBLOCK) == 0, "");
	CHECK(ul_write(p[1], buf, 65536) == 65536, "fill");
	ERR(ul_write(p[1], buf, 1), EAGAIN);
	CHECK(ul_close(p[1]) == 0, "close the write end");
	CHECK(ul_read(p[0], got, 70000) == 65536, "the data outlives the write end");
	CHECK(ul_read(p[0], got, 1) == 0, "then end of file");
	CHECK(ul_close(p[0]) == 0, "close the read end");

	CHECK(ul_pipe(p) == 0, "pipe");
	ul_close(p[0]);
	ul_signal(SIGPIPE, on_sigpipe);
	ERR(ul_write(p[1], "x", 1), EPIPE);
	CHECK(sigpipes == 1, "no reader: SIGPIPE raised");
	ul_signal(SIGPIPE, SIG_IGN);
	ERR(ul_write(p[1], "x", 1), EPIPE);
	ul_close(p[1]);

	ERR(ul_pipe2(p, O_APPEND), EINVAL);
	CHECK(ul_pipe2(p, O_CLOEXEC | O_NONBLOCK) == 0 && ul_fcntl(p[0], F_GETFD) == FD_CLOEXEC &&
	      ul_fcntl(p[1], F_GETFL) == (O_WRONLY | O_NONBLOCK), "pipe2 flags");
	int d = ul_dup(p[1]);
	ul_close(p[1]);
	CHECK(ul_write(d, "via dup", 7) == 7, "a dup of the write end keeps it open");
	ul_FILE *w = ul_fdopen(d, "w"), *r = ul_fdopen(p[0], "r");
	CHECK(w && r, "fdopen on both ends");
	ul_fputs(" and a stream\n", w);
	ul_fclose(w);
	char line[64];
	CHECK(ul_fgets(line, sizeof line, r) && !strcmp(line, "via dup and a stream\n"), "a stream reads what streams wrote: %s", line);
	CHECK(!ul_fgets(line, sizeof line, r), "then EOF");
	ul_fclose(r);
}

static void test_paths(void)
{
	char out[4096];
	ul_mkdir("rp", 0755);
	int fd = ul_open("rp/f.txt", O_WRONLY | O_CREAT, 0644);
	ul_close(fd);
	CHECK(ul_realpath("rp/../rp/./f.txt", out) && !strcmp(out, "fs0:/rp/f.txt"), "realpath: %s", out);
	CHECK(ul_realpath("rp/", out) && !strcmp(out, "fs0:/rp"), "realpath of a directory: %s", out);
	CHECK(ul_realpath(".", out) && !strcmp(out, "fs0:/"), "realpath of the root: %s", out);
	char *a = ul_realpath("fs1:/", NULL);
	CHECK(a && !strcmp(a, "fs1:/"), "realpath allocating: %s", a);
	ul_free(a);
	ERR(ul_realpath("rp/missing", out) ? 0 : -1, ENOENT);
	ERR(ul_realpath("rp/f.txt/x", out) ? 0 : -1, ENOTDIR);

	char t[] = "rp/tmpXXXXXX";
	int m = ul_mkstemp(t);
	CHECK(m >= 0 && strncmp(t, "rp/tmp", 6) == 0 && !strstr(t, "XXXXXX"), "mkstemp: %s", t);
	struct ul_stat st;
	CHECK(ul_fstat(m, &st) == 0 && S_ISREG(st.st_mode) && ul_fcntl(m, F_GETFL) == O_RDWR, "mkstemp: a file open O_RDWR");
	char t2[] = "rp/tmpXXXXXX";
	int m2 = ul_mkostemp(t2, O_CLOEXEC);
	CHECK(m2 >= 0 && strcmp(t, t2) != 0 && ul_fcntl(m2, F_GETFD) == FD_CLOEXEC, "mkostemp: another name, O_CLOEXEC");
	ul_close(m);
	ul_close(m2);
	char bad[] = "rp/tmpXXXXX";
	ERR(ul_mkstemp(bad), EINVAL);
	char bad2[] = "rp/tmpXXXXXXy";
	ERR(ul_mkstemp(bad2), EINVAL);
	ERR(ul_mkostemp(t, O_TRUNC), EINVAL);
	char dt[] = "rp/dXXXXXX";
	CHECK(ul_mkdtemp(dt) == dt && ul_stat(dt, &st) == 0 && S_ISDIR(st.st_mode), "mkdtemp: a directory %s", dt);
	host_entropy_errno = ENOSYS;
	char t3[] = "rp/tmpXXXXXX", t4[] = "rp/tmpXXXXXX";
	int m3 = ul_mkstemp(t3), m4 = ul_mkstemp(t4);
	CHECK(m3 >= 0 && m4 >= 0 && strcmp(t3, t4) && !strstr(t3, "XXXXXX"), "mkstemp without an entropy source: %s %s", t3, t4);
	ul_close(m3);
	ul_close(m4);
	host_entropy_errno = 0;

	struct ul_utimbuf ub = { 1600000000, 1700000000 };
	CHECK(ul_utime("rp/f.txt", &ub) == 0, "utime");
	CHECK(ul_stat("rp/f.txt", &st) == 0 && st.mtim_.sec == 1700000000 && st.atim_.sec == 1600000000,
	      "utime: both times (%lld %lld)", st.mtim_.sec, st.atim_.sec);
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1650000000, 5 } };
	CHECK(ul_utimensat(AT_FDCWD, "rp/f.txt", ts, 0) == 0 && ul_stat("rp/f.txt", &st) == 0 &&
	      st.mtim_.sec == 1650000000 && st.atim_.sec == 1600000000, "utimensat: UTIME_OMIT keeps the access time");
	ts[1].tv_nsec = 1000000000;
	ERR(ul_utimensat(AT_FDCWD, "rp/f.txt", ts, 0), EINVAL);
	ts[1].tv_sec = 0;      /* 1970: before FAT's 1980 */
	ts[1].tv_nsec = 0;
	ERR(ul_utimensat(AT_FDCWD, "rp/f.txt", ts, 0), EINVAL);
	ERR(ul_utimensat(AT_FDCWD, "rp/f.txt", NULL, 0x1000), EINVAL);
	ERR(ul_utime("rp/none", &ub), ENOENT);
	struct host_wall saved = host_wall;
	memset(&host_wall, 0, sizeof host_wall);
	host_wall.year = 2025, host_wall.mon = 6, host_wall.mday = 1, host_wall.hour = 12;
	host_wall.zone_known = 1;
	CHECK(ul_utime("rp/f.txt", NULL) == 0 && ul_stat("rp/f.txt", &st) == 0 && st.mtim_.sec == 1748779200 &&
	      st.atim_.sec == 1748779200, "utime(NULL): now (%lld)", st.mtim_.sec);
	host_wall = saved;
	fd = ul_open("rp/f.txt", O_RDONLY);
	ERR(ul_futimens(fd, ts), EPERM);
	ul_close(fd);
	fd = ul_open("rp/f.txt", O_RDWR);
	struct timespec ts2[2] = { { 1500000000, 0 }, { 1500000000, 0 } };
	CHECK(ul_futimens(fd, ts2) == 0 && ul_fstat(fd, &st) == 0 && st.mtim_.sec == 1500000000, "futimens");

	struct ul_statvfs v;
	CHECK(ul_statvfs("rp/f.txt", &v) == 0 && v.f_bsize == 4096 && v.f_frsize == 4096 && v.f_blocks == 1000 &&
	      v.f_bfree == 600 && v.f_bavail == 600 && v.f_namemax == 255 && !(v.f_flag & 1), "statvfs");
	CHECK(ul_fstatvfs(fd, &v) == 0 && v.f_blocks == 1000 && v.f_fsid == 0, "fstatvfs");
	host_fs_readonly_volume = 1;
	CHECK(ul_statvfs("fs1:/", &v) == 0 && (v.f_flag & 1) && v.f_fsid == 1, "statvfs: ST_RDONLY");
	host_fs_readonly_volume = -1;
	ERR(ul_statvfs("rp/none", &v), ENOENT);
	CHECK(ul_fstatvfs(1, &v) == 0 && v.f_blocks == 0, "fstatvfs of the console: an empty file system");
	CHECK(ul_fpathconf(fd, _PC_NAME_MAX) == 255 && ul_pathconf("rp", _PC_LINK_MAX) == 1 &&
	      ul_pathconf("rp", _PC_PIPE_BUF) == 4096, "pathconf");
	ERR(ul_pathconf("rp/none", _PC_NAME_MAX), ENOENT);
	ERR(ul_pathconf("rp", 9999), EINVAL);
	ul_close(fd);

	ERR(ul_symlink("rp/f.txt", "rp/lnk"), EPERM);
	ERR(ul_symlink("x", "rp/f.txt"), EEXIST);
	ERR(ul_readlink("rp/f.txt", out, sizeof out), EINVAL);
	ERR(ul_readlink("rp/none", out, sizeof out), ENOENT);
	ERR(ul_link("rp/f.txt", "rp/g.txt"), EMLINK);
	ERR(ul_link("rp/none", "rp/g.txt"), ENOENT);
	ERR(ul_link("rp/f.txt", "rp/f.txt"), EEXIST);
	CHECK(ul_chown("rp/f.txt", 0, (unsigned)-1) == 0, "chown to root");
	ERR(ul_chown("rp/f.txt", 1000, 0), EPERM);
}

static void test_conf(void)
{
	CHECK(ul_sysconf(_SC_PAGESIZE) == 4096 && ul_sysconf(_SC_CLK_TCK) == 100 && ul_sysconf(_SC_OPEN_MAX) == 1024 &&
	      ul_sysconf(_SC_NPROCESSORS_ONLN) == 1 && ul_sysconf(_SC_VERSION) == 200809L, "sysconf");
	CHECK(ul_sysconf(_SC_PHYS_PAGES) == 262144 && ul_sysconf(_SC_AVPHYS_PAGES) == 131072, "sysconf: pages from the platform");
	ERR(ul_sysconf(-5), EINVAL);
	char h[64];
	CHECK(ul_gethostname(h, sizeof h) == 0 && !strcmp(h, "localhost"), "gethostname");
	ERR(ul_gethostname(h, 5), ENAMETOOLONG);
	struct ul_utsname u;
	CHECK(ul_uname(&u) == 0 && !strcmp(u.sysname, "UEFI") && !strcmp(u.release, "2.7") &&
	      !strcmp(u.version, "Host Firmware 0x00010000") && !strcmp(u.machine, "x86_64"), "uname: %s %s %s %s",
	      u.sysname, u.release, u.version, u.machine);

	struct passwd *pw = ul_getpwuid(0);
	CHECK(pw && !strcmp(pw->pw_name, "root") && pw->pw_uid == 0 && !strcmp(pw->pw_dir, "/"), "getpwuid(0)");
	ul_errno = 1234;
	CHECK(!ul_getpwuid(1000) && ul_errno == 1234, "getpwuid(other): NULL, errno unchanged");
	CHECK(ul_getpwnam("root") == pw && !ul_getpwnam("nobody"), "getpwnam");
	struct passwd pwb, *res;
	char buf[64];
	CHECK(ul_getpwuid_r(0, &pwb, buf, sizeof buf, &res) == 0 && res == &pwb && !strcmp(pwb.pw_shell, "shell.efi"), "getpwuid_r");
	CHECK(ul_getpwuid_r(0, &pwb, buf, 8, &res) == ERANGE && !res, "getpwuid_r: ERANGE");
	CHECK(ul_getpwuid_r(5, &pwb, buf, sizeof buf, &res) == 0 && !res, "getpwuid_r: not found is 0 with NULL");
	struct group *g = ul_getgrgid(0), grb, *gres;
	CHECK(g && !strcmp(g->gr_name, "root") && !strcmp(g->gr_mem[0], "root") && !g->gr_mem[1], "getgrgid(0)");
	CHECK(ul_getgrnam_r("root", &grb, buf + 1, sizeof buf - 1, &gres) == 0 && gres == &grb &&
	      !strcmp(grb.gr_mem[0], "root"), "getgrnam_r (unaligned buffer)");

	CHECK(ul_getpid() == 1, "getpid");
	int status = 77;
	ERR(ul_wait(&status), ECHILD);
	ERR(ul_waitpid(-1, &status, 0), ECHILD);
	ERR(ul_waitpid(-1, &status, 0x4000), EINVAL);
	ERR(ul_fork(), ENOSYS);
	char *argv[] = { "x", NULL };
	ERR(ul_execvp("x.efi", argv), ENOSYS);
	ERR(ul_kill(5, SIGTERM), ESRCH);
	CHECK(ul_kill(1, 0) == 0, "kill(getpid(), 0)");

	char e[300];
	CHECK(ul_getentropy(e, 256) == 0, "getentropy 256");
	ERR(ul_getentropy(e, 257), EINVAL);
	CHECK(!strcmp(ul_uefi_entropy_source(), "EFI_RNG_PROTOCOL"), "the source is reported");
	CHECK(ul_getrandom(e, 300, 1) == 300, "getrandom");
	ERR(ul_getrandom(e, 3, 0x100), EINVAL);
	host_entropy_errno = EIO;
	ERR(ul_getentropy(e, 4), EIO);
	host_entropy_errno = 0;
	unsigned seen[7] = { 0 };
	int in_range = 1;
	for (int i = 0; i < 7000; i++) {
		unsigned v = ul_arc4random_uniform(7);
		in_range &= v < 7;
		if (v < 7)
			seen[v]++;
	}
	int spread = 1;
	for (int i = 0; i < 7; i++)
		spread &= seen[i] > 800 && seen[i] < 1200;
	CHECK(in_range && spread, "arc4random_uniform(7): uniform");
	CHECK(ul_arc4random_uniform(0) == 0 && ul_arc4random_uniform(1) == 0, "arc4random_uniform(0 or 1): 0");
	unsigned char z[100] = { 0 }, z2[100] = { 0 };
	ul_arc4random_buf(z, sizeof z);
	ul_arc4random_buf(z2, sizeof z2);
	CHECK(memcmp(z, z2, sizeof z) != 0, "arc4random_buf: different bytes each time");

	ul___progname_init("fs0:\\dir\\prog.efi");
	host_console_reset();
	ul_errno = ENOENT;
	ul_warn("x %d", 5);
	ul_warnx("y");
	ul_errno = EACCES;
	ul_warn(NULL);
	const char *want = "prog.efi: x 5: No such file or directory\nprog.efi: y\nprog.efi: Permission denied\n";
	CHECK(host_console_len[2] == strlen(want) && !memcmp(host_console[2], want, strlen(want)), "warn, warnx: %.*s",
	      (int)host_console_len[2], host_console[2]);
}

/* vwarn, vwarnx, verr, verrx take a va_list. */
static void call_v(int kind, int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	switch (kind) {
	case 0: ul_vwarn(fmt, ap); break;
	case 1: ul_vwarnx(fmt, ap); break;
	case 2: ul_verr(status, fmt, ap); break;
	default: ul_verrx(status, fmt, ap); break;
	}
	va_end(ap);
}

/* Each err-family call in a child process (exit releases the library's
 * state, so a process exits once): the child compares what was written to
 * stderr and reports the status __sys_exit saw, or 200 for a wrong message,
 * 201 for no exit. */
static int err_child(int kind, int status, const char *want)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		host_console_reset();
		host_exit_armed = 1;
		if (setjmp(host_exit_jmp) == 0) {
			ul_errno = EACCES;
			switch (kind) {
			case 0: ul_err(status, "%d%%", 7); break;
			case 1: ul_errx(status, "x%s", "y"); break;
			case 2: call_v(2, status, "v%c", 'e'); break;
			default: call_v(3, status, "%s", "last"); break;
			}
			_exit(201);
		}
		int same = host_console_len[2] == strlen(want) && !memcmp(host_console[2], want, strlen(want));
		_exit(same ? host_exit_status : 200);
	}
	int st;
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

/* err, errx, verr, verrx: the message as warn/warnx write it, then exit
 * with the status. */
static void test_err(void)
{
	ul___progname_init("fs0:\\prog.efi");
	host_console_reset();
	ul_errno = ENOENT;
	call_v(0, 0, "a %s", "b");
	call_v(1, 0, "c %d", 4);
	const char *want = "prog.efi: a b: No such file or directory\nprog.efi: c 4\n";
	CHECK(host_console_len[2] == strlen(want) && !memcmp(host_console[2], want, strlen(want)),
	      "vwarn, vwarnx: %.*s", (int)host_console_len[2], host_console[2]);
	CHECK(err_child(0, 3, "prog.efi: 7%: Permission denied\n") == 3, "err: message, then exit(3)");
	CHECK(err_child(1, 0, "prog.efi: xy\n") == 0, "errx: message, then exit(0)");
	CHECK(err_child(2, 42, "prog.efi: ve: Permission denied\n") == 42, "verr: message, then exit(42)");
	CHECK(err_child(3, 255, "prog.efi: last\n") == 255, "verrx: message, then exit(255)");
}

/* The shell, as popen uses it: "cmd > path" writes the output as the
 * UEFI shell does (UCS-2 with a BOM, CRLF); "cmd < path" records what
 * the command read. */
static char last_input[256];
static int fake_shell(const char *command)
{
	const char *gt = strstr(command, " > "), *lt = strstr(command, " < ");
	const char *p = gt ? gt + 3 : lt ? lt + 3 : 0;
	if (!p)
		return 127 << 8;
	char host[600];
	if (strncmp(p, "fs0:\\", 5))
		return 127 << 8;
	snprintf(host, sizeof host, "%s/fs0/%s", host_fs_base, p + 5);
	if (gt) {
		FILE *f = fopen(host, "wb");
		if (!strncmp(command, "hello", 5)) {
			const char *text = "h\xc3\xa9llo\r\nworld\r\n";     /* as UCS-2 */
			fwrite("\xff\xfe", 1, 2, f);
			for (const unsigned char *s = (const unsigned char *)text; *s; s++) {
				unsigned c = *s;
				if (c == 0xc3) {
					c = 0xc0 | (s[1] & 0x3f);
					s++;
				}
				fputc((int)c & 0xff, f);
				fputc(0, f);
			}
		} else if (!strncmp(command, "raw", 3)) {
			fwrite("raw\r\nbytes", 1, 10, f);
		}
		fclose(f);
		return !strncmp(command, "fail", 4) ? 3 << 8 : 0;
	}
	FILE *f = fopen(host, "rb");
	size_t n = f ? fread(last_input, 1, sizeof last_input - 1, f) : 0;
	last_input[n] = 0;
	if (f)
		fclose(f);
	return 5 << 8;
}

static void test_popen(void)
{
	host_command = fake_shell;
	char line[64];
	ul_FILE *f = ul_popen("hello", "r");
	CHECK(f != NULL, "popen r");
	CHECK(f && ul_fgets(line, sizeof line, f) && !strcmp(line, "h\xc3\xa9llo\n"), "UCS-2 output as UTF-8, LF: %s", line);
	CHECK(f && ul_fgets(line, sizeof line, f) && !strcmp(line, "world\n"), "second line");
	CHECK(f && !ul_fgets(line, sizeof line, f), "then EOF");
	CHECK(ul_pclose(f) == 0, "pclose: the status");
	f = ul_popen("raw", "r");
	size_t n = f ? ul_fread(line, 1, sizeof line, f) : 0;
	CHECK(n == 10 && !memcmp(line, "raw\r\nbytes", 10), "other output byte for byte");
	ul_pclose(f);
	f = ul_popen("fail", "r");
	CHECK(f && !ul_fgets(line, sizeof line, f), "empty output");
	CHECK(ul_pclose(f) == 3 << 8, "pclose returns the command's wait status");
	f = ul_popen("sink", "w");
	CHECK(f != NULL, "popen w");
	ul_fputs("to the command\n", f);
	CHECK(ul_pclose(f) == 5 << 8 && !strcmp(last_input, "to the command\n"), "w: the command runs at pclose with the input: %s",
	      last_input);
	ERR(ul_popen("x", "rw") ? 0 : -1, EINVAL);
	ERR(ul_popen("x", "") ? 0 : -1, EINVAL);
	ul_FILE *other = ul_fdopen(ul_dup(1), "w");
	ERR(ul_pclose(other), ECHILD);
	ul_fclose(other);
	int left = 0;
	char root[400];
	snprintf(root, sizeof root, "%s/fs0", host_fs_base);
	DIR *dir = opendir(root);
	for (struct dirent *e; dir && (e = readdir(dir));)
		left |= strstr(e->d_name, ".pip") != NULL;
	if (dir)
		closedir(dir);
	CHECK(!left, "pclose removed the temporary files");
	host_command = NULL;
	ERR(ul_popen("x", "r") ? 0 : -1, ENOSYS);
}

int main(void)
{
	test_random();
	test_rand48();
	test_strlcpy();
	test_libgen();
	test_langinfo();
	host_fs_setup();
	test_dup();
	test_pipe();
	test_paths();
	test_conf();
	test_err();
	test_popen();
	host_fs_cleanup();
	return check_report("posix");
}
