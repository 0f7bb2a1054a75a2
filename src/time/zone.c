#include <errno.h>
#include "../internal/sys_time.h"
#include "../internal/time_impl.h"

/* Zone names must outlive the struct tm that points at them, so each offset
 * seen gets a slot of its own; the firmware's zone rarely changes, and past
 * this many different offsets the oldest slot is reused. */
#define SLOTS 16
static struct { long off; int used; char name[8]; } slots[SLOTS];
static unsigned next_slot;

static const char *offset_name(long off)
{
	for (int i = 0; i < SLOTS; i++)
		if (slots[i].used && slots[i].off == off)
			return slots[i].name;
	unsigned k = next_slot++ % SLOTS;
	char *p = slots[k].name;
	long a = off < 0 ? -off : off;
	long h = a / 3600, m = a / 60 % 60;
	*p++ = off < 0 ? '-' : '+';
	*p++ = (char)('0' + h / 10);
	*p++ = (char)('0' + h % 10);
	if (m) {
		*p++ = (char)('0' + m / 10);
		*p++ = (char)('0' + m % 10);
	}
	*p = 0;
	slots[k].off = off;
	slots[k].used = 1;
	return slots[k].name;
}

/* A platform that names no zone, or whose clock cannot be read, is taken
 * to keep UTC: localtime is gmtime then (with the zone called "UTC"). */
void __zone_get(struct __zone *z)
{
	struct __sys_wall w;
	int e = errno;
	if (__sys_wall_clock(&w) || !w.zone_known) {
		errno = e;
		z->utcoff = 0;
		z->isdst = 0;
		z->name = "UTC";
		return;
	}
	z->utcoff = w.utcoff;
	z->isdst = w.isdst != 0;
	z->name = !w.utcoff && !w.isdst ? "UTC" : offset_name(w.utcoff);
}

char *tzname[2] = { "UTC", "UTC" };
long timezone;
int daylight;

/* POSIX: timezone is the standard offset west of UTC; a zone the firmware
 * says is in daylight saving time is taken to be one hour ahead of its
 * standard time (the UEFI specification's own example). */
void tzset(void)
{
	struct __zone z;
	__zone_get(&z);
	long std = z.utcoff - (z.isdst ? 3600 : 0);
	timezone = -std;
	daylight = z.isdst;
	tzname[1] = (char *)z.name;
	tzname[0] = z.isdst ? (char *)offset_name(std) : (char *)z.name;
	if (!std && !z.isdst)
		tzname[0] = tzname[1] = "UTC";
}
