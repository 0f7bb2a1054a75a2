#include <ctype.h>

int (toascii)(int c)
{
	return toascii(c);
}
