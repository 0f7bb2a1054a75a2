#include "../../internal/arch.h"

const char __arch_random_name[] = "RDRAND";

/* CPUID.01H:ECX bit 30 says whether RDRAND exists.  Intel's guidance: a
 * failure (CF clear) is transient; ten retries make a healthy generator's
 * failure vanishingly unlikely, so ten failures mean it is broken. */
int __arch_random(unsigned long long *v)
{
	static int has = -1;
	if (has < 0) {
		unsigned a, b, c, d;
		__asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
		has = (c >> 30) & 1;
	}
	if (!has)
		return -1;
	for (int i = 0; i < 10; i++) {
		unsigned char ok;
		unsigned long long r;
		__asm__ volatile("rdrand %0; setc %1" : "=r"(r), "=qm"(ok) : : "cc");
		if (ok) {
			*v = r;
			return 0;
		}
	}
	return -1;
}
