/* make bench: console output cost in one boot.
 *   printf:    10,000 lines of printf("line %5d: ... %s %x\n", ...)
 *   per line:  the same text, converted to UCS-2 beforehand, one
 *              OutputString call per line (the floor: the firmware's own cost)
 *   per char:  the same text, one OutputString call per character
 *              (measured on the first 1,000 lines, scaled per line)
 * Figures are cycles per line (rdtsc) and the ratios against "per line". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include "bench_arch.h"

#define LINES 10000
#define CHAR_LINES 1000

static const char *words[] = { "alpha", "beta", "gamma", "delta" };

static int make_line(char *buf, size_t n, int i)
{
	return snprintf(buf, n, "line %5d: the quick brown fox %s %x\n", i, words[i & 3], (unsigned)i * 2654435761u);
}

/* The same text as UCS-2 with CRLF, as the library would hand it over. */
static CHAR16 (*ucs)[80];

int main(void)
{
	SIMPLE_TEXT_OUTPUT_INTERFACE *out = uefi_system_table()->ConOut;
	ucs = malloc(sizeof *ucs * LINES);
	for (int i = 0; i < LINES; i++) {
		char b[80];
		int n = make_line(b, sizeof b, i), k = 0;
		for (int j = 0; j < n; j++) {
			if (b[j] == '\n')
				ucs[i][k++] = '\r';
			ucs[i][k++] = (CHAR16)(unsigned char)b[j];
		}
		ucs[i][k] = 0;
	}

	unsigned long long t0 = cycles();
	for (int i = 0; i < LINES; i++)
		out->OutputString(out, ucs[i]);
	unsigned long long per_line = cycles() - t0;

	t0 = cycles();
	for (int i = 0; i < LINES; i++)
		printf("line %5d: the quick brown fox %s %x\n", i, words[i & 3], (unsigned)i * 2654435761u);
	unsigned long long with_printf = cycles() - t0;

	t0 = cycles();
	for (int i = 0; i < CHAR_LINES; i++)
		for (CHAR16 *c = ucs[i]; *c; c++) {
			CHAR16 one[2] = { *c, 0 };
			out->OutputString(out, one);
		}
	unsigned long long per_char = (cycles() - t0) * (LINES / CHAR_LINES);

	/* The report goes to stderr's console too; the runner picks it out. */
	printf("bench: console, %d lines: per line %llu cycles/line, printf %llu, per char %llu\n", LINES,
	       per_line / LINES, with_printf / LINES, per_char / LINES);
	printf("bench: printf / one OutputString per line = %.3f (target <= 1.1); per character / per line = %.2f\n",
	       (double)with_printf / (double)per_line, (double)per_char / (double)per_line);
	fflush(stdout);
	uefi_system_table()->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
	return 0;
}
