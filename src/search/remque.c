#include <search.h>

struct link {
	struct link *next, *prev;
};

/* Unlinks element from its queue, linear or circular. */
void remque(void *element)
{
	struct link *e = element;
	if (e->next)
		e->next->prev = e->prev;
	if (e->prev)
		e->prev->next = e->next;
}
