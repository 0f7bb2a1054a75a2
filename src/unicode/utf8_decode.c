/* build: -Os (every program that prints carries it) */
#include "../internal/unicode.h"

static int start(struct __utf8_decoder *d, unsigned char b, uint32_t *out)
{
	int need = __utf8_lead(b, &d->cp, &d->lo, &d->hi);
	if (need > 0) {
		d->need = (unsigned char)need;
		return 0;
	}
	*out = need ? __REPLACEMENT_CHAR : d->cp;
	return 1;
}

int __utf8_decode_byte(struct __utf8_decoder *d, unsigned char b, uint32_t out[2])
{
	if (!d->need)
		return start(d, b, out);
	if (b < d->lo || b > d->hi) {
		/* The sequence so far is one maximal subpart; b starts afresh. */
		d->need = 0;
		out[0] = __REPLACEMENT_CHAR;
		return 1 + start(d, b, out + 1);
	}
	d->cp = d->cp << 6 | (b & 0x3F);
	d->lo = 0x80;
	d->hi = 0xBF;
	if (--d->need)
		return 0;
	out[0] = d->cp;
	return 1;
}

int __utf8_decode_end(struct __utf8_decoder *d, uint32_t out[1])
{
	if (!d->need)
		return 0;
	d->need = 0;
	out[0] = __REPLACEMENT_CHAR;
	return 1;
}
