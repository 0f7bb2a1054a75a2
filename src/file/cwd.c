/* The current directory: a volume and an absolute UCS-2 path on it, taken
 * from the platform on first use (the shell's current directory, or the
 * root of the volume the program was loaded from). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/file_impl.h"
#include "../internal/sys.h"

static int cwd_vol = -1;
static uint16_t *cwd_w;
static size_t cwd_len;
static int cwd_owned;     /* cwd_w was allocated here */

static int init(void)
{
	if (!__sys_available()) {
		errno = EIO;
		return -1;
	}
	char start[__PATH_UNITS];
	int vol;
	if (__sys_fs_start_dir(&vol, start, sizeof start))
		return -1;
	/* Resolve the start path from that volume's root: cwd_vol is set
	 * before __path_resolve asks for it, with the root as the directory. */
	static const uint16_t root[2] = { '\\', 0 };
	cwd_vol = vol;
	cwd_w = (uint16_t *)root;
	cwd_len = 1;
	cwd_owned = 0;
	struct __path *p = malloc(sizeof *p);
	if (!p) {
		cwd_vol = -1;
		return -1;
	}
	const char *s = start;
	while (*s == '/' || *s == '\\')
		s++;
	int r = *s ? __path_resolve(s, p) : -1;
	if (r == 0)
		r = __cwd_set(p->vol, p->w, p->len);
	free(p);
	if (r) {
		/* A start directory we cannot use: the volume's root will do. */
		r = __cwd_set(vol, root, 1);
	}
	if (r)
		cwd_vol = -1;
	return r;
}

int __cwd_get(int *vol, const uint16_t **w, size_t *len)
{
	if (cwd_vol < 0 && init())
		return -1;
	*vol = cwd_vol;
	*w = cwd_w;
	*len = cwd_len;
	return 0;
}

int __cwd_set(int vol, const uint16_t *w, size_t len)
{
	uint16_t *copy = malloc((len + 1) * 2);
	if (!copy)
		return -1;
	memcpy(copy, w, len * 2);
	copy[len] = 0;
	if (cwd_owned)
		free(cwd_w);
	cwd_vol = vol;
	cwd_w = copy;
	cwd_len = len;
	cwd_owned = 1;
	return 0;
}
