#ifndef __INTERNAL_NARROW_H
#define __INTERNAL_NARROW_H
#include <stddef.h>
#include <wchar.h>

/* The wcsto* functions parse an ASCII copy of the wide string's prefix
 * (up to the first NUL or code unit above 0x7f, which no number contains)
 * with the narrow parser: a character maps to a byte, so end pointers map
 * back one to one. */
struct __narrow {
	char *s;
	char small[256];
};

/* Returns the copy, or a null pointer with errno ENOMEM when a long one
 * could not be allocated. */
char *__narrow_copy(struct __narrow *n, const wchar_t *s);
void __narrow_free(struct __narrow *n);

/* The wcstol family: __intscan (see intscan.h) on the narrow copy, with the
 * end pointer mapped back (left at s when nothing was converted). */
unsigned long long __wcs_intscan(const wchar_t *s, wchar_t **end, int base, int is_signed,
				 unsigned long long max);
#endif
