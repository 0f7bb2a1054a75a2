/* EFI_TIME to and from the system interface's one time struct, for the
 * wall clock (time.c) and for file times (fs_file.c) alike. */
#include <string.h>
#include "../internal/sys_time.h"
#include "uefi_impl.h"

/* UEFI 2.x: Localtime = UTC - TimeZone, in minutes (PST is 480), with
 * daylight saving already in both the time and TimeZone.  A value out of
 * the specification's range is treated as no zone at all (FAT stores none:
 * EFI_UNSPECIFIED_TIMEZONE). */
void __uefi_time_to_wall(struct __sys_wall *w, const EFI_TIME *t)
{
	w->year = t->Year;
	w->mon = t->Month;
	w->mday = t->Day;
	w->hour = t->Hour;
	w->min = t->Minute;
	w->sec = t->Second;
	w->nsec = (long)t->Nanosecond;
	w->zone_known = t->TimeZone != EFI_UNSPECIFIED_TIMEZONE && t->TimeZone >= -1440 &&
	                t->TimeZone <= 1440;
	w->utcoff = w->zone_known ? -t->TimeZone * 60 : 0;
	w->isdst = w->zone_known && (t->Daylight & EFI_TIME_IN_DAYLIGHT);
}

void __uefi_wall_to_time(EFI_TIME *t, const struct __sys_wall *w)
{
	memset(t, 0, sizeof *t);
	t->Year = (UINT16)w->year;
	t->Month = (UINT8)w->mon;
	t->Day = (UINT8)w->mday;
	t->Hour = (UINT8)w->hour;
	t->Minute = (UINT8)w->min;
	t->Second = (UINT8)w->sec;
	t->Nanosecond = (UINT32)w->nsec;
	t->TimeZone = w->zone_known ? (INT16)(-w->utcoff / 60) : EFI_UNSPECIFIED_TIMEZONE;
	t->Daylight = w->isdst ? EFI_TIME_IN_DAYLIGHT : 0;
}
