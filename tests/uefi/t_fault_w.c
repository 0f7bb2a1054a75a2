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
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <uefi/entropy.h>
#include <sys/random.h>
#include "harness.h"
#include "fault.h"
#include "fault_errno.h"
#include "fault_eai.h"
#include "net_lookup.h"
#include <uefi/net.h>

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

/* A leaked malloc block (the injector checks the blocks live at exit). */
static void planted_block_leak(void)
{
	void *p = do_malloc(40);
	void *q = do_malloc(3000);
	FAILED("malloc", !p || !q, ENOMEM);
	do_free(q);
	if (!F->injected)
		do_free(p);   /* forgotten on the error path only */
}

/* ---- entropy ------------------------------------------------------------- */

/* Whether the injected fault hit one of the entropy chain's calls made
 * while the calls numbered (from, to] ran. */
static int rng_fault_in(uint64_t from, uint64_t to)
{
	if (!F->injected || F->injected_call <= from || F->injected_call > to)
		return 0;
	for (unsigned i = 0; i < F->n_rng && i < sizeof F->rng / sizeof *F->rng; i++)
		if (F->rng[i].call == F->injected_call)
			return 1;
	return 0;
}

static int fallback(const char *src)
{
	return src && (!strcmp(src, "RDRAND") || !strcmp(src, "JITTER"));
}

static int all_zero(const unsigned char *b, size_t n)
{
	unsigned char o = 0;
	for (size_t k = 0; k < n; k++)
		o |= b[k];
	return !o;
}

/* The entropy chain with EFI_RNG_PROTOCOL failing at each call (the boot
 * has a virtio-rng device, so the protocol answers when not failed): the
 * stack protector's seed (start-up: the first LocateProtocol of the RNG
 * protocol and its GetRNG), malloc's canary secret (the first allocation),
 * getentropy, getrandom and arc4random.  A fault there must make the
 * library take the next source (docs/hardening.md: RDRAND, else the
 * jitter) and say which; nothing fails, nothing is zero. */
static void rng(void)
{
	/* The seeding: the first RNG lookup before main, and the GetRNG after
	 * it when the lookup succeeded. */
	int seed_hit = 0;
	if (F->n_rng && F->rng[0].kind == FAULT_RNG_LOCATE && F->rng[0].call <= F->calls_at_main) {
		uint64_t last = F->rng[0].call;
		if (F->n_rng > 1 && F->rng[1].kind == FAULT_RNG_GET)
			last = F->rng[1].call;
		seed_hit = F->injected && F->injected_call >= F->rng[0].call && F->injected_call <= last;
	} else {
		BAD("the stack protector's seeding asked for the RNG protocol before main");
	}
	const char *g = uefi_stack_guard_source();
	if (seed_hit) {
		F->claimed = 1;
		EXPECT("stack guard: a fallback source after the RNG fault", fallback(g));
	} else {
		EXPECT("stack guard: seeded from EFI_RNG_PROTOCOL", g && !strcmp(g, "EFI_RNG_PROTOCOL"));
	}
	/* malloc's secret: taken at the first allocation (start-up's or this
	 * one); a fault there is absorbed, and the allocator works. */
	void *p = malloc(64);
	if (!FAILED("malloc", !p, ENOMEM)) {
		memset(p, 0x5a, 64);
		free(p);
	}
	unsigned char a[32], b[32];
	for (int k = 0; k < 3; k++) {
		uint64_t c0 = F->calls;
		const char *what = k == 0 ? "getentropy" : k == 1 ? "getrandom" : "arc4random_buf";
		int r = 0;
		memset(a, 0, sizeof a);
		if (k == 0)
			r = getentropy(a, sizeof a);
		else if (k == 1)
			r = getrandom(a, sizeof a, 0) == (ssize_t)sizeof a ? 0 : -1;
		else
			arc4random_buf(a, sizeof a);
		uint64_t c1 = F->calls;
		int hit = rng_fault_in(c0, c1);
		if (r) {
			bad(what, __LINE__, errno, -1);   /* the fallback must answer */
			continue;
		}
		EXPECT("entropy: not all zero", !all_zero(a, sizeof a));
		const char *src = uefi_entropy_source();
		if (hit) {
			F->claimed = 1;
			EXPECT("entropy: a fallback source after the RNG fault", fallback(src));
		} else if (k < 2 || c1 > c0) {
			/* arc4random reads the source only when it (re)seeds. */
			EXPECT("entropy: EFI_RNG_PROTOCOL without a fault", src && !strcmp(src, "EFI_RNG_PROTOCOL"));
		}
	}
	memset(b, 0, sizeof b);
	arc4random_buf(b, sizeof b);
	EXPECT("arc4random_buf: two outputs differ", memcmp(a, b, sizeof a) != 0);
	uint32_t u = arc4random_uniform(1000);
	EXPECT("arc4random_uniform: in range", u < 1000);
	uint32_t x = arc4random(), y = arc4random();
	EXPECT("arc4random: two values differ", x != y || arc4random() != x);
}

/* ---- sockets ------------------------------------------------------------- */

/* The errno a socket call may give for the injected status: the table's,
 * or what docs/network.md says for it (no NIC or no stack: a failed lookup
 * of the interface's protocols, ENETDOWN; TCP's own mapping, src/uefi/net.c:
 * no address yet ENETDOWN; a refused Configure EADDRINUSE, on a sending
 * call EPIPE; a reset ECONNRESET, while connecting ECONNREFUSED; no route
 * ENETUNREACH; no memory for a child ENOBUFS). */
static int net_errno_ok(int e)
{
	EFI_STATUS s = F->injected;
	if (e == fault_errno(s))
		return 1;
	/* A lookup of the interface's protocols failing: no NIC or no stack. */
	if (e == ENETDOWN && (!strcmp(F->injected_fn, "HandleProtocol") || !strcmp(F->injected_fn, "OpenProtocol") ||
	                      !strcmp(F->injected_fn, "LocateHandleBuffer") || !strcmp(F->injected_fn, "LocateProtocol")))
		return 1;
	switch (s) {
	case EFI_OUT_OF_RESOURCES: return e == ENOMEM || e == ENOBUFS;
	case EFI_NO_MAPPING: return e == ENETDOWN;
	case EFI_ACCESS_DENIED: return e == EADDRINUSE || e == EPIPE;
	case EFI_CONNECTION_RESET: return e == ECONNRESET || e == ECONNREFUSED;
	case EFIERR(100): return e == ENETUNREACH;
	default: return 0;
	}
}

static int net_met(const char *what, int line)
{
	int e = errno;
	if (!F->injected) {
		bad(what, line, e, -1);
		return 1;
	}
	F->claimed = 1;
	if (!net_errno_ok(e))
		bad(what, line, e, fault_errno(F->injected));
	return 1;
}
#define NETFAIL(what, cond) ((cond) ? net_met(what, __LINE__) : 0)

static struct sockaddr_in net_addr(const char *ip, int port)
{
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons((uint16_t)port);
	inet_pton(AF_INET, ip, &a.sin_addr);
	return a;
}

/* One exchange with the echo server (suites/fault.sh: QEMU forwards
 * 10.0.2.100:7 to a `cat` on this machine): 0 when the message came back
 * whole, -1 after a failure met and judged (the socket closed). */
static int echo_once(void)
{
	static const char msg[] = "fault sweep: echo";
	const size_t len = sizeof msg - 1;
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	if (NETFAIL("socket(SOCK_STREAM)", fd < 0))
		return -1;
	struct sockaddr_in a = net_addr("10.0.2.100", 7);
	if (NETFAIL("connect", connect(fd, (struct sockaddr *)&a, sizeof a))) {
		close(fd);
		return -1;
	}
	ssize_t n = send(fd, msg, len, 0);
	if (NETFAIL("send", n != (ssize_t)len)) {
		close(fd);
		return -1;
	}
	char buf[64];
	size_t got = 0;
	while (got < len) {
		struct pollfd p = { fd, POLLIN, 0 };
		int r = poll(&p, 1, 10000);
		if (r == 0) {
			BAD("poll: the echo did not come back within 10 s");
			close(fd);
			return -1;
		}
		if (NETFAIL("poll", r < 0)) {
			close(fd);
			return -1;
		}
		ssize_t k = recv(fd, buf + got, sizeof buf - got, 0);
		if (k == 0) {
			/* The end of the stream before the echo: only after a fault. */
			if (!F->injected)
				BAD("recv: end of stream before the echo");
			F->claimed = 1;
			close(fd);
			return -1;
		}
		if (NETFAIL("recv", k < 0)) {
			close(fd);
			return -1;
		}
		got += (size_t)k;
	}
	EXPECT("the echo is what was sent", got == len && !memcmp(buf, msg, len));
	/* Half-close (the graceful Close), then read to the end: the server
	 * ends when its input does. */
	if (NETFAIL("shutdown(SHUT_WR)", shutdown(fd, SHUT_WR))) {
		close(fd);
		return -1;
	}
	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		int r = poll(&p, 1, 10000);
		if (r == 0) {
			BAD("poll: no end of stream within 10 s of the half-close");
			break;
		}
		if (NETFAIL("poll(end)", r < 0))
			break;
		ssize_t k = recv(fd, buf, sizeof buf, 0);
		if (k == 0)
			break;
		if (NETFAIL("recv(end)", k < 0))
			break;
		BAD("recv: more than the echo");
	}
	/* Both sides have closed; this side, which closed first, would wait
	 * out TIME_WAIT, which exit waits for (up to 2 s, docs/network.md):
	 * a reset ends it at once (the graceful Close ran in shutdown). */
	struct linger lg = { 1, 0 };
	EXPECT("SO_LINGER {1, 0}", !setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
	NETFAIL("close", close(fd));
	return 0;
}

static void net(void)
{
	int ok = -1;
	for (int tries = 0; ok && tries < 4; tries++)
		ok = echo_once();
	EXPECT("an echo came back whole after the fault", !ok);
	/* UDP: QEMU's restricted network drops what the guest sends, so the
	 * datagram goes and nothing comes back; every call still runs. */
	for (int tries = 0; tries < 4; tries++) {
		int fd = socket(AF_INET, SOCK_DGRAM, 0);
		if (NETFAIL("socket(SOCK_DGRAM)", fd < 0))
			continue;
		struct sockaddr_in a = net_addr("10.0.2.100", 9);
		ssize_t n = sendto(fd, "x", 1, 0, (struct sockaddr *)&a, sizeof a);
		if (NETFAIL("sendto", n != 1)) {
			close(fd);
			continue;
		}
		char c;
		errno = 0;
		ssize_t r = recv(fd, &c, 1, MSG_DONTWAIT);
		if (!(r < 0 && errno == EAGAIN) && NETFAIL("recv(MSG_DONTWAIT)", r < 0)) {
			close(fd);
			continue;
		}
		EXPECT("nothing to receive: EAGAIN", r < 0);
		NETFAIL("close(udp)", close(fd));
		break;
	}
	/* A numeric name: no lookup, no firmware call. */
	struct addrinfo hints, *res = 0;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_INET;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICHOST;
	int g = getaddrinfo("10.0.2.100", "7", &hints, &res);
	EXPECT("getaddrinfo(numeric)", g == 0 && res && res->ai_family == AF_INET);
	if (!g)
		freeaddrinfo(res);
}

/* ---- DHCP and DNS ---------------------------------------------------------- */

/* On the segment tests/uefi/dns-net.py simulates (suites/fault.sh): a DHCP
 * server offering 10.0.3.15/24, router 10.0.3.2, DNS server 10.0.3.3,
 * which answers from a fixed table. */

/* A lookup's EAI_* code after the injected fault: docs/errno.md's DNS
 * table for the status, or for a call outside the DNS4 protocol what the
 * table's notes say (a failed lookup of the DNS4 protocols, or of the DNS
 * servers' list: EAI_FAIL; malloc failing: EAI_MEMORY). */
static int dns_met(const char *what, int line, int e)
{
	if (!F->injected) {
		bad(what, line, -1, -1);
		th_puts("  (EAI code ");
		th_putu((uint64_t)-e, 10);
		th_puts(" without a fault)\n");
		return 1;
	}
	F->claimed = 1;
	const char *fn = F->injected_fn;
	int want = fault_eai(F->injected);
	if (!strcmp(fn, "HandleProtocol") || !strcmp(fn, "OpenProtocol") || !strcmp(fn, "Ip4Config2.GetData"))
		want = EAI_FAIL;
	if (!strcmp(fn, "AllocatePages") || !strcmp(fn, "AllocatePool"))
		want = EAI_MEMORY;
	if (e != want) {
		bad(what, line, -1, -1);
		th_puts("  (EAI code ");
		th_putu((uint64_t)-e, 10);
		th_puts(", want ");
		th_putu((uint64_t)-want, 10);
		th_puts(")\n");
	}
	return 1;
}

/* getaddrinfo(name) until it answers (or, with want NULL, until it says
 * EAI_NONAME): each failure on the way must be the fault's. */
static void resolve(const char *name, int family, const char *want)
{
	char got[200];
	for (int tries = 0; tries < 4; tries++) {
		int e = lookup(name, family, 0, got, sizeof got);
		if (!want && e == EAI_NONAME)
			return;
		if (e) {
			dns_met(name, __LINE__, e);
			continue;
		}
		if (!want || strcmp(got, want)) {
			bad(name, __LINE__, -1, -1);
			th_puts("  (resolved to \"");
			th_puts(got);
			th_puts("\")\n");
		}
		return;
	}
	BAD("getaddrinfo failed again after the fault");
}

/* The interface up (DHCP, or the address DHCP gave before), its state
 * read back: 0, or -1 after four failures. */
static int bring_up(struct uefi_net_ipv4 *cur)
{
	for (int tries = 0; tries < 4; tries++) {
		memset(cur, 0, sizeof *cur);
		if (!NETFAIL("uefi_net_get_ipv4", uefi_net_get_ipv4(cur)))
			return 0;
	}
	BAD("uefi_net_get_ipv4 failed again after the fault");
	return -1;
}

static int is_ip(struct in_addr a, const char *s)
{
	struct in_addr b;
	inet_pton(AF_INET, s, &b);
	return a.s_addr == b.s_addr;
}

/* The firmware's DHCP through EFI_IP4_CONFIG2_PROTOCOL, from an interface
 * without an address (the runner drops it before each run): the
 * configuration DHCP gave, its DNS server included.  The sweep ends with
 * the bring-up (sweep_end): each run costs a DHCP exchange, which EDK II
 * makes last 3 s at least (it collects offers that long); the lookups and
 * the exit of a program whose network is up are the dns workload's. */
static void dhcp(void)
{
	struct uefi_net_ipv4 cur;
	EXPECT("uefi_net_set_dhcp_timeout", !uefi_net_set_dhcp_timeout(10000));
	if (bring_up(&cur))
		return;
	if (!F->injected)
		F->sweep_end = F->calls;
	EXPECT("DHCP: the address offered", is_ip(cur.addr, "10.0.3.15"));
	EXPECT("DHCP: the netmask", is_ip(cur.netmask, "255.255.255.0"));
	EXPECT("DHCP: the router", is_ip(cur.gateway, "10.0.3.2"));
	EXPECT("DHCP: the DNS server", cur.dns_count == 1 && is_ip(cur.dns[0], "10.0.3.3"));
}

/* Name resolution through EFI_DNS4_PROTOCOL on the configured interface:
 * A records (HostNameToIp), a CNAME, AAAA (GeneralLookUp), NXDOMAIN and a
 * PTR (getnameinfo). */
static void dns(void)
{
	struct uefi_net_ipv4 cur;
	EXPECT("uefi_net_set_dns_timeout", !uefi_net_set_dns_timeout(2000, 2));
	if (bring_up(&cur))
		return;
	resolve("answer.test", AF_INET, "192.0.2.10 192.0.2.11");
	resolve("cname.test", AF_INET, "192.0.2.10");
	resolve("v6only.test", AF_INET6, "2001:db8::6");
	resolve("nx.test", AF_INET, 0);
	struct sockaddr_in sa;
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	inet_pton(AF_INET, "192.0.2.10", &sa.sin_addr);
	char host[64];
	for (int tries = 0; tries < 4; tries++) {
		int e = getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, NI_NAMEREQD);
		if (e) {
			dns_met("getnameinfo", __LINE__, e);
			continue;
		}
		EXPECT("getnameinfo: the PTR record's name", !strcmp(host, "answer.test"));
		break;
	}
}

/* ---- a real ExitBootServices -------------------------------------------- */

/* One call of the exit sequence fails (the injector's fail_rel-th call from
 * main); the library retries as documented, or reports the failure with
 * the table's errno and is called again; in the end boot services are
 * gone.  The runner cannot come back: this reports over debugcon and ends
 * the program, which powers the machine off. */
static void ebs_exit(void)
{
	uefi_memory_map m = { 0 };
	EFI_STATUS s = EFI_ABORTED;
	unsigned attempts = 0;
	for (int tries = 0; tries < 4; tries++) {
		errno = 0;
		s = uefi_exit_boot_services(&m);
		attempts += m.attempts;
		if (!EFI_ERROR(s))
			break;
		EXPECT("the reason is given", m.error != 0);
		FAILED("uefi_exit_boot_services", 1, 0);
	}
	uint64_t in_main = F->calls - F->calls_at_main;
	th_prog = "fault";
	CHECK(!EFI_ERROR(s), "ebs-exit: uefi_exit_boot_services succeeded in the end");
	CHECK(!uefi_boot_services(), "ebs-exit: boot services are gone");
	CHECK(uefi_memory_map_count(&m) > 0, "ebs-exit: the final map has descriptors");
	if (F->injected && !strcmp(F->injected_fn, "ExitBootServices"))
		CHECK(attempts == 2, "ebs-exit: a stale key: read the map again and exited at the second attempt");
	errno = 0;
	EXPECT("after the exit, malloc fails with ENOMEM", !do_malloc(16) && errno == ENOMEM);
	th_puts(F->injected ? "ebs-exit-call " : "ebs-exit-none ");
	th_putu(F->fail_rel, 10);
	th_puts(" of ");
	th_putu(in_main, 10);
	if (F->injected) {
		th_puts(" (");
		th_puts(F->injected_fn);
		th_puts(" ");
		th_puthex(F->injected);
		th_puts(")");
	}
	th_puts(F->failures ? ": failed\n" : ": survived\n");
	th_end();
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

/* The allocator's leak-check hook (src/internal/malloc_impl.h). */
size_t __malloc_live(size_t *bytes);
extern void (*__malloc_exit_hook)(void);

static void leak_check(void)
{
	size_t bytes = 0;
	F->live_blocks = __malloc_live(&bytes);
	F->live_bytes = bytes;
	F->leak_checked = 1;
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
	F->calls_at_main = F->calls;
	F->main_reached = 1;
	/* Every block allocated from here on must be freed by exit (the
	 * allocator's count, read just before its pages go back). */
	size_t bytes = 0;
	F->main_blocks = __malloc_live(&bytes);
	F->main_bytes = bytes;
	__malloc_exit_hook = leak_check;
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
	else if (!strcmp(w, "planted-block-leak"))
		planted_block_leak();
	else if (!strcmp(w, "rng"))
		rng();
	else if (!strcmp(w, "net"))
		net();
	else if (!strcmp(w, "dhcp"))
		dhcp();
	else if (!strcmp(w, "dns"))
		dns();
	else if (!strcmp(w, "ebs-exit"))
		ebs_exit();
	else
		BAD("unknown workload");
	return 0;
}
