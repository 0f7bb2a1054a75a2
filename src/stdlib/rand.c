#include <stdlib.h>
#include <stdint.h>

/* A 64-bit linear congruential generator (Knuth's MMIX constants) giving
 * its top 31 bits: RAND_MAX is 0x7fffffff.  The state starts as srand(1)
 * leaves it. */
static uint64_t state = 1;

void srand(unsigned seed)
{
	state = seed;
}

int rand(void)
{
	state = state * 6364136223846793005ull + 1442695040888963407ull;
	return (int)(state >> 33);
}
