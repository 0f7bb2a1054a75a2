/* inet_aton: the traditional forms a, a.b, a.b.c, a.b.c.d, each part
 * decimal, octal (leading 0) or hexadecimal (0x). */
#include <ctype.h>
#include <arpa/inet.h>

int inet_aton(const char *cp, struct in_addr *inp)
{
	unsigned long long part[4];
	int n = 0;
	const char *s = cp;
	for (;;) {
		if (n == 4 || !isdigit((unsigned char)*s))
			return 0;
		unsigned long long v = 0;
		unsigned base = 10;
		if (*s == '0') {
			base = 8;
			s++;
			if (*s == 'x' || *s == 'X') {
				base = 16;
				s++;
				if (!isxdigit((unsigned char)*s))
					return 0;
			}
		}
		for (;; s++) {
			int c = (unsigned char)*s, d;
			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (base == 16 && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (base == 16 && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				break;
			if ((unsigned)d >= base)
				return 0;
			v = v * base + (unsigned)d;
			if (v > 0xffffffffull)
				return 0;
		}
		part[n++] = v;
		if (*s != '.')
			break;
		s++;
	}
	if (*s && !isspace((unsigned char)*s))
		return 0;
	unsigned long long a;
	switch (n) {
	case 1: a = part[0]; break;
	case 2:
		if (part[0] > 255 || part[1] > 0xffffff) return 0;
		a = part[0] << 24 | part[1];
		break;
	case 3:
		if (part[0] > 255 || part[1] > 255 || part[2] > 0xffff) return 0;
		a = part[0] << 24 | part[1] << 16 | part[2];
		break;
	default:
		for (int i = 0; i < 4; i++)
			if (part[i] > 255) return 0;
		a = part[0] << 24 | part[1] << 16 | part[2] << 8 | part[3];
		break;
	}
	if (inp)
		inp->s_addr = htonl((uint32_t)a);
	return 1;
}
