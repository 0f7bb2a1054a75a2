#include <langinfo.h>

static const char *const days[14] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char *const months[24] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
};

/* The C locale, whose multibyte encoding is UTF-8 here (docs/process.md):
 * CODESET is "UTF-8"; the rest are POSIX's C-locale values. */
char *nl_langinfo(nl_item item)
{
	switch (item) {
	case CODESET: return (char *)"UTF-8";
	case RADIXCHAR: return (char *)".";
	case THOUSEP: return (char *)"";
	case AM_STR: return (char *)"AM";
	case PM_STR: return (char *)"PM";
	case D_T_FMT: return (char *)"%a %b %e %H:%M:%S %Y";
	case D_FMT: return (char *)"%m/%d/%y";
	case T_FMT: return (char *)"%H:%M:%S";
	case T_FMT_AMPM: return (char *)"%I:%M:%S %p";
	case CRNCYSTR: return (char *)"-";
	case YESEXPR: return (char *)"^[yY]";
	case NOEXPR: return (char *)"^[nN]";
	}
	if (item >= ABDAY_1 && item < ABDAY_1 + 14)
		return (char *)days[item - ABDAY_1];
	if (item >= ABMON_1 && item < ABMON_1 + 24)
		return (char *)months[item - ABMON_1];
	return (char *)"";
}
