/* The system interface for files: volumes, nodes (files and directories)
 * and what can be done with them.  The portable layer (src/file/) resolves
 * paths, checks names and keeps descriptors; the platform only opens what it
 * is given.  Every function sets errno and returns the failure value stated
 * when it fails; all of them fail with EIO, calling nothing, once
 * __sys_available() is false. */
#ifndef __INTERNAL_SYS_FILE_H
#define __INTERNAL_SYS_FILE_H

#include <stddef.h>
#include <stdint.h>
#include "sys_time.h"

/* A node open on the platform (UEFI: an EFI_FILE_PROTOCOL). */
typedef struct __sys_node __sys_node;

/* Open modes, as EFI_FILE_PROTOCOL.Open takes them. */
#define __SYS_FS_READ   1u
#define __SYS_FS_WRITE  2u
#define __SYS_FS_CREATE 4u     /* create when missing (with READ|WRITE) */

/* Attributes, as EFI_FILE_INFO.Attribute holds them. */
#define __SYS_FS_READ_ONLY 0x01u
#define __SYS_FS_HIDDEN    0x02u
#define __SYS_FS_SYSTEM    0x04u
#define __SYS_FS_DIRECTORY 0x10u
#define __SYS_FS_ARCHIVE   0x20u

struct __sys_file_info {
	uint64_t size;
	uint64_t physical_size;
	unsigned attr;
	struct __sys_wall ctime, atime, mtime;   /* year 0: no time */
	uint16_t name[256];    /* NUL-terminated; set by __sys_fs_readdir */
};

/* The seek position that means "the end of the file". */
#define __SYS_FS_END UINT64_MAX

/* The volume called name (len bytes, no ':'), e.g. "fs1": its number
 * (>= 0), or -1 with ENOENT when there is none of that name. */
int __sys_fs_volume(const char *name, size_t len);
/* The name of volume vol, NUL-terminated in buf: 0, or -1 (ENOENT, ERANGE). */
int __sys_fs_volume_name(int vol, char *buf, size_t size);
/* Where the current directory starts: the volume, and in path (UTF-8,
 * NUL-terminated) a directory on it, separators '/' or '\'.  0 or -1. */
int __sys_fs_start_dir(int *vol, char *path, size_t size);

/* Opens path (UCS-2, NUL-terminated, absolute from the volume's root, '\'
 * separated, "\" for the root; every name already checked) on vol.  attr
 * applies when CREATE makes the node (__SYS_FS_DIRECTORY for a directory).
 * NULL on failure. */
__sys_node *__sys_fs_open(int vol, const uint16_t *path, unsigned mode, unsigned attr);
/* Closes the node (after EBS: releases nothing the firmware holds). */
int __sys_fs_close(__sys_node *n);
/* Deletes the node, and closes it in every case.  0 or -1. */
int __sys_fs_delete(__sys_node *n);
/* Reads up to len bytes of a file at its position: the count, 0 at the
 * end, or -1. */
long long __sys_fs_read(__sys_node *n, void *buf, size_t len);
/* Writes len bytes at the position: the count written (which may be less,
 * with errno set, e.g. ENOSPC) or -1 when nothing was written. */
long long __sys_fs_write(__sys_node *n, const void *buf, size_t len);
/* Moves the position (__SYS_FS_END: to the end); the position: */
int __sys_fs_seek(__sys_node *n, uint64_t pos);
int __sys_fs_tell(__sys_node *n, uint64_t *pos);
int __sys_fs_info(__sys_node *n, struct __sys_file_info *info);
/* Sets the size of a file (longer: zero-filled).  0 or -1. */
int __sys_fs_set_size(__sys_node *n, uint64_t size);
/* Moves and renames the node to path (as in __sys_fs_open, same volume);
 * the target must not exist.  0 or -1. */
int __sys_fs_rename(__sys_node *n, const uint16_t *path);
/* Sets the attributes (READ_ONLY, HIDDEN, ...; DIRECTORY is kept). */
int __sys_fs_set_attr(__sys_node *n, unsigned attr);
/* Writes what the platform caches for the node to the medium.  0 or -1. */
int __sys_fs_flush(__sys_node *n);
/* The next directory entry in info: 1, 0 at the end, or -1. */
int __sys_fs_readdir(__sys_node *n, struct __sys_file_info *info);
/* Back to the first entry of a directory.  0 or -1. */
int __sys_fs_rewind(__sys_node *n);

/* Sets the access and modification times (NULL: keep that one).  0 or -1. */
int __sys_fs_set_times(__sys_node *n, const struct __sys_wall *atime, const struct __sys_wall *mtime);
/* What a volume holds (EFI_FILE_SYSTEM_INFO). */
struct __sys_fs_space {
	uint64_t size, free;     /* bytes */
	uint32_t block;          /* bytes per block (cluster) */
	int read_only;
};
int __sys_fs_space(int vol, struct __sys_fs_space *sp);

#endif
