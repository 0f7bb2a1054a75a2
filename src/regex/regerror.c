#include <regex.h>
#include <string.h>

static const char *const messages[] = {
	[0] = "Success",
	[REG_NOMATCH] = "No match",
	[REG_BADPAT] = "Invalid regular expression",
	[REG_ECOLLATE] = "Invalid collation character",
	[REG_ECTYPE] = "Invalid character class name",
	[REG_EESCAPE] = "Trailing backslash",
	[REG_ESUBREG] = "Invalid back reference",
	[REG_EBRACK] = "Unmatched [, [^, [:, [., or [=",
	[REG_EPAREN] = "Unmatched ( or \\(",
	[REG_EBRACE] = "Unmatched \\{",
	[REG_BADBR] = "Invalid content of \\{\\}",
	[REG_ERANGE] = "Invalid range end",
	[REG_ESPACE] = "Memory exhausted",
	[REG_BADRPT] = "Invalid preceding regular expression",
};

/* The message for errcode (glibc's wording); the size it needs, NUL
 * included, whatever errbuf_size is. */
size_t regerror(int errcode, const regex_t *restrict preg, char *restrict errbuf,
                size_t errbuf_size)
{
	(void)preg;
	const char *m = errcode >= 0 && (size_t)errcode < sizeof messages / sizeof messages[0]
	              ? messages[errcode] : "Unknown error";
	size_t len = strlen(m) + 1;
	if (errbuf_size) {
		size_t n = len < errbuf_size ? len : errbuf_size;
		memcpy(errbuf, m, n - 1);
		errbuf[n - 1] = 0;
	}
	return len;
}
