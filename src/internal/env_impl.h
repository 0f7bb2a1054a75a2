/* The in-process environment: environ, an array of "name=value" strings, is
 * the copy every getenv reads.  When the platform has an external
 * environment (the UEFI shell's), it is loaded at start-up, every change is
 * written through to it, and it is loaded again after system() ran a
 * command, which may have changed it. */
#ifndef __INTERNAL_ENV_IMPL_H
#define __INTERNAL_ENV_IMPL_H

#include <stddef.h>

extern char **environ;
/* Per entry of environ (valid after __env_reserve): the flags below. */
extern unsigned char *__env_flags;

#define __ENV_OWNED 1u   /* the string was allocated here: freed when replaced */
#define __ENV_PUT   2u   /* the caller's string, from putenv */
#define __ENV_LOCAL 4u   /* not mirrored outside (an empty value: the shell has none) */
#define __ENV_SEEN  8u   /* found in the external environment (during __env_sync) */

/* Index of the entry named by the len bytes at name, or -1. */
long __env_find(const char *name, size_t len);
/* Room for one more entry, so that __env_set cannot fail; 0 or -1 (ENOMEM). */
int __env_reserve(void);
/* Replaces the entry for str's name, or appends it (after __env_reserve). */
void __env_set(char *str, size_t namelen, unsigned flags);
/* Removes entry i. */
void __env_remove(size_t i);
/* Checks a name for setenv and unsetenv: 0, or -1 with errno EINVAL. */
int __env_check_name(const char *name);
/* Whether the environment can still change: 0, or -1 with errno EIO once
 * the platform is gone. */
int __env_check_live(void);

/* Loads the external environment (start-up), or merges it again (after a
 * command ran): values that changed replace ours, variables that vanished
 * go, entries marked __ENV_LOCAL stay. */
void __env_sync(void);
/* Loads the environment at start-up and returns environ (see environ.c). */
char **__env_start(void);
/* Writes putenv strings, which the program may have changed in place, to
 * the external environment before a command runs. */
void __env_push_put(void);

#endif
