#include "../../internal/arch.h"

const char __arch_random_name[] = "RNDR";

/* RNDR (FEAT_RNG, Armv8.5): ID_AA64ISAR0_EL1 bits 63:60 say whether it
 * exists (the ID register is readable at EL1 and EL2, where UEFI runs).
 * RNDR sets NZCV to 0b0100 (Z) when it could not produce a number in
 * reasonable time: retried ten times, as RDRAND is on x86_64, then taken
 * as broken.  Without it the caller's portable chain is used. */
int __arch_random(unsigned long long *v)
{
	static int has = -1;
	if (has < 0) {
		unsigned long long isar0;
		__asm__ volatile("mrs %0, id_aa64isar0_el1" : "=r"(isar0));
		has = (isar0 >> 60) != 0;
	}
	if (!has)
		return -1;
	for (int i = 0; i < 10; i++) {
		unsigned long long r, fail;
		/* s3_3_c2_c4_0 is RNDR; written by number for assemblers
		 * without the name. */
		__asm__ volatile("mrs %0, s3_3_c2_c4_0\n\tcset %1, eq" : "=r"(r), "=r"(fail) : : "cc");
		if (!fail) {
			*v = r;
			return 0;
		}
	}
	return -1;
}
