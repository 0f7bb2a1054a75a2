#include <strings.h>

/* long is 32 bits here; written to be right at any width. */
int ffsl(long i)
{
	return i ? __builtin_ctzll((unsigned long long)(unsigned long)i) + 1 : 0;
}
