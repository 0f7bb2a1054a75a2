/* <time.h> in the firmware: time() against RuntimeServices GetTime, zones
 * east and west of UTC (and none) through a patched GetTime, the TSC
 * monotonic clock against Stall, the sleeps, then ExitBootServices: the
 * sleeps must fail with ENOSYS without calling the firmware (the boot
 * services table is filled with traps), while time(), localtime and the
 * monotonic clock keep working. */
#include <errno.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <uefi/env.h>
#include "harness.h"

unsigned long long __uefi_tick_hz(void);

static EFI_RUNTIME_SERVICES *rt;
static EFI_BOOT_SERVICES *bs;

/* The CPU's counter, read by the test itself (aarch64: the generic
 * timer's virtual count). */
static inline unsigned long long rdtsc(void)
{
#if defined(__x86_64__)
	unsigned lo, hi;
	__asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) : : "memory");
	return (unsigned long long)hi << 32 | lo;
#else
	unsigned long long v;
	__asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(v) : : "memory");
	return v;
#endif
}

static void info(const char *what, unsigned long long v)
{
	th_puts("info time/");
	th_puts(what);
	th_puts(" ");
	th_putu(v, 10);
	th_puts("\n");
}

/* The test's own calendar, written differently from the library's. */
static long long epoch_of(const EFI_TIME *t)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	long long days = 0;
	for (int y = 1970; y < t->Year; y++)
		days += (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365;
	for (int m = 1; m < t->Month; m++)
		days += mdays[m - 1] + (m == 2 && t->Year % 4 == 0 && (t->Year % 100 != 0 || t->Year % 400 == 0));
	days += t->Day - 1;
	return days * 86400 + t->Hour * 3600 + t->Minute * 60 + t->Second;
}

static long long mono_ns(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_MONOTONIC, &ts))
		return -1;
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* ---- a GetTime that answers what the test says ---------------------------- */
static EFI_TIME fake;
static EFI_STATUS fake_status;
static int fake_calls;

static EFI_STATUS EFIAPI fake_get_time(EFI_TIME *t, EFI_TIME_CAPABILITIES *cap)
{
	fake_calls++;
	if (fake_status)
		return fake_status;
	*t = fake;
	if (cap) {
		cap->Resolution = 1;
		cap->Accuracy = 50000000;
		cap->SetsToZero = FALSE;
	}
	return EFI_SUCCESS;
}

static void set_fake(int y, int mo, int d, int h, int mi, int s, UINT32 ns, INT16 tz, UINT8 dl)
{
	memset(&fake, 0, sizeof fake);
	fake.Year = (UINT16)y;
	fake.Month = (UINT8)mo;
	fake.Day = (UINT8)d;
	fake.Hour = (UINT8)h;
	fake.Minute = (UINT8)mi;
	fake.Second = (UINT8)s;
	fake.Nanosecond = ns;
	fake.TimeZone = tz;
	fake.Daylight = dl;
	fake_status = EFI_SUCCESS;
}

static void test_wall_clock(void)
{
	/* The real clock: time() is GetTime's reading as UTC (OVMF names no
	 * zone, which the library takes as UTC). */
	EFI_TIME a, b;
	rt->GetTime(&a, NULL);
	time_t t = time(NULL);
	rt->GetTime(&b, NULL);
	info("firmware TimeZone", (unsigned long long)(a.TimeZone & 0xffff));
	long long ea = epoch_of(&a), eb = epoch_of(&b);
	if (a.TimeZone != EFI_UNSPECIFIED_TIMEZONE)
		ea += a.TimeZone * 60, eb += b.TimeZone * 60;
	CHECK(t >= ea && t <= eb, "time() agrees with GetTime");
	struct timespec ts;
	CHECK(timespec_get(&ts, TIME_UTC) == TIME_UTC && ts.tv_sec >= ea &&
	      ts.tv_sec <= eb + 1 && ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000, "timespec_get(TIME_UTC)");
	CHECK(clock_getres(CLOCK_REALTIME, &ts) == 0 &&
	      ts.tv_sec == 1 && ts.tv_nsec == 0, "clock_getres(REALTIME) is GetTime's 1 s");

	/* Crafted readings through a patched GetTime (restored below). */
	EFI_GET_TIME real = rt->GetTime;
	rt->GetTime = fake_get_time;

	/* East: 17:30 at UTC+5:30 is TimeZone -330 (Localtime = UTC - TimeZone). */
	set_fake(2024, 3, 10, 17, 30, 0, 0, -330, 0);
	t = time(NULL);
	CHECK_EQ(t, 1710072000, "east of UTC: time()");
	struct tm tm, *r = localtime_r(&t, &tm);
	CHECK(r && tm.tm_hour == 17 && tm.tm_min == 30 && tm.tm_mday == 10 &&
	      tm.tm_isdst == 0 && tm.tm_gmtoff == 19800 && !strcmp(tm.tm_zone, "+0530"), "east: localtime");
	char buf[64];
	CHECK(strftime(buf, sizeof buf, "%F %T %z %Z", &tm) == 31 &&
	      !strcmp(buf, "2024-03-10 17:30:00 +0530 +0530"), "east: strftime %z %Z");
	struct tm back = tm;
	CHECK_EQ(mktime(&back), 1710072000, "east: mktime(localtime(t))");
	struct timeval tv;
	struct timezone tz;
	CHECK(gettimeofday(&tv, &tz) == 0 && tv.tv_sec == 1710072000 &&
	      tz.tz_minuteswest == -330 && tz.tz_dsttime == 0, "east: gettimeofday");
	CHECK(!strcmp(ctime(&t), "Sun Mar 10 17:30:00 2024\n"), "east: ctime");

	/* West, in daylight time: 08:00 PDT (UTC-7) is TimeZone 420 with
	 * EFI_TIME_ADJUST_DAYLIGHT | EFI_TIME_IN_DAYLIGHT. */
	set_fake(2024, 7, 4, 8, 0, 0, 0, 420, EFI_TIME_ADJUST_DAYLIGHT | EFI_TIME_IN_DAYLIGHT);
	t = time(NULL);
	CHECK_EQ(t, 1720105200, "west in DST: time()");
	r = localtime_r(&t, &tm);
	CHECK(r && tm.tm_hour == 8 && tm.tm_isdst == 1 && tm.tm_gmtoff == -25200 &&
	      !strcmp(tm.tm_zone, "-07"), "west: localtime");
	tzset();
	CHECK(timezone == 28800 && daylight == 1 && !strcmp(tzname[0], "-08") &&
	      !strcmp(tzname[1], "-07"), "west: tzset");
	back = tm;
	back.tm_isdst = -1;
	CHECK_EQ(mktime(&back), 1720105200, "west: mktime");
	back = tm;
	back.tm_isdst = 0;   /* the same fields in standard time are an hour later */
	CHECK_EQ(mktime(&back), 1720105200 + 3600, "west: mktime in standard time");

	/* Adjust-daylight alone (not yet in DST) is standard time. */
	set_fake(2024, 1, 15, 12, 0, 0, 0, 480, EFI_TIME_ADJUST_DAYLIGHT);
	t = time(NULL);
	CHECK_EQ(t, 1705348800, "west, not in DST: time()");
	CHECK(localtime_r(&t, &tm) && tm.tm_isdst == 0 && tm.tm_hour == 12, "west, not in DST: isdst 0");

	/* No zone: taken as UTC; the daylight flag means nothing then. */
	set_fake(2024, 1, 1, 0, 0, 0, 123456789, EFI_UNSPECIFIED_TIMEZONE, EFI_TIME_IN_DAYLIGHT);
	t = time(NULL);
	CHECK_EQ(t, 1704067200, "unspecified zone: UTC");
	struct tm g;
	CHECK(localtime_r(&t, &tm) && gmtime_r(&t, &g) &&
	      tm.tm_hour == g.tm_hour && tm.tm_mday == g.tm_mday && tm.tm_isdst == 0 && tm.tm_gmtoff == 0, "unspecified zone: localtime is gmtime");
	CHECK(timespec_get(&ts, TIME_UTC) && ts.tv_nsec == 123456789, "Nanosecond reaches timespec_get");
	CHECK(gettimeofday(&tv, NULL) == 0 && tv.tv_usec == 123456, "and gettimeofday");

	/* Readings that are no time, and a failing clock. */
	set_fake(2024, 13, 1, 0, 0, 0, 0, 0, 0);
	errno = 0;
	CHECK(time(NULL) == -1 && errno == EIO, "month 13: time() is -1");
	set_fake(2023, 2, 29, 0, 0, 0, 0, 0, 0);
	CHECK(time(NULL) == -1, "February 29 of 2023: -1");
	set_fake(2024, 2, 29, 0, 0, 0, 0, 2000, 0);
	CHECK_EQ(time(NULL), 1709164800, "a TimeZone out of range is no zone");
	fake_status = EFI_DEVICE_ERROR;
	errno = 0;
	CHECK(time(NULL) == -1 && errno == EIO, "GetTime failing: time() is -1, EIO");
	CHECK(timespec_get(&ts, TIME_UTC) == 0, "GetTime failing: timespec_get is 0");
	t = 0;
	CHECK(localtime_r(&t, &tm) && tm.tm_gmtoff == 0, "GetTime failing: localtime is UTC");

	rt->GetTime = real;
	CHECK(time(NULL) >= ea, "GetTime restored");
}

/* ---- the monotonic clock and the sleeps ----------------------------------- */
static UINTN stalls[8];
static int nstalls;

static EFI_STATUS EFIAPI fake_stall(UINTN us)
{
	if (nstalls < 8)
		stalls[nstalls] = us;
	nstalls++;
	return EFI_SUCCESS;
}

static void test_monotonic(void)
{
	unsigned long long hz = __uefi_tick_hz();
	info("counter hz (x86_64: calibrated against Stall; aarch64: CNTFRQ_EL0)", hz);
	CHECK(hz >= 10000000ULL, "counter calibrated");
#if defined(__aarch64__)
	/* The architecture states the rate: taken as it is, not measured. */
	unsigned long long frq;
	__asm__ volatile("mrs %0, cntfrq_el0" : "=r"(frq));
	CHECK_EQ(hz, frq & 0xffffffffULL, "counter rate is CNTFRQ_EL0's");
#endif

	/* The calibration against 50 ms Stalls timed here, the shortest of
	 * five (a stall under QEMU sometimes returns milliseconds late, never
	 * early).  The calibration resolves about 150 ppm (two ACPI timer
	 * ticks of 0.28 us over its 4 ms); 0.5% (250 us) leaves room for the
	 * call and for a host that is busy during all five. */
	unsigned long long best = ~0ULL;
	for (int i = 0; i < 5; i++) {
		unsigned long long t0 = rdtsc();
		bs->Stall(50000);
		unsigned long long t1 = rdtsc();
		if (t1 - t0 < best)
			best = t1 - t0;
	}
	unsigned long long hz50 = best * 20;
	info("tsc_hz over Stall(50 ms)", hz50);
	info("calibration differs from it, ppm", (hz50 > hz ? hz50 - hz : hz - hz50) * 1000000 / hz);
	CHECK(hz50 > hz - hz / 200 && hz50 < hz + hz / 200, "calibration within 0.5% of 50 ms Stalls");

	struct timespec res;
	CHECK(clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0 &&
	      res.tv_nsec >= 1 && res.tv_nsec <= 100, "clock_getres(MONOTONIC)");
	info("monotonic resolution ns", (unsigned long long)res.tv_nsec);

	int mono = 1;
	long long prev = mono_ns();
	for (int i = 0; i < 10000; i++) {
		long long now = mono_ns();
		mono &= now >= prev;
		prev = now;
	}
	CHECK(mono && prev > 0, "monotonic over 10000 readings");
	clock_t c0 = clock();
	CHECK(c0 > 0, "clock() counts from the start");

	/* Stall waits at least what it is asked; the clock was calibrated to
	 * 1% against it (checked above), so a sleep may look 1% short at
	 * worst.  Long: QEMU runs on a shared host, which may deschedule it. */
	long long a = mono_ns();
	CHECK(usleep(200000) == 0, "usleep(200000)");
	long long d = mono_ns() - a;
	info("usleep(200000) took ns", (unsigned long long)d);
	CHECK(d >= 198000000 && d <= 400000000, "usleep(200000) advances the clock 198-400 ms");
	a = mono_ns();
	struct timespec req = { 0, 200000000 };
	CHECK(nanosleep(&req, NULL) == 0, "nanosleep(200 ms)");
	d = mono_ns() - a;
	info("nanosleep(200 ms) took ns", (unsigned long long)d);
	CHECK(d >= 198000000 && d <= 400000000, "nanosleep advances the clock 198-400 ms");
	clock_t c1 = clock();
	CHECK(c1 - c0 >= 396000 && c1 - c0 <= 1000000, "clock() advanced with them");

	time_t w0 = time(NULL);
	a = mono_ns();
	CHECK(sleep(1) == 0, "sleep(1) returns 0");
	d = mono_ns() - a;
	time_t w1 = time(NULL);
	CHECK(w1 - w0 >= 1 && w1 - w0 <= 2, "sleep(1) advances time() by 1 or 2");
	CHECK(d >= 990000000 && d <= 1500000000, "sleep(1) advances the monotonic clock 0.99-1.5 s");

	/* Bad requests never reach the firmware. */
	EFI_STALL real = bs->Stall;
	bs->Stall = fake_stall;
	nstalls = 0;
	struct timespec bad[] = { { 0, -1 }, { 0, 1000000000 }, { -1, 0 } };
	for (int i = 0; i < 3; i++) {
		errno = 0;
		CHECK(nanosleep(&bad[i], NULL) == -1 && errno == EINVAL, "nanosleep of a bad time is EINVAL");
	}
	errno = 0;
	CHECK(clock_gettime(1234, &req) == -1 && errno == EINVAL, "clock_gettime of an unknown clock is EINVAL");
	CHECK_EQ(nstalls, 0, "no Stall for bad requests");
	/* Long waits are cut into seconds; nanoseconds round up. */
	CHECK(usleep(2500000) == 0, "usleep(2500000) through the recording Stall");
	CHECK(nstalls == 3 && stalls[0] == 1000000 && stalls[1] == 1000000 &&
	      stalls[2] == 500000, "cut into 1 s + 1 s + 0.5 s");
	nstalls = 0;
	req = (struct timespec){ 0, 1 };
	CHECK(nanosleep(&req, NULL) == 0 && nstalls == 1 && stalls[0] == 1, "nanosleep(1 ns) stalls 1 us");
	bs->Stall = real;
}

/* ---- after ExitBootServices ----------------------------------------------- */
static void EFIAPI trap(void)
{
	th_puts("not ok time/the library called boot services after exit\n");
	th_qemu_exit(3);
}

static void test_after_exit(void)
{
	time_t before = time(NULL);
	long long m0 = mono_ns();
	EFI_STATUS s = th_exit_boot_services(bs, uefi_image_handle());
	CHECK_EQ(s, EFI_SUCCESS, "ExitBootServices");
	if (EFI_ERROR(s))
		return;
	void **slot = (void **)((char *)bs + sizeof(EFI_TABLE_HEADER));
	void **end = (void **)((char *)bs + sizeof *bs);
	for (; slot < end; slot++)
		*slot = (void *)trap;

	errno = 0;
	CHECK(usleep(1000) == -1, "usleep after exit: -1");
	CHECK_EQ(errno, ENOSYS, "usleep after exit: ENOSYS");
	struct timespec req = { 1, 5 }, rem = { 0, 0 };
	errno = 0;
	CHECK(nanosleep(&req, &rem) == -1 && errno == ENOSYS, "nanosleep after exit: -1, ENOSYS");
	CHECK(rem.tv_sec == 1 && rem.tv_nsec == 5, "nanosleep after exit: all of it unslept");
	CHECK_EQ(sleep(2), 2, "sleep(2) after exit returns 2");

	time_t after = time(NULL);
	CHECK(after >= before && after <= before + 5, "time() after exit");
	struct tm tm;
	CHECK(localtime_r(&after, &tm) != NULL && tm.tm_year >= 100, "localtime after exit");
	char buf[32];
	CHECK(strftime(buf, sizeof buf, "%Y", &tm) == 4, "strftime after exit");
	long long m1 = mono_ns();
	CHECK(m1 > m0, "monotonic clock after exit");
	unsigned long long spin = rdtsc() + __uefi_tick_hz() / 20;   /* 50 ms */
	while (rdtsc() < spin)
		;
	long long m2 = mono_ns();
	CHECK(m2 - m1 >= 49000000 && m2 - m1 <= 200000000, "it still advances: 50 ms of spinning reads 49-200 ms");
	CHECK(clock() > 0, "clock() after exit");
}

int main(void)
{
	th_begin("time");
	rt = uefi_system_table()->RuntimeServices;
	bs = uefi_system_table()->BootServices;
	test_wall_clock();
	test_monotonic();
	test_after_exit();
	th_end();
	th_qemu_exit(0);
	return 0;
}
