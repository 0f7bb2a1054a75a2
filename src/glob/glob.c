/* glob: the pattern is taken one '/'-separated component at a time; a
 * component without wildcards is appended as it is (the file system
 * decides whether it exists, so on FAT it matches whatever the case), one
 * with wildcards is matched with fnmatch (FNM_PERIOD; case-sensitively,
 * against the names as readdir returns them) against every entry of the
 * directory reached so far.  See docs/posix-text.md. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct state {
	int flags;
	int (*errfunc)(const char *, int);
	glob_t *g;
	size_t first;       /* index in gl_pathv of this call's first path */
	int err;            /* GLOB_NOSPACE, GLOB_ABORTED */
};

static int has_magic(const char *p, size_t n, int noescape)
{
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '\\' && !noescape && i + 1 < n)
			i++;
		else if (p[i] == '*' || p[i] == '?' || p[i] == '[')
			return 1;
	}
	return 0;
}

static int add(struct state *st, const char *path, size_t len, int mark)
{
	glob_t *g = st->g;
	size_t need = g->gl_offs + g->gl_pathc + 2;
	if (need > g->__alloc) {
		size_t cap = g->__alloc ? g->__alloc * 2 : 16;
		while (cap < need)
			cap *= 2;
		char **v = realloc(g->gl_pathv, cap * sizeof *v);
		if (!v) {
			st->err = GLOB_NOSPACE;
			return -1;
		}
		g->gl_pathv = v;
		g->__alloc = cap;
	}
	char *s = malloc(len + 2);
	if (!s) {
		st->err = GLOB_NOSPACE;
		return -1;
	}
	memcpy(s, path, len);
	if (mark && (len == 0 || path[len - 1] != '/'))
		s[len++] = '/';
	s[len] = 0;
	g->gl_pathv[g->gl_offs + g->gl_pathc++] = s;
	g->gl_pathv[g->gl_offs + g->gl_pathc] = 0;
	return 0;
}

/* Appends to buf (holding len bytes) and recurses: `pat` is what is left
 * of the pattern, after the directory in buf. */
static void expand(struct state *st, char *buf, size_t len, size_t cap, const char *pat)
{
	if (st->err)
		return;
	/* Slashes between components are copied as they are. */
	while (*pat == '/') {
		if (len + 1 >= cap)
			return;
		buf[len++] = '/';
		pat++;
	}
	buf[len] = 0;
	if (!*pat) {
		/* The whole pattern is consumed: buf names a match, if it
		 * exists (a pattern ending in '/' matches directories). */
		struct stat sb;
		if (stat(len ? buf : ".", &sb) != 0)
			return;
		if (len && buf[len - 1] == '/' && !S_ISDIR(sb.st_mode))
			return;
		add(st, buf, len, (st->flags & GLOB_MARK) && S_ISDIR(sb.st_mode));
		return;
	}
	size_t n = strcspn(pat, "/");
	int noescape = st->flags & GLOB_NOESCAPE;
	if (!has_magic(pat, n, noescape)) {
		/* A literal component: unescaped and appended. */
		for (size_t i = 0; i < n; i++) {
			if (pat[i] == '\\' && !noescape && i + 1 < n)
				i++;
			if (len + 1 >= cap)
				return;
			buf[len++] = pat[i];
		}
		buf[len] = 0;
		expand(st, buf, len, cap, pat + n);
		return;
	}
	char comp[n + 1];
	memcpy(comp, pat, n);
	comp[n] = 0;
	DIR *d = opendir(len ? buf : ".");
	if (!d) {
		/* Not a directory is no match, not an error (as glibc). */
		int e = errno;
		if (e == ENOTDIR)
			return;
		if ((st->errfunc && st->errfunc(len ? buf : ".", e)) || (st->flags & GLOB_ERR))
			st->err = GLOB_ABORTED;
		return;
	}
	int fl = FNM_PERIOD | (noescape ? FNM_NOESCAPE : 0);
	struct dirent *de;
	while (!st->err && (de = readdir(d))) {
		if (fnmatch(comp, de->d_name, fl) != 0)
			continue;
		size_t nl = strlen(de->d_name);
		if (len + nl + 1 >= cap)
			continue;
		memcpy(buf + len, de->d_name, nl + 1);
		if (pat[n] == '/' && de->d_type != DT_DIR && de->d_type != DT_UNKNOWN)
			continue;  /* more components follow: directories only */
		expand(st, buf, len + nl, cap, pat + n);
	}
	closedir(d);
	buf[len] = 0;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int glob(const char *restrict pattern, int flags,
         int (*errfunc)(const char *epath, int eerrno), glob_t *restrict g)
{
	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = 0;
		g->__alloc = 0;
		if (!(flags & GLOB_DOOFFS))
			g->gl_offs = 0;
	}
	if (!g->gl_pathv) {
		/* The reserved NULLs and the terminating one. */
		size_t cap = g->gl_offs + 16;
		g->gl_pathv = malloc(cap * sizeof *g->gl_pathv);
		if (!g->gl_pathv)
			return GLOB_NOSPACE;
		g->__alloc = cap;
		for (size_t i = 0; i <= g->gl_offs; i++)
			g->gl_pathv[i] = 0;
	}
	struct state st = { flags, errfunc, g, g->gl_pathc, 0 };
	size_t cap = strlen(pattern) + 4096;
	char *buf = malloc(cap);
	if (!buf)
		return GLOB_NOSPACE;
	expand(&st, buf, 0, cap, pattern);
	free(buf);
	if (st.err)
		return st.err;
	if (g->gl_pathc == st.first) {
		if (!(flags & GLOB_NOCHECK))
			return GLOB_NOMATCH;
		if (add(&st, pattern, strlen(pattern), 0) < 0)
			return GLOB_NOSPACE;
		return 0;
	}
	if (!(flags & GLOB_NOSORT))
		qsort(g->gl_pathv + g->gl_offs + st.first, g->gl_pathc - st.first,
		      sizeof *g->gl_pathv, cmp);
	return 0;
}
