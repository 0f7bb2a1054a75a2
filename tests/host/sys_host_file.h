/* Knobs of the host's file system (sys_host_file.c). */
#ifndef TESTS_HOST_SYS_HOST_FILE_H
#define TESTS_HOST_SYS_HOST_FILE_H

/* The temporary directory holding the volumes fs0/ and fs1/. */
extern char host_fs_base[256];
/* Calls into the file interface (any, failed ones included). */
extern long host_fs_calls;
/* Nodes open now, and Flush calls so far. */
extern long host_fs_open_nodes;
extern long host_fs_flushes;
/* Bytes the volumes may still grow by (-1: unlimited); a write that would
 * need more fails with ENOSPC and writes nothing. */
extern long long host_fs_quota;
/* A volume whose every write access fails with EROFS (-1: none). */
extern int host_fs_readonly_volume;
/* Where the current directory starts. */
extern int host_fs_start_vol;
extern char host_fs_start_path[256];
/* Creates the volumes (once) and removes everything at the end. */
void host_fs_setup(void);
void host_fs_cleanup(void);
/* Releases every node still open (the library lost them on purpose). */
void host_fs_release_all(void);

#endif
