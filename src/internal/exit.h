#ifndef __INTERNAL_EXIT_H
#define __INTERNAL_EXIT_H

/* Runs the atexit handlers, last registered first. */
void __run_atexit(void);

/* Converts each registered handler with convert (a runtime driver at
 * SetVirtualAddressMap: the handlers' addresses move with the image). */
void __atexit_relocate(void (*convert)(void **p));

/* Ends the program abnormally, as abort() and a signal's default action do:
 * no handlers, no flush; the pages go back and the status is abort's. */
_Noreturn void __exit_abnormal(void);

/* What every way out does last: closes the descriptors still open and gives
 * malloc's pages back, each through a hook set when first used (_Exit.c). */
void __exit_release(void);
extern void (*__fd_close_hook)(void);

#endif
