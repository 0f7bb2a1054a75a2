/* The workloads the fault sweeps run (t_fault.c starts this image once per
 * injected fault; the shared page says which workload and which call
 * fails).  Each workload checks every library call: a failure must come
 * with a fault injected and the errno docs/errno.md gives for that status
 * (or the function's documented fixed errno), and after a failure the
 * workload closes, reopens and retries until its work is done, so that the
 * final state is the same whichever call failed.  Failed checks are
 * reported over debugcon as "not ok fault/WORKLOAD/call N ..." and counted
 * in the shared page; the runner judges the exit status and what was left
 * behind. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uefi/boot.h>
#include "harness.h"
#include "fault.h"
#include "fault_errno.h"

static struct fault_shared *F;

static void bad(const char *what, int line, int e, int want)
{
	th_failed++;
	if (F)
		F->failures++;
	th_puts("not ok fault/");
	th_puts(F ? F->workload : "?");
	th_puts("/call ");
	th_putu(F ? F->fail_at : 0, 10);
	if (F && F->injected) {
		th_puts(" (");
		th_puts(F->injected_fn);
		th_puts(" ");
		th_puthex(F->injected);
		th_puts(")");
	}
	th_puts(": ");
	th_puts(what);
	th_puts(" (t_fault_w.c line ");
	th_putu((uint64_t)line, 10);
	th_puts(")");
	if (e >= 0) {
		th_puts(" errno ");
		th_putu((uint64_t)e, 10);
		if (want >= 0) {
			th_puts(", want ");
			th_putu((uint64_t)want, 10);
		}
	}
	th_puts("\n");
}
#define BAD(what) bad(what, __LINE__, -1, -1)
#define EXPECT(what, cond) do { if (!(cond)) BAD(what); } while (0)

/* docs/errno.md: EFI_INVALID_PARAMETER or EFI_BAD_BUFFER_SIZE from Open
 * is what FAT answers for some missing paths; the library walks the path
 * and reports ENOENT or ENOTDIR. */
static int open_einval(int e)
{
	return e == ENOTDIR ? ENOTDIR : ENOENT;
}

/* A library call returned its error value: there must be an injected fault,
 * and errno must be the table's for it (or `fixed`, for functions whose
 * errno does not depend on the status).  Returns 1 (the call failed). */
static int met_(const char *what, int line, int fixed)
{
	int e = errno;
	if (!F->injected) {
		bad(what, line, e, -1);
		return 1;
	}
	F->claimed = 1;
	int want = fixed ? fixed : fault_errno(F->injected);
	if (F->injected == EFI_WARN_DELETE_FAILURE)
		want = EACCES;   /* docs/errno.md: not deleted */
	if (want == EINVAL && !fixed && !strcmp(F->injected_fn, "File.Open"))
		want = open_einval(e);
	if (e != want)
		bad(what, line, e, want);
	return 1;
}
/* FAILED(what, failed-condition, fixed errno or 0) */
#define FAILED(what, cond, fixed) ((cond) ? met_(what, __LINE__, fixed) : 0)

/* ---- console ------------------------------------------------------------- */

static void conout(void)
{
	for (int tries = 0; tries < 3; tries++) {
		int n = printf("fault sweep: %s %d\n", "conout", 42);
		if (!FAILED("printf", n < 0, EIO)) {
			EXPECT("printf count", n == 23);
			break;
		}
		clearerr(stdout);
	}
	for (int tries = 0; tries < 3; tries++)
		if (!FAILED("fputs(stderr)", fputs("to stderr\n", stderr) == EOF, EIO))
			break;
		else
			clearerr(stderr);
	for (int tries = 0; tries < 3; tries++) {
		if (!FAILED("fwrite(stdout)", fwrite("no newline", 1, 10, stdout) != 10, EIO) &&
		    !FAILED("fflush(stdout)", fflush(stdout) == EOF, EIO))
			break;
		clearerr(stdout);
	}
	puts("");
}

static void conin(void)
{
	static const char *const want[] = { "first line\n", "second\n" };
	char buf[64];
	int errors = 0;
	while (F->keys_left && errors < 8) {
		if (!fgets(buf, sizeof buf, stdin)) {
			EXPECT("fgets error indicator", ferror(stdin));
			FAILED("fgets(stdin)", 1, EIO);
			clearerr(stdin);
			errors++;
			continue;
		}
		/* After a fault a line may have lost its start, never more. */
		size_t n = strlen(buf);
		int ok = 0;
		for (int i = 0; i < 2; i++) {
			size_t w = strlen(want[i]);
			ok |= n <= w && !strcmp(want[i] + w - n, buf) && (F->injected || n == w);
		}
		EXPECT("fgets gave what was typed", ok);
	}
}

/* ---- files --------------------------------------------------------------- */

#define CHUNK 1500
#define WHOLE (3 * CHUNK + 1000)

static unsigned char pattern(size_t k)
{
	return (unsigned char)(k * 7 + k / 251 + 1);
}

static char path_a[80], path_b[80], path_c[80];

/* The file holds at least the first n bytes of the pattern, intact (a
 * read that meets the fault is checked and tried again). */
static int intact(const char *path, size_t n)
{
	for (int tries = 0; tries < 3; tries++) {
		FILE *f = fopen(path, "rb");
		if (FAILED("fopen(rb) to check", !f, 0))
			continue;
		int ok = 1;
		size_t k = 0;
		for (; k < n && ok; k++) {
			int c = getc(f);
			ok = c == pattern(k);
		}
		int err = ferror(f);
		fclose(f);
		if (FAILED("getc to check", err, 0))
			continue;
		return ok;
	}
	return 0;
}

/* Writes pattern bytes [from, to) at offset from, flushing every CHUNK;
 * *acked is what fflush confirmed.  Returns 0, or -1 after a failure (the
 * stream is closed then). */
static int write_range(FILE *f, size_t from, size_t to, size_t *acked)
{
	size_t k = from;
	while (k < to) {
		size_t end = k + CHUNK < to ? k + CHUNK : to;
		for (; k < end; k++)
			if (FAILED("putc", putc(pattern(k), f) == EOF, 0))
				goto fail;
		if (FAILED("fflush(file)", fflush(f) == EOF, 0))
			goto fail;
		*acked = k;
	}
	if (FAILED("fclose(file)", fclose(f) == EOF, 0))
		return -1;
	return 0;
fail:
	fclose(f);   /* may fail again: the data it held is lost, as reported */
	return -1;
}

/* Creates path_a holding pattern [0, WHOLE), however the calls fail:
 * after a failure, what fflush confirmed must be there; the rest is
 * written again from there. */
static void write_file(void)
{
	size_t acked = 0;
	FILE *f = 0;
	for (int tries = 0; tries < 4; tries++) {
		f = fopen(path_a, "wb");
		if (!FAILED("fopen(wb)", !f, 0))
			break;
	}
	if (!f) {
		BAD("fopen(wb) failed again after the fault");
		return;
	}
	int r = write_range(f, 0, 3 * CHUNK, &acked);
	for (int tries = 0; r && tries < 4; tries++) {
		EXPECT("what fflush confirmed is intact after the fault", intact(path_a, acked));
		f = fopen(path_a, "r+b");
		if (FAILED("fopen(r+b)", !f, 0))
			continue;
		if (FAILED("fseek", fseek(f, (long)acked, SEEK_SET), 0)) {
			fclose(f);
			continue;
		}
		r = write_range(f, acked, 3 * CHUNK, &acked);
	}
	EXPECT("rewrite after the fault", !r);
	/* Append the last part. */
	r = -1;
	for (int tries = 0; r && tries < 4; tries++) {
		struct stat s;
		if (FAILED("stat", stat(path_a, &s), 0))
			continue;
		size_t have = (size_t)s.st_size;
		EXPECT("file size never beyond what was written", have <= WHOLE && intact(path_a, have));
		f = fopen(path_a, "ab");
		if (FAILED("fopen(ab)", !f, 0))
			continue;
		acked = have;
		r = write_range(f, have, WHOLE, &acked);
	}
	EXPECT("append after the fault", !r);
}

static void read_back(void)
{
	for (int tries = 0; tries < 4; tries++) {
		FILE *f = fopen(path_a, "rb");
		if (FAILED("fopen(rb)", !f, 0))
			continue;
		unsigned char buf[2000];
		if (FAILED("fseek(2000)", fseek(f, 2000, SEEK_SET), 0)) {
			fclose(f);
			continue;
		}
		size_t n = fread(buf, 1, sizeof buf, f);
		if (FAILED("fread", n != sizeof buf, 0)) {
			EXPECT("fread error indicator", ferror(f));
			fclose(f);
			continue;
		}
		int ok = 1;
		for (size_t k = 0; k < n; k++)
			ok &= buf[k] == pattern(2000 + k);
		EXPECT("read back what was written", ok);
		long pos = ftell(f);
		if (!FAILED("ftell", pos < 0, 0))
			EXPECT("ftell after fread", pos == 4000);
		fclose(f);
		return;
	}
	BAD("read failed again after the fault");
}

static int exists(const char *p)
{
	struct stat s;
	for (int tries = 0; tries < 3; tries++) {
		if (!stat(p, &s))
			return 1;
		if (errno == ENOENT)
			return 0;
		FAILED("stat", 1, 0);
	}
	return -1;
}

static void files(void)
{
	char dir[80];
	snprintf(dir, sizeof dir, "/fw/%s", F->dir);
	snprintf(path_a, sizeof path_a, "%s/a.dat", dir);
	snprintf(path_b, sizeof path_b, "%s/b.dat", dir);
	snprintf(path_c, sizeof path_c, "%s/c.tmp", dir);
	int r = -1;
	for (int tries = 0; r && tries < 4; tries++) {
		r = mkdir(dir, 0777);
		if (r && errno == EEXIST && tries)
			r = 0;   /* made by the try that reported the fault */
		else
			FAILED("mkdir", r, 0);
	}
	EXPECT("mkdir after the fault", !r);
	write_file();
	read_back();
	r = -1;
	for (int tries = 0; r && tries < 4; tries++) {
		r = rename(path_a, path_b);
		if (FAILED("rename", r, 0) && exists(path_b) == 1 && exists(path_a) == 0)
			r = 0;   /* the fault came after the rename was done */
	}
	EXPECT("rename after the fault", !r);
	/* A temporary file, written and removed. */
	r = -1;
	for (int tries = 0; r && tries < 4; tries++) {
		FILE *f = fopen(path_c, "w");
		if (FAILED("fopen(w)", !f, 0))
			continue;
		int w = fputs("scratch\n", f);
		int c = fclose(f);
		if (FAILED("fputs", w == EOF, 0) || FAILED("fclose", c == EOF, 0))
			continue;
		r = 0;
	}
	r = -1;
	for (int tries = 0; r && tries < 4; tries++) {
		r = remove(path_c);
		if (FAILED("remove", r, 0) && exists(path_c) == 0)
			r = 0;
	}
	EXPECT("remove after the fault", !r);
	/* The directory holds b.dat and nothing else. */
	for (int tries = 0; tries < 4; tries++) {
		DIR *d = opendir(dir);
		if (FAILED("opendir", !d, 0))
			continue;
		int seen = 0, others = 0, failed = 0;
		for (;;) {
			errno = 0;
			struct dirent *e = readdir(d);
			if (!e) {
				failed = FAILED("readdir", errno != 0, 0);
				break;
			}
			if (!strcmp(e->d_name, "b.dat"))
				seen++;
			else if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
				others++;
		}
		closedir(d);
		if (failed)
			continue;
		EXPECT("readdir: b.dat once, nothing else", seen == 1 && !others);
		break;
	}
	struct stat s;
	for (int tries = 0; tries < 4; tries++)
		if (!FAILED("stat(b.dat)", stat(path_b, &s), 0)) {
			EXPECT("b.dat holds everything", s.st_size == WHOLE);
			break;
		}
	EXPECT("b.dat intact", intact(path_b, WHOLE));
	/* For the host, which reads every such directory back. */
	th_puts("files-done ");
	th_puts(F->dir);
	th_puts("\n");
}

/* ---- memory, shell, toolkit ---------------------------------------------- */

static void heavy_malloc(void)
{
	enum { N = 32 };
	unsigned char *p[N] = { 0 };
	size_t sz[N];
	for (int i = 0; i < N; i++) {
		sz[i] = i % 9 == 0 ? 20000 + (size_t)i * 1024 : 16 + (size_t)i * 97 % 3000;
		p[i] = malloc(sz[i]);
		if (FAILED("malloc", !p[i], ENOMEM))
			continue;
		memset(p[i], i, sz[i]);
	}
	for (int i = 0; i < N; i += 3) {
		if (!p[i])
			continue;
		size_t n = sz[i] * 2 + 20000 * (i % 2);
		unsigned char *q = realloc(p[i], n);
		if (FAILED("realloc", !q, ENOMEM))
			continue;   /* the old block is still there */
		p[i] = q;
		memset(q + sz[i], i, n - sz[i]);
		sz[i] = n;
	}
	void *a = aligned_alloc(8192, 20000);
	FAILED("aligned_alloc", !a, ENOMEM);
	void *c = calloc(1000, 100);
	if (!FAILED("calloc", !c, ENOMEM))
		EXPECT("calloc zeroed", !((unsigned char *)c)[99999]);
	for (int i = 0; i < N; i++) {
		if (!p[i])
			continue;
		int ok = 1;
		for (size_t k = 0; k < sz[i]; k += 97)
			ok &= p[i][k] == (unsigned char)i;
		EXPECT("blocks hold what was written", ok);
		free(p[i]);
	}
	free(a);
	free(c);
}

/* A fault in looking up the shell's protocols at start-up makes the
 * program one the shell did not start (docs/errno.md): system(NULL) is 0,
 * system() ENOSYS, the environment in-process only (docs/process.md). */
static int lookup_fault(void)
{
	return F->injected && (!strcmp(F->injected_fn, "HandleProtocol") || !strcmp(F->injected_fn, "LocateProtocol"));
}

static void shell(void)
{
	int with_shell = system(NULL) != 0;
	if (!with_shell) {
		EXPECT("system(NULL) is 0 only after a fault in the protocol lookup", lookup_fault());
		F->claimed = 1;
		errno = 0;
		EXPECT("system without the shell: ENOSYS", system("echo fault-sweep") == -1 && errno == ENOSYS);
	}
	for (int tries = 0; with_shell && tries < 3; tries++) {
		int r = system("echo fault-sweep");
		if (!FAILED("system", r == -1, 0)) {
			EXPECT("system: status 0", r == 0);
			break;
		}
	}
	for (int tries = 0; tries < 3; tries++)
		if (!FAILED("setenv", setenv("FAULTVAR", "value 1", 1), 0))
			break;
	const char *v = getenv("FAULTVAR");
	EXPECT("getenv after setenv", v && !strcmp(v, "value 1"));
	for (int tries = 0; tries < 3; tries++)
		if (!FAILED("unsetenv", unsetenv("FAULTVAR"), 0))
			break;
	EXPECT("getenv after unsetenv", !getenv("FAULTVAR"));
	EXPECT("the shell's path is in the environment", getenv("path") || !with_shell);
}

static void bootkit(void)
{
	uefi_memory_map m = { 0 };
	for (int tries = 0; tries < 3; tries++) {
		EFI_STATUS s = uefi_memory_map_get(&m);
		if (!FAILED("uefi_memory_map_get", EFI_ERROR(s), 0)) {
			EXPECT("map has descriptors", uefi_memory_map_count(&m) > 0);
			break;
		}
	}
	uefi_memory_map_free(&m);
	void *data = 0;
	size_t size = 0;
	for (int tries = 0; tries < 3; tries++) {
		if (!FAILED("uefi_load_file", uefi_load_file("/keep.dat", EfiLoaderData, 0, &data, &size), 0)) {
			EXPECT("loaded file size", size == 12345);
			int ok = 1;
			for (size_t k = 0; k < size; k++)
				ok &= ((unsigned char *)data)[k] == pattern(k);
			EXPECT("loaded file content", ok);
			uefi_free_file(data, size);
			break;
		}
	}
}

/* uefi_exit_boot_services against an injector that never lets the real
 * ExitBootServices happen (every attempt fails as a stale key does): it
 * must give up after max_attempts with its documented error and errno,
 * say why, leave boot services (and the console) working, and give its
 * buffer back. */
static void ebs(void)
{
	uefi_memory_map m = { 0 };
	m.max_attempts = 3;
	errno = 0;
	EFI_STATUS s = uefi_exit_boot_services(&m);
	int e = errno;
	EXPECT("uefi_exit_boot_services fails", EFI_ERROR(s));
	EXPECT("errno from the status (docs/errno.md)", e == fault_errno(s));
	EXPECT("the reason is given", m.error != 0);
	EXPECT("at most max_attempts ExitBootServices calls", m.attempts <= 3);
	EXPECT("boot services are still there", uefi_boot_services() != 0);
	uefi_memory_map_free(&m);
	for (int tries = 0; tries < 3; tries++)
		if (!FAILED("printf after the failed exit", printf("still here\n") < 0, EIO))
			break;
}

/* The injector's own tests: bugs planted on purpose that the runner must
 * report (the suite checks that it does). */
static void *(*volatile do_malloc)(size_t) = malloc;
static void (*volatile do_free)(void *) = free;

static void planted_leak(void)
{
	void *p = do_malloc(100000);
	FAILED("malloc", !p, ENOMEM);
	if (F->injected) {
		/* Pages taken behind the library's back and never given back. */
		EFI_PHYSICAL_ADDRESS a;
		uefi_boot_services()->AllocatePages(AllocateAnyPages, EfiLoaderData, 3, &a);
	}
	do_free(p);
}

static void planted_crash(void)
{
	void *p = do_malloc(100000);
	if (!p)
		__builtin_trap();   /* a program that forgot to check */
	do_free(p);
}

/* docs/errno.md, row by row: every status comes back from the file
 * protocol, and open/read/write/fsync/fstat/ftruncate must set the errno
 * the table gives (the header is generated from the page). */
static void force(const char *fn, EFI_STATUS s)
{
	strcpy(F->force_fn, fn);
	F->force_status = s;
	F->injected = 0;
}

static void errno_table(void)
{
	static const EFI_STATUS all[] = {
		EFI_INVALID_PARAMETER, EFI_UNSUPPORTED, EFI_BAD_BUFFER_SIZE, EFI_BUFFER_TOO_SMALL,
		EFI_NOT_READY, EFI_DEVICE_ERROR, EFI_WRITE_PROTECTED, EFI_OUT_OF_RESOURCES,
		EFI_VOLUME_CORRUPTED, EFI_VOLUME_FULL, EFI_NO_MEDIA, EFI_MEDIA_CHANGED, EFI_NOT_FOUND,
		EFI_ACCESS_DENIED, EFI_NO_RESPONSE, EFI_NO_MAPPING, EFI_TIMEOUT, EFI_NOT_STARTED,
		EFI_ALREADY_STARTED, EFI_ABORTED, EFI_END_OF_FILE, EFI_SECURITY_VIOLATION,
		EFI_PROTOCOL_ERROR, EFI_ICMP_ERROR, EFIERR(40),
	};
	int rd = open("/keep.dat", O_RDONLY);
	int wr = open("/fw/errno.tmp", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	EXPECT("errno table: files open", rd >= 0 && wr >= 0);
	if (rd < 0 || wr < 0)
		return;
	char buf[16];
	struct stat st;
	for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
		EFI_STATUS s = all[i];
		int want = fault_errno(s);
		int fd;
		errno = 0;
		force("File.Open", s);
		fd = open("/keep.dat", O_RDONLY);
		EXPECT("errno table: the status reached open", F->injected == s);
		int want_open = want == EINVAL ? ENOENT : want;
		if (fd >= 0 || errno != want_open)
			bad("errno table: open", __LINE__, errno, want_open);
		force("File.Read", s);
		if (read(rd, buf, sizeof buf) != -1 || errno != want)
			bad("errno table: read", __LINE__, errno, want);
		force("File.Write", s);
		if (write(wr, "x", 1) != -1 || errno != want)
			bad("errno table: write", __LINE__, errno, want);
		force("File.Flush", s);
		if (fsync(wr) != -1 || errno != want)
			bad("errno table: fsync", __LINE__, errno, want);
		force("File.SetInfo", s);
		if (ftruncate(wr, 0) != -1 || errno != want)
			bad("errno table: ftruncate", __LINE__, errno, want);
		/* docs/errno.md: a name the firmware cannot return is EINVAL. */
		force("File.GetInfo", s);
		if (fstat(rd, &st) != -1 || errno != (s == EFI_BUFFER_TOO_SMALL ? EINVAL : want))
			bad("errno table: fstat", __LINE__, errno, s == EFI_BUFFER_TOO_SMALL ? EINVAL : want);
		F->checks += 6;
	}
	force("", 0);
	close(rd);
	close(wr);
	unlink("/fw/errno.tmp");
}

static int check_args(int argc, char **argv)
{
	size_t n = argc >= 1 && argv[0] ? strlen(argv[0]) : 0;
	return argc == 1 && n >= 13 && !strcmp(argv[0] + n - 13, "t_fault_w.efi") && !argv[1];
}

int main(int argc, char **argv)
{
	F = fault_shared();
	if (!F) {
		th_puts("t_fault_w: not started by t_fault.efi\n");
		return 2;
	}
	F->main_reached = 1;
	F->calls_at_main = F->calls;
	EXPECT("argv", check_args(argc, argv));
	const char *w = F->workload;
	if (!strcmp(w, "startup"))
		;
	else if (!strcmp(w, "conout"))
		conout();
	else if (!strcmp(w, "conin"))
		conin();
	else if (!strcmp(w, "files"))
		files();
	else if (!strcmp(w, "malloc"))
		heavy_malloc();
	else if (!strcmp(w, "shell"))
		shell();
	else if (!strcmp(w, "bootkit"))
		bootkit();
	else if (!strcmp(w, "ebs"))
		ebs();
	else if (!strcmp(w, "errno"))
		errno_table();
	else if (!strcmp(w, "planted-leak"))
		planted_leak();
	else if (!strcmp(w, "planted-crash"))
		planted_crash();
	else
		BAD("unknown workload");
	return 0;
}
