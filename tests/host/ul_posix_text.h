/* The library's getopt, regex, fnmatch, glob, search.h (renamed ul_*),
 * declared with the host's types where they are the same. */
#ifndef TESTS_HOST_UL_POSIX_H
#define TESTS_HOST_UL_POSIX_H

#include <getopt.h>

extern char *ul_optarg;
extern int ul_optind, ul_opterr, ul_optopt;
int ul_getopt(int argc, char *const argv[], const char *optstring);
int ul_getopt_long(int argc, char *const argv[], const char *optstring,
                   const struct option *longopts, int *longindex);
int ul_getopt_long_only(int argc, char *const argv[], const char *optstring,
                        const struct option *longopts, int *longindex);



/* regex: the library's own regex_t and regmatch_t (regoff_t is ptrdiff_t). */
typedef struct { size_t re_nsub; void *impl; } ul_regex_t;
typedef struct { ptrdiff_t rm_so, rm_eo; } ul_regmatch_t;
int ul_regcomp(ul_regex_t *preg, const char *pattern, int cflags);
int ul_regexec(const ul_regex_t *preg, const char *string, size_t nmatch,
               ul_regmatch_t *pmatch, int eflags);
size_t ul_regerror(int errcode, const ul_regex_t *preg, char *buf, size_t size);
void ul_regfree(ul_regex_t *preg);

int ul_fnmatch(const char *pattern, const char *string, int flags);

typedef struct { size_t gl_pathc; char **gl_pathv; size_t gl_offs; size_t alloc; } ul_glob_t;
int ul_glob(const char *pattern, int flags, int (*errfunc)(const char *, int), ul_glob_t *g);
void ul_globfree(ul_glob_t *g);

/* search.h: ENTRY, ACTION and VISIT as the host's; the library's own
 * struct hsearch_data. */
#include <search.h>
struct ul_hsearch_data { void *table; size_t size, used; };
int ul_hcreate(size_t nel);
void ul_hdestroy(void);
ENTRY *ul_hsearch(ENTRY item, ACTION action);
int ul_hcreate_r(size_t nel, struct ul_hsearch_data *htab);
void ul_hdestroy_r(struct ul_hsearch_data *htab);
int ul_hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct ul_hsearch_data *htab);
void *ul_tsearch(const void *key, void **rootp, int (*compar)(const void *, const void *));
void *ul_tfind(const void *key, void *const *rootp, int (*compar)(const void *, const void *));
void *ul_tdelete(const void *key, void **rootp, int (*compar)(const void *, const void *));
void ul_twalk(const void *root, void (*action)(const void *nodep, VISIT which, int depth));
void ul_twalk_r(const void *root, void (*action)(const void *nodep, VISIT which, void *closure), void *closure);
void ul_tdestroy(void *root, void (*free_node)(void *nodep));
void *ul_lsearch(const void *key, void *base, size_t *nelp, size_t width, int (*compar)(const void *, const void *));
void *ul_lfind(const void *key, const void *base, size_t *nelp, size_t width, int (*compar)(const void *, const void *));
void ul_insque(void *element, void *pred);
void ul_remque(void *element);

#endif
