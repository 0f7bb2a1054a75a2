/* Host side of the firmware file tests: checks that each file named on the
 * command line holds exactly its pattern (files_pattern.h) and its size.
 *   files_check DIR NAME:SIZE...    prints "ok NAME" or "not ok NAME ...". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "files_pattern.h"

int main(int argc, char **argv)
{
	int bad = 0;
	static unsigned char want[1 << 16], got[1 << 16];
	for (int a = 2; a < argc; a++) {
		char name[256];
		char *colon = strrchr(argv[a], ':');
		if (!colon || (size_t)(colon - argv[a]) >= sizeof name)
			return 2;
		memcpy(name, argv[a], (size_t)(colon - argv[a]));
		name[colon - argv[a]] = 0;
		unsigned long long size = strtoull(colon + 1, 0, 10), off = 0;
		char path[1024];
		snprintf(path, sizeof path, "%s/%s", argv[1], name);
		FILE *f = fopen(path, "rb");
		if (!f) {
			printf("not ok %s: missing\n", name);
			bad++;
			continue;
		}
		const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
		uint64_t seed = pat_seed(base);
		size_t k;
		int diff = 0;
		while ((k = fread(got, 1, sizeof got, f)) > 0) {
			pat_fill(seed, off, want, k);
			if (memcmp(got, want, k)) {
				size_t i = 0;
				while (got[i] == want[i])
					i++;
				printf("not ok %s: byte %llu differs\n", name, off + i);
				diff = 1;
				break;
			}
			off += k;
		}
		fclose(f);
		if (!diff && off != size) {
			printf("not ok %s: %llu bytes, want %llu\n", name, off, size);
			diff = 1;
		}
		if (!diff)
			printf("ok %s (%llu bytes)\n", name, size);
		bad += diff;
	}
	return bad ? 1 : 0;
}
