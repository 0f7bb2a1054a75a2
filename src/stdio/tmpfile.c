#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include "../internal/file_impl.h"
#include "../internal/stdio_impl.h"

/* A new file "\tmp-NNNNNNNN.tmp" in the root of the current volume, deleted
 * when it is closed (FAT cannot unlink a file that is still open), also at
 * exit.  A program that dies without exit leaves it behind. */
FILE *tmpfile(void)
{
	static unsigned serial;
	char name[] = "/tmp-00000000.tmp";
	for (int tries = 0; tries < 1000; tries++) {
		unsigned v = serial++ * 2654435761u;
		for (int i = 0; i < 8; i++)
			name[5 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
		int fd = __fd_open(name, O_RDWR | O_CREAT | O_EXCL);
		if (fd < 0) {
			if (errno == EEXIST)
				continue;
			return 0;
		}
		__fd_get(fd)->delete_on_close = 1;
		FILE *f = calloc(1, sizeof *f);
		if (!f || __stdio_file_attach(f, fd, O_RDWR)) {
			int e = errno;
			free(f);
			__fd_close(fd);
			errno = e;
			return 0;
		}
		__stdio_link(f);
		return f;
	}
	errno = EEXIST;
	return 0;
}
