/* The out-of-tree test program (tests/install/run.sh), built by uefi-cc,
 * a pkg-config Makefile, CMake and Meson from an installed uefi-libc:
 *   prog WHO ...         greets WHO, shows its arguments, exits 0
 *   prog exit N ...      the same, exits N
 *   prog cat ...         also copies stdin to stdout ("in: " lines) and
 *                        to copy.txt on its disk
 * Each first runs the ABI probe (abi.c), and exits 99 if it fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/version.h>
#include "greet.h"
#include "util.h"

int main(int argc, char **argv)
{
	printf("%s\n", greet(argc > 1 ? argv[1] : "nobody"));
	for (int i = 1; i < argc; i++)
		printf("[%s]\n", argv[i]);
	int abi_bad = abi_probe();
	printf("checksum %08x, uefi-libc %s\n", checksum(argc - 1, argv + 1), UEFI_LIBC_VERSION);
	if (argc > 1 && strcmp(argv[1], "cat") == 0) {
		FILE *copy = fopen("copy.txt", "w");
		char line[256];
		while (fgets(line, sizeof line, stdin)) {
			printf("in: %s", line);
			if (copy)
				fputs(line, copy);
		}
		if (!copy || fclose(copy) != 0)
			perror("copy.txt");
	}
	fprintf(stderr, "done\n");
	if (abi_bad)
		return 99;
	return argc > 2 && strcmp(argv[1], "exit") == 0 ? atoi(argv[2]) : 0;
}
