/* The workloads of bench_stack.c, compiled twice into one program: with
 * the probe on every frame (uefi-cc's -mstack-probe-size=1) and with
 * Clang's default (a probe only for frames of 4 KiB or more).  BENCH_FN
 * names each copy's functions apart.
 *   fib:   naive recursive Fibonacci, a call per few instructions, each
 *          frame the 32-byte home area and a saved register;
 *   walk:  a recursive tree walk whose frames hold a 96-byte buffer, as a
 *          parser's might. */
#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)

unsigned CAT(fib_, BENCH_FN)(unsigned n)
{
	return n < 2 ? n : CAT(fib_, BENCH_FN)(n - 1) + CAT(fib_, BENCH_FN)(n - 2);
}

unsigned CAT(walk_, BENCH_FN)(unsigned depth, unsigned seed)
{
	volatile unsigned char buf[96];
	for (unsigned i = 0; i < sizeof buf; i += 16)
		buf[i] = (unsigned char)(seed + i);
	if (depth == 0)
		return buf[seed % sizeof buf & ~15u];
	return CAT(walk_, BENCH_FN)(depth - 1, seed * 3 + 1) + CAT(walk_, BENCH_FN)(depth - 1, seed * 5 + 2) + buf[16];
}
