/* inet_ntop: IPv6 in RFC 5952's form (lower case, the longest run of two
 * or more zero groups as "::", the first when tied; ::ffff:a.b.c.d and
 * ::a.b.c.d with a dotted tail, as glibc prints them). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>

static char *put_u(char *p, unsigned v, unsigned base)
{
	char t[8];
	int n = 0;
	do
		t[n++] = "0123456789abcdef"[v % base];
	while ((v /= base));
	while (n)
		*p++ = t[--n];
	return p;
}

static char *ntop4(const unsigned char *a, char *p)
{
	for (int i = 0; i < 4; i++) {
		p = put_u(p, a[i], 10);
		if (i < 3)
			*p++ = '.';
	}
	*p = 0;
	return p;
}

const char *inet_ntop(int af, const void *__restrict src, char *__restrict dst, socklen_t size)
{
	const unsigned char *a = src;
	char buf[64], *p = buf;
	if (af == AF_INET) {
		ntop4(a, buf);
	} else if (af == AF_INET6) {
		unsigned g[8];
		for (int i = 0; i < 8; i++)
			g[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
		int best = -1, bestlen = 0;
		for (int i = 0; i < 8;) {
			if (g[i]) {
				i++;
				continue;
			}
			int j = i;
			while (j < 8 && !g[j])
				j++;
			if (j - i > bestlen && j - i >= 2) {
				best = i;
				bestlen = j - i;
			}
			i = j;
		}
		int v4 = (best == 0 && bestlen == 6 && (g[6] || g[7] > 1)) ||
		         (best == 0 && bestlen == 5 && g[5] == 0xffff);
		int end = v4 ? 6 : 8;
		for (int i = 0; i < end; i++) {
			if (i == best) {
				*p++ = ':';
				if (i == 0)
					*p++ = ':';
				i += bestlen - 1;
				if (v4 && i + 1 == end)
					break;
				continue;
			}
			p = put_u(p, g[i], 16);
			if (i < end - 1 || v4)
				*p++ = ':';
		}
		if (v4)
			p = ntop4(a + 12, p);
		*p = 0;
	} else {
		errno = EAFNOSUPPORT;
		return 0;
	}
	size_t n = strlen(buf);
	if (n >= size) {
		errno = ENOSPC;
		return 0;
	}
	memcpy(dst, buf, n + 1);
	return dst;
}
