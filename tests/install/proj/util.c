#include "util.h"

/* FNV-1a over the words and their ends: tells apart any change of the
 * arguments, their bytes or their split. */
unsigned checksum(int n, char **words)
{
	unsigned h = 2166136261u;
	for (int i = 0; i < n; i++) {
		for (const unsigned char *p = (const unsigned char *)words[i]; *p; p++)
			h = (h ^ *p) * 16777619u;
		h = (h ^ 0xff) * 16777619u;
	}
	return h;
}
