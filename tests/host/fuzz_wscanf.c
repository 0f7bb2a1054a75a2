/* libFuzzer target for the wscanf engine (swscanf, and fwscanf over the
 * UTF-8 of the same input): the first bytes pick a format from a small
 * grammar (scan sets with non-ASCII members and ranges included), the rest
 * is the input, in UTF-16 units with surrogate pairs, lone surrogates and
 * U+FFFF among them.  Every destination is a buffer big enough for
 * anything the input can produce (a %s of n units stores at most 3n bytes);
 * ASan checks that nothing reads or writes outside them. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ul.h"
#include "ul_wide.h"

#define NARG 8

static _Alignas(16) unsigned char args[NARG][70000];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const conv[] = {
		"d", "i", "o", "u", "x", "X", "p", "hhd", "hi", "lu", "lld", "jx", "zu",
		"td", "f", "lf", "Lf", "le", "la", "LG", "s", "c", "[a-z]", "[^ ]",
		"[]-]", "[^]x-]", "ls", "lc", "l[^,]", "n", "hhn", "%", "[\xe9-\xff]",
		"l[^\xe9]", "[\x01]", "3c", "3lc",
	};
	uint16_t fmt[256];
	size_t nf = 0, i = 0;
	int nargs = 0;

	if (size < 1 || size > 2000)   /* 16,000 units at most: 48 KB of %s */
		return 0;
	int nconv = 1 + data[i++] % 6;
	for (int c = 0; c < nconv && i + 2 <= size && nargs < NARG; c++) {
		unsigned a = data[i++], b = data[i++];
		if (a & 1)
			fmt[nf++] = (a & 0x80) ? 0x3000 : ' ';
		if (a & 2)
			fmt[nf++] = (a & 0x40) ? 0x20AC : ',';
		fmt[nf++] = '%';
		const char *cv = conv[b % (sizeof conv / sizeof *conv)];
		int sup = (a & 4) && strcmp(cv, "%");
		if (sup)
			fmt[nf++] = '*';
		if (a & 8) {
			unsigned w = 1 + (a >> 4);      /* 1..16 */
			if (w >= 10)
				fmt[nf++] = '1';
			fmt[nf++] = (uint16_t)('0' + w % 10);
		}
		/* \xNN in conv stands for U+00NN, and \x01 for a pair */
		for (const unsigned char *p = (const unsigned char *)cv; *p; p++) {
			if (*p == 1) {
				fmt[nf++] = 0xD83D;
				fmt[nf++] = 0xDE00;
			} else
				fmt[nf++] = *p;
		}
		if (!sup && strcmp(cv, "%"))
			nargs++;
	}
	fmt[nf] = 0;
	/* The input: units below 0x80 as they are, the others expanding to
	 * tokens. */
	static const uint16_t tok[][8] = {
		{ '0', 'x' }, { '1', 'e' }, { 'n', 'a', 'n' }, { 'i', 'n', 'f' }, { '(', 'n', 'i', 'l', ')' },
		{ '1', '2', '3', '4', '5', '6', '7', '8' }, { 0xe9 }, { 0xD83D, 0xDE00 }, { 0xD800 },
		{ 0xDC00 }, { 0xFFFF }, { 0x3000 }, { 0x2028, 0xA0 }, { 0x20AC }, { 0xff, 0x100 },
		{ '9', '9', '9', '9', '9', '9', '9', '9' }, { '-' }, { '+' }, { '.' }, { ']' }, { 'e', '4', '0', '0' },
	};
	uint16_t *in = malloc(((size - i) * 8 + 1) * sizeof *in);
	size_t ni = 0;
	for (; i < size; i++) {
		if (data[i] < 0x80 && data[i])
			in[ni++] = data[i];
		else {
			const uint16_t *t = tok[data[i] % (sizeof tok / sizeof *tok)];
			for (int k = 0; k < 8 && t[k]; k++)
				in[ni++] = t[k];
		}
	}
	in[ni] = 0;
	memset(args, 0, sizeof args);
	ul_swscanf(in, fmt, args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]);

	/* The same through a wide stream: the input as UTF-8 (lone surrogates
	 * and U+FFFF become bytes the decoder refuses: EILSEQ paths). */
	char *u8 = malloc(ni * 3 + 1);
	size_t nb = 0;
	for (size_t k = 0; k < ni; k++) {
		uint32_t c = in[k];
		if (c >= 0xD800 && c < 0xDC00 && k + 1 < ni && in[k + 1] >= 0xDC00 && in[k + 1] < 0xE000) {
			c = 0x10000 + ((c - 0xD800) << 10) + (in[++k] - 0xDC00);
			u8[nb++] = (char)(0xF0 | c >> 18);
			u8[nb++] = (char)(0x80 | (c >> 12 & 0x3F));
			u8[nb++] = (char)(0x80 | (c >> 6 & 0x3F));
			u8[nb++] = (char)(0x80 | (c & 0x3F));
		} else if (c < 0x80) {
			u8[nb++] = (char)c;
		} else if (c < 0x800) {
			u8[nb++] = (char)(0xC0 | c >> 6);
			u8[nb++] = (char)(0x80 | (c & 0x3F));
		} else {
			u8[nb++] = (char)(0xE0 | c >> 12);
			u8[nb++] = (char)(0x80 | (c >> 6 & 0x3F));
			u8[nb++] = (char)(0x80 | (c & 0x3F));
		}
	}
	if (nb) {
		ul_FILE *f = ul_fmemopen(u8, nb, "r");
		if (f) {
			memset(args, 0, sizeof args);
			ul_fwscanf(f, fmt, args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]);
			ul_fclose(f);
		}
	}
	free(u8);
	free(in);
	return 0;
}
