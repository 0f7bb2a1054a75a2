/* The ExitBootServices guard, end to end: the accessors before and after a
 * real ExitBootServices called directly through the system table (no helper
 * of ours), then every allocator and console call must fail cleanly, the
 * runtime services must still work, and exit must power the machine off. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include "harness.h"

void EFIAPI __uefi_exit_boot_services_notify(EFI_EVENT event, void *context);

/* Results go through a volatile sink: a compiler may otherwise elide an
 * allocation whose pointer is only compared with NULL. */
static void *volatile sink;
#define KEEP(x) (sink = (x))

int main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	th_begin("guard");
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	CHECK("system table valid", st && st->Hdr.Signature == EFI_SYSTEM_TABLE_SIGNATURE);
	CHECK("image handle set", uefi_image_handle() != NULL);
	EFI_BOOT_SERVICES *bs = st->BootServices;
	CHECK("boot services before", uefi_boot_services() == bs && bs != NULL);

	/* The accessor also honours the table's own field. */
	st->BootServices = NULL;
	EFI_BOOT_SERVICES *cleared = uefi_boot_services();
	st->BootServices = bs;
	CHECK("NULL while table field cleared", cleared == NULL);
	CHECK("back when field restored", uefi_boot_services() == bs);

	unsigned char *keep = KEEP(malloc(100));
	CHECK("malloc before", keep != NULL);
	memset(keep, 0x5A, 100);
	CHECK("puts before", puts("guard: console works before ExitBootServices") >= 0);

	EFI_STATUS s = th_exit_boot_services(bs, uefi_image_handle());
	CHECK_EQ("ExitBootServices succeeded", s, EFI_SUCCESS);
	if (EFI_ERROR(s)) {
		th_end();
		th_qemu_exit(1);
	}

	CHECK("boot services NULL after", uefi_boot_services() == NULL);
	CHECK("system table still there", uefi_system_table() == st);
	CHECK("image handle still there", uefi_image_handle() != NULL);

	errno = 0;
	CHECK("malloc NULL", KEEP(malloc(16)) == NULL);
	CHECK_EQ("malloc errno", errno, ENOMEM);
	errno = 0;
	CHECK("malloc(0) NULL", KEEP(malloc(0)) == NULL);
	CHECK_EQ("malloc(0) errno", errno, ENOMEM);
	errno = 0;
	CHECK("large malloc NULL", KEEP(malloc(1 << 20)) == NULL);
	CHECK_EQ("large malloc errno", errno, ENOMEM);
	errno = 0;
	CHECK("calloc NULL", KEEP(calloc(4, 4)) == NULL);
	CHECK_EQ("calloc errno", errno, ENOMEM);
	errno = 0;
	CHECK("realloc grow NULL", KEEP(realloc(keep, 5000)) == NULL);
	CHECK_EQ("realloc errno", errno, ENOMEM);
	errno = 0;
	CHECK("realloc shrink NULL", KEEP(realloc(keep, 10)) == NULL);
	CHECK_EQ("realloc shrink errno", errno, ENOMEM);
	errno = 0;
	CHECK("realloc(NULL) NULL", KEEP(realloc(NULL, 8)) == NULL);
	CHECK_EQ("realloc(NULL) errno", errno, ENOMEM);
	int intact = 1;
	for (int i = 0; i < 100; i++)
		intact &= keep[i] == 0x5A;
	CHECK("old block untouched by failed realloc", intact);
	free(keep);
	free(keep);   /* a no-op, so not even a double free */
	CHECK("free is a no-op", keep[0] == 0x5A && keep[99] == 0x5A);

	errno = 0;
	CHECK("puts EOF", puts("invisible") == EOF);
	CHECK_EQ("puts errno", errno, EIO);
	errno = 0;
	CHECK("printf negative", printf("%d\n", 42) < 0);
	CHECK_EQ("printf errno", errno, EIO);
	errno = 0;
	CHECK("printf without newline negative", printf("buffered?") < 0);
	CHECK_EQ("printf without newline errno", errno, EIO);
	CHECK("putchar EOF", putchar('x') == EOF);
	CHECK("fputs stderr EOF", fputs("x\n", stderr) == EOF);
	CHECK("fprintf stderr negative", fprintf(stderr, "%s\n", "x") < 0);
	CHECK("ferror(stdout)", ferror(stdout));
	CHECK("fflush(stdout) does not crash", fflush(stdout) == 0 || 1);

	char buf[32];
	CHECK("snprintf still works", snprintf(buf, sizeof buf, "%d-%s", 7, "ok") == 4 &&
	                              strcmp(buf, "7-ok") == 0);

	EFI_TIME t;
	memset(&t, 0, sizeof t);
	s = st->RuntimeServices->GetTime(&t, NULL);
	CHECK_EQ("GetTime works", s, EFI_SUCCESS);
	CHECK("GetTime sane", t.Year >= 2000 && t.Year < 2200 && t.Month >= 1 && t.Month <= 12);

	/* The notify function may run again (a repeated ExitBootServices). */
	__uefi_exit_boot_services_notify(NULL, NULL);
	CHECK("notify twice is harmless", uefi_boot_services() == NULL);

	th_end();
	/* exit() with no boot services powers off through ResetSystem: the
	 * runner checks that QEMU ended by itself, before its timeout. */
	exit(3);
}
