#include "../internal/unicode.h"

static int start(struct __utf8_decoder *d, unsigned char b, uint32_t *out)
{
	d->lo = 0x80;
	d->hi = 0xBF;
	if (b < 0x80) {
		*out = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF) {
		d->need = 1;
		d->cp = b & 0x1F;
	} else if (b >= 0xE0 && b <= 0xEF) {
		d->need = 2;
		d->cp = b & 0x0F;
		if (b == 0xE0)
			d->lo = 0xA0;        /* overlong */
		else if (b == 0xED)
			d->hi = 0x9F;        /* surrogates */
	} else if (b >= 0xF0 && b <= 0xF4) {
		d->need = 3;
		d->cp = b & 0x07;
		if (b == 0xF0)
			d->lo = 0x90;        /* overlong */
		else if (b == 0xF4)
			d->hi = 0x8F;        /* beyond U+10FFFF */
	} else {
		*out = __REPLACEMENT_CHAR;   /* C0, C1, F5..FF, stray continuation */
		return 1;
	}
	return 0;
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
