/* The descriptor table.  0, 1 and 2 are the console; files and directories
 * take the lowest free number, as POSIX asks.  The table starts static and
 * moves to the heap when more than 16 are open (at most 1024). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/exit.h"
#include "../internal/file_impl.h"
#include "../internal/sys.h"

#define FD_MAX 1024

static struct __fd initial[16] = {
	{ .kind = __FD_CONSOLE, .flags = 0 },
	{ .kind = __FD_CONSOLE, .flags = 1 },
	{ .kind = __FD_CONSOLE, .flags = 1 },
};
static struct __fd *table = initial;
const struct __fd_sock_ops *__fd_sock_ops;
static int table_size = 16;

struct __fd *__fd_get(int fd)
{
	if (fd < 0 || fd >= table_size || table[fd].kind == __FD_FREE) {
		errno = EBADF;
		return 0;
	}
	return &table[fd];
}

struct __fd *__fd_live(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (d && !__sys_available()) {
		errno = EIO;
		return 0;
	}
	return d;
}

int __fd_alloc(void)
{
	int fd = 0;
	while (fd < table_size && table[fd].kind != __FD_FREE)
		fd++;
	if (fd == table_size) {
		if (table_size >= FD_MAX) {
			errno = EMFILE;
			return -1;
		}
		int size = table_size * 2;
		struct __fd *t = malloc((size_t)size * sizeof *t);
		if (!t)
			return -1;
		memcpy(t, table, (size_t)table_size * sizeof *t);
		memset(t + table_size, 0, (size_t)(size - table_size) * sizeof *t);
		if (table != initial)
			free(table);
		table = t;
		table_size = size;
	}
	memset(&table[fd], 0, sizeof table[fd]);
	table[fd].kind = __FD_NODE;
	__fd_close_hook = __fd_close_all;     /* exit closes what is open */
	return fd;
}

int __fd_close(int fd)
{
	struct __fd *d = __fd_get(fd);
	if (!d)
		return -1;
	struct __fd e = *d;
	d->kind = __FD_FREE;
	d->node = 0;
	d->sock = 0;
	if (e.kind == __FD_SOCKET)
		return __fd_sock_ops->close(&e);
	if (e.kind != __FD_NODE)
		return 0;
	/* Without the platform the node cannot be closed (nor its cached data
	 * written): the descriptor is released all the same. */
	if (!__sys_available()) {
		errno = EIO;
		return -1;
	}
	if (e.delete_on_close)
		return __sys_fs_delete(e.node);
	return __sys_fs_close(e.node);
}

void __fd_close_all(void)
{
	for (int fd = 0; fd < table_size; fd++)
		if (table[fd].kind == __FD_NODE || table[fd].kind == __FD_SOCKET)
			__fd_close(fd);
	if (__fd_sock_ops && __fd_sock_ops->fini)
		__fd_sock_ops->fini();
}
