#include <errno.h>
#include <fcntl.h>
#include "../internal/file_impl.h"
#include "../internal/stdio_impl.h"

/* A new file "\tmp-NNNNNNNN.tmp" in the root of the current volume, deleted
 * when it is closed (FAT cannot unlink a file that is still open), also at
 * exit.  A program that dies without exit leaves it behind. */
FILE *tmpfile(void)
{
	static unsigned serial;
	char name[18];
	for (int tries = 0; tries < 1000; tries++) {
		__stdio_tmp_name(name, serial++, "tmp");
		int fd = __fd_open(name, O_RDWR | O_CREAT | O_EXCL);
		if (fd < 0) {
			if (errno == EEXIST)
				continue;
			return 0;
		}
		__fd_get(fd)->delete_on_close = 1;
		FILE *f = __stdio_file_new(fd, O_RDWR);
		if (!f) {
			__fd_close(fd);
			errno = ENOMEM;
		}
		return f;
	}
	errno = EEXIST;
	return 0;
}
