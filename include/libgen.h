#ifndef _LIBGEN_H
#define _LIBGEN_H

#ifdef __cplusplus
extern "C" {
#endif

/* POSIX's versions (they may modify path); '\' separates as '/' does. */
char *basename(char *path);
char *dirname(char *path);

#ifdef __cplusplus
}
#endif

#endif
