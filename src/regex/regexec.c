/* regexec: leftmost-longest matching with POSIX subexpression offsets
 * (see src/internal/regex_impl.h for the method). */
#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/regex_impl.h"

/* Backtracking (patterns with back-references) gives up with REG_ESPACE
 * after this many steps or this deep a recursion. */
#define BT_STEPS (1L << 24)
#define BT_DEPTH 4000

struct thread {
	int pc;
	size_t start;
};

struct ctx {
	const struct re_impl *re;
	const unsigned char *s;
	size_t n;
	int notbol, noteol, newline, nosub;
	/* NFA runs */
	int *mark;
	unsigned gen;
	struct thread *cl, *nl;
	int ncl, nnl;
	int *stack;
	int range;              /* running a piece of program, not searching */
	size_t base;            /* range: reach[pos - base] */
	unsigned char *reach;
	size_t best_so, best_eo;
	int found;
	/* subexpressions */
	regmatch_t *pm;
	size_t npm;
	int err;
	/* backtracking */
	regmatch_t *caps, *best;
	size_t nsub;
	long steps;
	int depth;
};

static int bol(const struct ctx *c, size_t pos)
{
	return (pos == 0 && !c->notbol) || (c->newline && pos > 0 && c->s[pos - 1] == '\n');
}

static int eol(const struct ctx *c, size_t pos)
{
	return (pos == c->n && !c->noteol) || (c->newline && pos < c->n && c->s[pos] == '\n');
}

static int set_has(const uint32_t *set, unsigned c)
{
	return set[c >> 5] >> (c & 31) & 1;
}

static void hit(struct ctx *c, size_t start, size_t pos)
{
	if (c->range) {
		c->reach[pos - c->base] = 1;
		return;
	}
	if (!c->found || start < c->best_so || (start == c->best_so && pos > c->best_eo)) {
		c->found = 1;
		c->best_so = start;
		c->best_eo = pos;
	}
}

/* Adds pc and what it reaches without consuming input at pos to the
 * next list; reaching `exit` is a hit. */
static void closure(struct ctx *c, int pc0, size_t start, size_t pos, int exit)
{
	const struct re_inst *prog = c->re->prog;
	int sp = 0;
	c->stack[sp++] = pc0;
	while (sp) {
		int pc = c->stack[--sp];
		if (pc == exit) {
			hit(c, start, pos);
			continue;
		}
		if (c->mark[pc] == (int)c->gen)
			continue;
		c->mark[pc] = (int)c->gen;
		const struct re_inst *in = &prog[pc];
		switch (in->op) {
		case RO_JMP:
			c->stack[sp++] = in->x;
			break;
		case RO_SPLIT:
			c->stack[sp++] = in->y;
			c->stack[sp++] = in->x;
			break;
		case RO_BOL:
			if (bol(c, pos))
				c->stack[sp++] = pc + 1;
			break;
		case RO_EOL:
			if (eol(c, pos))
				c->stack[sp++] = pc + 1;
			break;
		default:
			c->nl[c->nnl++] = (struct thread){ pc, start };
			break;
		}
	}
}

static void next_gen(struct ctx *c)
{
	if (++c->gen >= 0x7fffffff) {
		memset(c->mark, 0xff, (size_t)c->re->nprog * sizeof *c->mark);
		c->gen = 1;
	}
}

static void swap_lists(struct ctx *c)
{
	struct thread *t = c->cl;
	c->cl = c->nl;
	c->nl = t;
	c->ncl = c->nnl;
	c->nnl = 0;
}

static int consumes(const struct ctx *c, const struct re_inst *in, unsigned ch)
{
	switch (in->op) {
	case RO_CHAR:
		return (unsigned)in->x == ch;
	case RO_SET:
		return set_has(c->re->sets[in->x], ch);
	}
	return 0;
}

/* One step of every thread over s[i]. */
static void step(struct ctx *c, size_t i, int exit)
{
	next_gen(c);
	c->nnl = 0;
	unsigned ch = c->s[i];
	for (int k = 0; k < c->ncl; k++) {
		struct thread t = c->cl[k];
		if (!c->range && c->found && t.start > c->best_so)
			break;  /* the list is in order of start */
		if (consumes(c, &c->re->prog[t.pc], ch))
			closure(c, t.pc + 1, t.start, i + 1, exit);
	}
	swap_lists(c);
}

/* The leftmost-longest match of the whole program. */
static void search(struct ctx *c)
{
	int exit = c->re->nprog - 1;  /* RO_MATCH */
	c->range = 0;
	c->found = 0;
	next_gen(c);
	c->ncl = c->nnl = 0;
	for (size_t i = 0;; i++) {
		if (!c->found) {
			closure(c, 0, i, i, exit);
			/* closure appended to nl: move those to the end of cl */
			memcpy(c->cl + c->ncl, c->nl, (size_t)c->nnl * sizeof *c->nl);
			c->ncl += c->nnl;
			c->nnl = 0;
		}
		if (c->found && c->nosub)
			return;
		if (i >= c->n || (c->found && c->ncl == 0))
			return;
		if (c->ncl == 0) {
			next_gen(c);
			continue;
		}
		step(c, i, exit);
	}
}

/* reach[k] = whether program [entry, exit) can match s[from, from + k),
 * for k <= to - from. */
static void run(struct ctx *c, int entry, int exit, size_t from, size_t to, unsigned char *reach)
{
	c->range = 1;
	c->base = from;
	c->reach = reach;
	memset(reach, 0, to - from + 1);
	next_gen(c);
	c->ncl = c->nnl = 0;
	closure(c, entry, 0, from, exit);
	swap_lists(c);
	for (size_t i = from; i < to && c->ncl; i++)
		step(c, i, exit);
}

static int can(struct ctx *c, int entry, int exit, size_t from, size_t to)
{
	if (entry == exit)
		return from == to;
	unsigned char small[256], *reach = small;
	if (to - from + 1 > sizeof small && !(reach = malloc(to - from + 1))) {
		c->err = REG_ESPACE;
		return 0;
	}
	run(c, entry, exit, from, to, reach);
	int r = reach[to - from];
	if (reach != small)
		free(reach);
	return r;
}

static void clear_groups(struct ctx *c, const struct re_node *n)
{
	for (int g = n->gmin; g <= n->gmax && (size_t)g < c->npm; g++)
		c->pm[g].rm_so = c->pm[g].rm_eo = -1;
}

/* The longest e in (or, with empty_ok, at) [from, to] with which node
 * [entry, exit) matches s[from, e) and the rest [rest, rest_exit)
 * matches s[e, to); -1 if none. */
static long longest_split(struct ctx *c, int entry, int exit, int rest, int rest_exit,
                          size_t from, size_t to, int empty_ok)
{
	unsigned char small[256], *reach = small;
	if (to - from + 1 > sizeof small && !(reach = malloc(to - from + 1))) {
		c->err = REG_ESPACE;
		return -1;
	}
	run(c, entry, exit, from, to, reach);
	long found = -1;
	for (size_t e = to + 1; e-- > from + !empty_ok;) {
		if (reach[e - from] && can(c, rest, rest_exit, e, to)) {
			found = (long)e;
			break;
		}
	}
	if (reach != small)
		free(reach);
	return found;
}

/* Node n matches s[from, to): record its subexpressions, each element and
 * iteration taking, from the left, the longest span it can. */
static void assign(struct ctx *c, const struct re_node *n, size_t from, size_t to)
{
	if (n->gmin > n->gmax || c->err)
		return;
	switch (n->type) {
	case RN_GROUP:
		if ((size_t)n->a < c->npm) {
			c->pm[n->a].rm_so = (regoff_t)from;
			c->pm[n->a].rm_eo = (regoff_t)to;
		}
		assign(c, n->kid, from, to);
		return;
	case RN_CAT: {
		const struct re_node *k = n->kid;
		for (; k->next; k = k->next) {
			/* Nothing to record from here on? */
			int groups = 0;
			for (const struct re_node *r = k; r; r = r->next)
				groups |= r->gmin <= r->gmax;
			if (!groups)
				return;
			long e = longest_split(c, k->entry, k->exit, k->next->entry, n->exit, from, to, 1);
			if (e < 0)
				return;  /* cannot happen but on REG_ESPACE */
			assign(c, k, from, (size_t)e);
			from = (size_t)e;
		}
		assign(c, k, from, to);
		return;
	}
	case RN_ALT:
		for (const struct re_node *k = n->kid; k; k = k->next) {
			if (can(c, k->entry, k->exit, from, to)) {
				assign(c, k, from, to);
				return;
			}
		}
		return;
	case RN_REPEAT: {
		int min = n->a, max = n->b, j = 0;
		const struct re_node *x = n->kid;
		while (from < to && (max == RE_INF || j < max)) {
			int after = j + 1;
			int rest = after < min ? n->rest[after]
			         : max == RE_INF ? n->rest[min] : n->rest[after];
			long e = longest_split(c, x->entry, x->exit, rest, n->exit, from, to, 0);
			if (e < 0)
				break;
			clear_groups(c, x);
			assign(c, x, from, (size_t)e);
			from = (size_t)e;
			j++;
		}
		/* Iterations still owed, or a body that matches the empty
		 * string where the repetition matched nothing: one empty
		 * iteration is what is reported (as glibc does). */
		if (from == to && (j < min || j == 0) && can(c, x->entry, x->exit, to, to)) {
			clear_groups(c, x);
			assign(c, x, to, to);
		}
		return;
	}
	}
}

/* ---- backtracking, for back-references ---------------------------------- */

enum { K_DONE, K_SEQ, K_GROUP, K_REPEAT };

struct kont {
	int kind;
	const struct re_node *n;
	const struct kont *up;
	int count;
	size_t start;
};

static void bt(struct ctx *c, const struct re_node *n, size_t pos, const struct kont *k);

static int better(const struct ctx *c)
{
	for (size_t i = 1; i <= c->nsub; i++) {
		regmatch_t a = c->caps[i], b = c->best[i];
		if (a.rm_so == b.rm_so && a.rm_eo == b.rm_eo)
			continue;
		if (a.rm_so < 0)
			return 0;
		if (b.rm_so < 0)
			return 1;
		if (a.rm_so != b.rm_so)
			return a.rm_so < b.rm_so;
		return a.rm_eo > b.rm_eo;
	}
	return 0;
}

static void repeat_iter(struct ctx *c, const struct re_node *n, int count, size_t pos,
                        const struct kont *up);

static void cont(struct ctx *c, const struct kont *k, size_t pos)
{
	if (c->err)
		return;
	switch (k->kind) {
	case K_DONE:
		if (!c->found || pos > c->best_eo || (pos == c->best_eo && better(c))) {
			c->found = 1;
			c->best_eo = pos;
			memcpy(c->best, c->caps, (c->nsub + 1) * sizeof *c->caps);
		}
		return;
	case K_SEQ:
		if (k->n->next) {
			struct kont f = { K_SEQ, k->n->next, k->up, 0, 0 };
			bt(c, k->n->next, pos, &f);
		} else {
			cont(c, k->up, pos);
		}
		return;
	case K_GROUP: {
		regoff_t old = c->caps[k->n->a].rm_eo;
		c->caps[k->n->a].rm_eo = (regoff_t)pos;
		cont(c, k->up, pos);
		c->caps[k->n->a].rm_eo = old;
		return;
	}
	case K_REPEAT:
		/* An empty iteration beyond the minimum changes nothing but
		 * the subexpressions inside (to the empty string, as glibc
		 * does): it may end the repetition but not loop. */
		if (pos == k->start && k->count > k->n->a) {
			cont(c, k->up, pos);
			return;
		}
		repeat_iter(c, k->n, k->count, pos, k->up);
		return;
	}
}

static void repeat_iter(struct ctx *c, const struct re_node *n, int count, size_t pos,
                        const struct kont *up)
{
	if (n->b == RE_INF || count < n->b) {
		const struct re_node *x = n->kid;
		int ng = x->gmin <= x->gmax ? x->gmax - x->gmin + 1 : 0;
		regmatch_t saved[ng > 0 ? ng : 1];
		if (ng) {
			memcpy(saved, c->caps + x->gmin, (size_t)ng * sizeof *saved);
			for (int g = 0; g < ng; g++)
				c->caps[x->gmin + g].rm_so = c->caps[x->gmin + g].rm_eo = -1;
		}
		struct kont f = { K_REPEAT, n, up, count + 1, pos };
		bt(c, x, pos, &f);
		if (ng)
			memcpy(c->caps + x->gmin, saved, (size_t)ng * sizeof *saved);
	}
	if (count >= n->a)
		cont(c, up, pos);
}

static void bt(struct ctx *c, const struct re_node *n, size_t pos, const struct kont *k)
{
	if (c->err)
		return;
	if (++c->steps > BT_STEPS || c->depth >= BT_DEPTH) {
		c->err = REG_ESPACE;
		return;
	}
	if (c->nosub && c->found)
		return;
	c->depth++;
	switch (n->type) {
	case RN_CHAR:
		if (pos < c->n && c->s[pos] == n->a)
			cont(c, k, pos + 1);
		break;
	case RN_SET:
		if (pos < c->n && set_has(c->re->sets[n->a], c->s[pos]))
			cont(c, k, pos + 1);
		break;
	case RN_ANY:
		break;
	case RN_BOL:
		if (bol(c, pos))
			cont(c, k, pos);
		break;
	case RN_EOL:
		if (eol(c, pos))
			cont(c, k, pos);
		break;
	case RN_EMPTY:
		cont(c, k, pos);
		break;
	case RN_CAT: {
		struct kont f = { K_SEQ, n->kid, k, 0, 0 };
		bt(c, n->kid, pos, &f);
		break;
	}
	case RN_ALT:
		for (const struct re_node *x = n->kid; x; x = x->next)
			bt(c, x, pos, k);
		break;
	case RN_GROUP: {
		regmatch_t old = c->caps[n->a];
		c->caps[n->a].rm_so = (regoff_t)pos;
		c->caps[n->a].rm_eo = -1;
		struct kont f = { K_GROUP, n, k, 0, 0 };
		bt(c, n->kid, pos, &f);
		c->caps[n->a] = old;
		break;
	}
	case RN_REPEAT:
		repeat_iter(c, n, 0, pos, k);
		break;
	case RN_BACKREF: {
		regmatch_t g = c->caps[n->a];
		if (g.rm_so < 0 || g.rm_eo < 0)
			break;
		size_t len = (size_t)(g.rm_eo - g.rm_so);
		if (len > c->n - pos)
			break;
		const unsigned char *a = c->s + g.rm_so, *b = c->s + pos;
		size_t i = 0;
		if (c->re->cflags & REG_ICASE) {
			while (i < len && tolower(a[i]) == tolower(b[i]))
				i++;
		} else {
			while (i < len && a[i] == b[i])
				i++;
		}
		if (i == len)
			cont(c, k, pos + len);
		break;
	}
	}
	c->depth--;
}

int regexec(const regex_t *restrict preg, const char *restrict string,
            size_t nmatch, regmatch_t pmatch[restrict], int eflags)
{
	const struct re_impl *re = preg->__impl;
	if (!re)
		return REG_BADPAT;
	struct ctx c = {
		.re = re,
		.s = (const unsigned char *)string,
		.n = strlen(string),
		.notbol = !!(eflags & REG_NOTBOL),
		.noteol = !!(eflags & REG_NOTEOL),
		.newline = !!(re->cflags & REG_NEWLINE),
		.nosub = (re->cflags & REG_NOSUB) || nmatch == 0,
	};
	if (re->cflags & REG_NOSUB)
		nmatch = 0;
	int result = REG_NOMATCH;

	if (re->backrefs) {
		c.nsub = preg->re_nsub;
		c.caps = malloc((c.nsub + 1) * 2 * sizeof *c.caps);
		if (!c.caps)
			return REG_ESPACE;
		c.best = c.caps + c.nsub + 1;
		struct kont done = { K_DONE, 0, 0, 0, 0 };
		for (size_t s = 0; s <= c.n && !c.found && !c.err; s++) {
			for (size_t i = 0; i <= c.nsub; i++)
				c.caps[i].rm_so = c.caps[i].rm_eo = -1;
			c.best_so = s;
			bt(&c, re->root, s, &done);
		}
		if (c.err) {
			result = c.err;
		} else if (c.found) {
			result = 0;
			for (size_t i = 0; i < nmatch; i++) {
				if (i == 0) {
					pmatch[0].rm_so = (regoff_t)c.best_so;
					pmatch[0].rm_eo = (regoff_t)c.best_eo;
				} else if (i <= c.nsub) {
					pmatch[i] = c.best[i];
				} else {
					pmatch[i].rm_so = pmatch[i].rm_eo = -1;
				}
			}
		}
		free(c.caps);
		return result;
	}

	size_t np = (size_t)re->nprog;
	struct thread *lists;
	c.mark = malloc(np * sizeof *c.mark);
	lists = c.cl = malloc(2 * np * sizeof *c.cl);
	c.stack = malloc((2 * np + 2) * sizeof *c.stack);
	if (!c.mark || !c.cl || !c.stack) {
		result = REG_ESPACE;
		goto out;
	}
	c.nl = c.cl + np;
	memset(c.mark, 0, np * sizeof *c.mark);
	search(&c);
	if (c.found) {
		result = 0;
		if (nmatch) {
			for (size_t i = 0; i < nmatch; i++)
				pmatch[i].rm_so = pmatch[i].rm_eo = -1;
			pmatch[0].rm_so = (regoff_t)c.best_so;
			pmatch[0].rm_eo = (regoff_t)c.best_eo;
			if (nmatch > 1 && preg->re_nsub) {
				c.pm = pmatch;
				c.npm = nmatch;
				assign(&c, re->root, c.best_so, c.best_eo);
				if (c.err)
					result = c.err;
			}
		}
	}
out:
	free(c.mark);
	free(lists);
	free(c.stack);
	return result;
}
