/* Paths: "[volume:]/a/b" or relative, '/' or '\' between names, resolved
 * lexically against the current directory (".." of the root is the root).
 * Names are checked here, once, against what a FAT long name can hold, so
 * that the firmware never sees (and silently mangles) one it cannot. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/file_impl.h"
#include "../internal/mbstate.h"
#include "../internal/sys.h"

static int is_sep(char c)
{
	return c == '/' || c == '\\';
}

int __path_name(const char *s, size_t len, uint16_t *out)
{
	const char *b = s;
	size_t n = 0;
	for (size_t i = 0; i < len;) {
		/* Invalid UTF-8 (overlong, surrogates, beyond U+10FFFF, cut
		 * short) is rejected, not replaced: it cannot name a file. */
		uint32_t c;
		mbstate_t st = { 0 };
		size_t k = __utf8_step(&c, b + i, len - i, &st);
		if (k == __MB_ILSEQ || k == __MB_PARTIAL) {
			errno = EILSEQ;
			return -1;
		}
		if (k == 0)         /* a NUL byte: refused below as a control */
			c = 0, k = 1;
		i += k;
		/* UCS-2 firmware cannot name a file with a character beyond the BMP. */
		if (c > 0xFFFF) {
			errno = EILSEQ;
			return -1;
		}
		if (c < 0x20 || c == '"' || c == '*' || c == ':' || c == '<' || c == '>' ||
		    c == '?' || c == '|') {
			errno = EINVAL;
			return -1;
		}
		if (n == __NAME_UNITS) {
			errno = ENAMETOOLONG;
			return -1;
		}
		out[n++] = (uint16_t)c;
	}
	/* FAT drops trailing dots and spaces: "a." would silently become "a". */
	if (n && (out[n - 1] == '.' || out[n - 1] == ' ')) {
		errno = EINVAL;
		return -1;
	}
	return (int)n;
}

int __path_resolve(const char *path, struct __path *p)
{
	if (!path) {
		errno = EFAULT;
		return -1;
	}
	if (!*path) {
		errno = ENOENT;
		return -1;
	}
	int cwd_vol;
	const uint16_t *cwd;
	size_t cwd_len;
	int have_cwd = __cwd_get(&cwd_vol, &cwd, &cwd_len) == 0;
	const char *s = path;
	int vol = -1, from_cwd = !is_sep(*s);

	/* A volume prefix: everything before the first ':' of the first name. */
	const char *colon = s;
	while (*colon && *colon != ':' && !is_sep(*colon))
		colon++;
	if (*colon == ':') {
		if (colon == s) {
			errno = ENOENT;
			return -1;
		}
		vol = __sys_fs_volume(s, (size_t)(colon - s));
		if (vol < 0)
			return -1;
		s = colon + 1;
		from_cwd = !is_sep(*s) && have_cwd && vol == cwd_vol;
	} else {
		if (!have_cwd)
			return -1;
		vol = cwd_vol;
	}

	size_t n = 0;
	if (from_cwd) {
		memcpy(p->w, cwd, cwd_len * 2);
		n = cwd_len;
		if (n == 1)
			n = 0;     /* the root "\" is the empty list of names */
	}
	p->dir_only = 0;
	while (*s) {
		while (is_sep(*s))
			s++;
		if (!*s) {
			p->dir_only = 1;
			break;
		}
		const char *e = s;
		while (*e && !is_sep(*e))
			e++;
		size_t len = (size_t)(e - s);
		if (len == 1 && s[0] == '.') {
		} else if (len == 2 && s[0] == '.' && s[1] == '.') {
			while (n && p->w[n - 1] != '\\')
				n--;
			if (n)
				n--;
		} else {
			uint16_t name[__NAME_UNITS];
			int k = __path_name(s, len, name);
			if (k < 0)
				return -1;
			if (n + 1 + (size_t)k + 1 > __PATH_UNITS) {
				errno = ENAMETOOLONG;
				return -1;
			}
			p->w[n++] = '\\';
			memcpy(p->w + n, name, (size_t)k * 2);
			n += (size_t)k;
		}
		p->dir_only = 0;
		s = e;
	}
	if (!n)
		p->w[n++] = '\\';
	if (n > __PATH_FAT_UNITS) {
		errno = ENAMETOOLONG;
		return -1;
	}
	p->w[n] = 0;
	p->len = n;
	p->vol = vol;
	return 0;
}

struct __path *__path_new(const char *path)
{
	if (!__sys_available()) {
		errno = EIO;
		return 0;
	}
	/* /dev is no volume's: what has no answer of its own for it (chdir,
	 * chmod, truncate, utime...) gets the errno of __dev_refuse. */
	int entry, dev = __dev_lookup(path, &entry);
	if (dev != __DEV_NOT) {
		__dev_refuse(dev, 0, EPERM);
		return 0;
	}
	struct __path *p = malloc(sizeof *p);
	if (p && __path_resolve(path, p)) {
		free(p);
		p = 0;
	}
	return p;
}

int __path_missing_errno(const struct __path *p)
{
	uint16_t w[__PATH_UNITS];
	/* Walk the directories leading to the last name, from the top. */
	for (size_t i = 1; i < p->len; i++) {
		if (p->w[i] != '\\')
			continue;
		memcpy(w, p->w, i * 2);
		w[i] = 0;
		__sys_node *n = __sys_fs_open(p->vol, w, __SYS_FS_READ, 0);
		if (!n)
			return ENOENT;
		struct __sys_file_info info;
		int r = __sys_fs_info(n, &info);
		__sys_fs_close(n);
		if (r == 0 && !(info.attr & __SYS_FS_DIRECTORY))
			return ENOTDIR;
	}
	return ENOENT;
}

__sys_node *__path_open_read(const struct __path *p, struct __sys_file_info *info)
{
	__sys_node *n = __sys_fs_open(p->vol, p->w, __SYS_FS_READ, 0);
	if (!n) {
		if (errno == ENOENT || errno == EINVAL)
			errno = __path_missing_errno(p);
		return 0;
	}
	if (__sys_fs_info(n, info)) {
		int e = errno;
		__sys_fs_close(n);
		errno = e;
		return 0;
	}
	if (p->dir_only && !(info->attr & __SYS_FS_DIRECTORY)) {
		__sys_fs_close(n);
		errno = ENOTDIR;
		return 0;
	}
	return n;
}
