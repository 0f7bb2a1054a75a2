#ifndef __INTERNAL_INTSCAN_H
#define __INTERNAL_INTSCAN_H

/* The strtol family's one parser.  max is the type's largest value; for a
 * signed type the magnitude may reach max + 1 after a minus sign.  Returns
 * the value as two's complement bits (the caller narrows it), max (or
 * -max - 1) with ERANGE on overflow, 0 with EINVAL for a bad base (end then
 * untouched, as glibc). */
unsigned long long __intscan(const char *s, char **end, int base, int is_signed,
			     unsigned long long max);

/* The value of c as a digit in bases up to 36, or 99. */
static inline int __digitval(int c)
{
	if ((unsigned)c - '0' < 10)
		return c - '0';
	if (((unsigned)c | 32) - 'a' < 26)
		return (c | 32) - 'a' + 10;
	return 99;
}
#endif
