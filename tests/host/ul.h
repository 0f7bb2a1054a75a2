/* The library's portable code, built for the host with every symbol it
 * defines renamed to ul_<name> (see tests/host/Makefile.inc), declared here
 * with host types so that tests can call it beside glibc. */
#ifndef TESTS_HOST_UL_H
#define TESTS_HOST_UL_H

#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>

int ul_snprintf(char *s, size_t n, const char *fmt, ...);
int ul_vsnprintf(char *s, size_t n, const char *fmt, va_list ap);
int ul_sprintf(char *s, const char *fmt, ...);
int *ul___errno_location(void);
#define ul_errno (*ul___errno_location())

void *ul_malloc(size_t n);
void *ul_calloc(size_t n, size_t m);
void *ul_realloc(void *p, size_t n);
void ul_free(void *p);
void ul___malloc_release_all(void);

#endif
