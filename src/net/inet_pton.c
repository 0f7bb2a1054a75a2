/* inet_pton: IPv4 as exactly four decimal parts (no leading zeros, as
 * glibc), IPv6 per RFC 4291 text form, with "::" and a dotted IPv4 tail. */
#include <errno.h>
#include <string.h>
#include <arpa/inet.h>

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int pton4(const char *s, unsigned char *out)
{
	for (int i = 0; i < 4; i++) {
		if (*s < '0' || *s > '9')
			return 0;
		unsigned v = 0;
		int n = 0;
		const char *start = s;
		while (*s >= '0' && *s <= '9') {
			v = v * 10 + (unsigned)(*s++ - '0');
			if (++n > 3 || v > 255)
				return 0;
		}
		if (n > 1 && *start == '0')
			return 0;
		out[i] = (unsigned char)v;
		if (i < 3 && *s++ != '.')
			return 0;
	}
	return *s == 0;
}

static int pton6(const char *s, unsigned char *out)
{
	unsigned char a[16];
	int n = 0, gap = -1;
	if (*s == ':' && *++s != ':')
		return 0;
	for (;;) {
		if (*s == ':' && gap < 0 && (n || s[-1] == ':')) {
			if (s[-1] != ':' && n)
				return 0;
		}
		if (*s == ':') {
			if (gap >= 0)
				return 0;
			gap = n;
			s++;
			if (!*s)
				break;
			continue;
		}
		if (n == 16)
			return 0;
		/* A dotted IPv4 tail. */
		const char *q = s;
		while (hexval(*q) >= 0)
			q++;
		if (*q == '.') {
			if (n > 12 || !pton4(s, a + n))
				return 0;
			n += 4;
			break;
		}
		unsigned v = 0;
		int k = 0;
		for (; hexval(*s) >= 0; s++) {
			if (++k > 4)
				return 0;
			v = v * 16 + (unsigned)hexval(*s);
		}
		if (!k)
			return 0;
		a[n++] = (unsigned char)(v >> 8);
		a[n++] = (unsigned char)v;
		if (!*s)
			break;
		if (*s != ':')
			return 0;
		s++;
		if (!*s)
			return 0;
	}
	if (gap < 0 && n != 16)
		return 0;
	if (gap >= 0 && n == 16)
		return 0;
	if (gap >= 0) {
		int tail = n - gap;
		memset(out, 0, 16);
		memcpy(out, a, (size_t)gap);
		memcpy(out + 16 - tail, a + gap, (size_t)tail);
	} else {
		memcpy(out, a, 16);
	}
	return 1;
}

int inet_pton(int af, const char *__restrict src, void *__restrict dst)
{
	unsigned char buf[16];
	if (af == AF_INET) {
		if (!pton4(src, buf))
			return 0;
		memcpy(dst, buf, 4);
		return 1;
	}
	if (af == AF_INET6) {
		if (!pton6(src, buf))
			return 0;
		memcpy(dst, buf, 16);
		return 1;
	}
	errno = EAFNOSUPPORT;
	return -1;
}
