/* Reports from the code the compiler calls on its own (the stack
 * protector, the UBSan handlers): src/crt/report.c. */
#ifndef __INTERNAL_CRT_REPORT_H
#define __INTERNAL_CRT_REPORT_H

/* Writes "prog: what at 0xPC (image base 0xBASE, offset 0xOFF)\n" to the
 * console's error stream in one write (the after-exit sink once the
 * platform is gone), calling neither stdio nor malloc: it runs when the
 * program's state may be damaged.  The offset (pc minus the image base)
 * is what a symbolizer or the linker's map file reads. */
void __crt_report(const char *what, const void *pc);

#endif
