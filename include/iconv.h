#ifndef _ICONV_H
#define _ICONV_H

/* Character set conversion (docs/posix-text.md). */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *iconv_t;

iconv_t iconv_open(const char *tocode, const char *fromcode);
size_t iconv(iconv_t cd, char **__restrict inbuf, size_t *__restrict inbytesleft,
             char **__restrict outbuf, size_t *__restrict outbytesleft);
int iconv_close(iconv_t cd);

#ifdef __cplusplus
}
#endif

#endif
