/* tinyhttpd: a small HTTP/1.0 file server written as a Linux program is,
 * against POSIX only (no uefi-libc extension, no #ifdef for it).  The
 * firmware test builds it unchanged with uefi-cc, and the same file with
 * the host's cc against glibc; tests/uefi/tinyhttpd-client.py drives both
 * (tests/uefi/suites/net.sh).
 *
 *   tinyhttpd [-p PORT] [-n REQUESTS] [DIR]
 *
 * Serves the regular files of DIR (default ".") on PORT (default 8080),
 * GET and HEAD, one connection at a time, and exits after REQUESTS
 * requests (default: never).  "/" is index.html. */
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static const char *root = ".";

static int write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static void reply(int c, int code, const char *reason, const char *type, long long length)
{
	char head[256];
	int n = snprintf(head, sizeof head,
			 "HTTP/1.0 %d %s\r\nServer: tinyhttpd\r\nContent-Type: %s\r\n"
			 "Content-Length: %lld\r\nConnection: close\r\n\r\n",
			 code, reason, type, length);
	write_all(c, head, (size_t)n);
}

static void error_page(int c, int code, const char *reason, int head_only)
{
	char body[128];
	int n = snprintf(body, sizeof body, "%d %s\n", code, reason);
	reply(c, code, reason, "text/plain", n);
	if (!head_only)
		write_all(c, body, (size_t)n);
}

static const char *type_of(const char *path)
{
	const char *dot = strrchr(path, '.');
	if (dot && !strcasecmp(dot, ".html"))
		return "text/html";
	if (dot && !strcasecmp(dot, ".txt"))
		return "text/plain";
	return "application/octet-stream";
}

/* Reads the request head (up to the empty line) into buf. */
static int read_head(int c, char *buf, size_t size)
{
	size_t len = 0;
	while (len + 1 < size) {
		ssize_t n = recv(c, buf + len, size - 1 - len, 0);
		if (n <= 0)
			return -1;
		len += (size_t)n;
		buf[len] = 0;
		if (strstr(buf, "\r\n\r\n") || strstr(buf, "\n\n"))
			return 0;
	}
	return -1;
}

static void serve(int c)
{
	char req[4096], method[16], target[1024], path[2048];
	if (read_head(c, req, sizeof req) || sscanf(req, "%15s %1023s", method, target) != 2) {
		error_page(c, 400, "Bad Request", 0);
		return;
	}
	int head_only = !strcmp(method, "HEAD");
	if (!head_only && strcmp(method, "GET")) {
		error_page(c, 501, "Not Implemented", 0);
		return;
	}
	char *q = strchr(target, '?');
	if (q)
		*q = 0;
	if (target[0] != '/' || strstr(target, "..")) {
		error_page(c, 400, "Bad Request", head_only);
		return;
	}
	snprintf(path, sizeof path, "%s%s%s", root, target, strcmp(target, "/") ? "" : "index.html");
	int fd = open(path, O_RDONLY);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		if (fd >= 0)
			close(fd);
		if (errno == EACCES)
			error_page(c, 403, "Forbidden", head_only);
		else
			error_page(c, 404, "Not Found", head_only);
		return;
	}
	reply(c, 200, "OK", type_of(path), (long long)st.st_size);
	if (!head_only) {
		char buf[16384];
		ssize_t n;
		while ((n = read(fd, buf, sizeof buf)) > 0)
			if (write_all(c, buf, (size_t)n))
				break;
	}
	close(fd);
}

int main(int argc, char **argv)
{
	const char *port = "8080";
	long requests = -1;
	int opt;
	while ((opt = getopt(argc, argv, "p:n:")) != -1) {
		switch (opt) {
		case 'p': port = optarg; break;
		case 'n': requests = strtol(optarg, 0, 10); break;
		default:
			fprintf(stderr, "usage: %s [-p PORT] [-n REQUESTS] [DIR]\n", argv[0]);
			return 2;
		}
	}
	if (optind < argc)
		root = argv[optind];
	signal(SIGPIPE, SIG_IGN);

	struct addrinfo hints, *res;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_INET;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE;
	int e = getaddrinfo(NULL, port, &hints, &res);
	if (e) {
		fprintf(stderr, "tinyhttpd: %s: %s\n", port, gai_strerror(e));
		return 1;
	}
	int s = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
	int one = 1;
	if (s < 0 || setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) ||
	    bind(s, res->ai_addr, res->ai_addrlen) || listen(s, 8)) {
		perror("tinyhttpd");
		return 1;
	}
	freeaddrinfo(res);
	printf("tinyhttpd: serving %s on port %s\n", root, port);
	fflush(stdout);

	for (long served = 0; requests < 0 || served < requests; served++) {
		struct sockaddr_in peer;
		socklen_t plen = sizeof peer;
		int c = accept(s, (struct sockaddr *)&peer, &plen);
		if (c < 0) {
			if (errno == EINTR)
				continue;
			perror("tinyhttpd: accept");
			return 1;
		}
		setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		char ip[INET_ADDRSTRLEN];
		inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
		serve(c);
		printf("tinyhttpd: request %ld from %s\n", served + 1, ip);
		fflush(stdout);
		shutdown(c, SHUT_WR);
		close(c);
	}
	close(s);
	return 0;
}
