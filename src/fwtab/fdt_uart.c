/* The console UART of a flattened device tree (Devicetree Specification
 * 0.4, chapter 5: header, structure block, strings block; big-endian). */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <uefi/console.h>
#include "../internal/fwtab.h"
#include "../internal/uart.h"

#define FDT_MAGIC 0xD00DFEEDu
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE 2
#define FDT_PROP 3
#define FDT_NOP 4
#define FDT_END 9
#define HDR 40
#define MAXD 16            /* nodes deeper than this are walked, not used */
#define PATH_MAX_FDT 256

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

struct fdt {
	const unsigned char *b;
	uint32_t st, se;      /* the structure block: [st, se) */
	uint32_t ss, sn;      /* the strings block: start, size */
};

/* What a pass looks for. */
enum { PASS_CHOSEN, PASS_ALIAS, PASS_UART };

struct node {
	int kind;                     /* a sink, 0: not a UART driven here */
	const unsigned char *reg;
	uint32_t reglen;
	uint32_t shift, width, clock, speed, offset;
	int disabled, ranges, ranges_empty;
};

struct scan {
	int pass;
	/* PASS_CHOSEN: /chosen's stdout-path; PASS_ALIAS: /aliases' entry */
	const char *want;
	size_t want_len;
	const char *val;
	uint32_t vlen;
	/* PASS_UART */
	char path[PATH_MAX_FDT];
	size_t plen[MAXD + 1];
	int pbad[MAXD + 1];
	unsigned ac[MAXD + 1], sc[MAXD + 1];
	int ident[MAXD + 1];
	struct node nd[MAXD + 1];
	unsigned speed_opt;
	int have_path, have_first;
	struct uefi_console_uart by_path, first;
};

static int is_str(const unsigned char *v, uint32_t len, const char *s)
{
	size_t n = strlen(s) + 1;
	return len == n && !memcmp(v, s, n);
}

/* Whether the string list v (len bytes) holds s. */
static int has_str(const unsigned char *v, uint32_t len, const char *s)
{
	size_t n = strlen(s) + 1;
	for (uint32_t i = 0; i < len;) {
		const unsigned char *e = memchr(v + i, 0, len - i);
		if (!e)
			return 0;
		size_t k = (size_t)(e - (v + i)) + 1;
		if (k == n && !memcmp(v + i, s, n))
			return 1;
		i += (uint32_t)k;
	}
	return 0;
}

static uint32_t cell(const unsigned char *v, uint32_t len)
{
	return len == 4 ? be32(v) : 0;
}

static void begin(struct scan *s, int d, const char *name, size_t n)
{
	if (d > MAXD)
		return;
	memset(&s->nd[d], 0, sizeof s->nd[d]);
	s->ac[d] = 2;
	s->sc[d] = 1;
	if (d == 1) {
		s->plen[1] = 0;
		s->pbad[1] = 0;
		s->ident[1] = 1;
		return;
	}
	/* the parent's properties are all known now */
	s->ident[d - 1] = d - 1 == 1 || (s->ident[d - 2] && s->nd[d - 1].ranges && s->nd[d - 1].ranges_empty);
	size_t at = s->plen[d - 1];
	s->pbad[d] = s->pbad[d - 1] || at + 1 + n >= sizeof s->path;
	if (!s->pbad[d]) {
		s->path[at] = '/';
		memcpy(s->path + at + 1, name, n);
		s->plen[d] = at + 1 + n;
	} else {
		s->plen[d] = at;
	}
}

static void prop(struct scan *s, int d, const char *name, const unsigned char *v, uint32_t len)
{
	if (s->pass == PASS_CHOSEN || s->pass == PASS_ALIAS) {
		/* only the root's children /chosen and /aliases matter */
		if (d != 2 || s->pbad[2] || d > MAXD)
			return;
		const char *node = s->pass == PASS_CHOSEN ? "/chosen" : "/aliases";
		if (s->plen[2] != strlen(node) || memcmp(s->path, node, s->plen[2]))
			return;
		int hit = s->pass == PASS_CHOSEN
			? !strcmp(name, "stdout-path") || (!strcmp(name, "linux,stdout-path") && !s->val)
			: strlen(name) == s->want_len && !memcmp(name, s->want, s->want_len);
		if (hit && len && memchr(v, 0, len)) {
			s->val = (const char *)v;
			s->vlen = len;
		}
		return;
	}
	if (d > MAXD)
		return;
	struct node *n = &s->nd[d];
	if (!strcmp(name, "#address-cells"))
		s->ac[d] = cell(v, len);
	else if (!strcmp(name, "#size-cells"))
		s->sc[d] = cell(v, len);
	else if (!strcmp(name, "ranges")) {
		n->ranges = 1;
		n->ranges_empty = len == 0;
	} else if (!strcmp(name, "status"))
		n->disabled = !(is_str(v, len, "okay") || is_str(v, len, "ok"));
	else if (!strcmp(name, "reg")) {
		n->reg = v;
		n->reglen = len;
	} else if (!strcmp(name, "reg-shift"))
		n->shift = cell(v, len) + (len == 4 ? 0 : 99);
	else if (!strcmp(name, "reg-io-width"))
		n->width = len == 4 ? cell(v, len) : 99;
	else if (!strcmp(name, "reg-offset"))
		n->offset = cell(v, len);
	else if (!strcmp(name, "clock-frequency"))
		n->clock = cell(v, len);
	else if (!strcmp(name, "current-speed"))
		n->speed = cell(v, len);
	else if (!strcmp(name, "compatible")) {
		if (has_str(v, len, "arm,pl011"))
			n->kind = UEFI_CONSOLE_PL011;
		else if (has_str(v, len, "arm,sbsa-uart"))
			n->kind = UEFI_CONSOLE_SBSA;
		else if (has_str(v, len, "ns16550a") || has_str(v, len, "ns16550") || has_str(v, len, "ns16450"))
			n->kind = UEFI_CONSOLE_16550_MMIO;
	}
}

/* The node at depth d is complete: is it a UART that can be used? */
static void end(struct scan *s, int d)
{
	if (s->pass != PASS_UART || d > MAXD || d < 2)
		return;
	struct node *n = &s->nd[d];
	unsigned ac = s->ac[d - 1], sc = s->sc[d - 1];
	if (!n->kind || n->disabled || !n->reg || !s->ident[d - 1] || ac < 1 || ac > 2 || sc > 2 ||
	    n->reglen < 4 * (ac + sc))
		return;
	uint64_t base = ac == 2 ? (uint64_t)be32(n->reg) << 32 | be32(n->reg + 4) : be32(n->reg);
	struct uefi_console_uart u = { .sink = n->kind, .base = base + n->offset, .clock = n->clock,
	                               .source = UEFI_CONSOLE_FROM_DTB };
	if (n->kind == UEFI_CONSOLE_16550_MMIO) {
		unsigned w = n->width ? n->width : 1;
		if (n->shift > 4 || (w != 1 && w != 2 && w != 4))
			return;
		u.reg_shift = (unsigned char)n->shift;
		u.reg_width = (unsigned char)w;
	} else {
		u.reg_width = 4;
	}
	if (!u.base || u.base % u.reg_width)
		return;
	int match = s->want && !s->pbad[d] && s->plen[d] == s->want_len &&
	            !memcmp(s->path, s->want, s->want_len);
	if (u.clock && n->kind != UEFI_CONSOLE_SBSA)
		u.baud = n->speed ? n->speed : match ? s->speed_opt : 0;
	/* a rate the clock cannot make: keep the firmware's */
	struct uefi_console_uart ok;
	if (u.baud && __uart_check(&u, &ok, 1))
		u.baud = 0;
	if (__uart_check(&u, &ok, 1))
		return;
	if (match && !s->have_path) {
		s->by_path = u;
		s->have_path = 1;
	}
	if (!s->have_first) {
		s->first = u;
		s->have_first = 1;
	}
}

static int walk(const struct fdt *f, struct scan *s)
{
	const unsigned char *b = f->b;
	uint32_t off = f->st;
	int d = 0;
	for (;;) {
		if (f->se - off < 4)
			return EINVAL;
		uint32_t tok = be32(b + off);
		off += 4;
		switch (tok) {
		case FDT_BEGIN_NODE: {
			const unsigned char *e = memchr(b + off, 0, f->se - off);
			if (!e)
				return EINVAL;
			size_t n = (size_t)(e - (b + off));
			const char *name = (const char *)(b + off);
			uint64_t next = ((uint64_t)off + n + 1 + 3) & ~3ull;
			if (next > f->se)
				return EINVAL;
			off = (uint32_t)next;
			d++;
			begin(s, d, name, n);
			break;
		}
		case FDT_END_NODE:
			if (!d)
				return EINVAL;
			end(s, d);
			d--;
			break;
		case FDT_PROP: {
			if (!d || f->se - off < 8)
				return EINVAL;
			uint32_t len = be32(b + off), nameoff = be32(b + off + 4);
			off += 8;
			if (len > f->se - off || nameoff >= f->sn)
				return EINVAL;
			const char *name = (const char *)(b + f->ss + nameoff);
			if (!memchr(name, 0, f->sn - nameoff))
				return EINVAL;
			const unsigned char *v = b + off;
			uint64_t next = ((uint64_t)off + len + 3) & ~3ull;
			if (next > f->se)
				return EINVAL;
			off = (uint32_t)next;
			prop(s, d, name, v, len);
			break;
		}
		case FDT_NOP:
			break;
		case FDT_END:
			return d ? EINVAL : 0;
		default:
			return EINVAL;
		}
	}
}

int __fdt_find_uart(const void *fdt, size_t len, struct uefi_console_uart *out)
{
	const unsigned char *b = fdt;
	if (!b || len < HDR || be32(b) != FDT_MAGIC)
		return EINVAL;
	uint32_t total = be32(b + 4), st = be32(b + 8), ss = be32(b + 12);
	uint32_t version = be32(b + 20), last = be32(b + 24), sn = be32(b + 32);
	if (total < HDR || total > len || version < 16 || last > 17)
		return EINVAL;
	uint32_t sz = version >= 17 ? be32(b + 36) : total - (st < total ? st : total);
	if (st < HDR || st > total || sz > total - st || st % 4 || ss > total || sn > total - ss)
		return EINVAL;
	struct fdt f = { b, st, st + sz, ss, sn };
	static struct scan s;   /* 2 KiB or so: off the stack */
	memset(&s, 0, sizeof s);
	s.pass = PASS_CHOSEN;
	int e = walk(&f, &s);
	if (e)
		return e;
	const char *path = s.val;
	size_t plen = path ? strnlen(path, s.vlen) : 0;
	if (path) {
		/* "path-or-alias:options": the options may start with the rate */
		const char *colon = memchr(path, ':', plen);
		size_t keep = colon ? (size_t)(colon - path) : plen;
		unsigned rate = 0;
		for (const char *p = colon ? colon + 1 : path + plen; p < path + plen && *p >= '0' && *p <= '9'; p++)
			rate = rate < 100000000 ? rate * 10 + (unsigned)(*p - '0') : rate;
		s.speed_opt = rate;
		plen = keep;
		if (plen && path[0] != '/') {
			s.pass = PASS_ALIAS;
			s.want = path;
			s.want_len = plen;
			s.val = 0;
			if ((e = walk(&f, &s)))
				return e;
			path = s.val;
			plen = path ? strnlen(path, s.vlen) : 0;
		}
	}
	unsigned speed = s.speed_opt;
	memset(&s, 0, sizeof s);
	s.pass = PASS_UART;
	s.want = path && plen ? path : 0;
	s.want_len = plen;
	s.speed_opt = speed;
	if ((e = walk(&f, &s)))
		return e;
	if (s.have_path)
		*out = s.by_path;
	else if (s.have_first)
		*out = s.first;
	else
		return ENODEV;
	return 0;
}
