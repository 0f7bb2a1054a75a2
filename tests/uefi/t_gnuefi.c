/* A gnu-efi-style program: its own efi_main starts the library with
 * uefi_libc_init and ends it with uefi_libc_fini (include/uefi/init.h).
 * Run by tests/uefi/suites/tools.sh under uefi-run, with the arguments
 * `one "two words"`: the verdicts go to debugcon, and the host also checks
 * the console text and that the status it returns (EFI_NOT_FOUND) is the
 * one uefi-run reports.  Checks: start-up (argv, the accessors, a second
 * init refused), printf/malloc/fopen/atexit, the order of raw ConOut
 * output and stdio output (recorded by wrapping ConOut and StdErr), the
 * release at fini (the LoaderData pages come back), constructors at init
 * and destructors at fini, and the library shut down afterwards. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/init.h>
#include "harness.h"

static EFI_SYSTEM_TABLE *st;

/* LoaderData pages in the memory map (the library's memory type). */
static UINT64 loader_data_pages(void)
{
	static unsigned char map[64 * 1024];
	UINTN size = sizeof map, key, dsize;
	UINT32 dver;
	EFI_STATUS s = st->BootServices->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver);
	if (EFI_ERROR(s)) {
		th_puts("  GetMemoryMap: ");
		th_puthex(s);
		th_puts("\n");
		return 0;
	}
	UINT64 n = 0;
	for (UINTN off = 0; off + dsize <= size; off += dsize) {
		EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(map + off);
		if (d->Type == EfiLoaderData)
			n += d->NumberOfPages;
	}
	return n;
}

/* ConOut and StdErr, recorded: what reaches the console, in order. */
static CHAR16 rec[1024];
static UINTN rec_len;
struct recorder {
	SIMPLE_TEXT_OUTPUT_INTERFACE iface;
	SIMPLE_TEXT_OUTPUT_INTERFACE *orig;
};
static struct recorder out_rec, err_rec;

static EFI_STATUS EFIAPI record(SIMPLE_TEXT_OUTPUT_INTERFACE *This, CHAR16 *s)
{
	for (CHAR16 *p = s; *p && rec_len + 1 < sizeof rec / sizeof *rec; p++)
		rec[rec_len++] = *p;
	SIMPLE_TEXT_OUTPUT_INTERFACE *o = ((struct recorder *)This)->orig;
	return o->OutputString(o, s);
}

static void wrap(struct recorder *r, SIMPLE_TEXT_OUTPUT_INTERFACE **slot)
{
	r->orig = *slot;
	r->iface = **slot;
	r->iface.OutputString = record;
	*slot = &r->iface;
}

static int recorded(const char *want)
{
	UINTN i = 0;
	for (; want[i]; i++)
		if (i >= rec_len || rec[i] != (CHAR16)(unsigned char)want[i])
			return 0;
	return i == rec_len;
}

/* Out of the compiler's sight: it may assume a malloc it can see succeeds. */
static size_t volatile sixteen = 16;
static void *volatile escape[256];

/* Constructors run in uefi_libc_init, destructors in uefi_libc_fini after
 * the atexit handlers (the order exit gives a main program: t_ctors).
 * ctor_ran is volatile: Clang at -O2 evaluates a constructor that only
 * stores constants at compile time, which would make it look run before
 * init. */
static int at_exit_ran, dtor_ran;
static volatile int ctor_ran;
static void at_exit(void)
{
	at_exit_ran++;
}
__attribute__((constructor)) static void ctor(void)
{
	ctor_ran++;
}
__attribute__((destructor)) static void dtor(void)
{
	dtor_ran = at_exit_ran ? 2 : 1;
}

EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *system_table)
{
	st = system_table;
	th_begin("gnuefi");
	char **argv = (char **)1;
	CHECK_EQ(uefi_libc_args(&argv), 0, "args before init");
	CHECK(argv == NULL, "argv before init");
	CHECK(uefi_system_table() == NULL, "no system table before init");
	CHECK_EQ(uefi_libc_init(NULL, st), EFI_INVALID_PARAMETER, "init refuses NULL");
	UINT64 pages_before = loader_data_pages();

	CHECK_EQ(ctor_ran, 0, "no constructor before init");
	CHECK_EQ(uefi_libc_init(image, st), EFI_SUCCESS, "init");
	CHECK_EQ(ctor_ran, 1, "init ran the constructor, once");
	CHECK_EQ(uefi_libc_init(image, st), EFI_ALREADY_STARTED, "init twice");
	CHECK(uefi_system_table() == st, "system table");
	CHECK(uefi_image_handle() == image, "image handle");
	CHECK(uefi_boot_services() == st->BootServices, "boot services");
	int argc = uefi_libc_args(&argv);
	CHECK_EQ(argc, 3, "argc");
	CHECK(argc > 0 && strstr(argv[0], "t_gnuefi"), "argv[0] names the program");
	CHECK(argc > 1 && strcmp(argv[1], "one") == 0, "argv[1]");
	CHECK(argc > 2 && strcmp(argv[2], "two words") == 0, "argv[2]");
	CHECK(argc >= 0 && argv[argc] == NULL, "argv[argc]");
	CHECK(atexit(at_exit) == 0, "atexit");

	/* The library's allocator and files. */
	char *big = malloc(4 << 20);
	CHECK(big != NULL, "malloc 4 MiB");
	escape[255] = big;
	if (big)
		memset(big, 0x5a, 4 << 20);
	void *small[200];
	int small_ok = 1;
	for (int i = 0; i < 200; i++)
		small_ok &= (escape[i] = small[i] = malloc(16 + i * 8)) != NULL;
	CHECK(small_ok, "malloc small");
	for (int i = 0; i < 200; i += 2)
		free(small[i]);
	UINT64 pages_during = loader_data_pages();
	CHECK(pages_during >= pages_before + 1024, "pages held while running");
	if (pages_during < pages_before + 1024) {
		th_puts("  pages before ");
		th_putu(pages_before, 10);
		th_puts(" during ");
		th_putu(pages_during, 10);
		th_puts("\n");
	}
	FILE *f = fopen("gnuefi.txt", "w");
	CHECK(f != NULL, "fopen w");
	if (f) {
		CHECK(fprintf(f, "written by %s\n", "gnuefi") == 18, "fprintf");
		CHECK(fclose(f) == 0, "fclose");
	}
	char line[64] = "";
	f = fopen("gnuefi.txt", "r");
	CHECK(f != NULL, "fopen r");
	if (f) {
		CHECK(fgets(line, sizeof line, f) && strcmp(line, "written by gnuefi\n") == 0, "read back");
		fclose(f);
	}
	/* Left open with buffered data: fini must flush and close it. */
	FILE *pending = fopen("pending.txt", "w");
	CHECK(pending != NULL && fputs("flushed at fini\n", pending) >= 0, "fopen pending");

	/* Raw output and stdio, interleaved (see include/uefi/init.h). */
	wrap(&out_rec, &st->ConOut);
	wrap(&err_rec, &st->StdErr);
	st->ConOut->OutputString(st->ConOut, L"raw 1\r\n");
	printf("printf %d\n", 1);
	st->ConOut->OutputString(st->ConOut, L"raw 2 ");
	printf("partial");
	fflush(stdout);
	st->ConOut->OutputString(st->ConOut, L" raw 3\r\n");
	fprintf(stderr, "stderr %d\n", 1);
	printf("printf %s\n", "2");
	st->ConOut->OutputString(st->ConOut, L"raw 4\r\n");
	printf("tail at fini");

	CHECK_EQ(uefi_libc_fini(EFI_NOT_FOUND), EFI_NOT_FOUND, "fini keeps the status");
	CHECK(recorded(
	      "raw 1\r\nprintf 1\r\nraw 2 partial raw 3\r\nstderr 1\r\nprintf 2\r\nraw 4\r\ntail at fini"), "raw and stdio output in order");
	st->ConOut = out_rec.orig;
	st->StdErr = err_rec.orig;
	CHECK_EQ(at_exit_ran, 1, "atexit handler ran at fini");
	CHECK_EQ(dtor_ran, 2, "the destructor ran at fini, after the atexit handler");
	UINT64 pages_after = loader_data_pages();
	CHECK(pages_after <= pages_before + 2, "pages given back at fini");
	if (pages_after > pages_before + 2) {
		th_puts("  pages before ");
		th_putu(pages_before, 10);
		th_puts(" during ");
		th_putu(pages_during, 10);
		th_puts(" after ");
		th_putu(pages_after, 10);
		th_puts("\n");
	}
	CHECK(uefi_boot_services() == NULL, "no boot services after fini");
	errno = 0;
	void *volatile after = malloc(sixteen);
	int after_errno = errno;
	CHECK(after == NULL, "malloc after fini: NULL");
	CHECK_EQ(after_errno, ENOMEM, "malloc after fini: ENOMEM");
	errno = 0;
	CHECK(printf("x\n") == -1 && errno == EIO, "printf after fini: -1, EIO");
	CHECK_EQ(uefi_libc_fini(EFI_SUCCESS), EFI_SUCCESS, "fini again");
	CHECK_EQ(uefi_libc_init(image, st), EFI_UNSUPPORTED, "no second start");
	CHECK_EQ(uefi_libc_args(&argv), 0, "args after fini");
	th_end();
	return EFI_NOT_FOUND;
}
