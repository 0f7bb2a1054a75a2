#include <errno.h>
#include <search.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* GNU's re-entrant hash table, which hcreate/hsearch/hdestroy use with a
 * table of their own.  Open addressing with linear probing over a power of
 * two slots, kept at most 3/4 full: a table made for nel entries takes at
 * least nel (POSIX lets hcreate round the estimate up), and ENTER into a
 * full table fails with ENOMEM, as glibc's.  The table never moves, so an
 * ENTRY pointer hsearch returned stays valid until hdestroy. */
struct __hentry {
	ENTRY e;
	size_t hash;            /* 0: empty slot */
};

static size_t hash_key(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
	h ^= h >> 29;
	return (size_t)h | 1;                 /* never 0 (the empty mark) */
}

int hcreate_r(size_t nel, struct hsearch_data *htab)
{
	if (!htab) {
		errno = EINVAL;
		return 0;
	}
	if (htab->__table) {    /* already made (glibc answers the same) */
		errno = EINVAL;
		return 0;
	}
	if (nel > SIZE_MAX / 2 / sizeof(struct __hentry)) {
		errno = ENOMEM;
		return 0;
	}
	size_t size = 8;
	while (size / 4 * 3 < nel)
		size *= 2;
	struct __hentry *t = calloc(size, sizeof *t);
	if (!t)
		return 0;       /* errno ENOMEM from calloc */
	htab->__table = t;
	htab->__size = size;
	htab->__used = 0;
	return 1;
}

void hdestroy_r(struct hsearch_data *htab)
{
	if (!htab) {
		errno = EINVAL;
		return;
	}
	free(htab->__table);    /* the keys and data belong to the caller */
	htab->__table = NULL;
	htab->__size = htab->__used = 0;
}

int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab)
{
	if (!htab || !retval || (action != FIND && action != ENTER) || !item.key) {
		if (retval)
			*retval = NULL;
		errno = EINVAL;
		return 0;
	}
	if (!htab->__table) {   /* no hcreate: nothing is in it, nothing fits */
		*retval = NULL;
		errno = ESRCH;
		return 0;
	}
	size_t h = hash_key(item.key), mask = htab->__size - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct __hentry *s = &htab->__table[i];
		if (!s->hash) {
			if (action == FIND) {
				*retval = NULL;
				errno = ESRCH;
				return 0;
			}
			if (htab->__used >= htab->__size / 4 * 3) {
				*retval = NULL;
				errno = ENOMEM;
				return 0;
			}
			s->hash = h;
			s->e = item;
			htab->__used++;
			*retval = &s->e;
			return 1;
		}
		if (s->hash == h && strcmp(s->e.key, item.key) == 0) {
			*retval = &s->e;
			return 1;
		}
	}
}
