/* popen and pclose through system() and a temporary file (there is no
 * concurrency to run a command beside the program; docs/posix.md):
 *   "r": the command runs at popen, its output redirected by the shell to
 *        the file; the stream reads that output.  The shell writes
 *        redirected output as UCS-2 with a byte-order mark: such a file is
 *        handed over as UTF-8 with CRLF turned into LF (as stdin redirected
 *        from a file is); any other content byte for byte.  The stream
 *        reads the file, rewritten so.
 *   "w": what the program writes is kept in the file; pclose runs the
 *        command with the file as its standard input.
 * pclose returns the command's status as system() does (<sys/wait.h>).
 * The file, "\tmp-NNNNNNNN.pip" in the current volume's root, is removed
 * by pclose. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/stdio_impl.h"
#include "../internal/unicode.h"

struct piped {
	FILE *f;
	struct piped *next;
	int writing;
	int status;            /* "r": the command's status */
	char *command;         /* "w": run at pclose */
	char path[];           /* the temporary file, as the shell names it */
};
static struct piped *list;

/* "cmd > path" or "cmd < path". */
static int run(const char *command, const char *redir, const char *path)
{
	size_t n = strlen(command), r = strlen(redir), p = strlen(path);
	char *line = malloc(n + r + p + 1);
	if (!line)
		return -1;
	memcpy(line, command, n);
	memcpy(line + n, redir, r);
	memcpy(line + n + r, path, p + 1);
	int s = system(line);
	int e = errno;
	free(line);
	errno = e;
	return s;
}

/* The whole file, UCS-2 with a BOM made UTF-8 without CRs before LFs. */
static char *slurp(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	char *buf = 0;
	size_t len = 0, cap = 0;
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 4096;
			char *b = realloc(buf, cap);
			if (!b) {
				free(buf);
				fclose(f);
				return 0;
			}
			buf = b;
		}
		size_t k = fread(buf + len, 1, cap - len, f);
		len += k;
		if (k == 0)
			break;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		errno = EIO;
		return 0;
	}
	if (len >= 2 && (unsigned char)buf[0] == 0xff && (unsigned char)buf[1] == 0xfe) {
		size_t units = (len - 2) / 2;
		uint16_t *w = malloc(units * 2 + 1);
		if (!w) {
			free(buf);
			return 0;
		}
		size_t m = 0;
		for (size_t i = 0; i < units; i++) {
			uint16_t u = (uint16_t)((unsigned char)buf[2 + 2 * i] | (unsigned char)buf[3 + 2 * i] << 8);
			if (u == '\n' && m && w[m - 1] == '\r')
				m--;
			w[m++] = u;
		}
		char *out = malloc(3 * m + 1);
		if (!out) {
			free(w);
			free(buf);
			return 0;
		}
		len = __utf16_to_utf8(w, m, out);
		free(w);
		free(buf);
		buf = out;
	}
	*size = len;
	return buf;
}

/* A temporary file's name in the root of the current volume, as the
 * shell takes it: "fs0:\tmp-NNNNNNNN.pip" (created empty). */
static int make_temp(char *out, size_t size)
{
	static unsigned serial;
	char name[18];
	for (int tries = 0; tries < 1000; tries++) {
		__stdio_tmp_name(name, serial++ + 0x5000, "pip");
		FILE *f = fopen(name, "wx");
		if (!f) {
			if (errno == EEXIST)
				continue;
			return -1;
		}
		fclose(f);
		if (!realpath(name, out) || strlen(out) >= size) {
			remove(name);
			return -1;
		}
		for (char *p = out; *p; p++)
			if (*p == '/')
				*p = '\\';
		return 0;
	}
	errno = EEXIST;
	return -1;
}

FILE *popen(const char *command, const char *mode)
{
	if (!command || !mode || (mode[0] != 'r' && mode[0] != 'w') ||
	    (mode[1] && (mode[1] != 'e' || mode[2]))) {
		errno = EINVAL;
		return 0;
	}
	int writing = mode[0] == 'w';
	if (!system(0)) {
		errno = ENOSYS;
		return 0;
	}
	char path[4200];
	if (make_temp(path, sizeof path))
		return 0;
	struct piped *p = calloc(1, sizeof *p + strlen(path) + 1);
	if (!p)
		goto fail;
	strcpy(p->path, path);
	p->writing = writing;
	if (writing) {
		p->command = strdup(command);
		if (!p->command || !(p->f = fopen(path, "w")))
			goto fail;
	} else {
		p->status = run(command, " > ", path);
		if (p->status == -1)
			goto fail;
		/* The output, made UTF-8 if the shell wrote UCS-2, goes back
		 * into the file, which the stream then reads. */
		size_t size = 0;
		char *data = slurp(path, &size);
		if (!data)
			goto fail;
		FILE *w = fopen(path, "wb");
		int bad = !w || fwrite(data, 1, size, w) != size;
		if (w && fclose(w))
			bad = 1;
		free(data);
		if (bad || !(p->f = fopen(path, "rb")))
			goto fail;
	}
	p->next = list;
	list = p;
	return p->f;
fail:;
	int e = errno;
	remove(path);
	if (p) {
		free(p->command);
		free(p);
	}
	errno = e;
	return 0;
}

int pclose(FILE *f)
{
	struct piped **pp = &list;
	while (*pp && (*pp)->f != f)
		pp = &(*pp)->next;
	struct piped *p = *pp;
	if (!p) {
		errno = ECHILD;
		return -1;
	}
	*pp = p->next;
	int status = p->status;
	if (fclose(f) && p->writing) {
		status = -1;
	} else if (p->writing) {
		status = run(p->command, " < ", p->path);
	}
	int e = errno;
	remove(p->path);
	free(p->command);
	free(p);
	errno = e;
	return status;
}
