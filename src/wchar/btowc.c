#include <stdio.h>
#include <wchar.h>

wint_t btowc(int c)
{
	return (unsigned)c < 0x80 ? (wint_t)c : WEOF;
}
