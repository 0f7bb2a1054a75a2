/* <search.h> against glibc: hash tables (hsearch, hsearch_r), trees
 * (tsearch, tfind, tdelete, twalk, twalk_r, tdestroy), lsearch/lfind,
 * insque/remque, on random operation sequences. */
#define _GNU_SOURCE
#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ul.h"
#include "ul_posix_text.h"

static uint64_t rng = 0x5ea4c4ab1e5ull;
static unsigned rn(unsigned n) { return (unsigned)(check_xorshift(&rng) % n); }

/* ---- hash tables -------------------------------------------------------- */
static char keys[3000][16];

static void hash_tests(void)
{
	for (int i = 0; i < 3000; i++)
		snprintf(keys[i], sizeof keys[i], "k%d", i * 7919 % 100003);
	for (int round = 0; round < 20; round++) {
		size_t nel = 1 + rn(1500);
		CHECK(ul_hcreate(nel) != 0, "hcreate(%zu)", nel);
		CHECK(hcreate(nel) != 0, "glibc hcreate");
		size_t distinct = 0;
		static char used[3000];
		memset(used, 0, sizeof used);
		for (int op = 0; op < 4000; op++) {
			int k = (int)rn(3000);
			ACTION a = rn(2) ? ENTER : FIND;
			if (a == ENTER && !used[k] && distinct >= nel)
				a = FIND;       /* stay within what both must hold */
			ENTRY it = { keys[k], (void *)(intptr_t)(op + 1) };
			ENTRY *u = ul_hsearch(it, a), *g = hsearch(it, a);
			CHECK(!u == !g, "hsearch(%s, %s): %p, glibc %p", keys[k], a == ENTER ? "ENTER" : "FIND", (void *)u, (void *)g);
			if (u && g)
				CHECK(u->key == g->key && u->data == g->data, "hsearch(%s) entry differs", keys[k]);
			if (a == ENTER && !used[k]) {
				used[k] = 1;
				distinct++;
			}
		}
		ul_hdestroy();
		hdestroy();
	}
	/* A full table: at least nel entries fit, then ENTER fails with ENOMEM
	 * and FIND still works. */
	CHECK(ul_hcreate(100) != 0, "hcreate(100)");
	size_t n = 0;
	ENTRY *e;
	for (;; n++) {
		errno = 0;
		e = ul_hsearch((ENTRY){ keys[n], NULL }, ENTER);
		if (!e)
			break;
	}
	CHECK(n >= 100 && ul_errno == ENOMEM, "full table after %zu entries, errno %d", n, ul_errno);
	CHECK(ul_hsearch((ENTRY){ keys[5], NULL }, FIND) != NULL, "FIND in a full table");
	CHECK(ul_hsearch((ENTRY){ keys[5], NULL }, ENTER) != NULL, "ENTER of a present key in a full table");
	ul_errno = 0;
	CHECK(ul_hsearch((ENTRY){ "absent", NULL }, FIND) == NULL && ul_errno == ESRCH, "FIND absent: ESRCH");
	ul_errno = 0;
	CHECK(ul_hcreate(10) == 0 && ul_errno == EINVAL, "a second hcreate fails");
	ul_hdestroy();
	ul_errno = 0;
	CHECK(ul_hsearch((ENTRY){ "x", NULL }, ENTER) == NULL && ul_errno == ESRCH, "hsearch without a table");
	ul_errno = 0;
	CHECK(ul_hcreate((size_t)-1) == 0 && ul_errno == ENOMEM, "hcreate(SIZE_MAX): ENOMEM");
	/* Two re-entrant tables side by side, compared with glibc's. */
	struct ul_hsearch_data ut[2];
	struct hsearch_data gt[2];
	memset(ut, 0, sizeof ut);
	memset(gt, 0, sizeof gt);
	for (int t = 0; t < 2; t++) {
		CHECK(ul_hcreate_r(500, &ut[t]) == 1, "hcreate_r");
		CHECK(hcreate_r(500, &gt[t]) == 1, "glibc hcreate_r");
	}
	for (int op = 0; op < 20000; op++) {
		int t = (int)rn(2), k = (int)rn(400);
		ACTION a = rn(3) ? FIND : ENTER;
		ENTRY it = { keys[k], (void *)(intptr_t)(op + 1) }, *u = NULL, *g = NULL;
		int ur = ul_hsearch_r(it, a, &u, &ut[t]);
		int gr = hsearch_r(it, a, &g, &gt[t]);
		CHECK(ur == gr && !u == !g && (!u || (u->key == g->key && u->data == g->data)),
		      "hsearch_r(%s, %d) table %d: %d %p, glibc %d %p", keys[k], a, t, ur, (void *)u, gr, (void *)g);
	}
	for (int t = 0; t < 2; t++) {
		ul_hdestroy_r(&ut[t]);
		hdestroy_r(&gt[t]);
		CHECK(ut[t].table == NULL, "hdestroy_r clears the table");
	}
	ENTRY *r = (ENTRY *)1;
	ul_errno = 0;
	CHECK(ul_hsearch_r((ENTRY){ "x", NULL }, FIND, &r, NULL) == 0 && r == NULL && ul_errno == EINVAL, "hsearch_r(NULL table)");
	ul_errno = 0;
	CHECK(ul_hcreate_r(5, NULL) == 0 && ul_errno == EINVAL, "hcreate_r(NULL)");
}

/* ---- trees -------------------------------------------------------------- */
static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

#define KEYN 4096
static int vals[KEYN];

/* What a walk saw: the in-order keys, and per node the visits. */
struct walk {
	int inorder[KEYN + 1];
	int n, bad, maxdepth, nodes;
};
static struct walk uw, gw;
static struct walk *cur;

static void record(const void *nodep, VISIT which, int depth)
{
	int key = **(int *const *)nodep;
	if (depth > cur->maxdepth)
		cur->maxdepth = depth;
	if (which == postorder || which == leaf) {
		if (cur->n > KEYN)
			cur->bad++;
		else
			cur->inorder[cur->n++] = key;
	}
	if (which == preorder || which == leaf)
		cur->nodes++;
}

static void record_r(const void *nodep, VISIT which, void *closure)
{
	struct walk *w = closure;
	if (which == postorder || which == leaf)
		w->inorder[w->n++] = **(int *const *)nodep;
}

static int freed;
static void count_free(void *key)
{
	if (key)
		freed++;
}

static void tree_tests(void)
{
	for (int i = 0; i < KEYN; i++)
		vals[i] = i;
	void *uroot = NULL, *groot = NULL;
	static void *held[KEYN];        /* node pointers tsearch returned */
	static char present[KEYN];
	int count = 0;
	for (int op = 0; op < 200000; op++) {
		int k = (int)rn(op < 100000 ? KEYN : 600);
		int what = (int)rn(4);
		if (what <= 1) {
			void *u = ul_tsearch(&vals[k], &uroot, cmp_int);
			void *g = tsearch(&vals[k], &groot, cmp_int);
			CHECK(u && g && *(int **)u == &vals[k] && *(int **)g == &vals[k], "tsearch(%d)", k);
			if (present[k])
				CHECK(u == held[k], "tsearch(%d) of a present key returns its node", k);
			held[k] = u;
			count += !present[k];
			present[k] = 1;
		} else if (what == 2) {
			void *u = ul_tfind(&vals[k], &uroot, cmp_int);
			void *g = tfind(&vals[k], &groot, cmp_int);
			CHECK(!u == !g && (!u || u == held[k]), "tfind(%d): %p, glibc %p", k, u, g);
		} else {
			void *u = ul_tdelete(&vals[k], &uroot, cmp_int);
			void *g = tdelete(&vals[k], &groot, cmp_int);
			CHECK(!u == !g, "tdelete(%d): %p, glibc %p", k, u, g);
			if (u && uroot && u != (void *)&uroot) {
				/* The parent returned is a node still in the tree. */
				int pk = **(int **)u;
				CHECK(pk != k && ul_tfind(&vals[pk], &uroot, cmp_int) == u, "tdelete(%d) returned a node", k);
			}
			count -= present[k];
			present[k] = 0;
		}
		if (op % 5000 == 4999 || op == 199999) {
			memset(&uw, 0, sizeof uw);
			memset(&gw, 0, sizeof gw);
			cur = &uw;
			ul_twalk(uroot, record);
			cur = &gw;
			twalk(groot, record);
			CHECK(uw.n == gw.n && uw.n == count && memcmp(uw.inorder, gw.inorder, uw.n * sizeof(int)) == 0 && !uw.bad,
			      "twalk after %d ops: %d keys, glibc %d, expected %d", op + 1, uw.n, gw.n, count);
			CHECK(uw.nodes == count, "every node visited once: %d of %d", uw.nodes, count);
			/* AVL: height at most 1.44 log2(n + 2). */
			int lg = 0;
			while ((1 << lg) < count + 2)
				lg++;
			CHECK(uw.maxdepth + 1 <= (int)(1.4405 * lg) + 1, "height %d for %d nodes", uw.maxdepth + 1, count);
			for (int i = 1; i < uw.n; i++)
				CHECK(uw.inorder[i - 1] < uw.inorder[i], "in order");
			/* Every node pointer held still shows its key. */
			for (int i = 0; i < KEYN; i++)
				if (present[i])
					CHECK(*(int **)held[i] == &vals[i], "node of %d kept its key", i);
			struct walk ur, gr;
			memset(&ur, 0, sizeof ur);
			memset(&gr, 0, sizeof gr);
			ul_twalk_r(uroot, record_r, &ur);
			twalk_r(groot, record_r, &gr);
			CHECK(ur.n == gr.n && memcmp(ur.inorder, gr.inorder, ur.n * sizeof(int)) == 0, "twalk_r");
		}
	}
	freed = 0;
	ul_tdestroy(uroot, count_free);
	CHECK(freed == count, "tdestroy freed %d of %d", freed, count);
	tdestroy(groot, count_free);
	/* Ascending insertions stay balanced; deleting everything empties. */
	uroot = NULL;
	for (int i = 0; i < KEYN; i++)
		ul_tsearch(&vals[i], &uroot, cmp_int);
	memset(&uw, 0, sizeof uw);
	cur = &uw;
	ul_twalk(uroot, record);
	CHECK(uw.maxdepth + 1 == 13, "4096 ascending keys: height %d (13 for a perfect AVL)", uw.maxdepth + 1);
	for (int i = 0; i < KEYN; i++) {
		void *r = ul_tdelete(&vals[i], &uroot, cmp_int);
		CHECK(r != NULL, "tdelete(%d)", i);
	}
	CHECK(uroot == NULL, "empty after deleting everything");
	/* One node: a leaf at depth 0; its deletion returns non-NULL. */
	int one = 7;
	void *n1 = ul_tsearch(&one, &uroot, cmp_int);
	memset(&uw, 0, sizeof uw);
	ul_twalk(uroot, record);
	CHECK(uw.n == 1 && uw.nodes == 1 && uw.maxdepth == 0, "one node");
	CHECK(ul_tfind(&one, &uroot, cmp_int) == n1, "tfind one");
	CHECK(ul_tdelete(&one, &uroot, cmp_int) != NULL && uroot == NULL, "delete the root");
	/* NULL rootp. */
	CHECK(ul_tsearch(&one, NULL, cmp_int) == NULL && ul_tfind(&one, NULL, cmp_int) == NULL &&
	      ul_tdelete(&one, NULL, cmp_int) == NULL, "NULL rootp");
	CHECK(ul_tdelete(&one, &uroot, cmp_int) == NULL, "tdelete from an empty tree");
	ul_twalk(NULL, record);
	ul_tdestroy(NULL, count_free);
}

/* The visit order on a fixed tree, where the shape is determined: 2 as root
 * with 1 and 3 below (inserted 2, 1, 3 into an AVL or a red-black tree). */
static char order[64];
static void order_rec(const void *nodep, VISIT which, int depth)
{
	char s[8];
	snprintf(s, sizeof s, "%d%c%d ", **(int *const *)nodep, "pPel"[which], depth);
	strcat(order, s);
}

static void visit_order(void)
{
	int v[3] = { 2, 1, 3 };
	void *ur = NULL, *gr = NULL;
	for (int i = 0; i < 3; i++) {
		ul_tsearch(&v[i], &ur, cmp_int);
		tsearch(&v[i], &gr, cmp_int);
	}
	char uo[64];
	order[0] = 0;
	ul_twalk(ur, order_rec);
	strcpy(uo, order);
	order[0] = 0;
	twalk(gr, order_rec);
	CHECK(strcmp(uo, order) == 0 && strcmp(uo, "2p0 1l1 2P0 3l1 2e0 ") == 0, "visit order \"%s\", glibc \"%s\"", uo, order);
	ul_tdestroy(ur, NULL);
	tdestroy(gr, count_free);
}

/* ---- lsearch, lfind ----------------------------------------------------- */
static void linear_tests(void)
{
	int ua[600], ga[600];
	size_t un = 0, gn = 0;
	for (int op = 0; op < 5000; op++) {
		int k = (int)rn(700);
		if (rn(2) && un < 590) {
			int *u = ul_lsearch(&k, ua, &un, sizeof(int), cmp_int);
			int *g = lsearch(&k, ga, &gn, sizeof(int), cmp_int);
			CHECK(un == gn && u - ua == g - ga && *u == k, "lsearch(%d)", k);
		} else {
			int *u = ul_lfind(&k, ua, &un, sizeof(int), cmp_int);
			int *g = lfind(&k, ga, &gn, sizeof(int), cmp_int);
			CHECK(!u == !g && (!u || u - ua == g - ga), "lfind(%d)", k);
		}
	}
	CHECK(un == gn && memcmp(ua, ga, un * sizeof(int)) == 0, "lsearch arrays equal");
	size_t zero = 0;
	int k = 1;
	CHECK(ul_lfind(&k, ua, &zero, sizeof(int), cmp_int) == NULL, "lfind in an empty array");
}

/* ---- insque, remque ----------------------------------------------------- */
struct q {
	struct q *next, *prev;
	int id;
};

static void queue_tests(void)
{
	static struct q ue[64], ge[64];
	for (int circ = 0; circ < 2; circ++) {
		for (int i = 0; i < 64; i++) {
			ue[i] = (struct q){ NULL, NULL, i };
			ge[i] = (struct q){ NULL, NULL, i };
		}
		if (circ) {     /* a circular queue: element 0 points to itself */
			ue[0].next = ue[0].prev = &ue[0];
			ge[0].next = ge[0].prev = &ge[0];
		} else {
			ul_insque(&ue[0], NULL);
			insque(&ge[0], NULL);
		}
		static char in[64];
		memset(in, 0, sizeof in);
		in[0] = 1;
		for (int op = 0; op < 3000; op++) {
			int e = 1 + (int)rn(63), p = (int)rn(64);
			if (!in[e] && in[p]) {
				ul_insque(&ue[e], &ue[p]);
				insque(&ge[e], &ge[p]);
				in[e] = 1;
			} else if (in[e]) {
				ul_remque(&ue[e]);
				remque(&ge[e]);
				in[e] = 0;
			}
			int same = 1;
			for (int i = 0; i < 64; i++) {
				if (!in[i])
					continue;
				long un = ue[i].next ? ue[i].next - ue : -1, gn = ge[i].next ? ge[i].next - ge : -1;
				long up = ue[i].prev ? ue[i].prev - ue : -1, gp = ge[i].prev ? ge[i].prev - ge : -1;
				same &= un == gn && up == gp;
			}
			CHECK(same, "queue after op %d (circular %d)", op, circ);
		}
	}
}

int main(void)
{
	hash_tests();
	tree_tests();
	visit_order();
	linear_tests();
	queue_tests();
	return check_report("search");
}
