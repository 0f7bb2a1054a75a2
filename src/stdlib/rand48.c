/* The drand48 family: X(n+1) = (a X(n) + c) mod 2^48, with POSIX's a and c
 * until lcong48 changes them.  Unseeded, X starts at 0, as in glibc; the
 * host tests compare every function's sequence with glibc's. */
#include <stdint.h>
#include <stdlib.h>

static unsigned short x[3];
static uint64_t a = 0x5deece66dull;
static unsigned short c = 0xb;

static uint64_t step(unsigned short s[3])
{
	uint64_t v = (uint64_t)s[2] << 32 | (uint64_t)s[1] << 16 | s[0];
	v = (a * v + c) & 0xffffffffffffull;
	s[0] = (unsigned short)v;
	s[1] = (unsigned short)(v >> 16);
	s[2] = (unsigned short)(v >> 32);
	return v;
}

double erand48(unsigned short s[3])
{
	return (double)step(s) * 0x1p-48;       /* exact: 48 bits */
}

double drand48(void)
{
	return erand48(x);
}

long nrand48(unsigned short s[3])
{
	return (long)(step(s) >> 17);
}

long lrand48(void)
{
	return nrand48(x);
}

long jrand48(unsigned short s[3])
{
	return (long)(int32_t)(uint32_t)(step(s) >> 16);
}

long mrand48(void)
{
	return jrand48(x);
}

void srand48(long seed)
{
	x[0] = 0x330e;
	x[1] = (unsigned short)seed;
	x[2] = (unsigned short)((unsigned long)seed >> 16);
	a = 0x5deece66dull;
	c = 0xb;
}

unsigned short *seed48(unsigned short s[3])
{
	static unsigned short old[3];
	old[0] = x[0], old[1] = x[1], old[2] = x[2];
	x[0] = s[0], x[1] = s[1], x[2] = s[2];
	a = 0x5deece66dull;
	c = 0xb;
	return old;
}

void lcong48(unsigned short p[7])
{
	x[0] = p[0], x[1] = p[1], x[2] = p[2];
	a = (uint64_t)p[5] << 32 | (uint64_t)p[4] << 16 | p[3];
	c = p[6];
}
