#include "int128.h"

tu_int __udivti3(tu_int a, tu_int b)
{
	return __udivmodti4(a, b, 0);
}
