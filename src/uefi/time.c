/* Time for the portable code: the wall clock from RuntimeServices GetTime,
 * a monotonic clock from the CPU's counter calibrated once, and sleeps
 * through BootServices Stall.  See docs/time.md. */
#include <errno.h>
#include "../internal/arch.h"
#include "../internal/sys.h"
#include "../internal/sys_time.h"
#include "uefi_impl.h"

/* Counter ticks per second; 0 until calibrated. */
static unsigned long long tick_hz;

static EFI_RUNTIME_SERVICES *runtime(void)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	return st ? st->RuntimeServices : 0;
}

int __sys_wall_clock(struct __sys_wall *w)
{
	EFI_RUNTIME_SERVICES *rt = runtime();
	EFI_TIME t;
	if (!rt) {
		errno = EIO;
		return -1;
	}
	EFI_STATUS s = rt->GetTime(&t, 0);
	if (EFI_ERROR(s)) {
		errno = __uefi_status_to_errno(s);
		return -1;
	}
	__uefi_time_to_wall(w, &t);
	return 0;
}

long __sys_wall_resolution(void)
{
	EFI_RUNTIME_SERVICES *rt = runtime();
	EFI_TIME t;
	EFI_TIME_CAPABILITIES cap;
	if (!rt) {
		errno = EIO;
		return -1;
	}
	EFI_STATUS s = rt->GetTime(&t, &cap);
	if (EFI_ERROR(s)) {
		errno = __uefi_status_to_errno(s);
		return -1;
	}
	/* Resolution is in counts per second (1 for a PC's CMOS clock). */
	if (cap.Resolution == 0 || cap.Resolution == 1)
		return 1000000000;
	return cap.Resolution >= 1000000000 ? 1 : (long)(1000000000 / cap.Resolution);
}

/* Against Stall: each run times a short and a long stall in counter ticks,
 * and the rate is the difference over the difference in length, so that
 * the cost of the calls cancels.  Under QEMU a stall now and then returns
 * milliseconds late (the emulator or its host is busy elsewhere), which
 * only ever lengthens a run: the shortest short and shortest long are
 * kept, and runs continue until two of them agree with that estimate
 * within 0.2%, so that one lucky-looking outlier cannot set the rate.
 * At least MIN_RUNS runs (20 ms), at most MAX_RUNS. */
#define SHORT_US 500
#define LONG_US 4500
#define MIN_RUNS 4
#define MAX_RUNS 16

static int calibrate_stall(EFI_BOOT_SERVICES *bs)
{
	unsigned long long best_short = ~0ULL, best_long = ~0ULL, diff[MAX_RUNS];
	bs->Stall(10);
	for (int i = 0; i < MAX_RUNS; i++) {
		unsigned long long t0 = __arch_counter();
		bs->Stall(SHORT_US);
		unsigned long long t1 = __arch_counter();
		bs->Stall(LONG_US);
		unsigned long long t2 = __arch_counter();
		if (t1 - t0 < best_short)
			best_short = t1 - t0;
		if (t2 - t1 < best_long)
			best_long = t2 - t1;
		diff[i] = t2 - t1 > t1 - t0 ? (t2 - t1) - (t1 - t0) : 0;
		if (i + 1 < MIN_RUNS || best_long <= best_short)
			continue;
		unsigned long long est = best_long - best_short, agree = 0;
		for (int j = 0; j <= i; j++)
			agree += diff[j] + est / 500 >= est && diff[j] <= est + est / 500;
		if (agree >= 2)
			break;
	}
	if (best_long <= best_short)
		return -1;
	tick_hz = (best_long - best_short) * 1000000 / (LONG_US - SHORT_US);
	return 0;
}

/* After ExitBootServices there is no Stall: the counter is timed over one
 * whole second of the wall clock instead, from one change of GetTime's
 * seconds to the next (up to two seconds' wait, once). */
static int calibrate_wall(void)
{
	EFI_RUNTIME_SERVICES *rt = runtime();
	EFI_TIME a, b;
	if (!rt || EFI_ERROR(rt->GetTime(&a, 0)))
		return -1;
	unsigned long long t[2], start = __arch_counter();
	for (int edge = 0; edge < 2; edge++) {
		/* Bounded so that a stopped clock fails rather than hangs: 2^35
		 * ticks are 3.4 s at 10 GHz, 34 s at 1 GHz. */
		do {
			if (EFI_ERROR(rt->GetTime(&b, 0)) || __arch_counter() - start > 1ULL << 35)
				return -1;
		} while (b.Second == a.Second);
		t[edge] = __arch_counter();
		a = b;
	}
	tick_hz = t[1] - t[0];
	return 0;
}

/* A counter that could not be calibrated once is not tried again: the
 * wall-clock method may have waited many seconds to fail. */
static int calibration_failed;

static int calibrate(void)
{
	if (tick_hz)
		return 0;
	if (!calibration_failed) {
		/* A rate the CPU states needs no measuring (aarch64). */
		tick_hz = __arch_counter_hz();
		if (tick_hz >= 1000000)
			return 0;
		EFI_BOOT_SERVICES *bs = uefi_boot_services();
		int r = bs ? calibrate_stall(bs) : calibrate_wall();
		if (!r && tick_hz >= 1000000)
			return 0;
		tick_hz = 0;
		calibration_failed = 1;
	}
	errno = EIO;
	return -1;
}

unsigned long long __uefi_tick_hz(void)
{
	return calibrate() ? 0 : tick_hz;
}

int __sys_monotonic_ns(unsigned long long *ns)
{
	if (calibrate())
		return -1;
	unsigned long long ticks = __arch_counter() - __uefi_start_tick;
	*ns = ticks / tick_hz * 1000000000 + ticks % tick_hz * 1000000000 / tick_hz;
	return 0;
}

long __sys_monotonic_resolution(void)
{
	if (calibrate())
		return -1;
	return (long)((1000000000 + tick_hz - 1) / tick_hz);
}

/* Stall takes a UINTN of microseconds; waits are cut into seconds so that
 * no firmware multiplies a huge count into an overflow. */
int __sys_sleep_us(unsigned long long us)
{
	while (us) {
		EFI_BOOT_SERVICES *bs = uefi_boot_services();
		if (!bs) {
			errno = ENOSYS;
			return -1;
		}
		UINTN chunk = us > 1000000 ? 1000000 : (UINTN)us;
		EFI_STATUS s = bs->Stall(chunk);
		if (EFI_ERROR(s)) {
			errno = __uefi_status_to_errno(s);
			return -1;
		}
		us -= chunk;
	}
	return 0;
}
