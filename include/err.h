#ifndef _ERR_H
#define _ERR_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* BSD's messages to stderr: "prog: message: strerror(errno)\n" (the warn
 * and err forms) or "prog: message\n" (the x forms); err* then exit. */
void warn(const char *fmt, ...);
void vwarn(const char *fmt, va_list ap);
void warnx(const char *fmt, ...);
void vwarnx(const char *fmt, va_list ap);
_Noreturn void err(int status, const char *fmt, ...);
_Noreturn void verr(int status, const char *fmt, va_list ap);
_Noreturn void errx(int status, const char *fmt, ...);
_Noreturn void verrx(int status, const char *fmt, va_list ap);

#ifdef __cplusplus
}
#endif

#endif
