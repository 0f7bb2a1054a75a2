#ifndef __INTERNAL_EXIT_H
#define __INTERNAL_EXIT_H

/* Runs the atexit handlers, last registered first. */
void __run_atexit(void);

/* Converts each registered handler with convert (a runtime driver at
 * SetVirtualAddressMap: the handlers' addresses move with the image). */
void __atexit_relocate(void (*convert)(void **p));

/* Runs the destructors (__attribute__((destructor))) once: exit and
 * uefi_libc_fini call it after the atexit handlers and before the streams
 * are flushed, as glibc orders them.  Set by __main (src/uefi/ctors.c) when
 * the program has any; NULL otherwise. */
extern void (*__destructors_hook)(void);
/* What exit does before it ends the program, and uefi_libc_fini before it
 * releases the library: the atexit handlers, the destructors, the streams'
 * flush (src/stdlib/exit.c). */
void __exit_handlers(void);

/* Ends the program abnormally, as abort() and a signal's default action do:
 * no handlers, no flush; the pages go back and the status is abort's. */
_Noreturn void __exit_abnormal(void);

/* What every way out does last: closes the descriptors still open and gives
 * malloc's pages back, each through a hook set when first used (_Exit.c). */
void __exit_release(void);
extern void (*__fd_close_hook)(void);

#endif
