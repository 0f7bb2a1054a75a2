/* wscanf from real key presses: serial-typist.py types at the firmware's
 * serial console after each prompt (see t_stdin.c).  stdin becomes
 * wide-oriented with the first wscanf; the console's line editing and echo
 * are the byte layer's, under the wide one. */
#include <stdio.h>
#include <wchar.h>
#include "harness.h"

int main(void)
{
	th_begin("wstdin");
	wchar_t w[32] = { 0 };
	int n = 0;

	printf("wide? ");
	CHECK_EQ(wscanf(L"%ls%d", w, &n), 2, "wscanf converts two items from the console");
	CHECK(!wcscmp(w, L"hello") && n == -42, "wscanf values");
	CHECK(fwide(stdin, 0) > 0, "stdin is wide-oriented now");
	CHECK_EQ(getwchar(), L'\n', "the rest of the line is its newline");

	printf("ctrl-d? ");
	CHECK_EQ(wscanf(L"%d", &n), EOF, "Ctrl-D on an empty line: wscanf returns EOF");
	CHECK(feof(stdin), "feof is set");
	printf("done %d\n", n);
	th_end();
	th_qemu_exit(0);
	return 0;
}
