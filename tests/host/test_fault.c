/* Fault sweeps at the sys*.h boundary (the host half of tests/uefi/t_fault.c):
 * every portable caller of the system interface, under ASan and UBSan.
 * For each workload: count the calls a clean run makes (host_fault_calls),
 * then run it once per call with that call failing (host_fault_at), in this
 * process.  Each run checks that the library call that met the fault
 * returned its error value with the errno the platform gave (the workloads
 * know each function's fixed errno where it has one), that the program can
 * go on (each failed step is retried and must then succeed), that the result
 * is the same whichever call failed (files byte for byte), and that nothing
 * is left open (file nodes) or held (pages, after the allocator's release).
 * Prints per workload: calls swept, faults survived, failures with their
 * call number. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "check.h"
#include "sys_host.h"
#include "sys_host_file.h"
#include "ul.h"
#include "ul_file.h"

int ul_getentropy(void *buf, size_t len);

#define UL_O_RDONLY 0
#define UL_O_WRONLY 1
#define UL_O_CREAT 0100
#define UL_O_TRUNC 01000

static const char *workload = "";
static unsigned run_failures;   /* checks failed in this run */
/* The planted workload's bugs are meant to be caught: its failed checks
 * count in run_failures only, and the sweep must find them. */
static int planted;

/* CHECK's message: the workload, the call that failed, then the detail. */
#define WHERE workload, host_fault_at, host_fault_fn ? host_fault_fn : "no fault"

/* A library call returned its error value: a fault must have been
 * injected, and errno must be the one it carried (or `fixed`).  Returns 1
 * when the call failed. */
static int met(const char *what, int failed, int fixed)
{
	if (!failed)
		return 0;
	int e = ul_errno;
	int want = fixed ? fixed : host_fault_errno;
	if (!planted)
		CHECK(host_fault_fn && e == want, "%s/call %ld (%s): %s failed with errno %d, want %d", WHERE, what, e,
		      host_fault_fn ? want : 0);
	if (!(host_fault_fn && e == want))
		run_failures++;
	return 1;
}
#define FAILED(what, cond, fixed) met(what, !!(cond), fixed)
#define EXPECT(what, cond) do { \
	int ok_ = !!(cond); \
	if (!planted) \
		CHECK(ok_, "%s/call %ld (%s): %s", WHERE, what); \
	if (!ok_) run_failures++; \
} while (0)

static unsigned char pattern(size_t k)
{
	return (unsigned char)(k * 7 + k / 251 + 1);
}

/* ---- files: create, write, flush, append, seek, read, rename, readdir,
 * mkdir, rmdir, remove, stat ---------------------------------------------- */

#define WHOLE 5000

static int intact(const char *path, size_t n)
{
	for (int tries = 0; tries < 4; tries++) {
		ul_FILE *f = ul_fopen(path, "rb");
		if (FAILED("fopen(rb) to check", !f, 0))
			continue;
		unsigned char buf[WHOLE];
		size_t got = ul_fread(buf, 1, n, f);
		int err = ul_ferror(f);
		ul_fclose(f);
		if (FAILED("fread to check", err, 0))
			continue;
		if (got < n)
			return 0;
		for (size_t k = 0; k < n; k++)
			if (buf[k] != pattern(k))
				return 0;
		return 1;
	}
	return 0;
}

static int write_range(ul_FILE *f, size_t from, size_t to, size_t *acked)
{
	unsigned char buf[1000];
	for (size_t k = from; k < to;) {
		size_t n = to - k < sizeof buf ? to - k : sizeof buf;
		for (size_t i = 0; i < n; i++)
			buf[i] = pattern(k + i);
		if (FAILED("fwrite", ul_fwrite(buf, 1, n, f) != n, 0) || FAILED("fflush", ul_fflush(f) == -1, 0)) {
			ul_fclose(f);
			return -1;
		}
		k += n;
		*acked = k;
	}
	return FAILED("fclose", ul_fclose(f) == -1, 0) ? -1 : 0;
}

static void files(void)
{
	const char *dir = "/fw", *a = "/fw/a.dat", *b = "/fw/b.dat", *d = "/fw/sub";
	struct ul_stat st;
	int r = -1;
	for (int t = 0; r && t < 4; t++) {
		r = ul_mkdir(dir, 0755);
		if (r && ul_errno == 17 /* EEXIST */ && t)
			r = 0;
		else
			FAILED("mkdir", r, 0);
	}
	EXPECT("mkdir after the fault", !r);
	/* Write 4000 bytes with a flush each 1000, then append 1000; after a
	 * failure, what fflush confirmed must be there, and the rest is
	 * written again from there. */
	size_t acked = 0;
	r = -1;
	for (int t = 0; r && t < 6; t++) {
		ul_FILE *f = ul_fopen(a, acked ? "r+b" : "wb");
		if (FAILED("fopen", !f, 0))
			continue;
		if (acked && FAILED("fseek", ul_fseek(f, (long)acked, SEEK_SET), 0)) {
			ul_fclose(f);
			continue;
		}
		r = write_range(f, acked, 4000, &acked);
		if (r)
			EXPECT("what fflush confirmed is intact after the fault", intact(a, acked));
	}
	EXPECT("write after the fault", !r);
	r = -1;
	for (int t = 0; r && t < 6; t++) {
		if (FAILED("stat", ul_stat(a, &st), 0))
			continue;
		EXPECT("the size never beyond what was written", st.st_size <= WHOLE);
		ul_FILE *f = ul_fopen(a, "ab");
		if (FAILED("fopen(ab)", !f, 0))
			continue;
		r = write_range(f, (size_t)st.st_size, WHOLE, &acked);
	}
	EXPECT("append after the fault", !r);
	EXPECT("the file is whole", intact(a, WHOLE));
	/* Seek and read through a descriptor. */
	for (int t = 0; t < 4; t++) {
		int fd = ul_open(a, UL_O_RDONLY);
		if (FAILED("open", fd < 0, 0))
			continue;
		unsigned char buf[1000];
		long long k;
		if (FAILED("lseek", ul_lseek(fd, 3000, SEEK_SET) != 3000, 0) ||
		    FAILED("read", (k = ul_read(fd, buf, sizeof buf)) < 0, 0)) {
			ul_close(fd);
			continue;
		}
		int ok = k == (long long)sizeof buf;
		for (size_t i = 0; ok && i < sizeof buf; i++)
			ok = buf[i] == pattern(3000 + i);
		EXPECT("read back", ok);
		ul_close(fd);
		break;
	}
	r = -1;
	for (int t = 0; r && t < 4; t++) {
		r = ul_rename(a, b);
		if (FAILED("rename", r, 0) && ul_access(b, 0) == 0 && ul_access(a, 0) == -1)
			r = 0;
	}
	EXPECT("rename after the fault", !r);
	r = -1;
	for (int t = 0; r && t < 4; t++) {
		r = ul_mkdir(d, 0755);
		if (r && ul_errno == 17 && t)
			r = 0;
		else
			FAILED("mkdir(sub)", r, 0);
	}
	for (int t = 0; t < 4; t++) {
		ul_DIR *dp = ul_opendir(dir);
		if (FAILED("opendir", !dp, 0))
			continue;
		int names = 0, bad = 0;
		struct ul_dirent *e;
		ul_errno = 0;
		while ((e = ul_readdir(dp)))
			names += !strcmp(e->d_name, "b.dat") || !strcmp(e->d_name, "sub");
		bad = ul_errno != 0;
		ul_closedir(dp);
		if (FAILED("readdir", bad, 0))
			continue;
		EXPECT("readdir: b.dat and sub", names == 2);
		break;
	}
	r = -1;
	for (int t = 0; r && t < 4; t++) {
		r = ul_rmdir(d);
		if (FAILED("rmdir", r, 0) && ul_access(d, 0) == -1)
			r = 0;
	}
	EXPECT("rmdir after the fault", !r);
	EXPECT("b.dat whole after the rename", intact(b, WHOLE));
	r = -1;
	for (int t = 0; r && t < 4; t++) {
		r = ul_remove(b);
		if (FAILED("remove", r, 0) && ul_access(b, 0) == -1)
			r = 0;
	}
	r = -1;
	for (int t = 0; r && t < 4; t++) {
		r = ul_rmdir(dir);
		if (FAILED("rmdir(fw)", r, 0) && ul_access(dir, 0) == -1)
			r = 0;
	}
	EXPECT("everything removed", !r);
}

/* ---- memory, console, environment ----------------------------------------- */

static void heavy_malloc(void)
{
	enum { N = 48 };
	unsigned char *p[N] = { 0 };
	size_t sz[N];
	for (int i = 0; i < N; i++) {
		sz[i] = i % 7 == 0 ? 40000 + (size_t)i * 999 : 16 + (size_t)i * 97 % 3000;
		p[i] = ul_malloc(sz[i]);
		if (FAILED("malloc", !p[i], ENOMEM))
			continue;
		memset(p[i], i, sz[i]);
	}
	for (int i = 0; i < N; i += 3) {
		if (!p[i])
			continue;
		size_t n = sz[i] * 2 + 30000 * (i % 2);
		unsigned char *q = ul_realloc(p[i], n);
		if (FAILED("realloc", !q, ENOMEM))
			continue;
		memset(q + sz[i], i, n - sz[i]);
		p[i] = q;
		sz[i] = n;
	}
	for (int i = 0; i < N; i++) {
		if (!p[i])
			continue;
		int ok = 1;
		for (size_t k = 0; k < sz[i]; k += 61)
			ok &= p[i][k] == (unsigned char)i;
		EXPECT("blocks keep their contents", ok);
		ul_free(p[i]);
	}
}

static void console(void)
{
	for (int t = 0; t < 3; t++) {
		int n = ul_printf("fault sweep %d\n", 42);
		if (!FAILED("printf", n < 0, 0)) {
			EXPECT("printf count", n == 15);
			break;
		}
		ul_clearerr(ul_stdout);
	}
	for (int t = 0; t < 3; t++) {
		if (!FAILED("fwrite(stdout)", ul_fwrite("partial", 1, 7, ul_stdout) != 7, 0) &&
		    !FAILED("fflush(stdout)", ul_fflush(ul_stdout) == -1, 0))
			break;
		ul_clearerr(ul_stdout);
	}
	char line[64];
	for (int t = 0; t < 3; t++) {
		char *s = ul_fgets(line, sizeof line, ul_stdin);
		if (!FAILED("fgets(stdin)", !s && ul_ferror(ul_stdin), 0)) {
			EXPECT("fgets: a line that was typed", s && !strcmp(s, "typed line\n"));
			break;
		}
		ul_clearerr(ul_stdin);
	}
}

static int command(const char *c)
{
	return !strcmp(c, "echo hi") ? 0 : 1 << 8;
}

static void environment(void)
{
	for (int t = 0; t < 3; t++)
		if (!FAILED("setenv", ul_setenv("FAULTVAR", "one", 1), 0))
			break;
	const char *v = ul_getenv("FAULTVAR");
	EXPECT("getenv after setenv", v && !strcmp(v, "one"));
	EXPECT("the shell has it", host_env_get("FAULTVAR") && !strcmp(host_env_get("FAULTVAR"), "one"));
	for (int t = 0; t < 3; t++) {
		int r = ul_system("echo hi");
		if (!FAILED("system", r == -1, 0)) {
			EXPECT("system: status 0", r == 0);
			break;
		}
	}
	for (int t = 0; t < 3; t++)
		if (!FAILED("unsetenv", ul_unsetenv("FAULTVAR"), 0))
			break;
	EXPECT("getenv after unsetenv", !ul_getenv("FAULTVAR") && !host_env_get("FAULTVAR"));
	unsigned char buf[16];
	for (int t = 0; t < 3; t++)
		if (!FAILED("getentropy", ul_getentropy(buf, sizeof buf), 0))
			break;
}

/* Time, statvfs, times and modes of a file, the current directory, a
 * temporary file. */

static void misc(void)
{
	for (int t = 0; t < 3; t++)
		if (!FAILED("time", ul_time(0) == (time_t)-1, 0))
			break;
	struct timespec ts;
	for (int t = 0; t < 3; t++)
		if (!FAILED("clock_gettime(CLOCK_MONOTONIC)", ul_clock_gettime(1, &ts), 0))
			break;
	for (int t = 0; t < 3; t++)
		if (!FAILED("clock_gettime(CLOCK_REALTIME)", ul_clock_gettime(0, &ts), 0))
			break;
	char cwd[256];
	for (int t = 0; t < 3; t++)
		if (!FAILED("getcwd", !ul_getcwd(cwd, sizeof cwd), 0))
			break;
	struct ul_statvfs sv;
	for (int t = 0; t < 3; t++)
		if (!FAILED("statvfs", ul_statvfs("/keep.dat", &sv), 0))
			break;
	for (int t = 0; t < 3; t++)
		if (!FAILED("utime", ul_utime("/keep.dat", 0), 0))
			break;
	for (int t = 0; t < 3; t++)
		if (!FAILED("chmod", ul_chmod("/keep.dat", 0644), 0))
			break;
	for (int t = 0; t < 3; t++) {
		ul_FILE *f = ul_tmpfile();
		if (FAILED("tmpfile", !f, 0))
			continue;
		int w = ul_fputs("scratch", f) < 0;
		int c = ul_fclose(f) != 0;
		if (!FAILED("fputs(tmpfile)", w, 0) && !FAILED("fclose(tmpfile)", c, 0))
			break;
	}
}

/* A bug planted on purpose: after a failed read, the descriptor is
 * forgotten (a node left open), which the sweep must report. */
static void planted_leak(void)
{
	int fd = -1;
	for (int t = 0; fd < 0 && t < 3; t++)
		fd = ul_open("/keep.dat", UL_O_RDONLY);
	char c;
	if (fd >= 0 && ul_read(fd, &c, 1) < 0)
		return;
	if (fd >= 0)
		ul_close(fd);
}

/* ---- the sweep ------------------------------------------------------------ */

static void reset(void)
{
	host_stdin[0] = "typed line\n";
	host_stdin[1] = 0;
	host_stdin_reads = 0;
	host_console_reset();
	host_env_external = 1;
	host_command = command;
	host_fault_fn = 0;
	host_fault_errno = 0;
	host_fault_calls = 0;
	run_failures = 0;
	char cmd[400];
	snprintf(cmd, sizeof cmd, "rm -rf '%s/fs0/fw'", host_fs_base);
	if (system(cmd))
		abort();
}

static void after(void)
{
	EXPECT("no file node left open", host_fs_open_nodes == 0);
	host_fs_release_all();
}

static long sweep(const char *name, void (*fn)(void))
{
	workload = name;
	reset();
	host_fault_at = 0;
	fn();
	after();
	long calls = host_fault_calls;
	CHECK(calls > 0 && !run_failures, "%s: clean run (%ld calls)", name, calls);
	long survived = 0, failed = 0;
	for (long i = 1; i <= calls; i++) {
		reset();
		host_fault_at = i;
		fn();
		after();
		if (run_failures)
			failed++;
		else
			survived++;
	}
	host_fault_at = 0;
	printf("sweep %s: %ld calls swept, %ld faults survived, %ld failures\n", name, calls, survived, failed);
	return failed;
}

int main(void)
{
	host_fs_setup();
	/* Page accounting: after the sweeps, the allocator gives everything
	 * back. */
	sweep("files", files);
	sweep("malloc", heavy_malloc);
	sweep("console", console);
	char keep[400];
	snprintf(keep, sizeof keep, "%s/fs0/keep.dat", host_fs_base);
	FILE *k = fopen(keep, "w");
	if (k) {
		fputs("kept", k);
		fclose(k);
	}
	sweep("environment", environment);
	sweep("misc", misc);
	planted = 1;
	long caught = sweep("planted-leak", planted_leak);
	planted = 0;
	CHECK(caught > 0, "the planted leak (a node left open after a failed read) is caught");
	ul___malloc_release_all();
	CHECK(host_pages_outstanding == 0, "pages held after the allocator's release: %ld", host_pages_outstanding);
	host_fs_cleanup();
	return check_report("fault");
}
