/* The hosts file (one address and its names per line, '#' comments) and
 * the well-known services, for getaddrinfo and getnameinfo. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <arpa/inet.h>
#include "../internal/netdb_impl.h"

/* T: over TCP, U: over UDP (as IANA and /etc/services list them). */
#define T 1
#define U 2
static const struct { const char *name; unsigned short port; unsigned char proto; } services[] = {
	{ "echo", 7, T | U }, { "discard", 9, T | U }, { "daytime", 13, T | U }, { "ftp-data", 20, T }, { "ftp", 21, T },
	{ "ssh", 22, T }, { "telnet", 23, T }, { "smtp", 25, T }, { "time", 37, T | U }, { "domain", 53, T | U },
	{ "bootps", 67, U }, { "bootpc", 68, U }, { "tftp", 69, U }, { "http", 80, T }, { "pop3", 110, T },
	{ "sunrpc", 111, T | U }, { "ntp", 123, U }, { "imap", 143, T }, { "snmp", 161, U }, { "ldap", 389, T },
	{ "https", 443, T }, { "syslog", 514, U }, { "imaps", 993, T }, { "pop3s", 995, T },
	{ "iscsi-target", 3260, T }, { "http-alt", 8080, T },
};

int __serv_port(const char *name, unsigned *protos)
{
	for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
		if (!strcmp(services[i].name, name)) {
			*protos = services[i].proto;
			return services[i].port;
		}
	return -1;
}

const char *__serv_name(int port, int udp)
{
	for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
		if (services[i].port == port && (services[i].proto & (udp ? U : T)))
			return services[i].name;
	return 0;
}

/* Calls each(addr_af, addr, name, ctx) for every name on every line until
 * it returns nonzero. */
static int walk(int (*each)(int, const unsigned char *, const char *, void *), void *ctx)
{
	/* No hosts file (or no way to read one, after ExitBootServices) is
	 * no entry, not an error: errno is left as it was. */
	int e = errno;
	FILE *f = fopen(__HOSTS_PATH, "r");
	if (!f) {
		errno = e;
		return 0;
	}
	char line[512];
	int r = 0;
	while (!r && fgets(line, sizeof line, f)) {
		char *hash = strchr(line, '#');
		if (hash)
			*hash = 0;
		char *save = 0, *tok = strtok_r(line, " \t\r\n", &save);
		if (!tok)
			continue;
		unsigned char a[16];
		int af = AF_INET;
		if (inet_pton(AF_INET, tok, a) != 1) {
			af = AF_INET6;
			if (inet_pton(AF_INET6, tok, a) != 1)
				continue;
		}
		while (!r && (tok = strtok_r(0, " \t\r\n", &save)))
			r = each(af, a, tok, ctx);
	}
	fclose(f);
	errno = e;
	return r;
}

struct fwd {
	const char *name;
	int af, max, n;
	unsigned char *out;
};

static int fwd_each(int af, const unsigned char *a, const char *name, void *ctx)
{
	struct fwd *c = ctx;
	if (af == c->af && !strcasecmp(name, c->name) && c->n < c->max) {
		size_t len = af == AF_INET ? 4 : 16;
		/* The same address on two lines counts once. */
		for (int i = 0; i < c->n; i++)
			if (!memcmp(c->out + (size_t)i * len, a, len))
				return 0;
		memcpy(c->out + (size_t)c->n * len, a, len);
		c->n++;
	}
	return 0;
}

int __hosts_lookup(const char *name, int af, unsigned char *out, int max)
{
	struct fwd c = { name, af, max, 0, out };
	walk(fwd_each, &c);
	return c.n;
}

struct rev {
	int af;
	const void *addr;
	char *buf;
	size_t size;
};

static int rev_each(int af, const unsigned char *a, const char *name, void *ctx)
{
	struct rev *c = ctx;
	if (af != c->af || memcmp(a, c->addr, af == AF_INET ? 4 : 16))
		return 0;
	size_t n = strlen(name);
	if (n >= c->size)
		return -1;
	memcpy(c->buf, name, n + 1);
	return 1;
}

int __hosts_reverse(int af, const void *addr, char *buf, size_t size)
{
	struct rev c = { af, addr, buf, size };
	return walk(rev_each, &c);
}
