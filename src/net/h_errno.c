/* The error of the last gethostbyname/gethostbyaddr (no threads), and
 * the one a getaddrinfo error gives. */
#include <netdb.h>
#include "../internal/netdb_impl.h"

int h_errno;

int __gai_to_h_errno(int e)
{
	switch (e) {
	case EAI_NONAME: return HOST_NOT_FOUND;
	case EAI_AGAIN: return TRY_AGAIN;
	default: return NO_RECOVERY;
	}
}
