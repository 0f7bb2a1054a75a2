/* random, srandom, initstate, setstate: the additive feedback generator of
 * BSD, producing glibc's sequences for the same seeds and state sizes (the
 * host tests compare them).  The state array's first word records the
 * generator's type and position, so that setstate can resume it. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#define MAX_TYPES 5
static const struct { int deg, sep; } types[MAX_TYPES] = {
	{ 0, 0 }, { 7, 3 }, { 15, 1 }, { 31, 3 }, { 63, 1 },
};

static int32_t default_state[32];
static int32_t *state;          /* the words after the type word */
static int32_t *fptr, *rptr, *end_ptr;
static int type, deg, sep;

static int32_t next(void)
{
	if (type == 0) {
		int32_t v = (int32_t)(((uint32_t)state[0] * 1103515245u + 12345u) & 0x7fffffff);
		state[0] = v;
		return v;
	}
	uint32_t v = (uint32_t)*fptr + (uint32_t)*rptr;
	*fptr = (int32_t)v;
	if (++fptr >= end_ptr) {
		fptr = state;
		++rptr;
	} else if (++rptr >= end_ptr) {
		rptr = state;
	}
	return (int32_t)(v >> 1);
}

static void seed(unsigned s)
{
	if (s == 0)
		s = 1;
	state[0] = (int32_t)s;
	if (type == 0)
		return;
	int32_t word = (int32_t)s;
	for (int i = 1; i < deg; i++) {
		/* 16807 * word mod (2^31 - 1), by Schrage's method */
		int32_t hi = word / 127773, lo = word % 127773;
		word = 16807 * lo - 2836 * hi;
		if (word < 0)
			word += 2147483647;
		state[i] = word;
	}
	fptr = &state[sep];
	rptr = &state[0];
	for (int i = 0; i < 10 * deg; i++)
		next();
}

/* Records type and position in the word before state. */
static void save(void)
{
	state[-1] = type == 0 ? 0 : (int32_t)(MAX_TYPES * (rptr - state) + type);
}

static void use(int32_t *words, int t)
{
	type = t;
	deg = types[t].deg;
	sep = types[t].sep;
	state = words;
	end_ptr = &state[deg];
}

static void init_default(void)
{
	if (!state) {
		use(default_state + 1, 3);
		seed(1);
	}
}

long random(void)
{
	init_default();
	return next();
}

void srandom(unsigned s)
{
	init_default();
	seed(s);
}

char *initstate(unsigned s, char *buf, size_t n)
{
	if (n < 8) {
		errno = EINVAL;
		return 0;
	}
	init_default();
	int32_t *old = state - 1;
	save();
	int t = n >= 256 ? 4 : n >= 128 ? 3 : n >= 64 ? 2 : n >= 32 ? 1 : 0;
	use((int32_t *)(void *)buf + 1, t);
	seed(s);
	save();
	return (char *)old;
}

char *setstate(char *buf)
{
	int32_t *words = (int32_t *)(void *)buf + 1;
	int t = words[-1] % MAX_TYPES, rear = words[-1] / MAX_TYPES;
	if (t < 0 || t >= MAX_TYPES) {
		errno = EINVAL;
		return 0;
	}
	init_default();
	int32_t *old = state - 1;
	save();
	use(words, t);
	if (t != 0) {
		rptr = &state[rear];
		fptr = &state[(rear + sep) % deg];
	}
	return (char *)old;
}
