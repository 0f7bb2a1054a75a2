/* make bench: what the stack probe on every frame costs (docs/abi.md, "The
 * stack").  uefi-cc compiles programs with -mstack-probe-size=1, so that
 * every function with a frame calls ___chkstk_ms, which checks the frame
 * against the stack's limit; Clang's default probes only frames of 4 KiB
 * or more.  bench_stack_fn.c is compiled both ways into this one program
 * (Makefile), and the same workloads run side by side in one boot: the
 * ratio is cycles (rdtsc) with the probe on every frame over cycles with
 * the default.  Each workload runs 5 times, interleaved, and the best run
 * of each counts. */
#include <stdint.h>
#include <stdio.h>
#include <uefi/env.h>
#include "bench_arch.h"

unsigned fib_probed(unsigned n), fib_default(unsigned n);
unsigned walk_probed(unsigned depth, unsigned seed), walk_default(unsigned depth, unsigned seed);

static unsigned (*volatile fib[2])(unsigned) = { fib_probed, fib_default };
static unsigned (*volatile walk[2])(unsigned, unsigned) = { walk_probed, walk_default };

int main(void)
{
	uint64_t best_fib[2] = { UINT64_MAX, UINT64_MAX }, best_walk[2] = { UINT64_MAX, UINT64_MAX };
	unsigned r[2][2] = { { 0, 0 }, { 0, 0 } };
	for (int round = 0; round < 5; round++)
		for (int k = 0; k < 2; k++) {
			uint64_t t0 = cycles();
			r[k][0] = fib[k](24);
			uint64_t t1 = cycles();
			r[k][1] = walk[k](14, 7);
			uint64_t t2 = cycles();
			if (t1 - t0 < best_fib[k])
				best_fib[k] = t1 - t0;
			if (t2 - t1 < best_walk[k])
				best_walk[k] = t2 - t1;
		}
	int same = r[0][0] == r[1][0] && r[0][1] == r[1][1];
	printf("bench: stack probe on every frame (-mstack-probe-size=1) vs Clang's default, cycles (" BENCH_COUNTER ", QEMU TCG)%s\n",
	       same ? "" : " RESULTS DIFFER");
	printf("bench:   fib(24), 150,049 calls:       probed %llu, default %llu: ratio %.3f\n",
	       (unsigned long long)best_fib[0], (unsigned long long)best_fib[1], (double)best_fib[0] / (double)best_fib[1]);
	printf("bench:   walk(14), 32,767 96-byte frames: probed %llu, default %llu: ratio %.3f\n",
	       (unsigned long long)best_walk[0], (unsigned long long)best_walk[1],
	       (double)best_walk[0] / (double)best_walk[1]);
	uefi_system_table()->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
	return 0;
}
