/* The monotonic clock first used after ExitBootServices: with no Stall left
 * to calibrate against, the library times the counter over one second of
 * the wall clock (GetTime, a runtime service).  The result is checked
 * against two further edges of GetTime's seconds. */
#include <errno.h>
#include <time.h>
#include <unistd.h>
#include <uefi/env.h>
#include "harness.h"

unsigned long long __uefi_tick_hz(void);

int main(void)
{
	th_begin("time-ebs");
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	EFI_RUNTIME_SERVICES *rt = st->RuntimeServices;
	EFI_STATUS s = th_exit_boot_services(st->BootServices, uefi_image_handle());
	CHECK_EQ(s, EFI_SUCCESS, "ExitBootServices");

	struct timespec a, b;
	CHECK(clock_gettime(CLOCK_MONOTONIC, &a) == 0, "clock_gettime(MONOTONIC) calibrates after exit");
	unsigned long long hz = __uefi_tick_hz();
	th_puts("info time-ebs/counter hz (x86_64: timed against GetTime; aarch64: CNTFRQ_EL0) ");
	th_putu(hz, 10);
	th_puts("\n");
	CHECK(hz >= 10000000ULL, "counter calibrated");

	/* One more whole second of GetTime, measured with the clock. */
	EFI_TIME t0, t1;
	rt->GetTime(&t0, NULL);
	do
		rt->GetTime(&t1, NULL);
	while (t1.Second == t0.Second);
	clock_gettime(CLOCK_MONOTONIC, &a);
	t0 = t1;
	do
		rt->GetTime(&t1, NULL);
	while (t1.Second == t0.Second);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long long ns = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
	th_puts("info time-ebs/one GetTime second measured ns ");
	th_putu((unsigned long long)ns, 10);
	th_puts("\n");
	/* Each of the four edges (two here, two in the calibration) is seen
	 * late by up to one GetTime call, or a host scheduling slice when the
	 * machine is loaded (about 5 ms seen): 5% is room for several. */
	CHECK(ns >= 950000000 && ns <= 1050000000, "a second of GetTime reads 0.95-1.05 s");
	errno = 0;
	CHECK(usleep(10) == -1 && errno == ENOSYS, "usleep after exit: ENOSYS");
	th_end();
	th_qemu_exit(0);
	return 0;
}
