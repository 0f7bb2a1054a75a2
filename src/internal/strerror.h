#ifndef __INTERNAL_STRERROR_H
#define __INTERNAL_STRERROR_H
#include <stddef.h>
/* glibc's text for errno value e, or a null pointer when e is unknown. */
const char *__strerror_msg(int e);
/* "Unknown error N" or "Unknown signal N" style: prefix then n, into buf. */
size_t __fmt_unknown(char *buf, size_t len, const char *prefix, int n);
#endif
