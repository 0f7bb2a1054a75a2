#include <stdlib.h>
#include <netdb.h>

/* Each entry is one allocation holding its address (getaddrinfo.c). */
void freeaddrinfo(struct addrinfo *ai)
{
	while (ai) {
		struct addrinfo *next = ai->ai_next;
		free(ai->ai_canonname);
		free(ai);
		ai = next;
	}
}
