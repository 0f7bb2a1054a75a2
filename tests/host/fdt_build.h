/* Building flattened device trees for the host tests of the device tree
 * parser (test_console_uart, fuzz_console_tables). */
#ifndef TESTS_HOST_FDT_BUILD_H
#define TESTS_HOST_FDT_BUILD_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct fdtb {
	unsigned char st[4096], str[1024];
	size_t nst, nstr;
	int version;
};

static inline void bput32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16), p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

static inline void tok(struct fdtb *f, uint32_t t)
{
	bput32(f->st + f->nst, t);
	f->nst += 4;
}

static inline void node(struct fdtb *f, const char *name)
{
	tok(f, 1);
	size_t n = strlen(name) + 1;
	memset(f->st + f->nst, 0, (n + 3) & ~(size_t)3);
	memcpy(f->st + f->nst, name, n);
	f->nst += (n + 3) & ~(size_t)3;
}

static inline void prop(struct fdtb *f, const char *name, const void *v, size_t len)
{
	tok(f, 3);
	tok(f, (uint32_t)len);
	/* strings are not shared: each name once per use */
	size_t off = f->nstr;
	memcpy(f->str + off, name, strlen(name) + 1);
	f->nstr += strlen(name) + 1;
	tok(f, (uint32_t)off);
	memset(f->st + f->nst, 0, (len + 3) & ~(size_t)3);
	if (len)
		memcpy(f->st + f->nst, v, len);
	f->nst += (len + 3) & ~(size_t)3;
}

static inline void pstr(struct fdtb *f, const char *name, const char *s)
{
	prop(f, name, s, strlen(s) + 1);
}

static inline void pcells(struct fdtb *f, const char *name, int n, const uint32_t *c)
{
	unsigned char b[64];
	for (int i = 0; i < n; i++)
		bput32(b + 4 * i, c[i]);
	prop(f, name, b, 4 * (size_t)n);
}

static inline void pu32(struct fdtb *f, const char *name, uint32_t v)
{
	pcells(f, name, 1, &v);
}

static inline void endn(struct fdtb *f)
{
	tok(f, 2);
}

/* The blob, in malloc'd memory of exactly its size (*n). */
static inline unsigned char *finish(struct fdtb *f, size_t *n)
{
	tok(f, 9);
	size_t off_st = 40 + 16, total = off_st + f->nst + f->nstr;   /* header, empty reserve map */
	unsigned char *b = calloc(1, total);
	bput32(b, 0xD00DFEED);
	bput32(b + 4, (uint32_t)total);
	bput32(b + 8, (uint32_t)off_st);
	bput32(b + 12, (uint32_t)(off_st + f->nst));
	bput32(b + 16, 40);
	bput32(b + 20, (uint32_t)(f->version ? f->version : 17));
	bput32(b + 24, 16);
	bput32(b + 32, (uint32_t)f->nstr);
	bput32(b + 36, (uint32_t)f->nst);
	memcpy(b + off_st, f->st, f->nst);
	memcpy(b + off_st + f->nst, f->str, f->nstr);
	*n = total;
	return b;
}

/* QEMU virt's shape: the PL011 under the root, /chosen's stdout-path. */
static inline unsigned char *virt_dtb(size_t *n, const char *stdout_path, int version)
{
	static struct fdtb f;
	memset(&f, 0, sizeof f);
	f.version = version;
	node(&f, "");
	pu32(&f, "#address-cells", 2);
	pu32(&f, "#size-cells", 2);
	pstr(&f, "compatible", "linux,dummy-virt");
	node(&f, "flash@0");
	pstr(&f, "compatible", "cfi-flash");
	pcells(&f, "reg", 4, (uint32_t[]){ 0, 0, 0, 0x4000000 });
	endn(&f);
	node(&f, "pl011@9000000");
	prop(&f, "compatible", "arm,pl011\0arm,primecell", 24);
	pcells(&f, "reg", 4, (uint32_t[]){ 0, 0x9000000, 0, 0x1000 });
	pstr(&f, "clock-names", "uartclk");
	endn(&f);
	node(&f, "chosen");
	if (stdout_path)
		pstr(&f, "stdout-path", stdout_path);
	endn(&f);
	endn(&f);
	return finish(&f, n);
}

#endif
