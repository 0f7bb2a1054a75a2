#include <search.h>

struct link {
	struct link *next, *prev;
};

/* Inserts element after pred; with pred NULL, element starts a linear
 * list of its own (POSIX). */
void insque(void *element, void *pred)
{
	struct link *e = element, *p = pred;
	if (!p) {
		e->next = e->prev = NULL;
		return;
	}
	e->next = p->next;
	e->prev = p;
	if (p->next)
		p->next->prev = e;
	p->next = e;
}
