#ifndef _LANGINFO_H
#define _LANGINFO_H

#include <locale.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef int nl_item;

/* glibc's item numbers for the categories the C locale answers. */
#define CODESET     14
#define RADIXCHAR   0x10000
#define THOUSEP     0x10001
#define ABDAY_1     0x20000
#define ABDAY_2     (ABDAY_1 + 1)
#define ABDAY_3     (ABDAY_1 + 2)
#define ABDAY_4     (ABDAY_1 + 3)
#define ABDAY_5     (ABDAY_1 + 4)
#define ABDAY_6     (ABDAY_1 + 5)
#define ABDAY_7     (ABDAY_1 + 6)
#define DAY_1       (ABDAY_1 + 7)
#define DAY_2       (DAY_1 + 1)
#define DAY_3       (DAY_1 + 2)
#define DAY_4       (DAY_1 + 3)
#define DAY_5       (DAY_1 + 4)
#define DAY_6       (DAY_1 + 5)
#define DAY_7       (DAY_1 + 6)
#define ABMON_1     (ABDAY_1 + 14)
#define ABMON_2     (ABMON_1 + 1)
#define ABMON_3     (ABMON_1 + 2)
#define ABMON_4     (ABMON_1 + 3)
#define ABMON_5     (ABMON_1 + 4)
#define ABMON_6     (ABMON_1 + 5)
#define ABMON_7     (ABMON_1 + 6)
#define ABMON_8     (ABMON_1 + 7)
#define ABMON_9     (ABMON_1 + 8)
#define ABMON_10    (ABMON_1 + 9)
#define ABMON_11    (ABMON_1 + 10)
#define ABMON_12    (ABMON_1 + 11)
#define MON_1       (ABDAY_1 + 26)
#define MON_2       (MON_1 + 1)
#define MON_3       (MON_1 + 2)
#define MON_4       (MON_1 + 3)
#define MON_5       (MON_1 + 4)
#define MON_6       (MON_1 + 5)
#define MON_7       (MON_1 + 6)
#define MON_8       (MON_1 + 7)
#define MON_9       (MON_1 + 8)
#define MON_10      (MON_1 + 9)
#define MON_11      (MON_1 + 10)
#define MON_12      (MON_1 + 11)
#define AM_STR      (ABDAY_1 + 38)
#define PM_STR      (ABDAY_1 + 39)
#define D_T_FMT     (ABDAY_1 + 40)
#define D_FMT       (ABDAY_1 + 41)
#define T_FMT       (ABDAY_1 + 42)
#define T_FMT_AMPM  (ABDAY_1 + 43)
#define ERA         (ABDAY_1 + 44)
#define ERA_D_FMT   (ABDAY_1 + 46)
#define ALT_DIGITS  (ABDAY_1 + 47)
#define ERA_D_T_FMT (ABDAY_1 + 48)
#define ERA_T_FMT   (ABDAY_1 + 49)
#define CRNCYSTR    0x4000f
#define YESEXPR     0x50000
#define NOEXPR      0x50001

/* The C locale's answers; "" for an item it does not know (POSIX). */
char *nl_langinfo(nl_item item);

#ifdef __cplusplus
}
#endif

#endif
