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
	CHECK(st && st->Hdr.Signature == EFI_SYSTEM_TABLE_SIGNATURE, "system table valid");
	CHECK(uefi_image_handle() != NULL, "image handle set");
	EFI_BOOT_SERVICES *bs = st->BootServices;
	CHECK(uefi_boot_services() == bs && bs != NULL, "boot services before");

	/* The accessor also honours the table's own field. */
	st->BootServices = NULL;
	EFI_BOOT_SERVICES *cleared = uefi_boot_services();
	st->BootServices = bs;
	CHECK(cleared == NULL, "NULL while table field cleared");
	CHECK(uefi_boot_services() == bs, "back when field restored");

	unsigned char *keep = KEEP(malloc(100));
	CHECK(keep != NULL, "malloc before");
	memset(keep, 0x5A, 100);
	CHECK(puts("guard: console works before ExitBootServices") >= 0, "puts before");

	EFI_STATUS s = th_exit_boot_services(bs, uefi_image_handle());
	CHECK_EQ(s, EFI_SUCCESS, "ExitBootServices succeeded");
	if (EFI_ERROR(s)) {
		th_end();
		th_qemu_exit(1);
	}

	CHECK(uefi_boot_services() == NULL, "boot services NULL after");
	CHECK(uefi_system_table() == st, "system table still there");
	CHECK(uefi_image_handle() != NULL, "image handle still there");

	errno = 0;
	CHECK(KEEP(malloc(16)) == NULL, "malloc NULL");
	CHECK_EQ(errno, ENOMEM, "malloc errno");
	errno = 0;
	CHECK(KEEP(malloc(0)) == NULL, "malloc(0) NULL");
	CHECK_EQ(errno, ENOMEM, "malloc(0) errno");
	errno = 0;
	CHECK(KEEP(malloc(1 << 20)) == NULL, "large malloc NULL");
	CHECK_EQ(errno, ENOMEM, "large malloc errno");
	errno = 0;
	CHECK(KEEP(calloc(4, 4)) == NULL, "calloc NULL");
	CHECK_EQ(errno, ENOMEM, "calloc errno");
	errno = 0;
	CHECK(KEEP(realloc(keep, 5000)) == NULL, "realloc grow NULL");
	CHECK_EQ(errno, ENOMEM, "realloc errno");
	errno = 0;
	CHECK(KEEP(realloc(keep, 10)) == NULL, "realloc shrink NULL");
	CHECK_EQ(errno, ENOMEM, "realloc shrink errno");
	errno = 0;
	CHECK(KEEP(realloc(NULL, 8)) == NULL, "realloc(NULL) NULL");
	CHECK_EQ(errno, ENOMEM, "realloc(NULL) errno");
	int intact = 1;
	for (int i = 0; i < 100; i++)
		intact &= keep[i] == 0x5A;
	CHECK(intact, "old block untouched by failed realloc");
	free(keep);
	free(keep);   /* a no-op, so not even a double free */
	CHECK(keep[0] == 0x5A && keep[99] == 0x5A, "free is a no-op");

	errno = 0;
	CHECK(puts("invisible") == EOF, "puts EOF");
	CHECK_EQ(errno, EIO, "puts errno");
	errno = 0;
	CHECK(printf("%d\n", 42) < 0, "printf negative");
	CHECK_EQ(errno, EIO, "printf errno");
	errno = 0;
	CHECK(printf("buffered?") < 0, "printf without newline negative");
	CHECK_EQ(errno, EIO, "printf without newline errno");
	CHECK(putchar('x') == EOF, "putchar EOF");
	CHECK(fputs("x\n", stderr) == EOF, "fputs stderr EOF");
	CHECK(fprintf(stderr, "%s\n", "x") < 0, "fprintf stderr negative");
	CHECK(ferror(stdout), "ferror(stdout)");
	CHECK(fflush(stdout) == 0 || 1, "fflush(stdout) does not crash");

	char buf[32];
	CHECK(snprintf(buf, sizeof buf, "%d-%s", 7, "ok") == 4 &&
	      strcmp(buf, "7-ok") == 0, "snprintf still works");

	EFI_TIME t;
	memset(&t, 0, sizeof t);
	s = st->RuntimeServices->GetTime(&t, NULL);
	CHECK_EQ(s, EFI_SUCCESS, "GetTime works");
	CHECK(t.Year >= 2000 && t.Year < 2200 && t.Month >= 1 && t.Month <= 12, "GetTime sane");

	/* The notify function may run again (a repeated ExitBootServices). */
	__uefi_exit_boot_services_notify(NULL, NULL);
	CHECK(uefi_boot_services() == NULL, "notify twice is harmless");

	th_end();
	/* exit() with no boot services powers off through ResetSystem: the
	 * runner checks that QEMU ended by itself, before its timeout. */
	exit(3);
}
