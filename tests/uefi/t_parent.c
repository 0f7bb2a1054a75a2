/* A parent image: starts t_child.efi from the same volume with chosen
 * LoadOptions and checks, from outside, what a caller of StartImage sees:
 * exit statuses, argv built from LoadOptions (text, binary, none), and that
 * a child which mallocs megabytes and never frees leaves no page behind. */
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include "harness.h"
#include "argv_hash.h"
#include "fw_util.h"

static EFI_BOOT_SERVICES *bs;
static EFI_DEVICE_PATH *child_path;
static void *child_buf;
static UINTN child_size;

/* Starts the child with these LoadOptions; returns its exit status.  With
 * from_buffer, the image is loaded from memory, so it has no file path. */
static EFI_STATUS run_child(const void *options, UINT32 size, int from_buffer)
{
	EFI_HANDLE h = NULL;
	EFI_STATUS s = from_buffer
		? bs->LoadImage(FALSE, uefi_image_handle(), NULL, child_buf, child_size, &h)
		: bs->LoadImage(FALSE, uefi_image_handle(), child_path, NULL, 0, &h);
	if (EFI_ERROR(s)) {
		th_puts("parent: LoadImage failed ");
		th_puthex(s);
		th_puts("\n");
		return 0xdead;
	}
	EFI_GUID li_guid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
	EFI_LOADED_IMAGE *li;
	bs->HandleProtocol(h, &li_guid, (void **)&li);
	li->LoadOptions = (void *)options;
	li->LoadOptionsSize = size;
	return bs->StartImage(h, NULL, NULL);
}

static EFI_STATUS run_cmd(const CHAR16 *line)
{
	UINT32 n = 0;
	while (line[n])
		n++;
	return run_child(line, (n + 1) * 2, 0);
}

static EFI_STATUS expect_hash(int argc, const char *const *argv)
{
	return EFIERR_OEM((EFI_STATUS)argv_hash(argc, argv));
}

/* Stands in for SetWatchdogTimer while a child starts, to see what crt0 asks. */
static int watchdog_calls;
static UINTN watchdog_timeout = 12345;
static EFI_STATUS EFIAPI record_watchdog(UINTN timeout, UINT64 code, UINTN size, CHAR16 *data)
{
	(void)code;
	(void)size;
	(void)data;
	watchdog_calls++;
	watchdog_timeout = timeout;
	return EFI_SUCCESS;
}

/* A ConOut/StdErr that records what the child prints. */
static char captured[4096];
static size_t ncaptured;
static EFI_STATUS EFIAPI capture(SIMPLE_TEXT_OUTPUT_INTERFACE *self, CHAR16 *s)
{
	(void)self;
	for (; *s && ncaptured + 1 < sizeof captured; s++)
		captured[ncaptured++] = *s < 128 ? (char)*s : '?';
	captured[ncaptured] = 0;
	return EFI_SUCCESS;
}

static EFI_STATUS run_captured(const CHAR16 *line)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	SIMPLE_TEXT_OUTPUT_INTERFACE fake = *st->ConOut, *con = st->ConOut, *err = st->StdErr;
	fake.OutputString = capture;
	ncaptured = 0;
	captured[0] = 0;
	st->ConOut = st->StdErr = &fake;
	EFI_STATUS s = run_cmd(line);
	st->ConOut = con;
	st->StdErr = err;
	return s;
}

static UINTN pages_of_type(UINT32 type)
{
	static unsigned char map[64 * 1024];
	UINTN size = sizeof map, key, dsize, pages = 0;
	UINT32 dver;
	if (EFI_ERROR(bs->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver)))
		return (UINTN)-1;
	for (UINTN off = 0; off + dsize <= size; off += dsize) {
		EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(map + off);
		if ((UINT32)d->Type == type)
			pages += d->NumberOfPages;
	}
	return pages;
}

static UINTN conventional_pages(void)
{
	static unsigned char map[64 * 1024];
	UINTN size = sizeof map, key, dsize;
	UINT32 dver;
	if (EFI_ERROR(bs->GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver)))
		return 0;
	UINTN pages = 0;
	for (UINTN off = 0; off + dsize <= size; off += dsize) {
		EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(map + off);
		if (d->Type == EfiConventionalMemory)
			pages += d->NumberOfPages;
	}
	return pages;
}

static int load_child_file(void)
{
	/* For the load-from-buffer case: read the file once through the volume. */
	EFI_GUID li_guid = EFI_LOADED_IMAGE_PROTOCOL_GUID, fs_guid = SIMPLE_FILE_SYSTEM_PROTOCOL;
	EFI_GUID info_guid = EFI_FILE_INFO_ID;
	EFI_LOADED_IMAGE *li;
	EFI_FILE_IO_INTERFACE *fs;
	EFI_FILE_HANDLE root, f;
	if (EFI_ERROR(bs->HandleProtocol(uefi_image_handle(), &li_guid, (void **)&li)) ||
	    EFI_ERROR(bs->HandleProtocol(li->DeviceHandle, &fs_guid, (void **)&fs)) ||
	    EFI_ERROR(fs->OpenVolume(fs, &root)) ||
	    EFI_ERROR(root->Open(root, &f, L"t_child.efi", EFI_FILE_MODE_READ, 0)))
		return 0;
	union { EFI_FILE_INFO info; unsigned char raw[512]; } u;
	UINTN isz = sizeof u;
	if (EFI_ERROR(f->GetInfo(f, &info_guid, &isz, &u.info)))
		return 0;
	child_size = u.info.FileSize;
	child_buf = malloc(child_size);
	UINTN n = child_size;
	EFI_STATUS s = f->Read(f, &n, child_buf);
	f->Close(f);
	root->Close(root);
	return !EFI_ERROR(s) && n == child_size;
}

int main(void)
{
	th_begin("parent");
	EFI_STATUS s;
	bs = uefi_boot_services();
	child_path = fw_file_path(L"\\t_child.efi");
	CHECK(child_path != NULL, "child device path");
	CHECK(load_child_file(), "child file read");

	/* Exit statuses, as StartImage returns them. */
	CHECK_EQ(run_cmd(L"t_child.efi status 0"), EFI_SUCCESS, "return 0 -> EFI_SUCCESS");
	CHECK_EQ(run_cmd(L"t_child.efi status 1"), 0xC000000000000001ull, "return 1 -> OEM error 1");
	CHECK_EQ(run_cmd(L"t_child.efi status 3"), 0xC000000000000003ull, "return 3 -> OEM error 3");
	CHECK_EQ(run_cmd(L"t_child.efi status 255"), 0xC0000000000000FFull, "return 255");
	CHECK_EQ(run_cmd(L"t_child.efi status -1"), 0xC0000000FFFFFFFFull, "return -1");
	CHECK_EQ(run_cmd(L"t_child.efi exit 7"), 0xC000000000000007ull, "exit(7) from deep inside");
	CHECK_EQ(run_cmd(L"t_child.efi exit 0"), EFI_SUCCESS, "exit(0)");
	CHECK_EQ(run_cmd(L"t_child.efi abort"), EFI_ABORTED, "abort -> EFI_ABORTED");

	/* argv from LoadOptions. */
	{
		const char *v[] = { "t_child.efi", "a b", "c\"d", "\xc3\xa9t\xc3\xa9", "", "x" };
		CHECK_EQ(run_cmd(L"t_child.efi \"a b\" c^\"d \x00e9t\x00e9 \"\" x"),
		         expect_hash(6, v), "argv: quoting, escapes, UTF-16 to UTF-8");
	}
	{
		const char *v[] = { "fs0:\\T_CHILD", "q" };
		CHECK_EQ(run_cmd(L"fs0:\\T_CHILD q"),
		         expect_hash(2, v), "argv: first word naming the image is argv[0]");
	}
	{
		const char *v[] = { "\\t_child.efi", "root=/dev/sda", "quiet" };
		CHECK_EQ(run_cmd(L"root=/dev/sda  quiet "),
		         expect_hash(3, v), "argv: options without the program name get it prepended");
	}
	{
		static const CHAR16 surrogates[] = { 'z', 0xD83D, 0xDE00, ' ', 'y', 0 };
		const char *v[] = { "\\t_child.efi", "z\xf0\x9f\x98\x80", "y" };
		CHECK_EQ(run_child(surrogates, sizeof surrogates, 0), expect_hash(3, v),
		         "argv: surrogate pair to 4-byte UTF-8");
	}
	{
		const char *v[] = { "\\t_child.efi" };
		CHECK_EQ(run_child(NULL, 0, 0), expect_hash(1, v), "argv: no LoadOptions");
		static const unsigned char guid[16] = { 0x4e, 0xac, 0x08, 0x81, 0x11, 0x9f, 0x59, 0x4d,
		                                        0x85, 0x0e, 0xe2, 0x1a, 0x52, 0x2c, 0x59, 0xb2 };
		CHECK_EQ(run_child(guid, sizeof guid, 0), expect_hash(1, v), "argv: GUID blob (Boot#### data) ignored");
		static const unsigned char odd[7] = { 'a', 0, 'b', 0, 'c', 0, 'd' };
		CHECK_EQ(run_child(odd, sizeof odd, 0), expect_hash(1, v), "argv: odd-sized blob ignored");
		static const unsigned char ctl[8] = { 'a', 0, 1, 2, 0xff, 0xdb, 0, 0 };
		CHECK_EQ(run_child(ctl, sizeof ctl, 0), expect_hash(1, v),
		         "argv: control characters and lone surrogate ignored");
		static unsigned char junk[4096];
		for (size_t i = 0; i < sizeof junk; i++)
			junk[i] = (unsigned char)(i * 2654435761u >> 13);
		CHECK_EQ(run_child(junk, sizeof junk, 0), expect_hash(1, v), "argv: 4 KiB of binary ignored");
		CHECK_EQ(run_child(L"ab\0cd", 10, 0),
		         expect_hash(1, v), "argv: size larger than text with trailing data ignored");
	}
	{
		const char *v[] = { "" };
		CHECK_EQ(run_child(NULL, 0, 1), expect_hash(1, v), "argv: image without file path has argv[0] \"\"");
	}

	/* Hardening: the child aborts, and says why on stderr. */
	CHECK_EQ(run_captured(L"t_child.efi doublefree"), EFI_ABORTED, "double free aborts");
	CHECK(strstr(captured, "malloc: double free of 0x") != NULL, "double free message names the address");
	CHECK_EQ(run_captured(L"t_child.efi overflow"), EFI_ABORTED, "overflow aborts at free");
	CHECK(strstr(captured, "malloc: heap overflow past the end of block 0x") != NULL, "overflow message");

	/* The memory type: checked by the child from inside, and afterwards no
	 * page of that type is left. */
	CHECK_EQ(run_cmd(L"t_child.efi memtype"), EFI_SUCCESS, "uefi_set_memory_type: blocks in pages of that type");
	CHECK_EQ(pages_of_type(0x80000123), 0, "no page of the chosen type left after exit");

	/* crt0 disarms the 5-minute watchdog (a timeout of 0). */
	EFI_SET_WATCHDOG_TIMER real_watchdog = bs->SetWatchdogTimer;
	bs->SetWatchdogTimer = record_watchdog;
	s = run_cmd(L"t_child.efi status 0");
	bs->SetWatchdogTimer = real_watchdog;
	CHECK_EQ(watchdog_calls, 1, "crt0 called SetWatchdogTimer once");
	CHECK_EQ(watchdog_timeout, 0, "crt0 disabled the watchdog");

	/* No memory left behind.  A first run warms up whatever the firmware
	 * keeps for LoadImage; then a child mallocs 16 MiB and never frees.
	 * The warm-up leaks the same 16 MiB: AAVMF (ArmPkg's CpuDxe) splits a
	 * block mapping into page tables the first time it changes the
	 * attributes of pages in a region (the NX policy on freed memory, the
	 * child's image and stack guard) and keeps those tables, pages that a
	 * run reaching new memory takes once (8 pages after a first 16 MiB
	 * run; x86_64's OVMF: none).  A leak of the library's repeats on every
	 * run, so the run measured still shows it. */
	run_cmd(L"t_child.efi leak 16");
	UINTN before = conventional_pages();
	s = run_cmd(L"t_child.efi leak 16");
	UINTN after = conventional_pages();
	CHECK_EQ(s, EFI_SUCCESS, "leaking child got its 16 MiB");
	if (!th_open("leaking child left zero pages behind", before == after, __LINE__)) {
		th_puts(" before ");
		th_putu(before, 10);
		th_puts(" after ");
		th_putu(after, 10);
	}
	th_close();
	/* The measurement itself must see a real leak. */
	before = conventional_pages();
	s = run_cmd(L"t_child.efi rawleak");
	after = conventional_pages();
	CHECK_EQ(s, EFI_SUCCESS, "control: raw AllocatePages leak succeeded");
	CHECK_EQ(before - after, 5, "control: measurement sees the 5 leaked pages");

	th_end();
	return 0;
}
