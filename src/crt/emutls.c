/* Thread-local variables (_Thread_local, __thread).  uefi-cc compiles with
 * -femulated-tls: the PE TLS directory that Windows' loader would set up
 * means nothing to UEFI's.  Each variable has a control block; its first
 * use allocates the one copy (UEFI has one thread), initialized from its
 * template or zeroed. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct __emutls_control {
	size_t size, align;
	void *address;          /* ours: the copy, once made */
	const void *templ;      /* the initial value, or NULL for zeros */
};

void *__emutls_get_address(struct __emutls_control *c)
{
	if (c->address)
		return c->address;
	size_t align = c->align < sizeof(void *) ? sizeof(void *) : c->align;
	size_t size = (c->size + align - 1) & ~(align - 1);
	void *p = aligned_alloc(align, size ? size : align);
	if (!p) {
		static const char msg[] = "uefi-libc: out of memory for a thread-local variable\n";
		write(2, msg, sizeof msg - 1);
		abort();
	}
	if (c->templ)
		memcpy(p, c->templ, c->size);
	else
		memset(p, 0, c->size);
	c->address = p;
	return p;
}
