/* Constructors and destructors in a program of two objects (this one and
 * t_ctors_b.c): constructors by priority (101 first, then 200, then the
 * default), all before main; at exit the atexit handlers first (last
 * registered first, including one registered by a constructor), then the
 * destructors (default priority first, then 200, then 101), then the stream
 * flush, as glibc orders them.  The last destructor checks the whole record
 * and ends the verdicts: no "end" line if destructors never ran. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"

char t_ctors_log[64];
static int n;
void t_ctors_mark(char c)
{
	if (n < 63)
		t_ctors_log[n++] = c;
}

/* A trivial constructor at -O2: Clang may evaluate it at compile time
 * (folding its store into the initializer); either way it has happened
 * before main. */
static int trivial;
__attribute__((constructor)) static void ctor_trivial(void) { trivial = 42; }

__attribute__((constructor(200))) static void ctor_200(void) { t_ctors_mark('b'); }
__attribute__((constructor(101))) static void ctor_101(void)
{
	th_begin("ctors");
	t_ctors_mark('a');
}
static void at_from_ctor(void) { t_ctors_mark('X'); }
__attribute__((constructor)) static void ctor_default(void)
{
	t_ctors_mark('c');
	atexit(at_from_ctor);
}

static void at1(void) { t_ctors_mark('1'); }
static void at2(void) { t_ctors_mark('2'); }

__attribute__((destructor(200))) static void dtor_200(void) { t_ctors_mark('y'); }
__attribute__((destructor)) static void dtor_default(void) { t_ctors_mark('x'); }
__attribute__((destructor(101))) static void dtor_101(void)
{
	t_ctors_mark('z');
	/* "abcC" (the constructors, C from t_ctors_b.c in either order among
	 * the default priority), "m" (main), "21X" (atexit, last first), then
	 * the destructors: the two default ones, "y" (200), "z" (101). */
	const char *want_a = "abcCm21XxDyz", *want_b = "abCcm21XxDyz", *want_c = "abcCm21XDxyz",
		   *want_d = "abCcm21XDxyz";
	int ok = !strcmp(t_ctors_log, want_a) || !strcmp(t_ctors_log, want_b) ||
		 !strcmp(t_ctors_log, want_c) || !strcmp(t_ctors_log, want_d);
	if (!th_open("order: constructors by priority, main, atexit, destructors by priority", ok, __LINE__)) {
		th_puts(" got ");
		th_puts(t_ctors_log);
	}
	th_close();
	/* stdout is flushed after the destructors: this line still goes out. */
	CHECK(printf("ctors: destructor output\n") > 0, "stdout still works in a destructor");
	th_end();
}

int main(void)
{
	CHECK(strlen(t_ctors_log) == 4, "constructors ran before main");
	CHECK(trivial == 42, "trivial constructor at -O2 took effect");
	t_ctors_mark('m');
	atexit(at1);
	atexit(at2);
	return 0;
}
