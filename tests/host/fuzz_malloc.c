/* Drives malloc, calloc, realloc, aligned_alloc and free with sequences
 * decoded from the fuzzer's bytes, against a model of what each live block
 * must hold; traps on lost contents, misalignment or overlap. */
#include <stdint.h>
#include <string.h>
#include "sys_host.h"
#include "ul.h"

#define SLOTS 64

struct slot { unsigned char *p; size_t n; unsigned char fill; };

static void check(const struct slot *s)
{
	uint64_t want = 0x0101010101010101ull * s->fill, w;
	size_t i = 0;
	for (; i + 8 <= s->n; i += 8) {
		memcpy(&w, s->p + i, 8);
		if (w != want)
			__builtin_trap();
	}
	for (; i < s->n; i++)
		if (s->p[i] != s->fill)
			__builtin_trap();
	if (ul_malloc_usable_size(s->p) < s->n)
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct slot slots[SLOTS];
	memset(slots, 0, sizeof slots);
	size_t i = 0;
	while (i + 4 <= size) {
		uint8_t op = data[i], k = data[i + 1] % SLOTS;
		size_t n = (size_t)data[i + 2] | (size_t)data[i + 3] << 8;
		/* 0..65535 bytes: the small classes and the large path (> 32 KiB). */
		i += 4;
		struct slot *s = &slots[k];
		switch (op % 5) {
		case 0:
		case 1:
		case 2:
			if (s->p) {
				check(s);
				ul_free(s->p);
				s->p = NULL;
			}
			size_t align = op % 5 == 2 ? (size_t)1 << (n % 14) : 0;
			s->p = op % 5 == 1 ? ul_calloc(1, n) : align ? ul_aligned_alloc(align, n) : ul_malloc(n);
			if (!s->p || (uintptr_t)s->p % (align > 16 ? align : 16))
				__builtin_trap();
			if (op % 5 == 1)
				for (size_t j = 0; j < n; j++)
					if (s->p[j])
						__builtin_trap();
			s->n = n;
			s->fill = op ^ k;
			memset(s->p, s->fill, n);
			break;
		case 3:
			if (!s->p)
				break;
			check(s);
			unsigned char *q = ul_realloc(s->p, n);
			if (!n) {
				s->p = NULL;
				break;
			}
			if (!q)
				__builtin_trap();
			size_t keep = n < s->n ? n : s->n;
			for (size_t j = 0; j < keep; j++)
				if (q[j] != s->fill)
					__builtin_trap();
			s->p = q;
			s->n = n;
			memset(q, s->fill, n);
			break;
		default:
			if (s->p) {
				check(s);
				ul_free(s->p);
				s->p = NULL;
			}
		}
	}
	for (int k = 0; k < SLOTS; k++) {
		if (slots[k].p) {
			check(&slots[k]);
			ul_free(slots[k].p);
		}
	}
	/* Everything freed: only metadata and one run per class may remain. */
	struct ul_malloc_stats st;
	ul___malloc_stats(&st);
	if (st.pages_held > 400)
		__builtin_trap();
	return 0;
}
