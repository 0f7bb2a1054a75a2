/* regcomp's compiled form, shared by regcomp, regexec and regfree.
 *
 * regcomp parses the pattern into a tree of nodes and, unless the pattern
 * has back-references, compiles the tree into a Thompson NFA program.
 * regexec then finds the leftmost-longest match with one pass of the NFA
 * over the subject (time O(subject x program)) and, when subexpression
 * offsets are wanted, walks the tree over that match: each element of a
 * concatenation and each iteration of a repetition, from left to right,
 * takes the longest span with which the rest can still match (POSIX's
 * subexpression rule), each question answered by running the NFA over the
 * piece of program that a node compiled to.  Patterns with back-references
 * are matched by a backtracking search over the tree, bounded in steps
 * (REG_ESPACE beyond). */
#ifndef UEFI_LIBC_REGEX_IMPL_H
#define UEFI_LIBC_REGEX_IMPL_H

#include <regex.h>
#include <stddef.h>
#include <stdint.h>

enum re_node_type {
	RN_CHAR, RN_SET, RN_ANY, RN_BOL, RN_EOL, RN_EMPTY,
	RN_CAT, RN_ALT, RN_GROUP, RN_REPEAT, RN_BACKREF,
};

#define RE_INF (-1)

struct re_node {
	unsigned char type;
	int a, b;               /* CHAR: byte; SET: set; GROUP: index;
	                           REPEAT: min, max (RE_INF); BACKREF: index */
	struct re_node *kid;    /* CAT, ALT: first child; GROUP, REPEAT: body */
	struct re_node *next;   /* next sibling in a CAT or ALT */
	struct re_node *all;    /* every node, for regfree */
	int gmin, gmax;         /* groups inside (gmin > gmax: none) */
	int entry, exit;        /* program range [entry, exit) */
	int *rest;              /* REPEAT: where the program goes on after j
	                           iterations (j < min, then the loop or
	                           each optional copy, then exit) */
};

enum re_op { RO_CHAR, RO_SET, RO_ANY, RO_BOL, RO_EOL, RO_SPLIT, RO_JMP, RO_MATCH };

struct re_inst {
	unsigned char op;
	int x, y;
};

struct re_impl {
	int cflags;
	int backrefs;           /* has back-references: backtracking */
	struct re_node *root, *nodes;
	uint32_t (*sets)[8];    /* byte sets, 256 bits each */
	int nsets;
	struct re_inst *prog;   /* NULL when backrefs */
	int nprog, cap;
};

void __regex_free(struct re_impl *re);

#endif
