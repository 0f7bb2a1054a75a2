#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "../internal/file_impl.h"
#include "../internal/unicode.h"

/* The absolute path in getcwd's form, "fs0:/dir/file": "." and ".." folded
 * (lexically, which is exact where no symbolic links exist), separators
 * made single '/'.  The names keep the case they were given in (FAT finds
 * them in any case).  The file must exist (ENOENT, ENOTDIR as stat).
 * resolved NULL: allocated; else it must hold PATH_MAX bytes. */
char *realpath(const char *restrict path, char *restrict resolved)
{
	if (!path) {
		errno = EINVAL;
		return 0;
	}
	struct stat st;
	if (stat(path, &st))
		return 0;
	/* /dev and its devices: "/dev/null", as on Linux (no volume). */
	int entry, dev = __dev_lookup(path, &entry);
	if (dev != __DEV_NOT) {
		const char *name = dev == __DEV_NODE ? __dev_entry_name(entry) : "";
		size_t need = 4 + (*name ? 1 + strlen(name) : 0) + 1;
		char *r = resolved ? resolved : malloc(need);
		if (r) {
			memcpy(r, "/dev", 5);
			if (*name) {
				r[4] = '/';
				memcpy(r + 5, name, strlen(name) + 1);
			}
		}
		return r;
	}
	struct __path *p = __path_new(path);
	if (!p)
		return 0;
	char name[64];
	char *out = 0;
	if (__sys_fs_volume_name(p->vol, name, sizeof name))
		goto done;
	size_t nlen = strlen(name);
	size_t need = nlen + 1 + __utf16_to_utf8_size(p->w, p->len) + 1;
	if (need > PATH_MAX) {
		errno = ENAMETOOLONG;
		goto done;
	}
	out = resolved ? resolved : malloc(need);
	if (!out)
		goto done;
	memcpy(out, name, nlen);
	out[nlen] = ':';
	char *s = out + nlen + 1;
	size_t k = __utf16_to_utf8(p->w, p->len, s);
	for (size_t i = 0; i < k; i++)
		if (s[i] == '\\')
			s[i] = '/';
	/* "fs0:/dir/" (a path given with a trailing separator): no trailing '/' */
	if (k > 1 && s[k - 1] == '/')
		k--;
	s[k] = 0;
done:
	free(p);
	return out;
}
