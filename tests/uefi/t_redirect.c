/* Run by the UEFI shell with its output, or its input, redirected to a
 * file; the runner checks the files on the host afterwards.
 *   t_redirect.efi write      prints known lines (UTF-8, to stdout and stderr)
 *   t_redirect.efi read       copies stdin to stdout line by line, prefixed */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "write")) {
		printf("line 1: plain\n");
		printf("line 2: Gr\xc3\xbc\xc3\x9f" "e %d\n", 42);
		for (int i = 0; i < 100; i++)
			printf("%03d%s", i, i % 10 == 9 ? "\n" : " ");
		fputs("to stderr\n", stderr);
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "read")) {
		char line[256];
		int n = 0;
		while (fgets(line, sizeof line, stdin))
			printf("got %d: %s", ++n, line);
		printf("lines: %d\n", n);
		return 0;
	}
	return 1;
}
