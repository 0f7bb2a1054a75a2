/* ASCII case folding for the places that must not depend on the locale
 * (C locale rules, file names, numbers, format letters): one copy. */
#ifndef __INTERNAL_ASCII_H
#define __INTERNAL_ASCII_H

static inline int __ascii_lower(int c)
{
	return (unsigned)(c - 'A') < 26 ? c | 32 : c;
}

#endif
