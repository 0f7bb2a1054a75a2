/* libFuzzer target for the scanf engine: the first bytes pick a format from
 * a small grammar, the rest is the input.  Every destination is a sentinel-
 * guarded buffer big enough for anything the input can produce; ASan checks
 * that nothing reads or writes outside them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ul.h"

#pragma GCC diagnostic ignored "-Wformat-nonliteral"

#define NARG 8

static _Alignas(16) unsigned char args[NARG][70000];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const conv[] = {
		"d", "i", "o", "u", "x", "X", "p", "hhd", "hi", "lu", "lld", "jx", "zu",
		"td", "f", "lf", "Lf", "le", "la", "LG", "s", "c", "[a-z]", "[^ ]",
		"[]-]", "[^]x-]", "ls", "lc", "l[^,]", "n", "hhn", "%",
	};
	char fmt[256];
	size_t nf = 0, i = 0;
	int nargs = 0;

	if (size < 1)
		return 0;
	int nconv = 1 + data[i++] % 6;
	for (int c = 0; c < nconv && i + 2 <= size && nargs < NARG; c++) {
		unsigned a = data[i++], b = data[i++];
		if (a & 1)
			fmt[nf++] = ' ';
		if (a & 2)
			fmt[nf++] = ',';
		fmt[nf++] = '%';
		const char *cv = conv[b % (sizeof conv / sizeof *conv)];
		int sup = (a & 4) && strcmp(cv, "%");
		if (sup)
			fmt[nf++] = '*';
		if (a & 8) {
			unsigned w = 1 + (a >> 4);      /* 1..16 */
			if (w >= 10)
				fmt[nf++] = '1';
			fmt[nf++] = (char)('0' + w % 10);
		}
		size_t k = strlen(cv);
		memcpy(fmt + nf, cv, k);
		nf += k;
		if (!sup && strcmp(cv, "%"))
			nargs++;
	}
	fmt[nf] = 0;
	/* The input: bytes below 0x80 as they are, the others expanding to
	 * tokens (so that short fuzz inputs still make long numbers). */
	static const char *const tok[] = {
		"0x", "1e", "e+", "nan", "inf", "infinity", "(nil)", "123456789",
		"0.000000000000000000000000000000001", "e-400", "e400", "p-1074",
		"\xc3\xa9", "\xf0\x9f\x98\x80", "\xff", "  ", "\t\n",
		"99999999999999999999999", "-", "+", ".", "]", "^", "0X1.FFFFFFFFFFFFFP1023",
		"2.4703282292062327e-324", "4.9406564584124654e-324", "e99999999999",
	};
	char *in = malloc((size - i) * 64 + 1);
	size_t ni = 0;
	for (; i < size; i++) {
		if (data[i] < 0x80)
			in[ni++] = (char)data[i];
		else {
			const char *t = tok[data[i] % (sizeof tok / sizeof *tok)];
			memcpy(in + ni, t, strlen(t));
			ni += strlen(t);
		}
	}
	in[ni] = 0;
	memset(args, 0, sizeof args);
	ul_sscanf(in, fmt, args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]);
	free(in);
	return 0;
}
