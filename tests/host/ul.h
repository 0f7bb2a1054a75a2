/* The library's portable code, built for the host with every symbol it
 * defines renamed to ul_<name> (see tests/host/host.mk), declared here
 * with host types so that tests can call it beside glibc. */
#ifndef TESTS_HOST_UL_H
#define TESTS_HOST_UL_H

#include <stddef.h>
#include <stdarg.h>
#include <stdint.h>

int ul_snprintf(char *s, size_t n, const char *fmt, ...);
int ul_vsnprintf(char *s, size_t n, const char *fmt, va_list ap);
int ul_sprintf(char *s, const char *fmt, ...);
int *ul___errno_location(void);
#define ul_errno (*ul___errno_location())

void *ul_malloc(size_t n);
void *ul_calloc(size_t n, size_t m);
void *ul_realloc(void *p, size_t n);
void ul_free(void *p);
void ul___malloc_release_all(void);
size_t ul_malloc_usable_size(void *p);
void *ul_aligned_alloc(size_t align, size_t n);
int ul_posix_memalign(void **res, size_t align, size_t n);
void *ul_memalign(size_t align, size_t n);
void *ul_reallocarray(void *p, size_t n, size_t m);
int ul___malloc_reserve(size_t bytes);
void ul___malloc_new_generation(void);
struct ul_malloc_stats { size_t pages_held, reserve_pages; };
void ul___malloc_stats(struct ul_malloc_stats *s);
size_t ul___malloc_live(size_t *bytes);
extern void (*ul___malloc_exit_hook)(void);

/* stdio: the library's FILE is opaque here. */
typedef struct ul_FILE ul_FILE;
extern ul_FILE *const ul_stdin;
extern ul_FILE *const ul_stdout;
int ul_fgetc(ul_FILE *f);
int ul_getchar(void);
int ul_ungetc(int c, ul_FILE *f);
char *ul_fgets(char *s, int n, ul_FILE *f);
size_t ul_fread(void *p, size_t size, size_t n, ul_FILE *f);
int ul_feof(ul_FILE *f);
int ul_fclose(ul_FILE *f);
ul_FILE *ul_fmemopen(void *buf, size_t size, const char *mode);
ul_FILE *ul_open_memstream(char **ptr, size_t *sizeloc);
int ul_setvbuf(ul_FILE *f, char *buf, int mode, size_t size);
void ul_setbuf(ul_FILE *f, char *buf);
int ul_fileno(ul_FILE *f);
int ul_asprintf(char **strp, const char *fmt, ...);
int ul_dprintf(int fd, const char *fmt, ...);
extern ul_FILE *const ul_stderr;
int ul_puts(const char *s);
int ul_fputs(const char *s, ul_FILE *f);
int ul_fputc(int c, ul_FILE *f);
int ul_putchar(int c);
int ul_printf(const char *fmt, ...);
int ul_fprintf(ul_FILE *f, const char *fmt, ...);
size_t ul_fwrite(const void *p, size_t size, size_t n, ul_FILE *f);
int ul_fflush(ul_FILE *f);
int ul_ferror(ul_FILE *f);
void ul_clearerr(ul_FILE *f);
void ul_perror(const char *s);
char *ul_strerror(int e);

int ul_atexit(void (*f)(void));
_Noreturn void ul_exit(int status);
_Noreturn void ul__Exit(int status);
_Noreturn void ul_abort(void);

/* scanf family (appended). */
int ul_sscanf(const char *s, const char *fmt, ...);
int ul_vsscanf(const char *s, const char *fmt, va_list ap);
int ul_fscanf(ul_FILE *f, const char *fmt, ...);
long double ul___floatscan(const char *s, size_t n, int prec, size_t *used, int *range);

/* time: the library's struct tm, timespec and time_t have glibc's layout
 * on the host (tm_gmtoff and tm_zone included), so glibc's types serve. */
#include <time.h>
#include <sys/time.h>
struct tm *ul_gmtime(const time_t *t);
struct tm *ul_gmtime_r(const time_t *t, struct tm *tm);
struct tm *ul_localtime(const time_t *t);
struct tm *ul_localtime_r(const time_t *t, struct tm *tm);
time_t ul_mktime(struct tm *tm);
time_t ul_timegm(struct tm *tm);
double ul_difftime(time_t a, time_t b);
char *ul_asctime(const struct tm *tm);
char *ul_asctime_r(const struct tm *tm, char *buf);
char *ul_ctime(const time_t *t);
char *ul_ctime_r(const time_t *t, char *buf);
size_t ul_strftime(char *s, size_t n, const char *f, const struct tm *tm);
time_t ul_time(time_t *t);
int ul_timespec_get(struct timespec *ts, int base);
int ul_timespec_getres(struct timespec *ts, int base);
long long ul_clock(void);
int ul_clock_gettime(int id, struct timespec *ts);
int ul_clock_getres(int id, struct timespec *ts);
int ul_nanosleep(const struct timespec *req, struct timespec *rem);
int ul_clock_nanosleep(int id, int flags, const struct timespec *req, struct timespec *rem);
unsigned ul_sleep(unsigned s);
int ul_usleep(unsigned us);
int ul_gettimeofday(struct timeval *tv, void *tz);
void ul_tzset(void);
extern char *ul_tzname[2];
extern long ul_timezone;
extern int ul_daylight;
long long ul___days_from_civil(long long y, int m, long long d);
/* Environment, process control, signals, locale (appended). */
extern char **ul_environ;
char *ul_getenv(const char *name);
int ul_setenv(const char *name, const char *value, int overwrite);
int ul_unsetenv(const char *name);
int ul_putenv(char *string);
int ul_clearenv(void);
int ul_system(const char *command);
void ul___env_sync(void);
int ul_at_quick_exit(void (*f)(void));
_Noreturn void ul_quick_exit(int status);
void (*ul_signal(int sig, void (*func)(int)))(int);
int ul_raise(int sig);
char *ul_setlocale(int category, const char *locale);
struct lconv *ul_localeconv(void);
void ul___progname_init(const char *argv0);
_Noreturn void ul___assert_fail(const char *expr, const char *file, unsigned int line, const char *func);

#endif
