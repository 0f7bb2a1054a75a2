#include <stdio.h>
#include <string.h>
#include <sys/utsname.h>
#include "../internal/sys_conf.h"

/* Everything comes from the system table, which outlives ExitBootServices.
 * release: the UEFI revision the firmware implements, "2.7" for the
 * system table's (2 << 16 | 70), "2.3.1" for (2 << 16 | 31), as the
 * specification writes them; version: "<vendor> <revision in hex>". */
int uname(struct utsname *u)
{
	char vendor[48];
	unsigned rev, spec;
	memset(u, 0, sizeof *u);
	__sys_firmware(vendor, sizeof vendor, &rev, &spec);
	strcpy(u->sysname, "UEFI");
	strcpy(u->nodename, "localhost");
	unsigned minor = spec & 0xffff;
	if (minor % 10)
		snprintf(u->release, sizeof u->release, "%u.%u.%u", spec >> 16, minor / 10, minor % 10);
	else
		snprintf(u->release, sizeof u->release, "%u.%u", spec >> 16, minor / 10);
	snprintf(u->version, sizeof u->version, "%s 0x%08x", vendor, rev);
#if defined(__x86_64__)
	strcpy(u->machine, "x86_64");
#elif defined(__aarch64__)
	strcpy(u->machine, "aarch64");
#else
	strcpy(u->machine, "unknown");
#endif
	strcpy(u->domainname, "(none)");
	return 0;
}
