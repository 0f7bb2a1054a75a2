#ifndef __INTERNAL_PROGNAME_H
#define __INTERNAL_PROGNAME_H

/* The program's name for messages: argv[0] without its directories
 * ("" until set, or when argv[0] is empty). */
extern const char *__progname;
void __progname_init(const char *argv0);

#endif
