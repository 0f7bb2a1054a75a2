/* The system interface for the environment and the command processor
 * (see sys.h for the conventions).  On UEFI the "external" environment is
 * the shell's variables, present when the shell started the program. */
#ifndef __INTERNAL_SYS_ENV_H
#define __INTERNAL_SYS_ENV_H

#include <stddef.h>

/* Whether an external environment exists and can be reached now. */
int __sys_env_external(void);

/* Calls add(ctx, name, value) for every external variable, in UTF-8 (the
 * strings live only during the call); stops at the first nonzero return and
 * returns it.  0 when done; -1 with errno set when the list cannot be read. */
int __sys_env_list(int (*add)(void *ctx, const char *name, const char *value), void *ctx);

/* Sets an external variable, or removes it when value is NULL (removing one
 * that does not exist succeeds).  0, or -1 with errno set. */
int __sys_env_store(const char *name, const char *value);

/* Runs command through the platform's command processor and returns its
 * status (see docs/process.md), or -1 with errno set when it could not be
 * run.  With command NULL: nonzero when a command processor is available. */
int __sys_command(const char *command);

#endif
