/* Size benchmark: a program whose only library call is puts.
 * make bench prints its size (target: at most 8 KiB); the firmware tests run
 * it with stdout redirected to a file and check what it wrote. */
#include <stdio.h>

int main(void)
{
	puts("size_puts: hello, world");
	return 0;
}
