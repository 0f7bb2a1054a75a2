#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#ifdef __cplusplus
extern "C" {
#endif

/* uname (docs/posix.md): sysname "UEFI", release the UEFI revision the
 * firmware implements, version its vendor and revision, machine the CPU. */
struct utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
	char domainname[65];
};

int uname(struct utsname *u);

#ifdef __cplusplus
}
#endif

#endif
