#include <search.h>
#include <string.h>

/* Finds key among *nelp elements of width bytes; appends it when absent. */
void *lsearch(const void *key, void *base, size_t *nelp, size_t width,
              int (*compar)(const void *, const void *))
{
	void *hit = lfind(key, base, nelp, width, compar);
	if (hit)
		return hit;
	char *end = (char *)base + *nelp * width;
	memcpy(end, key, width);
	++*nelp;
	return end;
}
