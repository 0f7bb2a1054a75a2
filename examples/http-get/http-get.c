/* http-get: fetch a URL over HTTP/1.1 into a file, with the library's
 * sockets and stdio over the socket (docs/network.md, "examples/http-get").
 *
 *     http-get [-q] [-o FILE] [-m MEMTYPE] URL
 *
 * Follows redirects (301, 302, 303, 307, 308; at most 5), reads bodies
 * sized by Content-Length, chunked, or ended by the connection's close,
 * and shows a progress bar on stderr (-q: none).  -o FILE writes the body
 * there ("-" or no -o: stdout); -m MEMTYPE (a number, e.g. 2 for
 * EfiLoaderData or 0x80000001) keeps it in memory instead, in pages of
 * that type, and prints where: what a bootloader does with a kernel.
 * Exit status: 0, or 1 with a message on stderr.  Only plain http:// (no
 * TLS).  Written against POSIX only (apart from -m). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <netdb.h>
#include <sys/socket.h>
#include <uefi/malloc.h>

static int quiet;

struct url {
	char host[256], port[8], path[2048];
};

static int parse_url(const char *u, struct url *out)
{
	if (strncasecmp(u, "http://", 7)) {
		fprintf(stderr, "http-get: only http:// URLs: %s\n", u);
		return -1;
	}
	u += 7;
	size_t hl = strcspn(u, ":/?#");
	if (!hl || hl >= sizeof out->host) {
		fprintf(stderr, "http-get: bad host in URL\n");
		return -1;
	}
	memcpy(out->host, u, hl);
	out->host[hl] = 0;
	u += hl;
	strcpy(out->port, "80");
	if (*u == ':') {
		size_t pl = strspn(u + 1, "0123456789");
		if (!pl || pl >= sizeof out->port) {
			fprintf(stderr, "http-get: bad port in URL\n");
			return -1;
		}
		memcpy(out->port, u + 1, pl);
		out->port[pl] = 0;
		u += 1 + pl;
	}
	size_t rest = strcspn(u, "#");
	if (rest + 2 > sizeof out->path) {
		fprintf(stderr, "http-get: URL too long\n");
		return -1;
	}
	if (*u != '/')
		out->path[0] = '/', memcpy(out->path + 1, u, rest), out->path[rest + 1] = 0;
	else
		memcpy(out->path, u, rest), out->path[rest] = 0;
	return 0;
}

static FILE *open_conn(const struct url *u)
{
	struct addrinfo h, *res, *a;
	memset(&h, 0, sizeof h);
	h.ai_family = AF_UNSPEC;
	h.ai_socktype = SOCK_STREAM;
	int e = getaddrinfo(u->host, u->port, &h, &res);
	if (e) {
		fprintf(stderr, "http-get: %s: %s\n", u->host, gai_strerror(e));
		return 0;
	}
	int fd = -1, err = 0;
	for (a = res; a && fd < 0; a = a->ai_next) {
		fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
		if (fd < 0) {
			err = errno;
			continue;
		}
		if (connect(fd, a->ai_addr, a->ai_addrlen)) {
			err = errno;
			close(fd);
			fd = -1;
		}
	}
	freeaddrinfo(res);
	if (fd < 0) {
		fprintf(stderr, "http-get: connect to %s:%s: %s\n", u->host, u->port, strerror(err));
		return 0;
	}
	FILE *f = fdopen(fd, "r+");
	if (!f) {
		fprintf(stderr, "http-get: fdopen: %s\n", strerror(errno));
		close(fd);
	}
	return f;
}

/* Where the body goes: a stream, or a growing buffer. */
struct sink {
	FILE *out;
	unsigned char *mem;
	size_t len, cap;
	unsigned long long total;  /* expected size, 0: unknown */
	int bar;                   /* last progress shown (0..50) */
};

static void progress(struct sink *s, int done)
{
	if (quiet)
		return;
	if (s->total) {
		int bar = (int)(s->len * 50 / s->total);
		if (bar == s->bar && !done)
			return;
		s->bar = bar;
		fprintf(stderr, "\r[%-50.*s] %3d%% %zu", bar, "##################################################",
		        (int)(s->len * 100 / s->total), s->len);
	} else if (done || (s->len >> 16) != (size_t)s->bar) {
		s->bar = (int)(s->len >> 16);
		fprintf(stderr, "\r%zu bytes", s->len);
	}
	if (done)
		fputc('\n', stderr);
}

static int put(struct sink *s, const void *buf, size_t n)
{
	if (s->out) {
		if (fwrite(buf, 1, n, s->out) != n) {
			fprintf(stderr, "\nhttp-get: write: %s\n", strerror(errno));
			return -1;
		}
	} else {
		if (s->len + n > s->cap) {
			size_t cap = s->cap ? s->cap : 1 << 20;
			while (cap < s->len + n)
				cap *= 2;
			unsigned char *m = realloc(s->mem, cap);
			if (!m) {
				fprintf(stderr, "\nhttp-get: out of memory at %zu bytes\n", s->len);
				return -1;
			}
			s->mem = m;
			s->cap = cap;
		}
		memcpy(s->mem + s->len, buf, n);
	}
	s->len += n;
	progress(s, 0);
	return 0;
}

/* Copies n bytes (all until EOF when n is -1) from the connection. */
static int copy(FILE *c, struct sink *s, long long n)
{
	static unsigned char buf[16384];
	while (n) {
		size_t want = n < 0 || n > (long long)sizeof buf ? sizeof buf : (size_t)n;
		size_t got = fread(buf, 1, want, c);
		if (!got) {
			if (n < 0 && !ferror(c))
				return 0;
			fprintf(stderr, "\nhttp-get: connection ended early: %s\n", ferror(c) ? strerror(errno) : "end of stream");
			return -1;
		}
		if (put(s, buf, got))
			return -1;
		if (n > 0)
			n -= (long long)got;
	}
	return 0;
}

static int read_line(FILE *c, char *line, size_t size)
{
	if (!fgets(line, (int)size, c)) {
		fprintf(stderr, "http-get: connection ended in the headers\n");
		return -1;
	}
	size_t n = strlen(line);
	if (n == size - 1 && line[n - 1] != '\n') {
		fprintf(stderr, "http-get: header line too long\n");
		return -1;
	}
	while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = 0;
	return 0;
}

static int chunked(FILE *c, struct sink *s)
{
	char line[256];
	for (;;) {
		if (read_line(c, line, sizeof line))
			return -1;
		char *end;
		errno = 0;
		unsigned long long n = strtoull(line, &end, 16);
		if (end == line || errno || (*end && *end != ';' && *end != ' ')) {
			fprintf(stderr, "http-get: bad chunk size \"%s\"\n", line);
			return -1;
		}
		if (!n)
			break;
		if (copy(c, s, (long long)n) || read_line(c, line, sizeof line))
			return -1;
		if (*line) {
			fprintf(stderr, "http-get: no CRLF after a chunk\n");
			return -1;
		}
	}
	/* Trailers, up to the empty line. */
	do
		if (read_line(c, line, sizeof line))
			return -1;
	while (*line);
	return 0;
}

/* One request: 0 with the body in s, 1 with *next set to a redirect's
 * URL, -1 on error. */
static int fetch(const struct url *u, struct sink *s, char *next, size_t next_size)
{
	FILE *c = open_conn(u);
	if (!c)
		return -1;
	fprintf(c, "GET %s HTTP/1.1\r\nHost: %s%s%s\r\nUser-Agent: http-get (uefi-libc)\r\n"
	           "Accept-Encoding: identity\r\nConnection: close\r\n\r\n",
	        u->path, u->host, strcmp(u->port, "80") ? ":" : "", strcmp(u->port, "80") ? u->port : "");
	if (fflush(c)) {
		fprintf(stderr, "http-get: sending the request: %s\n", strerror(errno));
		fclose(c);
		return -1;
	}
	char line[4096];
	int status = 0, r = -1;
	long long length = -1;
	int is_chunked = 0;
	*next = 0;
	if (read_line(c, line, sizeof line))
		goto out;
	if (sscanf(line, "HTTP/1.%*d %d", &status) != 1) {
		fprintf(stderr, "http-get: not an HTTP response: %s\n", line);
		goto out;
	}
	char reason[256];
	snprintf(reason, sizeof reason, "%s", strchr(line, ' ') + 1);
	for (;;) {
		if (read_line(c, line, sizeof line))
			goto out;
		if (!*line)
			break;
		char *colon = strchr(line, ':');
		if (!colon)
			continue;
		*colon = 0;
		char *v = colon + 1 + strspn(colon + 1, " \t");
		if (!strcasecmp(line, "Content-Length")) {
			char *end;
			errno = 0;
			length = strtoll(v, &end, 10);
			if (end == v || *end || errno || length < 0) {
				fprintf(stderr, "http-get: bad Content-Length \"%s\"\n", v);
				goto out;
			}
		} else if (!strcasecmp(line, "Transfer-Encoding")) {
			is_chunked = strcasestr(v, "chunked") != 0;
		} else if (!strcasecmp(line, "Location")) {
			snprintf(next, next_size, "%s", v);
		}
	}
	if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
		if (!*next) {
			fprintf(stderr, "http-get: %d without a Location\n", status);
			goto out;
		}
		r = 1;
		goto out;
	}
	if (status != 200) {
		fprintf(stderr, "http-get: %s\n", reason);
		goto out;
	}
	s->total = !is_chunked && length > 0 ? (unsigned long long)length : 0;
	s->bar = -1;
	r = is_chunked ? chunked(c, s) : copy(c, s, length);
	progress(s, 1);
out:
	fclose(c);
	return r;
}

int main(int argc, char **argv)
{
	const char *outname = 0;
	unsigned long memtype = 0;
	int in_memory = 0;
	int opt;
	while ((opt = getopt(argc, argv, "qo:m:")) != -1) {
		switch (opt) {
		case 'q': quiet = 1; break;
		case 'o': outname = optarg; break;
		case 'm': {
			char *end;
			errno = 0;
			memtype = strtoul(optarg, &end, 0);
			if (end == optarg || *end || errno || memtype > 0xffffffffu) {
				fprintf(stderr, "http-get: bad memory type %s\n", optarg);
				return 1;
			}
			in_memory = 1;
			break;
		}
		default:
			fprintf(stderr, "usage: http-get [-q] [-o FILE] [-m MEMTYPE] URL\n");
			return 1;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: http-get [-q] [-o FILE] [-m MEMTYPE] URL\n");
		return 1;
	}
	struct sink s;
	memset(&s, 0, sizeof s);
	if (in_memory) {
		if (uefi_set_memory_type((EFI_MEMORY_TYPE)memtype) != EFI_SUCCESS) {
			fprintf(stderr, "http-get: memory type %#lx refused\n", memtype);
			return 1;
		}
	} else if (!outname || !strcmp(outname, "-")) {
		s.out = stdout;
	} else if (!(s.out = fopen(outname, "wb"))) {
		fprintf(stderr, "http-get: %s: %s\n", outname, strerror(errno));
		return 1;
	}
	char url[2048];
	snprintf(url, sizeof url, "%s", argv[optind]);
	struct url u;
	if (parse_url(url, &u))
		return 1;
	for (int hops = 0;; hops++) {
		char next[2048];
		int r = fetch(&u, &s, next, sizeof next);
		if (r < 0)
			return 1;
		if (!r)
			break;
		if (hops == 5) {
			fprintf(stderr, "http-get: too many redirects\n");
			return 1;
		}
		if (next[0] == '/') {
			if (strlen(next) >= sizeof u.path)
				return 1;
			strcpy(u.path, next);
		} else if (parse_url(next, &u)) {
			return 1;
		}
		if (!quiet)
			fprintf(stderr, "redirected to http://%s:%s%s\n", u.host, u.port, u.path);
	}
	if (s.out && s.out != stdout && fclose(s.out)) {
		fprintf(stderr, "http-get: %s: %s\n", outname, strerror(errno));
		return 1;
	}
	if (!s.out)
		printf("%zu bytes at %p, memory type %#lx\n", s.len, (void *)s.mem, memtype);
	else if (!quiet)
		fprintf(stderr, "%zu bytes\n", s.len);
	return 0;
}
