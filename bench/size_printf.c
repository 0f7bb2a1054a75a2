/* Size benchmark: a program whose only library call is printf("%s %d\n").
 * make bench prints its size (target: at most 24 KiB); the firmware tests
 * run it with stdout redirected to a file and check what it wrote. */
#include <stdio.h>

int main(int argc, char **argv)
{
	printf("%s %d\n", argc > 1 ? argv[1] : "none", argc);
	return 0;
}
