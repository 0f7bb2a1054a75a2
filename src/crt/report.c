#include <stdint.h>
#include <string.h>
#include "../internal/crt_report.h"
#include "../internal/progname.h"
#include "../internal/sys.h"
#include "../internal/sys_conf.h"

static __attribute__((minsize)) char *hex(char *p, uintptr_t v)
{
	char d[16];
	int n = 0;
	do
		d[n++] = "0123456789abcdef"[v & 15];
	while (v >>= 4);
	*p++ = '0';
	*p++ = 'x';
	while (n)
		*p++ = d[--n];
	return p;
}

static __attribute__((minsize)) char *str(char *p, char *end, const char *s)
{
	size_t n = strlen(s);
	if (n > (size_t)(end - p))
		n = (size_t)(end - p);
	memcpy(p, s, n);
	return p + n;
}

/* minsize: it runs once, at the end of a program. */
__attribute__((minsize)) void __crt_report(const char *what, const void *pc)
{
	/* The name and the kind cut to leave room for the numbers. */
	char buf[256], *p = buf, *end = buf + 256 - 96;
	if (__progname && *__progname) {
		p = str(p, end - 64, __progname);
		p = str(p, end, ": ");
	}
	p = str(p, end, what);
	p = str(p, buf + sizeof buf, " at ");
	p = hex(p, (uintptr_t)pc);
	uintptr_t base = (uintptr_t)__sys_image_base();
	p = str(p, buf + sizeof buf, " (image base ");
	p = hex(p, base);
	if ((uintptr_t)pc >= base) {
		p = str(p, buf + sizeof buf, ", offset ");
		p = hex(p, (uintptr_t)pc - base);
	}
	p = str(p, buf + sizeof buf, ")\n");
	__sys_console_write(2, buf, (size_t)(p - buf));
}
