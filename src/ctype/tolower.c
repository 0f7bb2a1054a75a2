#include <ctype.h>

int (tolower)(int c)
{
	return tolower(c);
}
