#include <ctype.h>

int (isalpha)(int c)
{
	return isalpha(c);
}
