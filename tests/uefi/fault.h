/* The fault injector's shared page: written by the sweep runner (t_fault.c,
 * which holds the injector) and read by the workload image (t_fault_w.c).
 *
 * The runner publishes it as a configuration table (FAULT_TABLE_GUID), so
 * the workload finds it by reading the system table, with no firmware call
 * of its own (a call would be counted and could be the one that fails). */
#ifndef TESTS_UEFI_FAULT_H
#define TESTS_UEFI_FAULT_H

#include <stdint.h>
#include <uefi/env.h>

#define FAULT_TABLE_GUID \
	{ 0x6b2f5a1e, 0x93c4, 0x4d7a, { 0x8e, 0x01, 0x5f, 0x77, 0x2c, 0x91, 0x0a, 0x3d } }
#define FAULT_MAGIC 0x464c5421u

struct fault_shared {
	uint32_t magic;
	char workload[32];      /* what the workload image runs */
	uint64_t fail_at;       /* the call number that fails (1-based); 0: none */
	uint64_t calls;         /* injectable calls the workload made so far */
	/* The fault, once injected: */
	EFI_STATUS injected;    /* 0 until then */
	uint64_t injected_call;
	const char *injected_fn;
	int claimed;            /* the workload met it (an error came back) */
	/* What the workload reports back (besides its debugcon lines). */
	unsigned failures;      /* checks that failed inside the workload */
	unsigned checks;
	char dir[64];           /* per-run directory for file workloads */
	/* Set by the workload itself: every call of force_fn fails with
	 * force_status (the errno table's test), while force_fn is not "". */
	char force_fn[32];
	EFI_STATUS force_status;
	int main_reached;       /* the workload's main started */
	uint64_t calls_at_main; /* calls start-up made before main */
	unsigned keys_left;     /* keys the injector's keyboard has still to type */
	/* malloc's blocks live when main started (the library's own: argv,
	 * the environment) and still live at exit (the workload's exit hook,
	 * run by __malloc_release_all after the streams and descriptors
	 * closed). */
	int leak_checked;
	uint64_t main_blocks, main_bytes, live_blocks, live_bytes;
	/* The entropy chain's calls, as the injector saw them: call number and
	 * kind (FAULT_RNG_LOCATE: LocateProtocol of EFI_RNG_PROTOCOL;
	 * FAULT_RNG_GET: GetRNG), in order. */
	unsigned n_rng;
	struct { uint64_t call; int kind; } rng[16];
	/* The ebs-exit workload: ExitBootServices is the real one (the boot
	 * ends with it), and the call that fails is the fail_rel-th counted
	 * from main (fail_at is not used). */
	int real_exit;
	uint64_t fail_rel;
	/* Set by a workload whose sweep ends before its exit (the dhcp
	 * workload: each of its runs costs a DHCP exchange, and what follows
	 * the bring-up is swept by the dns workload): the last call swept. */
	uint64_t sweep_end;
};
#define FAULT_RNG_LOCATE 1
#define FAULT_RNG_GET 2

/* The shared page, or NULL when the image was not started by the runner. */
static inline struct fault_shared *fault_shared(void)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	static const EFI_GUID g = FAULT_TABLE_GUID;
	if (!st)
		return 0;
	for (UINTN i = 0; i < st->NumberOfTableEntries; i++) {
		const EFI_GUID *v = &st->ConfigurationTable[i].VendorGuid;
		const unsigned char *a = (const unsigned char *)v, *b = (const unsigned char *)&g;
		int same = 1;
		for (int k = 0; k < 16; k++)
			same &= a[k] == b[k];
		if (same) {
			struct fault_shared *f = st->ConfigurationTable[i].VendorTable;
			return f && f->magic == FAULT_MAGIC ? f : 0;
		}
	}
	return 0;
}

#endif
