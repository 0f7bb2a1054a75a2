#ifndef __INTERNAL_EXIT_H
#define __INTERNAL_EXIT_H

/* Runs the atexit handlers, last registered first. */
void __run_atexit(void);

#endif
