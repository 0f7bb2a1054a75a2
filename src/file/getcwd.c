#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../internal/file_impl.h"
#include "../internal/unicode.h"

/* "fs0:/dir/sub": the volume's name, then the path with '/'.  With buf NULL
 * the string is allocated (size bytes, or as many as needed when 0). */
char *getcwd(char *buf, size_t size)
{
	int vol;
	const uint16_t *w;
	size_t len;
	if (buf && !size) {
		errno = EINVAL;
		return 0;
	}
	if (__cwd_get(&vol, &w, &len))
		return 0;
	char name[64];
	if (__sys_fs_volume_name(vol, name, sizeof name))
		return 0;
	size_t nlen = strlen(name);
	size_t need = nlen + 1 + __utf16_to_utf8_size(w, len) + 1;
	if (!buf) {
		if (size && size < need) {
			errno = ERANGE;
			return 0;
		}
		buf = malloc(size ? size : need);
		if (!buf)
			return 0;
	} else if (size < need) {
		errno = ERANGE;
		return 0;
	}
	memcpy(buf, name, nlen);
	buf[nlen] = ':';
	char *s = buf + nlen + 1;
	size_t k = __utf16_to_utf8(w, len, s);
	for (size_t i = 0; i < k; i++)
		if (s[i] == '\\')
			s[i] = '/';
	s[k] = 0;
	return buf;
}
