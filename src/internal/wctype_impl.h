/* The BMP's character classes, widths and simple case mappings, generated
 * from the Unicode Character Database by tools/gen_wctype_tables.py into
 * src/wctype/wctype_tables.c (two-stage tables: 64-entry blocks). */
#ifndef __INTERNAL_WCTYPE_IMPL_H
#define __INTERNAL_WCTYPE_IMPL_H

/* Class bits of a record (wctype() returns one of them), and the column
 * width plus one in bits 12-13. */
#define __WC_ALNUM  0x001u
#define __WC_ALPHA  0x002u
#define __WC_BLANK  0x004u
#define __WC_CNTRL  0x008u
#define __WC_DIGIT  0x010u
#define __WC_GRAPH  0x020u
#define __WC_LOWER  0x040u
#define __WC_PRINT  0x080u
#define __WC_PUNCT  0x100u
#define __WC_SPACE  0x200u
#define __WC_UPPER  0x400u
#define __WC_XDIGIT 0x800u
#define __WC_WIDTH_SHIFT 12

extern const unsigned char __wctype_class_blk[1024];
extern const unsigned char __wctype_class_idx[];
extern const unsigned short __wctype_class_rec[];
extern const unsigned char __wctype_case_blk[1024];
extern const unsigned char __wctype_case_idx[];
extern const short __wctype_case_rec[][2];
/* Widths above U+FFFF other than 1, sorted: [first, last] has width w. */
struct __wc_range {
	unsigned first, last;
	int w;
};
extern const struct __wc_range __wctype_astral_width[];
extern const unsigned __wctype_astral_width_n;

/* The record of code unit c (any value 0..0xFFFF; WEOF is the
 * noncharacter U+FFFF, in no class). */
static inline unsigned __wctype_rec(unsigned c)
{
	c &= 0xFFFF;
	return __wctype_class_rec[__wctype_class_idx[__wctype_class_blk[c >> 6] * 64u + (c & 63)]];
}

static inline int __wctype_is(unsigned c, unsigned bit)
{
	return (__wctype_rec(c) & bit) != 0;
}

/* towlower (which = 0) and towupper (1). */
static inline unsigned __wctype_case(unsigned c, int which)
{
	c &= 0xFFFF;
	return (c + (unsigned)__wctype_case_rec[__wctype_case_idx[__wctype_case_blk[c >> 6] * 64u + (c & 63)]][which]) & 0xFFFF;
}

#endif
