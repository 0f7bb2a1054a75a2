/* The compiler runtime helpers Clang calls for 128-bit arithmetic
 * (src/crt/), in the firmware: division and remainder, conversions to and
 * from double, overflow-checked multiplication.  Expected values computed
 * on the host (Python's integers). */
#include "harness.h"

typedef unsigned __int128 u128;
typedef __int128 s128;
#define U128(h, l) (((u128)(h) << 64) | (l))

static int eq(u128 a, u128 b) { return a == b; }

int main(void)
{
	th_begin("crt");
	volatile u128 n = U128(0x0123456789abcdefull, 0xfedcba9876543210ull);
	volatile u128 d = 0xfffffffbull, d2 = U128(0xffull, 1ull);
	volatile s128 sd = 12345;
	CHECK(eq(n / d, U128(0x0000000001234567ull, 0x8f5c28f5cba98765ull)), "__udivti3");
	CHECK(eq(n % d, U128(0x0000000000000000ull, 0x0000000070a3d709ull)), "__umodti3");
	CHECK(eq(n / d2, U128(0x0000000000000000ull, 0x00012469d15b06d4ull)), "__udivti3 (128-bit divisor)");
	CHECK(eq(n % d2, U128(0x00000000000000c3ull, 0xfedb962ea4f92b3cull)), "__umodti3 (128-bit divisor)");
	CHECK(eq((u128)(-(s128)n / sd), U128(0xfffff9f5ba0adf82ull, 0x4af1b1b9110e9ce5ull)), "__divti3 (negative dividend)");
	CHECK(eq((u128)(-(s128)n % sd), U128(0xffffffffffffffffull, 0xffffffffffffeef3ull)), "__modti3 (negative dividend)");
	volatile double big = -1e30;
	CHECK(eq((u128)(s128)big, U128(0xfffffff360d3632full, 0xb98b000000000000ull)), "__fixdfti");
	CHECK((double)n == 0x1.23456789abcdfp+120, "__floatuntidf");
	s128 p;
	volatile s128 m = (s128)1 << 100;
	CHECK(__builtin_mul_overflow(m, m, &p), "__muloti4 overflow");
	CHECK(!__builtin_mul_overflow(m, (s128)7, &p) && p == (s128)7 << 100, "__muloti4 no overflow");
	th_end();
	th_qemu_exit(0);   /* a direct boot: end QEMU rather than fall back to the boot menu */
	return th_failed ? 1 : 0;
}
