#include "int128.h"

tu_int __umodti3(tu_int a, tu_int b)
{
	tu_int r;
	__udivmodti4(a, b, &r);
	return r;
}
