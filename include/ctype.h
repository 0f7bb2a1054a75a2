/* Character classes of the C locale (the only locale): plain ASCII.  Each
 * function takes EOF or an unsigned char value; any other int gives 0 (or
 * is returned unchanged by toupper/tolower) rather than reading outside a
 * table.  The macros below are the same tests inline, evaluating the
 * argument once. */
#ifndef _CTYPE_H
#define _CTYPE_H

#ifdef __cplusplus
extern "C" {
#endif

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);
int isascii(int c);
int toascii(int c);

#ifndef __cplusplus
static __inline int __isalpha_i(int c) { return (((unsigned)c | 32) - 'a') < 26; }
static __inline int __isdigit_i(int c) { return ((unsigned)c - '0') < 10; }
static __inline int __isspace_i(int c) { return c == ' ' || ((unsigned)c - '\t') < 5; }
static __inline int __ispunct_i(int c)
{
	return ((unsigned)c - 0x21) < 0x5e && !__isalpha_i(c) && !__isdigit_i(c);
}
#define isalnum(c) (__extension__({ int __c = (c); __isalpha_i(__c) || __isdigit_i(__c); }))
#define isalpha(c) __isalpha_i(c)
#define isblank(c) (__extension__({ int __c = (c); __c == ' ' || __c == '\t'; }))
#define iscntrl(c) (__extension__({ int __c = (c); (unsigned)__c < 0x20 || __c == 0x7f; }))
#define isdigit(c) __isdigit_i(c)
#define isgraph(c) ((unsigned)(c) - 0x21 < 0x5e)
#define islower(c) ((unsigned)(c) - 'a' < 26)
#define isprint(c) ((unsigned)(c) - 0x20 < 0x5f)
#define ispunct(c) __ispunct_i(c)
#define isspace(c) __isspace_i(c)
#define isupper(c) ((unsigned)(c) - 'A' < 26)
#define isxdigit(c) (__extension__({ int __c = (c); __isdigit_i(__c) || (((unsigned)__c | 32) - 'a') < 6; }))
#define tolower(c) (__extension__({ int __c = (c); (unsigned)__c - 'A' < 26 ? __c | 32 : __c; }))
#define toupper(c) (__extension__({ int __c = (c); (unsigned)__c - 'a' < 26 ? __c & 0x5f : __c; }))
#define isascii(c) (!((c) & ~0x7f))
#define toascii(c) ((c) & 0x7f)
#endif

#ifdef __cplusplus
}
#endif

#endif
