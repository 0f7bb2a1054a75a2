/* The conversion descriptor behind iconv_t. */
#ifndef __INTERNAL_ICONV_IMPL_H
#define __INTERNAL_ICONV_IMPL_H

enum __iconv_cs {
	__CS_UTF8, __CS_UTF16, __CS_UTF16LE, __CS_UTF16BE, __CS_UTF32, __CS_UTF32LE,
	__CS_UTF32BE, __CS_UCS2, __CS_UCS2LE, __CS_UCS2BE, __CS_LATIN1, __CS_ASCII,
};

#define __ICONV_MAGIC 0x69636f6eu   /* "icon": a descriptor iconv_open made */
#define __ICONV_TRANSLIT 1
#define __ICONV_IGNORE 2

struct __iconv {
	unsigned magic;
	unsigned char from, to, flags;
	unsigned char in_big;       /* UTF-16/UTF-32 input: byte order known (1 BE, 2 LE), 0 not yet */
	unsigned char bom_done;     /* UTF-16/UTF-32 output: byte-order mark written */
};

#endif
