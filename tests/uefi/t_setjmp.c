/* setjmp/longjmp at -O2: every callee-saved register of the MS x64 ABI
 * (rbx rbp rdi rsi r12-r15 xmm6-xmm15) holds a known pattern at setjmp and
 * garbage at longjmp, several frames down; after the jump each must hold its
 * pattern again.  MXCSR's control bits and the x87 control word come back
 * from setjmp time, MXCSR's exception flags stay as at longjmp.
 * On aarch64 the same with AAPCS64's callee-saved registers (x19-x28, fp,
 * d8-d15), FPCR (back from setjmp time) and FPSR's flags (kept). */
#include <alloca.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include "harness.h"

#if defined(__x86_64__)
/* regs_probe(env, out): loads the patterns, calls setjmp(env); on the first
 * return calls jump_with_garbage(env); on the second stores every
 * callee-saved register, setjmp's result and rsp before/after in out.  It
 * saves and restores the caller's own callee-saved registers. */
__asm__(
	".text\n"
	".globl regs_probe\n"
	"regs_probe:\n"
	"push %rbx\n push %rbp\n push %rdi\n push %rsi\n"
	"push %r12\n push %r13\n push %r14\n push %r15\n"
	"sub $216, %rsp\n"
	"movdqu %xmm6, 48(%rsp)\n movdqu %xmm7, 64(%rsp)\n movdqu %xmm8, 80(%rsp)\n"
	"movdqu %xmm9, 96(%rsp)\n movdqu %xmm10, 112(%rsp)\n movdqu %xmm11, 128(%rsp)\n"
	"movdqu %xmm12, 144(%rsp)\n movdqu %xmm13, 160(%rsp)\n movdqu %xmm14, 176(%rsp)\n"
	"movdqu %xmm15, 192(%rsp)\n"
	"mov %rcx, 32(%rsp)\n mov %rdx, 40(%rsp)\n mov %rsp, 208(%rsp)\n"
	"movabs $0x1111111111111101, %rbx\n movabs $0x2222222222222202, %rbp\n"
	"movabs $0x3333333333333303, %rdi\n movabs $0x4444444444444404, %rsi\n"
	"movabs $0x5555555555555505, %r12\n movabs $0x6666666666666606, %r13\n"
	"movabs $0x7777777777777707, %r14\n movabs $0x8888888888888808, %r15\n"
	"lea probe_pattern(%rip), %rax\n"
	"movdqu 0(%rax), %xmm6\n movdqu 16(%rax), %xmm7\n movdqu 32(%rax), %xmm8\n"
	"movdqu 48(%rax), %xmm9\n movdqu 64(%rax), %xmm10\n movdqu 80(%rax), %xmm11\n"
	"movdqu 96(%rax), %xmm12\n movdqu 112(%rax), %xmm13\n movdqu 128(%rax), %xmm14\n"
	"movdqu 144(%rax), %xmm15\n"
	"mov 32(%rsp), %rcx\n"
	"call setjmp\n"
	"test %eax, %eax\n"
	"jnz 1f\n"
	"mov 32(%rsp), %rcx\n"
	"call jump_with_garbage\n"
	"1:\n"
	"mov 40(%rsp), %rcx\n"
	"mov %rbx, 0(%rcx)\n mov %rbp, 8(%rcx)\n mov %rdi, 16(%rcx)\n mov %rsi, 24(%rcx)\n"
	"mov %r12, 32(%rcx)\n mov %r13, 40(%rcx)\n mov %r14, 48(%rcx)\n mov %r15, 56(%rcx)\n"
	"movdqu %xmm6, 64(%rcx)\n movdqu %xmm7, 80(%rcx)\n movdqu %xmm8, 96(%rcx)\n"
	"movdqu %xmm9, 112(%rcx)\n movdqu %xmm10, 128(%rcx)\n movdqu %xmm11, 144(%rcx)\n"
	"movdqu %xmm12, 160(%rcx)\n movdqu %xmm13, 176(%rcx)\n movdqu %xmm14, 192(%rcx)\n"
	"movdqu %xmm15, 208(%rcx)\n"
	"mov %rax, 224(%rcx)\n mov %rsp, 232(%rcx)\n mov 208(%rsp), %rax\n mov %rax, 240(%rcx)\n"
	"movdqu 48(%rsp), %xmm6\n movdqu 64(%rsp), %xmm7\n movdqu 80(%rsp), %xmm8\n"
	"movdqu 96(%rsp), %xmm9\n movdqu 112(%rsp), %xmm10\n movdqu 128(%rsp), %xmm11\n"
	"movdqu 144(%rsp), %xmm12\n movdqu 160(%rsp), %xmm13\n movdqu 176(%rsp), %xmm14\n"
	"movdqu 192(%rsp), %xmm15\n"
	"add $216, %rsp\n"
	"pop %r15\n pop %r14\n pop %r13\n pop %r12\n pop %rsi\n pop %rdi\n pop %rbp\n pop %rbx\n"
	"ret\n"
	/* Garbage in every callee-saved register, then longjmp(env, 42). */
	".globl garbage_longjmp\n"
	"garbage_longjmp:\n"
	"movabs $0xdead00000000beef, %rbx\n mov %rbx, %rbp\n mov %rbx, %rdi\n mov %rbx, %rsi\n"
	"mov %rbx, %r12\n mov %rbx, %r13\n mov %rbx, %r14\n mov %rbx, %r15\n"
	"pcmpeqd %xmm6, %xmm6\n pcmpeqd %xmm7, %xmm7\n pcmpeqd %xmm8, %xmm8\n pcmpeqd %xmm9, %xmm9\n"
	"pcmpeqd %xmm10, %xmm10\n pcmpeqd %xmm11, %xmm11\n pcmpeqd %xmm12, %xmm12\n"
	"pcmpeqd %xmm13, %xmm13\n pcmpeqd %xmm14, %xmm14\n pcmpeqd %xmm15, %xmm15\n"
	"mov $42, %edx\n"
	"jmp longjmp\n");

#elif defined(__aarch64__)
/* regs_probe(env, out), aarch64: the same with x19-x28, x29 (fp) and
 * d8-d15; out: x19..x29 (0-10), d8..d15 (11-18), setjmp's result (19), sp
 * after the jump (20) and at setjmp (21). */
__asm__(
	".text\n"
	".globl regs_probe\n"
	"regs_probe:\n"
	"sub sp, sp, #192\n"
	"stp x19, x20, [sp, #0]\n stp x21, x22, [sp, #16]\n stp x23, x24, [sp, #32]\n"
	"stp x25, x26, [sp, #48]\n stp x27, x28, [sp, #64]\n stp x29, x30, [sp, #80]\n"
	"stp d8, d9, [sp, #96]\n stp d10, d11, [sp, #112]\n stp d12, d13, [sp, #128]\n"
	"stp d14, d15, [sp, #144]\n stp x0, x1, [sp, #160]\n"
	"mov x9, sp\n str x9, [sp, #176]\n"
	"adrp x9, probe_pattern\n add x9, x9, :lo12:probe_pattern\n"
	"ldp x19, x20, [x9, #0]\n ldp x21, x22, [x9, #16]\n ldp x23, x24, [x9, #32]\n"
	"ldp x25, x26, [x9, #48]\n ldp x27, x28, [x9, #64]\n ldr x29, [x9, #80]\n"
	"ldp d8, d9, [x9, #88]\n ldp d10, d11, [x9, #104]\n ldp d12, d13, [x9, #120]\n"
	"ldp d14, d15, [x9, #136]\n"
	"bl setjmp\n"
	"cbnz w0, 1f\n"
	"ldr x0, [sp, #160]\n"
	"bl jump_with_garbage\n"
	"1:\n"
	"ldr x1, [sp, #168]\n"
	"stp x19, x20, [x1, #0]\n stp x21, x22, [x1, #16]\n stp x23, x24, [x1, #32]\n"
	"stp x25, x26, [x1, #48]\n stp x27, x28, [x1, #64]\n str x29, [x1, #80]\n"
	"stp d8, d9, [x1, #88]\n stp d10, d11, [x1, #104]\n stp d12, d13, [x1, #120]\n"
	"stp d14, d15, [x1, #136]\n"
	"sxtw x0, w0\n str x0, [x1, #152]\n"
	"mov x9, sp\n str x9, [x1, #160]\n ldr x9, [sp, #176]\n str x9, [x1, #168]\n"
	"ldp x19, x20, [sp, #0]\n ldp x21, x22, [sp, #16]\n ldp x23, x24, [sp, #32]\n"
	"ldp x25, x26, [sp, #48]\n ldp x27, x28, [sp, #64]\n ldp x29, x30, [sp, #80]\n"
	"ldp d8, d9, [sp, #96]\n ldp d10, d11, [sp, #112]\n ldp d12, d13, [sp, #128]\n"
	"ldp d14, d15, [sp, #144]\n"
	"add sp, sp, #192\n"
	"ret\n"
	/* Garbage in every callee-saved register, then longjmp(env, 42). */
	".globl garbage_longjmp\n"
	"garbage_longjmp:\n"
	"mov x19, #0xbeef\n movk x19, #0xdead, lsl #48\n"
	"mov x20, x19\n mov x21, x19\n mov x22, x19\n mov x23, x19\n mov x24, x19\n"
	"mov x25, x19\n mov x26, x19\n mov x27, x19\n mov x28, x19\n mov x29, x19\n"
	"movi d8, #0xffffffffffffffff\n movi d9, #0xffffffffffffffff\n"
	"movi d10, #0xffffffffffffffff\n movi d11, #0xffffffffffffffff\n"
	"movi d12, #0xffffffffffffffff\n movi d13, #0xffffffffffffffff\n"
	"movi d14, #0xffffffffffffffff\n movi d15, #0xffffffffffffffff\n"
	"mov w1, #42\n"
	"b longjmp\n");

#endif
void regs_probe(jmp_buf env, uint64_t *out);
_Noreturn void garbage_longjmp(jmp_buf env);

uint64_t probe_pattern[20];
static volatile int depth_sink;

/* Several frames of register-hungry work between setjmp and longjmp. */
__attribute__((noinline)) static double descend(jmp_buf env, int depth, double x)
{
	double a = x * 1.25, b = x + 3.5, c = a * b - x, d = c / (b + 1), e = a + b + c + d;
	if (depth == 0)
		garbage_longjmp(env);
	double r = descend(env, depth - 1, e * 0.5);
	depth_sink = depth;
	return r + a * b + c * d + e;
}

void jump_with_garbage(jmp_buf env);
void jump_with_garbage(jmp_buf env)
{
	descend(env, 6, 1.0);
}

#if defined(__x86_64__)
static unsigned get_mxcsr(void)
{
	unsigned v;
	__asm__ volatile("stmxcsr %0" : "=m"(v));
	return v;
}
static void set_mxcsr(unsigned v)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(v));
}
static unsigned short get_fpcw(void)
{
	unsigned short v;
	__asm__ volatile("fnstcw %0" : "=m"(v));
	return v;
}
static void set_fpcw(unsigned short v)
{
	__asm__ volatile("fldcw %0" : : "m"(v));
}

#else
static uint64_t get_fpcr(void)
{
	uint64_t v;
	__asm__ volatile("mrs %0, fpcr" : "=r"(v));
	return v;
}
static void set_fpcr(uint64_t v)
{
	__asm__ volatile("msr fpcr, %0" : : "r"(v));
}
static uint64_t get_fpsr(void)
{
	uint64_t v;
	__asm__ volatile("mrs %0, fpsr" : "=r"(v));
	return v;
}
static void set_fpsr(uint64_t v)
{
	__asm__ volatile("msr fpsr, %0" : : "r"(v));
}
#endif

static jmp_buf env;

#if defined(__x86_64__)
static void test_registers(void)
{
	for (int i = 0; i < 20; i++)
		probe_pattern[i] = 0x0101010101010101ull * (uint64_t)(i + 0x10) ^ (uint64_t)i << 56;
	uint64_t out[31];
	memset(out, 0, sizeof out);
	regs_probe(env, out);
	static const uint64_t want[8] = {
		0x1111111111111101, 0x2222222222222202, 0x3333333333333303, 0x4444444444444404,
		0x5555555555555505, 0x6666666666666606, 0x7777777777777707, 0x8888888888888808,
	};
	static const char *const names[8] = { "rbx", "rbp", "rdi", "rsi", "r12", "r13", "r14", "r15" };
	for (int i = 0; i < 8; i++)
		CHECK_EQ(out[i], want[i], names[i]);
	static const char *const xnames[10] = { "xmm6", "xmm7", "xmm8", "xmm9", "xmm10",
	                                        "xmm11", "xmm12", "xmm13", "xmm14", "xmm15" };
	for (int i = 0; i < 10; i++)
		CHECK(out[8 + 2 * i] == probe_pattern[2 * i] && out[9 + 2 * i] == probe_pattern[2 * i + 1], xnames[i]);
	CHECK_EQ(out[28] & 0xffffffff, 42, "setjmp returned longjmp's 42");
	CHECK_EQ(out[29], out[30], "stack pointer as at setjmp");
}

#else
static void test_registers(void)
{
	for (int i = 0; i < 20; i++)
		probe_pattern[i] = 0x0101010101010101ull * (uint64_t)(i + 0x10) ^ (uint64_t)i << 56;
	uint64_t out[31];
	memset(out, 0, sizeof out);
	regs_probe(env, out);
	static const char *const names[11] = { "x19", "x20", "x21", "x22", "x23", "x24", "x25",
	                                       "x26", "x27", "x28", "x29 (fp)" };
	for (int i = 0; i < 11; i++)
		CHECK_EQ(out[i], probe_pattern[i], names[i]);
	static const char *const dnames[8] = { "d8", "d9", "d10", "d11", "d12", "d13", "d14", "d15" };
	for (int i = 0; i < 8; i++)
		CHECK_EQ(out[11 + i], probe_pattern[11 + i], dnames[i]);
	CHECK_EQ(out[19] & 0xffffffff, 42, "setjmp returned longjmp's 42");
	CHECK_EQ(out[20], out[21], "stack pointer as at setjmp");
}

#endif

/* Values live across setjmp in a C function at -O2 (unchanged after setjmp,
 * so C guarantees them), checked after a jump from six frames down. */
__attribute__((noinline)) static int live_values(volatile uint64_t *seed)
{
	uint64_t s = *seed;
	uint64_t v0 = s * 3, v1 = s ^ 0x55, v2 = s + 7, v3 = s * s, v4 = ~s, v5 = s << 3,
		 v6 = s >> 2, v7 = s * 11 + 1, v8 = s ^ 0xffff, v9 = s + 123456789;
	double d0 = (double)s * 0.5, d1 = (double)s + 0.25, d2 = (double)s * 1.5, d3 = (double)s / 3,
	       d4 = (double)s - 9.75, d5 = (double)s * (double)s, d6 = 1.0 / ((double)s + 1),
	       d7 = (double)s * 2.125, d8 = (double)s + 1e10, d9 = -(double)s;
	int r = setjmp(env);
	if (r == 0)
		jump_with_garbage(env);
	int ok = r == 42;
	ok &= v0 == s * 3 && v1 == (s ^ 0x55) && v2 == s + 7 && v3 == s * s && v4 == ~s;
	ok &= v5 == s << 3 && v6 == s >> 2 && v7 == s * 11 + 1 && v8 == (s ^ 0xffff) && v9 == s + 123456789;
	ok &= d0 == (double)s * 0.5 && d1 == (double)s + 0.25 && d2 == (double)s * 1.5 && d3 == (double)s / 3;
	ok &= d4 == (double)s - 9.75 && d5 == (double)s * (double)s && d6 == 1.0 / ((double)s + 1);
	ok &= d7 == (double)s * 2.125 && d8 == (double)s + 1e10 && d9 == -(double)s;
	return ok;
}

static volatile double num = 2.0, den = 3.0;

#if defined(__x86_64__)
static void test_fp_control(void)
{
	unsigned m0 = get_mxcsr();
	unsigned short c0 = get_fpcw();
	/* At setjmp: round toward zero, no flags; x87 at double precision. */
	set_mxcsr((m0 & ~0x603fu) | 0x6000u);
	set_fpcw(0x027f);
	volatile int r = setjmp(env);
	if (r == 0) {
		/* At longjmp: round up, the inexact flag raised; x87 round up. */
		set_mxcsr((m0 & ~0x603fu) | 0x4000u | 0x20u);
		set_fpcw(0x0b7f);
		longjmp(env, 5);
	}
	unsigned m = get_mxcsr();
	unsigned short c = get_fpcw();
	double q = num / den;
	uint64_t bits;
	memcpy(&bits, &q, 8);
	set_mxcsr(m0);
	set_fpcw(c0);
	CHECK_EQ(m & 0x6000u, 0x6000u, "MXCSR rounding back to toward-zero");
	CHECK_EQ(m & 0x1f80u, m0 & 0x1f80u, "MXCSR masks from setjmp");
	CHECK(m & 0x20u, "MXCSR exception flag raised before longjmp kept");
	CHECK_EQ(c, 0x027f, "x87 control word from setjmp");
	CHECK_EQ(bits, 0x3FE5555555555555ull, "2/3 rounded toward zero after the jump");
	CHECK_EQ(r, 5, "setjmp returned 5");
}

#else
static void test_fp_control(void)
{
	uint64_t c0 = get_fpcr(), s0 = get_fpsr();
	/* At setjmp: round toward zero (FPCR.RMode 3), no flags. */
	set_fpcr((c0 & ~0xc00000ull) | 0xc00000ull);
	set_fpsr(s0 & ~0x9full);
	volatile int r = setjmp(env);
	if (r == 0) {
		/* At longjmp: round up (RMode 1), the inexact flag raised. */
		set_fpcr((c0 & ~0xc00000ull) | 0x400000ull);
		set_fpsr((s0 & ~0x9full) | 0x10);
		longjmp(env, 5);
	}
	uint64_t c = get_fpcr(), f = get_fpsr();
	double q = num / den;
	uint64_t bits;
	memcpy(&bits, &q, 8);
	set_fpcr(c0);
	set_fpsr(s0);
	CHECK_EQ(c & 0xc00000ull, 0xc00000ull, "FPCR rounding back to toward-zero");
	CHECK_EQ(c & ~0xc00000ull, c0 & ~0xc00000ull, "FPCR's other bits from setjmp");
	CHECK(f & 0x10, "FPSR exception flag raised before longjmp kept");
	CHECK_EQ(bits, 0x3FE5555555555555ull, "2/3 rounded toward zero after the jump");
	CHECK_EQ(r, 5, "setjmp returned 5");
}

#endif

static volatile int hops;

static void test_values(void)
{
	volatile int r = setjmp(env);
	if (hops == 0) {
		hops++;
		longjmp(env, 0);
	}
	CHECK_EQ(r, 1, "longjmp(env, 0) makes setjmp return 1");
	hops = 0;
	r = setjmp(env);
	if (hops < 5) {
		hops++;
		longjmp(env, -7);
	}
	CHECK_EQ(hops, 5, "same buffer jumped to five times");
	CHECK_EQ(r, -7, "negative value passes");

	sigjmp_buf sb;
	r = sigsetjmp(sb, 1);
	if (r == 0)
		siglongjmp(sb, 9);
	CHECK_EQ(r, 9, "sigsetjmp/siglongjmp");
	r = _setjmp(env);
	if (r == 0)
		_longjmp(env, 11);
	CHECK_EQ(r, 11, "_setjmp/_longjmp (Clang's MS builtin passes a frame argument)");
}

/* alloca: blocks on the stack, distinct, aligned for any object, and
 * given back when the function returns (a longjmp out of the function
 * reclaims them too: the stack pointer is restored). */
static __attribute__((noinline)) uintptr_t alloca_user(volatile size_t n, int jump)
{
	unsigned char *a = alloca(n), *b = alloca(n);
	memset(a, 0x5a, n);
	memset(b, 0xa5, n);
	int ok = a != b && ((uintptr_t)a & 15) == 0 && ((uintptr_t)b & 15) == 0 &&
	         a[0] == 0x5a && a[n - 1] == 0x5a && b[0] == 0xa5 && b[n - 1] == 0xa5;
	if (jump)
		longjmp(env, ok ? 1 : 2);
	return ok ? (uintptr_t)a : 0;
}

static void test_alloca(void)
{
	uintptr_t p1 = alloca_user(1000, 0), p2 = alloca_user(1000, 0);
	CHECK(p1 != 0, "alloca: two blocks, 16-byte aligned, independent");
	CHECK(p1 == p2, "alloca: the space is given back at return");
	CHECK(alloca_user(65536, 0) != 0, "alloca: 64 KiB");
	volatile int r = setjmp(env);
	if (r == 0)
		alloca_user(4096, 1);
	CHECK(r == 1 && alloca_user(1000, 0) == p1, "alloca, then longjmp out");
}

int main(void)
{
	th_begin("setjmp");
	/* Kept in callee-saved registers across every test. */
	volatile uint64_t seed = 0x123456789abcdefull;
	uint64_t k0 = seed * 5, k1 = seed ^ 0xa5a5, k2 = seed + 99;
	double f0 = (double)seed * 0.75, f1 = (double)seed + 0.5;
	test_registers();
	CHECK(live_values(&seed), "live values in callee-saved registers at -O2");
	test_fp_control();
	test_values();
	test_alloca();
	CHECK(k0 == seed * 5 && k1 == (seed ^ 0xa5a5) && k2 == seed + 99 &&
	      f0 == (double)seed * 0.75 && f1 == (double)seed + 0.5,
	      "main's own callee-saved values intact");
	th_end();
	return 0;
}
