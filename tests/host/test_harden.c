/* The portable parts of the hardening (docs/hardening.md): the jitter
 * entropy collector (its output, its health tests, with counters of our
 * own), the stack protector's seeding, check and report, the UBSan
 * handlers' reports (once per location, abort forms) and the malloc
 * canary's secret coming from the entropy source. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "check.h"
#include "sys_host.h"

int ul___jitter_entropy(void *buf, size_t len, unsigned long long (*counter)(void));
void ul___security_init_cookie(void);
void ul___security_check_cookie(uintptr_t cookie);
_Noreturn void ul___stack_chk_fail(void);
extern uintptr_t ul___security_cookie, ul___stack_chk_guard;
const char *ul_uefi_stack_guard_source(void);
void ul___ubsan_handle_add_overflow_minimal(void);
void ul___ubsan_handle_shift_out_of_bounds_minimal(void);
_Noreturn void ul___ubsan_handle_add_overflow_minimal_abort(void);
_Noreturn void ul___ubsan_handle_builtin_unreachable_minimal(void);
void ul___progname_init(const char *argv0);
void *ul_malloc(size_t n);
void ul_free(void *p);
extern long host_entropy_calls;
extern int host_entropy_errno;

#define UNSEEDED 0x00002B992DDFA232ull

/* ---- counters ---- */
static unsigned long long c_state, c_step;
static uint64_t c_rng = 0x9E3779B97F4A7C15ull;
static unsigned long long stuck(void) { return 1000; }
static unsigned long long linear(void) { return c_state += 100; }
static unsigned long long quadratic(void) { return c_state += (c_step += 3); }
static unsigned long long noisy(void) { return c_state += 50 + (check_xorshift(&c_rng) & 31); }
static unsigned long long host_clock(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC_RAW, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}
/* Mostly stuck: a fresh value once in 100 reads (64 stuck in a row fail). */
static unsigned long long rare(void)
{
	static unsigned n;
	return ++n % 100 ? c_state : (c_state += check_xorshift(&c_rng) & 0xffff);
}

static int all_zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

static void test_jitter(void)
{
	unsigned char a[300], b[300];
	memset(a, 0x55, sizeof a);
	CHECK(ul___jitter_entropy(a, sizeof a, stuck) == -1, "a stuck counter fails");
	CHECK(all_zero(a, sizeof a), "a failure leaves no partial output");
	c_state = 0;
	CHECK(ul___jitter_entropy(a, 32, linear) == -1, "a counter in step with the work (constant delta) fails");
	c_state = c_step = 0;
	CHECK(ul___jitter_entropy(a, 32, quadratic) == -1, "a constant second difference fails");
	c_state = 0;
	CHECK(ul___jitter_entropy(a, 32, rare) == -1, "64 stuck samples in a row fail");

	/* Deterministic mixing: the same samples give the same bytes, others
	 * different ones; every length comes out whole. */
	size_t lens[] = { 0, 1, 7, 31, 32, 33, 64, 100, 256, 300 };
	for (size_t i = 0; i < sizeof lens / sizeof *lens; i++) {
		size_t n = lens[i];
		memset(a, 0, sizeof a);
		memset(b, 0, sizeof b);
		c_state = 0, c_rng = 12345;
		int ra = ul___jitter_entropy(a, n, noisy);
		c_state = 0, c_rng = 12345;
		int rb = ul___jitter_entropy(b, n, noisy);
		CHECK(ra == 0 && rb == 0, "noisy counter, %zu bytes: %d %d", n, ra, rb);
		CHECK(!memcmp(a, b, sizeof a), "same samples, same bytes (%zu)", n);
		CHECK(n < 8 || !all_zero(a, n), "output filled (%zu)", n);
		CHECK(all_zero(a + n, sizeof a - n), "nothing written past %zu bytes", n);
		c_state = 0, c_rng = 54321;
		ul___jitter_entropy(b, n, noisy);
		CHECK(n < 4 || memcmp(a, b, n), "other samples, other bytes (%zu)", n);
	}
	/* Blocks differ from one another (the state moves on), and the bits
	 * are balanced: 64 KiB from the noisy counter, ones between 49% and
	 * 51%, every byte value seen. */
	static unsigned char big[65536];
	c_state = 0, c_rng = 777;
	CHECK(ul___jitter_entropy(big, sizeof big, noisy) == 0, "64 KiB");
	unsigned long ones = 0;
	unsigned seen[256] = { 0 };
	for (size_t i = 0; i < sizeof big; i++) {
		ones += (unsigned long)__builtin_popcount(big[i]);
		seen[big[i]]++;
	}
	CHECK(ones > sizeof big * 8 * 49 / 100 && ones < sizeof big * 8 * 51 / 100, "ones: %lu of %zu", ones, sizeof big * 8);
	int missing = 0;
	for (int i = 0; i < 256; i++)
		missing += !seen[i];
	CHECK(!missing, "%d byte values never seen", missing);
	int same_block = 0;
	for (size_t i = 32; i < sizeof big; i += 32)
		same_block += !memcmp(big + i, big + i - 32, 32);
	CHECK(!same_block, "%d blocks equal to the one before", same_block);
	/* The host's own clock passes the health tests and differs run to run. */
	CHECK(ul___jitter_entropy(a, 64, host_clock) == 0 && ul___jitter_entropy(b, 64, host_clock) == 0 &&
	      memcmp(a, b, 64), "the host's clock gives distinct output");
}

static int exit_code(void)
{
	host_exit_armed = 0;
	return host_exit_abnormal ? 134 : host_exit_status;
}

static void console(char *out, size_t size)
{
	size_t n = host_console_len[2] < size - 1 ? host_console_len[2] : size - 1;
	memcpy(out, host_console[2], n);
	out[n] = 0;
}

/* "prog: what at 0xPC (image base 0xB, offset 0xO)\n" with O = PC - B. */
static int report_ok(const char *text, const char *what)
{
	char prefix[128];
	snprintf(prefix, sizeof prefix, "t_harden: %s at 0x", what);
	if (strncmp(text, prefix, strlen(prefix)))
		return 0;
	unsigned long long pc, base, off;
	char tail[8];
	if (sscanf(text + strlen(prefix), "%llx (image base 0x%llx, offset 0x%llx%7s", &pc, &base, &off, tail) != 4)
		return 0;
	/* One line, ending in ")\n". */
	return pc - base == off && !strcmp(tail, ")") && strchr(text, '\n') == text + strlen(text) - 1;
}

static __attribute__((noinline)) void add_site_a(void) { ul___ubsan_handle_add_overflow_minimal(); }
static __attribute__((noinline)) void add_site_b(void) { ul___ubsan_handle_add_overflow_minimal(); }

static void test_stack_protector(void)
{
	CHECK(ul_uefi_stack_guard_source() == NULL, "nothing seeded before the start-up hook");
	CHECK(ul___security_cookie == UNSEEDED && ul___stack_chk_guard == UNSEEDED, "fixed value before seeding");
	long calls = host_entropy_calls;
	ul___security_init_cookie();
	CHECK(host_entropy_calls == calls + 1, "seeding reads the entropy source once");
	const char *src = ul_uefi_stack_guard_source();
	CHECK(src && !strcmp(src, "EFI_RNG_PROTOCOL"), "source recorded: %s", src ? src : "(null)");
	uintptr_t c = ul___security_cookie;
	CHECK(c != UNSEEDED && c != 0 && ul___stack_chk_guard == c, "both environments' cookies seeded alike");
	ul___security_init_cookie();
	CHECK(ul___security_cookie == c && host_entropy_calls == calls + 1, "a second call changes nothing");
	ul___security_check_cookie(c);
	CHECK(1, "the right cookie returns");

	char text[512];
	host_console_reset();
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul___security_check_cookie(c ^ 1);
	CHECK(exit_code() == 134, "a wrong cookie ends the program as abort does");
	console(text, sizeof text);
	CHECK(report_ok(text, "stack smashing detected"), "MSVC check report: %s", text);

	host_console_reset();
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul___stack_chk_fail();
	CHECK(exit_code() == 134, "__stack_chk_fail ends the program as abort does");
	console(text, sizeof text);
	CHECK(report_ok(text, "stack smashing detected"), "GNU report: %s", text);

	/* After ExitBootServices the report still goes out when there is a sink. */
	host_console_reset();
	host_set_available(0);
	host_console_after_exit = 1;
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul___stack_chk_fail();
	CHECK(exit_code() == 134, "after exit: ends");
	console(text, sizeof text);
	CHECK(report_ok(text, "stack smashing detected"), "after exit: report to the sink: %s", text);
	host_console_after_exit = 0;
	host_set_available(1);
}

static void test_ubsan(void)
{
	char text[4096];
	host_console_reset();
	for (int i = 0; i < 3; i++)
		add_site_a();
	console(text, sizeof text);
	CHECK(report_ok(text, "ubsan: add-overflow"), "recoverable report: %s", text);
	CHECK(host_console_writes[2] == 1, "one location, three calls: one report (%d)", host_console_writes[2]);
	add_site_b();
	ul___ubsan_handle_shift_out_of_bounds_minimal();
	CHECK(host_console_writes[2] == 3, "other locations are reported (%d)", host_console_writes[2]);
	console(text, sizeof text);
	CHECK(strstr(text, "ubsan: shift-out-of-bounds at 0x") != NULL, "kind named: %s", text);
	/* Past 64 remembered locations every report is written. */
	host_console_reset();
	for (int i = 0; i < 70; i++)
		add_site_b();
	CHECK(host_console_writes[2] == 0, "a known location stays quiet");

	host_console_reset();
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul___ubsan_handle_add_overflow_minimal_abort();
	CHECK(exit_code() == 134, "the _abort form ends the program as abort does");
	console(text, sizeof text);
	CHECK(report_ok(text, "ubsan: add-overflow"), "abort report: %s", text);

	host_console_reset();
	host_exit_armed = 1;
	if (setjmp(host_exit_jmp) == 0)
		ul___ubsan_handle_builtin_unreachable_minimal();
	CHECK(exit_code() == 134, "builtin-unreachable ends the program even in its recoverable form");
	console(text, sizeof text);
	CHECK(report_ok(text, "ubsan: builtin-unreachable"), "unreachable report: %s", text);
}

static void test_malloc_secret(void)
{
	long calls = host_entropy_calls;
	void *p = ul_malloc(10);
	CHECK(p != NULL, "malloc");
	CHECK(host_entropy_calls == calls + 1, "the first malloc takes its canary secret from the entropy source");
	ul_free(ul_malloc(20));
	CHECK(host_entropy_calls == calls + 1, "only once");
	ul_free(p);
}

int main(void)
{
	ul___progname_init("/some/dir/t_harden");
	test_jitter();
	test_stack_protector();
	test_ubsan();
	test_malloc_secret();
	return check_report("harden");
}
