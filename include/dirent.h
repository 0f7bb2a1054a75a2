#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __dirstream DIR;

#define DT_UNKNOWN 0
#define DT_CHR 2
#define DT_DIR 4
#define DT_REG 8
#define DT_LNK 10

/* d_name is UTF-8: up to 255 UCS-2 units, 3 bytes each.  The d_size,
 * d_mode and d_mtime members are extensions (what the firmware reports
 * with every entry, so that listing a directory needs no stat calls). */
struct dirent {
	ino_t d_ino;
	unsigned char d_type;
	mode_t d_mode;
	off_t d_size;
	time_t d_mtime;
	char d_name[766];
};

DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *d);
int closedir(DIR *d);
void rewinddir(DIR *d);
int dirfd(DIR *d);

#ifdef __cplusplus
}
#endif

#endif
