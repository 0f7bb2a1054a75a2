/* stdin from real key presses: serial-typist.py types at the firmware's
 * serial console (part of ConIn) after each prompt appears, the way a
 * person would, including a typo fixed with backspace and Ctrl-D.
 * Verdicts go over debugcon; the runner also checks the echo on the
 * console.  A prompt without a newline must reach the screen before the
 * program waits for input (C: reading from a line-buffered stream flushes
 * line-buffered output). */
#include <stdio.h>
#include <string.h>
#include "harness.h"

int main(void)
{
	th_begin("stdin");
	char buf[128];

	printf("name? ");
	char *r = fgets(buf, sizeof buf, stdin);
	CHECK(r == buf, "fgets returns the buffer");
	CHECK(r && strcmp(buf, "Ada Lovelace\n") == 0, "fgets: typed text with a backspace-corrected typo");
	size_t len = strlen(buf);
	printf("hello, %.*s!\n", (int)(len && buf[len - 1] == '\n' ? len - 1 : len), buf);

	int a = 0, b = 0;
	printf("numbers? ");
	int n = scanf("%d %d", &a, &b);
	CHECK_EQ(n, 2, "scanf converts two numbers");
	CHECK(a == 12 && b == -34, "scanf values");
	CHECK_EQ(getchar(), '\n', "the rest of the line is its newline");

	printf("letters? ");
	int c1 = getchar(), c2 = getchar(), c3 = getchar(), c4 = getchar();
	CHECK(c1 == 'x' && c2 == 'y' && c3 == 'z' && c4 == '\n', "getchar one at a time");

	printf("ctrl-d? ");
	CHECK_EQ(getchar(), EOF, "Ctrl-D on an empty line is end of file");
	CHECK(feof(stdin) && !ferror(stdin), "feof is set");
	clearerr(stdin);

	printf("again? ");
	r = fgets(buf, sizeof buf, stdin);
	CHECK(r && strcmp(buf, "after\n") == 0, "reading goes on after clearerr");
	printf("sum %d\n", a + b);
	th_end();
	th_qemu_exit(0);
	return 0;
}
