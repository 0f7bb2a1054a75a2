#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../internal/iconv_impl.h"

/* Names are compared ignoring case, '-' and '_' ("utf8" is "UTF-8"). */
static const struct {
	const char *name;
	unsigned char cs;
} names[] = {
	{ "UTF8", __CS_UTF8 },
	{ "", __CS_UTF8 },              /* the locale's codeset */
	{ "UTF16", __CS_UTF16 },
	{ "UTF16LE", __CS_UTF16LE },
	{ "UTF16BE", __CS_UTF16BE },
	{ "UTF32", __CS_UTF32 },
	{ "UTF32LE", __CS_UTF32LE },
	{ "UTF32BE", __CS_UTF32BE },
	{ "UCS4", __CS_UTF32BE },
	{ "ISO10646UCS4", __CS_UTF32BE },
	{ "UCS4BE", __CS_UTF32BE },
	{ "UCS4LE", __CS_UTF32LE },
	{ "UCS2", __CS_UCS2 },
	{ "ISO10646UCS2", __CS_UCS2 },
	{ "UCS2LE", __CS_UCS2LE },
	{ "UCS2BE", __CS_UCS2BE },
	{ "WCHART", __CS_UTF16LE },     /* wchar_t: 16-bit UTF-16, little-endian */
	{ "ISO88591", __CS_LATIN1 },
	{ "ISO885911987", __CS_LATIN1 },
	{ "LATIN1", __CS_LATIN1 },
	{ "L1", __CS_LATIN1 },
	{ "ISOIR100", __CS_LATIN1 },
	{ "CP819", __CS_LATIN1 },
	{ "IBM819", __CS_LATIN1 },
	{ "CSISOLATIN1", __CS_LATIN1 },
	{ "ASCII", __CS_ASCII },
	{ "USASCII", __CS_ASCII },
	{ "ANSIX3.41968", __CS_ASCII },
	{ "ANSIX3.41986", __CS_ASCII },
	{ "ISO646US", __CS_ASCII },
	{ "ISO646.IRV:1991", __CS_ASCII },
	{ "ISOIR6", __CS_ASCII },
	{ "US", __CS_ASCII },
	{ "CP367", __CS_ASCII },
	{ "IBM367", __CS_ASCII },
	{ "CSASCII", __CS_ASCII },
};

/* Parses "NAME[//SUFFIX...]": the charset, and in *flags the suffixes
 * (TRANSLIT, IGNORE, separated by '/' or ','); -1 for an unknown name or
 * suffix. */
static int lookup(const char *code, int *flags)
{
	char key[32];
	size_t n = 0;
	const char *p = code;
	for (; *p && !(p[0] == '/' && p[1] == '/'); p++) {
		if (*p == '-' || *p == '_')
			continue;
		if (n + 1 >= sizeof key)
			return -1;
		key[n++] = (char)((unsigned)(*p - 'a') < 26 ? *p - 32 : *p);
	}
	key[n] = 0;
	*flags = 0;
	while (*p) {
		while (*p == '/' || *p == ',')
			p++;
		const char *w = p;
		while (*p && *p != '/' && *p != ',')
			p++;
		size_t len = (size_t)(p - w);
		if (!len)
			continue;
		if (len == 8 && strncasecmp(w, "TRANSLIT", 8) == 0)
			*flags |= __ICONV_TRANSLIT;
		else if (len == 6 && strncasecmp(w, "IGNORE", 6) == 0)
			*flags |= __ICONV_IGNORE;
		else
			return -1;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(key, names[i].name) == 0)
			return names[i].cs;
	return -1;
}

iconv_t iconv_open(const char *tocode, const char *fromcode)
{
	int tf, ff;
	int to = tocode ? lookup(tocode, &tf) : -1;
	int from = fromcode ? lookup(fromcode, &ff) : -1;
	if (to < 0 || from < 0) {
		errno = EINVAL;
		return (iconv_t)-1;
	}
	struct __iconv *cd = malloc(sizeof *cd);
	if (!cd)
		return (iconv_t)-1;     /* ENOMEM */
	memset(cd, 0, sizeof *cd);
	cd->magic = __ICONV_MAGIC;
	cd->to = (unsigned char)to;
	cd->from = (unsigned char)from;
	cd->flags = (unsigned char)tf;  /* the suffixes of fromcode do nothing */
	return cd;
}
