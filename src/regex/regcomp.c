/* regcomp: POSIX basic and extended regular expressions, bytes in the C
 * locale.  See src/internal/regex_impl.h for the compiled form and
 * docs/posix-text.md for the syntax accepted beyond POSIX (GNU's \| \+ \? in
 * BREs, back-references in EREs) and what is refused. */
#include <ctype.h>
#include <limits.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/regex_impl.h"

/* Programs beyond this many instructions (large nested intervals) are
 * refused with REG_ESPACE. */
#define PROG_MAX 200000
/* Parentheses nested deeper than this are refused with REG_ESPACE (the
 * parser, the compiler and regexec recurse once a level). */
#define NEST_MAX 200

struct parser {
	const unsigned char *p;
	int ere, icase, newline;
	int err;
	int ngroups;            /* groups opened */
	unsigned char closed[10]; /* groups 1-9 closed, for back-references */
	int depth;
	int backrefs;
	struct re_impl *re;
};

static struct re_node *node(struct parser *ps, int type)
{
	struct re_node *n = calloc(1, sizeof *n);
	if (!n) {
		ps->err = REG_ESPACE;
		return 0;
	}
	n->type = (unsigned char)type;
	n->gmin = INT_MAX;
	n->gmax = -1;
	n->all = ps->re->nodes;
	ps->re->nodes = n;
	return n;
}

static int new_set(struct parser *ps)
{
	struct re_impl *re = ps->re;
	uint32_t (*s)[8] = realloc(re->sets, (size_t)(re->nsets + 1) * sizeof *s);
	if (!s) {
		ps->err = REG_ESPACE;
		return -1;
	}
	re->sets = s;
	memset(s[re->nsets], 0, sizeof s[0]);
	return re->nsets++;
}

static void set_add(uint32_t *set, int c)
{
	set[(unsigned char)c >> 5] |= 1u << (c & 31);
}

static int set_has(const uint32_t *set, int c)
{
	return set[(unsigned char)c >> 5] >> (c & 31) & 1;
}

/* A one-byte atom; with REG_ICASE a letter becomes a set of both cases. */
static struct re_node *literal(struct parser *ps, int c)
{
	if (ps->icase && tolower(c) != toupper(c)) {
		int s = new_set(ps);
		if (s < 0)
			return 0;
		set_add(ps->re->sets[s], tolower(c));
		set_add(ps->re->sets[s], toupper(c));
		struct re_node *n = node(ps, RN_SET);
		if (n)
			n->a = s;
		return n;
	}
	struct re_node *n = node(ps, RN_CHAR);
	if (n)
		n->a = c;
	return n;
}

static const struct {
	const char *name;
	int (*is)(int);
} classes[] = {
	{ "alpha", isalpha }, { "digit", isdigit }, { "alnum", isalnum },
	{ "upper", isupper }, { "lower", islower }, { "space", isspace },
	{ "blank", isblank }, { "punct", ispunct }, { "print", isprint },
	{ "graph", isgraph }, { "cntrl", iscntrl }, { "xdigit", isxdigit },
};

/* After "[x" (x one of . = :): the text up to "x]".  Returns its length,
 * or -1 (REG_EBRACK) when there is none. */
static int bracket_name(const unsigned char *p, int x)
{
	for (int i = 0; p[i]; i++) {
		if (p[i] == x && p[i + 1] == ']')
			return i;
	}
	return -1;
}

/* A bracket expression; ps->p is just after '['. */
static struct re_node *bracket(struct parser *ps)
{
	int s = new_set(ps);
	if (s < 0)
		return 0;
	uint32_t set[8] = { 0 };
	const unsigned char *p = ps->p;
	int negate = 0;
	if (*p == '^') {
		negate = 1;
		p++;
	}
	int first = 1;
	for (;;) {
		int c = *p;
		if (!c) {
			ps->err = REG_EBRACK;
			return 0;
		}
		if (c == ']' && !first) {
			p++;
			break;
		}
		first = 0;
		/* One element: a class, or a start point (a byte, a collating
		 * symbol or an equivalence class) possibly followed by "-end". */
		int lo, is_class = 0;
		if (c == '[' && (p[1] == ':' || p[1] == '=' || p[1] == '.')) {
			int kind = p[1];
			int len = bracket_name(p + 2, kind);
			if (len < 0) {
				ps->err = REG_EBRACK;
				return 0;
			}
			const unsigned char *name = p + 2;
			p += 2 + len + 2;
			if (kind == ':') {
				size_t k;
				for (k = 0; k < sizeof classes / sizeof classes[0]; k++) {
					if (strlen(classes[k].name) == (size_t)len &&
					    memcmp(classes[k].name, name, (size_t)len) == 0)
						break;
				}
				if (k == sizeof classes / sizeof classes[0]) {
					ps->err = REG_ECTYPE;
					return 0;
				}
				for (int b = 1; b < 256; b++) {
					if (classes[k].is(b))
						set_add(set, b);
				}
				is_class = 1;
				lo = -1;
			} else {
				/* In the C locale every collating element and
				 * equivalence class is one byte. */
				if (len != 1) {
					ps->err = REG_ECOLLATE;
					return 0;
				}
				lo = name[0];
				if (kind == '=') {
					set_add(set, lo);
					is_class = 1;
				}
			}
		} else {
			lo = c;
			p++;
		}
		if (*p == '-' && p[1] != ']' && p[1]) {
			/* A range. */
			if (is_class) {
				ps->err = REG_ERANGE;
				return 0;
			}
			p++;
			int hi;
			if (*p == '[' && p[1] == '.') {
				int len = bracket_name(p + 2, '.');
				if (len < 0) {
					ps->err = REG_EBRACK;
					return 0;
				}
				if (len != 1) {
					ps->err = REG_ECOLLATE;
					return 0;
				}
				hi = p[2];
				p += 2 + len + 2;
			} else if (*p == '[' && (p[1] == ':' || p[1] == '=')) {
				ps->err = REG_ERANGE;
				return 0;
			} else {
				hi = *p++;
			}
			if (hi < lo) {
				ps->err = REG_ERANGE;
				return 0;
			}
			for (int b = lo; b <= hi; b++)
				set_add(set, b);
		} else if (!is_class) {
			set_add(set, lo);
		}
	}
	ps->p = p;
	if (ps->icase) {
		for (int b = 0; b < 256; b++) {
			if (set_has(set, b)) {
				set_add(set, tolower(b));
				set_add(set, toupper(b));
			}
		}
	}
	if (negate) {
		for (int i = 0; i < 8; i++)
			set[i] = ~set[i];
		if (ps->newline)
			set[0] &= ~(1u << '\n');
	}
	set[0] &= ~1u;  /* NUL ends the subject */
	memcpy(ps->re->sets[s], set, sizeof set);
	struct re_node *n = node(ps, RN_SET);
	if (n)
		n->a = s;
	return n;
}

static void cover(struct re_node *n, const struct re_node *kid)
{
	if (kid->gmin < n->gmin)
		n->gmin = kid->gmin;
	if (kid->gmax > n->gmax)
		n->gmax = kid->gmax;
}

/* "{m}", "{m,}", "{m,n}" (BRE: "\{...\}"); ps->p is after the brace. */
static int interval(struct parser *ps, int *min, int *max)
{
	const unsigned char *p = ps->p;
	long lo = -1, hi;
	if (isdigit(*p)) {
		lo = 0;
		while (isdigit(*p)) {
			lo = lo * 10 + (*p++ - '0');
			if (lo > RE_DUP_MAX + 1)
				lo = RE_DUP_MAX + 1;
		}
	}
	if (*p == ',') {
		p++;
		hi = RE_INF;
		if (isdigit(*p)) {
			hi = 0;
			while (isdigit(*p)) {
				hi = hi * 10 + (*p++ - '0');
				if (hi > RE_DUP_MAX + 1)
					hi = RE_DUP_MAX + 1;
			}
		}
		if (lo < 0)
			lo = 0;  /* "{,n}": GNU's "{0,n}" */
	} else {
		if (lo < 0) {
			ps->err = *p ? REG_BADBR : REG_EBRACE;
			return -1;
		}
		hi = lo;
	}
	if (ps->ere) {
		if (*p != '}') {
			ps->err = *p ? REG_BADBR : REG_EBRACE;
			return -1;
		}
		p++;
	} else {
		if (*p != '\\' || p[1] != '}') {
			ps->err = *p ? REG_BADBR : REG_EBRACE;
			return -1;
		}
		p += 2;
	}
	if (lo > RE_DUP_MAX || hi > RE_DUP_MAX || (hi != RE_INF && hi < lo)) {
		ps->err = REG_BADBR;
		return -1;
	}
	*min = (int)lo;
	*max = (int)hi;
	ps->p = p;
	return 0;
}

static struct re_node *alternation(struct parser *ps);

/* Whether the BRE text at p ends a branch (for '$' as an anchor). */
static int bre_branch_end(const unsigned char *p)
{
	return !*p || (p[0] == '\\' && (p[1] == ')' || p[1] == '|'));
}

/* One atom, or NULL with ps->err set, or NULL with err 0 at the end of a
 * branch. */
/* Subexpression index around body, its closing parenthesis just read
 * (ERE "(...)" and BRE "\(...\)" alike). */
static struct re_node *group(struct parser *ps, int index, struct re_node *body)
{
	if (index < 10)
		ps->closed[index] = 1;
	struct re_node *g = node(ps, RN_GROUP);
	if (!g)
		return 0;
	g->a = index;
	g->kid = body;
	g->gmin = index;
	g->gmax = index;
	cover(g, body);
	return g;
}

static struct re_node *atom(struct parser *ps, int branch_start)
{
	const unsigned char *p = ps->p;
	int c = *p;
	if (!c)
		return 0;
	if (ps->depth > NEST_MAX) {
		ps->err = REG_ESPACE;
		return 0;
	}
	if (ps->ere) {
		switch (c) {
		case '|':
			return 0;
		case ')':
			if (ps->depth > 0)
				return 0;
			ps->p++;
			return literal(ps, c);
		case '*': case '+': case '?': case '{':
			ps->err = REG_BADRPT;
			return 0;
		case '(': {
			ps->p++;
			int index = ++ps->ngroups;
			ps->depth++;
			struct re_node *body = alternation(ps);
			ps->depth--;
			if (!body)
				return 0;
			if (*ps->p != ')') {
				ps->err = REG_EPAREN;
				return 0;
			}
			ps->p++;
			return group(ps, index, body);
		}
		case '^':
			ps->p++;
			return node(ps, RN_BOL);
		case '$':
			ps->p++;
			return node(ps, RN_EOL);
		}
	} else {
		if (c == '\\' && (p[1] == ')' || p[1] == '|')) {
			if (p[1] == ')' && ps->depth == 0) {
				ps->err = REG_EPAREN;
				return 0;
			}
			return 0;
		}
		if (c == '*' && branch_start) {
			ps->p++;
			return literal(ps, c);
		}
		if (c == '^' && branch_start) {
			ps->p++;
			return node(ps, RN_BOL);
		}
		if (c == '$' && bre_branch_end(p + 1)) {
			ps->p++;
			return node(ps, RN_EOL);
		}
		if (c == '\\' && p[1] == '{') {
			ps->err = REG_BADRPT;
			return 0;
		}
		if (c == '\\' && p[1] == '(') {
			ps->p += 2;
			int index = ++ps->ngroups;
			ps->depth++;
			struct re_node *body = alternation(ps);
			ps->depth--;
			if (!body)
				return 0;
			if (ps->p[0] != '\\' || ps->p[1] != ')') {
				ps->err = REG_EPAREN;
				return 0;
			}
			ps->p += 2;
			return group(ps, index, body);
		}
	}
	switch (c) {
	case '.': {
		ps->p++;
		int s = new_set(ps);
		if (s < 0)
			return 0;
		memset(ps->re->sets[s], 0xff, sizeof ps->re->sets[s]);
		ps->re->sets[s][0] &= ~1u;
		if (ps->newline)
			ps->re->sets[s][0] &= ~(1u << '\n');
		struct re_node *n = node(ps, RN_SET);
		if (n)
			n->a = s;
		return n;
	}
	case '[':
		ps->p++;
		return bracket(ps);
	case '\\':
		c = p[1];
		if (!c) {
			ps->err = REG_EESCAPE;
			return 0;
		}
		ps->p += 2;
		if (c >= '1' && c <= '9') {
			if (c - '0' > ps->ngroups || !ps->closed[c - '0']) {
				ps->err = REG_ESUBREG;
				return 0;
			}
			ps->backrefs = 1;
			struct re_node *n = node(ps, RN_BACKREF);
			if (n)
				n->a = c - '0';
			return n;
		}
		return literal(ps, c);
	}
	ps->p++;
	return literal(ps, c);
}

static struct re_node *branch(struct parser *ps)
{
	struct re_node *cat = node(ps, RN_CAT), *last = 0;
	if (!cat)
		return 0;
	int start = 1;
	for (;;) {
		struct re_node *a = atom(ps, start);
		if (!a) {
			if (ps->err)
				return 0;
			break;
		}
		/* A BRE '*' right after a leading '^' is literal too. */
		start = !ps->ere && start && a->type == RN_BOL;
		int repeated = 0;
		for (; !start;) {
			const unsigned char *p = ps->p;
			int min, max;
			/* BRE: '*' or an interval after a repetition is refused
			 * (POSIX: undefined; glibc: REG_BADRPT). */
			if (!ps->ere && repeated && (*p == '*' || (p[0] == '\\' && p[1] == '{'))) {
				ps->err = REG_BADRPT;
				return 0;
			}
			repeated = 1;
			if (*p == '*') {
				ps->p++;
				min = 0;
				max = RE_INF;
			} else if (ps->ere && (*p == '+' || *p == '?')) {
				ps->p++;
				min = *p == '+';
				max = *p == '+' ? RE_INF : 1;
			} else if (!ps->ere && p[0] == '\\' && (p[1] == '+' || p[1] == '?')) {
				ps->p += 2;
				min = p[1] == '+';
				max = p[1] == '+' ? RE_INF : 1;
			} else if (ps->ere && *p == '{') {
				ps->p++;
				if (interval(ps, &min, &max) < 0)
					return 0;
			} else if (!ps->ere && p[0] == '\\' && p[1] == '{') {
				ps->p += 2;
				if (interval(ps, &min, &max) < 0)
					return 0;
			} else {
				break;
			}
			if (a->type == RN_BOL || a->type == RN_EOL) {
				/* glibc: a repeated anchor is refused in an ERE. */
				if (ps->ere) {
					ps->err = REG_BADRPT;
					return 0;
				}
			}
			struct re_node *r = node(ps, RN_REPEAT);
			if (!r)
				return 0;
			r->kid = a;
			r->a = min;
			r->b = max;
			cover(r, a);
			a = r;
		}
		if (last)
			last->next = a;
		else
			cat->kid = a;
		last = a;
		cover(cat, a);
	}
	if (!cat->kid)
		cat->type = RN_EMPTY;
	return cat;
}

static struct re_node *alternation(struct parser *ps)
{
	struct re_node *alt = node(ps, RN_ALT), *last = 0;
	if (!alt)
		return 0;
	/* A back-reference can name only a group closed before it in its
	 * own branch (glibc: REG_ESUBREG otherwise); after the alternation,
	 * a group closed in any branch. */
	unsigned char before[10], any[10];
	memcpy(before, ps->closed, sizeof before);
	memcpy(any, ps->closed, sizeof any);
	for (;;) {
		memcpy(ps->closed, before, sizeof before);
		struct re_node *b = branch(ps);
		for (int i = 0; i < 10; i++)
			any[i] |= ps->closed[i];
		if (!b)
			return 0;
		if (last)
			last->next = b;
		else
			alt->kid = b;
		last = b;
		cover(alt, b);
		const unsigned char *p = ps->p;
		if (ps->ere && *p == '|')
			ps->p++;
		else if (!ps->ere && p[0] == '\\' && p[1] == '|')
			ps->p += 2;
		else
			break;
	}
	memcpy(ps->closed, any, sizeof any);
	if (!alt->kid->next)
		return alt->kid;
	return alt;
}

/* ---- the NFA program ---------------------------------------------------- */

static int emit(struct re_impl *re, int op, int x, int y)
{
	if (re->nprog >= PROG_MAX)
		return -1;
	if (re->nprog == re->cap) {
		int cap = re->cap ? re->cap * 2 : 16;
		struct re_inst *p = realloc(re->prog, (size_t)cap * sizeof *p);
		if (!p)
			return -1;
		re->prog = p;
		re->cap = cap;
	}
	re->prog[re->nprog] = (struct re_inst){ (unsigned char)op, x, y };
	return re->nprog++;
}

static int compile(struct re_impl *re, struct re_node *n)
{
	n->entry = re->nprog;
	switch (n->type) {
	case RN_CHAR:
		if (emit(re, RO_CHAR, n->a, 0) < 0)
			return -1;
		break;
	case RN_SET:
		if (emit(re, RO_SET, n->a, 0) < 0)
			return -1;
		break;
	case RN_BOL:
		if (emit(re, RO_BOL, 0, 0) < 0)
			return -1;
		break;
	case RN_EOL:
		if (emit(re, RO_EOL, 0, 0) < 0)
			return -1;
		break;
	case RN_EMPTY:
		break;
	case RN_GROUP:
		if (compile(re, n->kid) < 0)
			return -1;
		break;
	case RN_CAT:
		for (struct re_node *k = n->kid; k; k = k->next) {
			if (compile(re, k) < 0)
				return -1;
		}
		break;
	case RN_ALT: {
		/* SPLIT k1, next; k1; JMP end; next: SPLIT k2, ... ; kn; end */
		int jumps = -1;  /* chain of JMPs to patch, through .x */
		for (struct re_node *k = n->kid; k; k = k->next) {
			int split = -1;
			if (k->next && (split = emit(re, RO_SPLIT, re->nprog + 1, 0)) < 0)
				return -1;
			if (compile(re, k) < 0)
				return -1;
			if (k->next) {
				int j = emit(re, RO_JMP, jumps, 0);
				if (j < 0)
					return -1;
				jumps = j;
				re->prog[split].y = re->nprog;
			}
		}
		while (jumps >= 0) {
			int nx = re->prog[jumps].x;
			re->prog[jumps].x = re->nprog;
			jumps = nx;
		}
		break;
	}
	case RN_REPEAT: {
		int min = n->a, max = n->b;
		int nrest = (max == RE_INF ? min : max) + 1;
		n->rest = malloc((size_t)nrest * sizeof *n->rest);
		if (!n->rest)
			return -1;
		for (int j = 0; j < min; j++) {
			n->rest[j] = re->nprog;
			if (compile(re, n->kid) < 0)
				return -1;
		}
		if (max == RE_INF) {
			int loop = emit(re, RO_SPLIT, re->nprog + 1, 0);
			if (loop < 0)
				return -1;
			n->rest[min] = loop;
			if (compile(re, n->kid) < 0 || emit(re, RO_JMP, loop, 0) < 0)
				return -1;
			re->prog[loop].y = re->nprog;
		} else {
			int first = re->nprog;
			for (int j = min; j < max; j++) {
				n->rest[j] = re->nprog;
				if (emit(re, RO_SPLIT, re->nprog + 1, -1) < 0 || compile(re, n->kid) < 0)
					return -1;
			}
			n->rest[max] = re->nprog;
			for (int pc = first; pc < re->nprog; pc++) {
				if (re->prog[pc].op == RO_SPLIT && re->prog[pc].y == -1)
					re->prog[pc].y = re->nprog;
			}
		}
		break;
	}
	}
	n->exit = re->nprog;
	return 0;
}

static void free_impl(struct re_impl *re)
{
	for (struct re_node *n = re->nodes; n;) {
		struct re_node *nx = n->all;
		free(n->rest);
		free(n);
		n = nx;
	}
	free(re->sets);
	free(re->prog);
	free(re);
}

int regcomp(regex_t *restrict preg, const char *restrict pattern, int cflags)
{
	struct re_impl *re = calloc(1, sizeof *re);
	if (!re)
		return REG_ESPACE;
	struct parser ps = {
		.p = (const unsigned char *)pattern,
		.ere = !!(cflags & REG_EXTENDED),
		.icase = !!(cflags & REG_ICASE),
		.newline = !!(cflags & REG_NEWLINE),
		.re = re,
	};
	re->cflags = cflags;
	struct re_node *root = alternation(&ps);
	if (root && *ps.p) {
		/* Only a stray close can stop the parse early. */
		ps.err = REG_EPAREN;
	}
	if (!root || ps.err) {
		int err = ps.err ? ps.err : REG_ESPACE;
		free_impl(re);
		return err;
	}
	re->root = root;
	re->backrefs = ps.backrefs;
	if (!re->backrefs) {
		if (compile(re, root) < 0 || emit(re, RO_MATCH, 0, 0) < 0) {
			free_impl(re);
			return REG_ESPACE;
		}
	}
	preg->re_nsub = (size_t)ps.ngroups;
	preg->__impl = re;
	return 0;
}

void __regex_free(struct re_impl *re)
{
	free_impl(re);
}
