#include <regex.h>
#include "../internal/regex_impl.h"

void regfree(regex_t *preg)
{
	if (preg && preg->__impl) {
		__regex_free(preg->__impl);
		preg->__impl = 0;
	}
}
