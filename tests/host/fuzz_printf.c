/* Format strings from the fuzzer: each input is decoded into conversion
 * specs (flags, width, precision, length, conversion), each formatted with
 * one argument of the right type by the library and by glibc; the two must
 * agree byte for byte, return value included.  Literal text between specs
 * comes from the input too. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "ul.h"

static int (*volatile glibc_snprintf)(char *, size_t, const char *, ...) = snprintf;

static uint64_t take(const uint8_t **p, const uint8_t *end, int n)
{
	uint64_t v = 0;
	for (int i = 0; i < n && *p < end; i++)
		v = v << 8 | *(*p)++;
	return v;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *p = data, *end = data + size;
	while (p < end) {
		char fmt[64], *f = fmt;
		/* a little literal text, no '%' */
		int lit = (int)(take(&p, end, 1) % 4);
		for (int i = 0; i < lit && p < end; i++) {
			char c = (char)(take(&p, end, 1) % 94 + 33);
			*f++ = c == '%' ? '.' : c;
		}
		*f++ = '%';
		unsigned flags = (unsigned)take(&p, end, 1);
		const char *fl = "-+ #0";
		for (int i = 0; i < 5; i++)
			if (flags >> i & 1)
				*f++ = fl[i];
		if (flags & 0x20)
			f += sprintf(f, "%d", (int)(take(&p, end, 1) % 40));
		if (flags & 0x40)
			f += sprintf(f, ".%d", (int)(take(&p, end, 1) % 40));
		unsigned conv = (unsigned)take(&p, end, 1) % 17;
		char out1[512], out2[512];
		int r1, r2;
		uint64_t v = take(&p, end, 8);
		switch (conv) {
		case 0: case 1: case 2: case 3: case 4: case 5: {
			static const char *len[] = { "hh", "h", "", "l", "ll", "z" };
			static const char cv[] = "diouxX";
			f += sprintf(f, "%s%c", len[conv], cv[(v >> 3) % 6]);
			*f = 0;
			if (conv <= 2) {
				r1 = ul_snprintf(out1, sizeof out1, fmt, (int)v);
				r2 = glibc_snprintf(out2, sizeof out2, fmt, (int)v);
			} else if (conv == 3) {
				r1 = ul_snprintf(out1, sizeof out1, fmt, (long)v);
				r2 = glibc_snprintf(out2, sizeof out2, fmt, (long)v);
			} else if (conv == 4) {
				r1 = ul_snprintf(out1, sizeof out1, fmt, (long long)v);
				r2 = glibc_snprintf(out2, sizeof out2, fmt, (long long)v);
			} else {
				r1 = ul_snprintf(out1, sizeof out1, fmt, (size_t)v);
				r2 = glibc_snprintf(out2, sizeof out2, fmt, (size_t)v);
			}
			break;
		}
		case 6: case 7: case 8: case 9: case 10: case 11: case 12: case 13: {
			static const char cv[] = "aAeEfFgG";
			f += sprintf(f, "%c", cv[conv - 6]);
			*f = 0;
			double d;
			memcpy(&d, &v, sizeof d);
			r1 = ul_snprintf(out1, sizeof out1, fmt, d);
			r2 = glibc_snprintf(out2, sizeof out2, fmt, d);
			break;
		}
		case 14: {
			*f++ = 'c';
			*f = 0;
			r1 = ul_snprintf(out1, sizeof out1, fmt, (int)(v & 0xFF));
			r2 = glibc_snprintf(out2, sizeof out2, fmt, (int)(v & 0xFF));
			break;
		}
		case 15: {
			*f++ = 's';
			*f = 0;
			char s[9];
			memcpy(s, &v, 8);
			s[8] = 0;
			r1 = ul_snprintf(out1, sizeof out1, fmt, s);
			r2 = glibc_snprintf(out2, sizeof out2, fmt, s);
			break;
		}
		default: {
			*f++ = 'p';
			*f = 0;
			if (flags & 0x19)   /* glibc's %p with # 0 or - is not worth mirroring here */
				continue;
			r1 = ul_snprintf(out1, sizeof out1, fmt, (void *)(uintptr_t)v);
			r2 = glibc_snprintf(out2, sizeof out2, fmt, (void *)(uintptr_t)v);
			break;
		}
		}
		if (r1 != r2 || (r1 >= 0 && strcmp(out1, out2))) {
			fprintf(stderr, "fuzz_printf: \"%s\": library %d \"%s\", glibc %d \"%s\"\n", fmt, r1, out1, r2, out2);
			__builtin_trap();
		}
	}
	return 0;
}
