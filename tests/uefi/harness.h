/* Verdicts for firmware tests, over a channel of QEMU's that the code under
 * test does not go through: on x86_64 the debugcon device at I/O port 0x403,
 * on aarch64 Arm semihosting (HLT #0xF000: SYS_WRITE0, SYS_WRITEC) into the
 * chardev tests/uefi/qemu-run.sh gives it.
 *
 * Nothing here uses the library under test: the bytes go straight to the
 * channel, formatted by these few lines, so that a broken printf or a dead
 * console cannot fake a pass.  The host runner (tests/uefi/run.sh) reads
 *   begin <prog>
 *   ok <prog>/<check>            or   not ok <prog>/<check> (line N) [detail]
 *   end <prog>
 * and counts a program without its "end" line as crashed or hung. */
#ifndef TESTS_UEFI_HARNESS_H
#define TESTS_UEFI_HARNESS_H

#include <stdint.h>
#include <uefi/env.h>     /* efi.h, with __attribute__ repaired */

static const char *th_prog = "?";
static unsigned th_failed;

#if defined(__x86_64__)
static inline void th_outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

/* One byte to the verdict channel. */
static inline void th_putc(uint8_t c)
{
	th_outb(0x403, c);
}

static inline void th_puts(const char *s)
{
	while (*s)
		th_putc((uint8_t)*s++);
}

/* Ends QEMU at once with status (code << 1) | 1 (isa-debug-exit). */
static inline void th_qemu_exit(uint8_t code)
{
	th_outb(0xf4, code);
}
#elif defined(__aarch64__)
/* A semihosting call: operation in x0, its parameter in x1. */
static inline uint64_t th_semihost(uint64_t op, const void *arg)
{
	register uint64_t x0 __asm__("x0") = op;
	register const void *x1 __asm__("x1") = arg;
	__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	return x0;
}

static inline void th_putc(uint8_t c)
{
	th_semihost(0x03, &c);        /* SYS_WRITEC */
}

static inline void th_puts(const char *s)
{
	th_semihost(0x04, s);         /* SYS_WRITE0 */
}

/* Ends QEMU at once with status (code << 1) | 1, as isa-debug-exit does on
 * x86_64 (so that the suites expect the same statuses): SYS_EXIT with
 * ADP_Stopped_ApplicationExit and that status. */
static inline void th_qemu_exit(uint8_t code)
{
	static uint64_t block[2];
	block[0] = 0x20026;
	block[1] = ((uint64_t)code << 1) | 1;
	th_semihost(0x18, block);
}
#else
#error "harness.h: no verdict channel for this architecture"
#endif

static inline void th_putu(uint64_t v, unsigned base)
{
	char buf[24];
	int i = 0;
	do
		buf[i++] = "0123456789abcdef"[v % base];
	while ((v /= base));
	while (i)
		th_putc((uint8_t)buf[--i]);
}

static inline void th_puthex(uint64_t v)
{
	th_puts("0x");
	th_putu(v, 16);
}

static inline void th_begin(const char *prog)
{
	th_prog = prog;
	th_puts("begin ");
	th_puts(prog);
	th_puts("\n");
}

static inline void th_end(void)
{
	th_puts("end ");
	th_puts(th_prog);
	th_puts("\n");
}

/* Starts a verdict line; the caller may add detail before th_close(). */
static inline int th_open(const char *name, int pass, int line)
{
	if (!pass)
		th_failed++;
	th_puts(pass ? "ok " : "not ok ");
	th_puts(th_prog);
	th_puts("/");
	th_puts(name);
	if (!pass) {
		th_puts(" (line ");
		th_putu((uint64_t)line, 10);
		th_puts(")");
	}
	return pass;
}

static inline void th_close(void)
{
	th_puts("\n");
}

/* The condition first, then what it checks: the order of tests/host/check.h's
 * CHECK(cond, fmt, ...), so that a check reads the same in both tiers (here
 * the name is a plain string: no formatting without the library). */
#define CHECK(cond, name) (th_open(name, !!(cond), __LINE__), th_close())
/* Like CHECK, and shows both values when they differ. */
#define CHECK_EQ(got, want, name) do { \
	uint64_t g_ = (uint64_t)(got), w_ = (uint64_t)(want); \
	if (!th_open(name, g_ == w_, __LINE__)) { \
		th_puts(" got "); th_puthex(g_); th_puts(" want "); th_puthex(w_); \
	} \
	th_close(); \
} while (0)

/* ExitBootServices the raw way a bootloader calls it, straight through the
 * boot services table (no library helper): the map read into a buffer that
 * needs no allocation, and a retry while the map key is stale. */
static inline EFI_STATUS th_exit_boot_services(EFI_BOOT_SERVICES *bs, EFI_HANDLE image)
{
	static unsigned char map[64 * 1024];
	UINTN size, key, dsize;
	UINT32 dver;
	EFI_STATUS s = EFI_INVALID_PARAMETER;
	for (int i = 0; i < 16 && s == EFI_INVALID_PARAMETER; i++) {
		size = sizeof map;
		s = bs->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver);
		if (!EFI_ERROR(s))
			s = bs->ExitBootServices(image, key);
	}
	return s;
}

#endif
