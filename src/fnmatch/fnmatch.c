/* fnmatch: '*', '?', bracket expressions ("[!a-z[:digit:]]", with '^' as
 * '!'), backslash escapes, and GNU's FNM_CASEFOLD and FNM_LEADING_DIR.
 * Bytes in the C locale.  Matching is the usual single-backtrack scan: on
 * a mismatch only the last '*' takes one more byte, which is enough
 * because a '*' matches anything (within a path component under
 * FNM_PATHNAME, where reaching a '/' ends the search): time
 * O(pattern x string). */
#include <ctype.h>
#include <fnmatch.h>
#include <string.h>

static int fold(int c, int flags)
{
	return flags & FNM_CASEFOLD ? tolower(c) : c;
}

static const struct {
	const char *name;
	int (*is)(int);
} classes[] = {
	{ "alpha", isalpha }, { "digit", isdigit }, { "alnum", isalnum },
	{ "upper", isupper }, { "lower", islower }, { "space", isspace },
	{ "blank", isblank }, { "punct", ispunct }, { "print", isprint },
	{ "graph", isgraph }, { "cntrl", iscntrl }, { "xdigit", isxdigit },
};

/* A bracket expression at p (just after '['), against byte c.  Returns
 * the pattern after ']' and sets *hit, or NULL when the bracket is not
 * closed (then '[' is an ordinary character). */
static const char *bracket(const char *p, int c, int flags, int *hit)
{
	int negate = 0, found = 0;
	if (*p == '!' || *p == '^') {
		negate = 1;
		p++;
	}
	int fc = fold(c, flags);
	int first = 1;
	for (;;) {
		int lo;
		if (!*p)
			return 0;
		if (*p == ']' && !first)
			break;
		first = 0;
		if (*p == '[' && (p[1] == ':' || p[1] == '=' || p[1] == '.')) {
			int kind = p[1];
			const char *name = p + 2, *end = name;
			while (*end && !(end[0] == kind && end[1] == ']'))
				end++;
			if (!*end)
				return 0;
			size_t len = (size_t)(end - name);
			p = end + 2;
			if (kind == ':') {
				size_t k;
				for (k = 0; k < sizeof classes / sizeof classes[0]; k++) {
					if (strlen(classes[k].name) == len && !memcmp(classes[k].name, name, len))
						break;
				}
				if (k == sizeof classes / sizeof classes[0])
					return 0;  /* unknown class: no bracket */
				/* (tested on the byte itself even under
				 * FNM_CASEFOLD, as glibc does) */
				if (classes[k].is(c))
					found = 1;
				continue;
			}
			if (len != 1)
				return 0;
			lo = (unsigned char)name[0];
			if (kind == '=') {
				found |= lo == c;  /* not folded, as glibc */
				continue;
			}
		} else {
			if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1])
				p++;
			lo = (unsigned char)*p++;
		}
		if (p[0] == '-' && p[1] && p[1] != ']') {
			p++;
			int hi;
			if (p[0] == '[' && p[1] == '.') {
				const char *end = strstr(p + 2, ".]");
				if (!end || end != p + 3)
					return 0;
				hi = (unsigned char)p[2];
				p += 5;
			} else {
				if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1])
					p++;
				hi = (unsigned char)*p++;
			}
			if (lo <= c && c <= hi)
				found = 1;
			else if ((flags & FNM_CASEFOLD) &&
			         ((lo <= tolower(c) && tolower(c) <= hi) || (lo <= toupper(c) && toupper(c) <= hi)))
				found = 1;
		} else if (fold(lo, flags) == fc) {
			found = 1;
		}
	}
	*hit = found != negate;
	return p + 1;
}

/* Whether s[i] is a period that only a literal '.' may match. */
static int leading_period(const char *str, const char *s, int flags)
{
	return (flags & FNM_PERIOD) && *s == '.' &&
	       (s == str || ((flags & FNM_PATHNAME) && s[-1] == '/'));
}

int fnmatch(const char *pattern, const char *string, int flags)
{
	const char *p = pattern, *s = string;
	const char *star_p = 0, *star_s = 0;
	for (;;) {
		int c = (unsigned char)*p;
		if (c == '*') {
			if (leading_period(string, s, flags))
				goto backtrack;
			while (*p == '*')
				p++;
			star_p = p;
			star_s = s;
			continue;
		}
		if (!c) {
			if (!*s || ((flags & FNM_LEADING_DIR) && *s == '/'))
				return 0;
			goto backtrack;
		}
		if (!*s)
			goto backtrack;
		if (c == '?') {
			if (((flags & FNM_PATHNAME) && *s == '/') || leading_period(string, s, flags))
				goto backtrack;
			p++;
			s++;
			continue;
		}
		if (c == '[') {
			int hit = 0;
			const char *after = bracket(p + 1, (unsigned char)*s, flags, &hit);
			if (after) {
				if (!hit || ((flags & FNM_PATHNAME) && *s == '/') ||
				    leading_period(string, s, flags))
					goto backtrack;
				p = after;
				s++;
				continue;
			}
			/* not a bracket: a literal '[' */
		}
		if (c == '\\' && !(flags & FNM_NOESCAPE)) {
			/* A pattern ending in an escape matches nothing. */
			if (!p[1])
				return FNM_NOMATCH;
			c = (unsigned char)*++p;
		}
		if (fold(c, flags) != fold((unsigned char)*s, flags))
			goto backtrack;
		p++;
		s++;
		continue;
backtrack:
		/* The last '*' takes one more byte, if it may. */
		if (!star_p || !*star_s || ((flags & FNM_PATHNAME) && *star_s == '/'))
			return FNM_NOMATCH;
		s = ++star_s;
		p = star_p;
	}
}
