#include <ctype.h>

int (toupper)(int c)
{
	return toupper(c);
}
