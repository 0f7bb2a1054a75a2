/* assert: may be included again with NDEBUG defined differently, which
 * redefines assert each time, as C requires.  A failed assertion writes
 *   prog: file:line: func: Assertion `expr' failed.
 * to stderr (glibc's format) and calls abort(). */
#ifndef _ASSERT_H_DECLS
#define _ASSERT_H_DECLS
#ifdef __cplusplus
extern "C" {
#endif
_Noreturn void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func);
#ifdef __cplusplus
}
#endif
#endif

#undef assert
#ifdef NDEBUG
#define assert(ignore) ((void)0)
#else
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif

#if !defined(__cplusplus) && !defined(static_assert) && \
	(!defined(__STDC_VERSION__) || __STDC_VERSION__ < 202311L)
#define static_assert _Static_assert
#endif
