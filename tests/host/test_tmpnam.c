/* tmpnam over the host's file interface: names that fit L_tmpnam, differ
 * from each other, name no existing file, can be created, and fail cleanly
 * without the platform. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include "check.h"
#include "sys_host.h"
#include "sys_host_file.h"
#include "ul.h"
#include "ul_file.h"

char *ul_tmpnam(char *s);

int main(void)
{
	host_fs_setup();
	char names[200][32];
	char buf[L_tmpnam];
	for (int i = 0; i < 200; i++) {
		char *n = ul_tmpnam(i % 2 ? buf : NULL);
		CHECK(n != NULL, "tmpnam %d gives a name", i);
		if (!n)
			break;
		CHECK(i % 2 ? n == buf : n != buf, "tmpnam(s) fills s; tmpnam(NULL) its own buffer");
		CHECK(strlen(n) < L_tmpnam, "fits L_tmpnam (%zu)", strlen(n));
		strcpy(names[i], n);
		ul_errno = 0;
		CHECK(ul_access(n, F_OK) == -1 && ul_errno == ENOENT, "%s names no file", n);
		for (int j = 0; j < i; j++)
			CHECK(strcmp(names[j], n) != 0, "%s is new", n);
		/* Some names are used: the rest must still name nothing. */
		if (i % 4 == 0) {
			ul_FILE *f = ul_fopen(n, "wx");
			CHECK(f != NULL, "a file can be created under %s", n);
			if (f)
				ul_fclose(f);
		}
	}
	host_set_available(0);
	ul_errno = 0;
	CHECK(ul_tmpnam(NULL) == NULL && ul_errno == EIO, "without the platform: NULL, EIO (%d)", ul_errno);
	host_set_available(1);
	host_fs_cleanup();
	return check_report("tmpnam");
}
