#include <search.h>

/* POSIX's one table: GNU's re-entrant functions on a table of its own. */
static struct hsearch_data table;

int hcreate(size_t nel)
{
	return hcreate_r(nel, &table);
}

void hdestroy(void)
{
	hdestroy_r(&table);
}

ENTRY *hsearch(ENTRY item, ACTION action)
{
	ENTRY *e;
	return hsearch_r(item, action, &e, &table) ? e : NULL;
}
