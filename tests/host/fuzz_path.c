/* Path resolution on arbitrary bytes: no crash, and whatever resolves is a
 * clean absolute path FAT can hold (no "." or ".." left, no empty names,
 * no forbidden character, names of at most 255 units, 256 in all). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "sys_host_file.h"
#include "ul_file.h"

static struct ul_path p;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int setup;
	if (!setup) {
		host_fs_setup();
		atexit(host_fs_cleanup);
		setup = 1;
	}
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = 0;
	if (ul___path_resolve(s, &p) == 0) {
		if (p.len < 1 || p.len > 256 || p.w[0] != '\\' || p.w[p.len] != 0 || (p.vol != 0 && p.vol != 1))
			abort();
		size_t start = 1;
		for (size_t i = 1; i <= p.len; i++) {
			uint16_t c = p.w[i];
			if (i < p.len && c != '\\') {
				if (c < 0x20 || (c < 0x80 && strchr("\"*:<>?|/", c)) || (c >= 0xD800 && c <= 0xDFFF))
					abort();
				continue;
			}
			size_t n = i - start;
			if (p.len > 1 && (n == 0 || n > 255))
				abort();
			if (n == 1 && p.w[start] == '.')
				abort();
			if (n == 2 && p.w[start] == '.' && p.w[start + 1] == '.')
				abort();
			if (n && (p.w[i - 1] == '.' || p.w[i - 1] == ' '))
				abort();
			start = i + 1;
		}
	}
	free(s);
	return 0;
}
