#include <limits.h>
#include <locale.h>

/* The C locale's values (C17 7.11.2.1): "." and otherwise "" or CHAR_MAX,
 * meaning "not available". */
static char point[] = ".", empty[] = "";

static const struct lconv c_lconv = {
	.decimal_point = point,
	.thousands_sep = empty,
	.grouping = empty,
	.int_curr_symbol = empty,
	.currency_symbol = empty,
	.mon_decimal_point = empty,
	.mon_thousands_sep = empty,
	.mon_grouping = empty,
	.positive_sign = empty,
	.negative_sign = empty,
	.int_frac_digits = CHAR_MAX,
	.frac_digits = CHAR_MAX,
	.p_cs_precedes = CHAR_MAX,
	.p_sep_by_space = CHAR_MAX,
	.n_cs_precedes = CHAR_MAX,
	.n_sep_by_space = CHAR_MAX,
	.p_sign_posn = CHAR_MAX,
	.n_sign_posn = CHAR_MAX,
	.int_p_cs_precedes = CHAR_MAX,
	.int_p_sep_by_space = CHAR_MAX,
	.int_n_cs_precedes = CHAR_MAX,
	.int_n_sep_by_space = CHAR_MAX,
	.int_p_sign_posn = CHAR_MAX,
	.int_n_sign_posn = CHAR_MAX,
};

struct lconv *localeconv(void)
{
	/* A fresh copy each call, in case a program wrote to the last one. */
	static struct lconv lc;
	lc = c_lconv;
	return &lc;
}
