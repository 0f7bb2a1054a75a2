/* uefi-run's boot program: the disk's removable-media boot file when
 * uefi-run boots a program (see tools/uefi-run).
 *
 * 1. Wraps the console's ConOut and StdErr: everything written to them still
 *    reaches the firmware's console, and is also sent, converted to UTF-8, to
 *    a clean channel the host reads (QEMU's debugcon at I/O port 0x404 on
 *    x86_64), as records: one tag byte ('O' ConOut, 'E' StdErr), the length
 *    as 4 bytes little-endian, then the text.  The firmware's own messages
 *    go to the serial port only, so the channel carries nothing but what is
 *    written to the console from here on.
 * 2. Starts the UEFI shell that is built into the firmware (found by its
 *    file GUID in any firmware volume) with the command line
 *    "-nointerrupt -nomap -noversion -exit FS0:\uefi-run.nsh": a script
 *    given on the command line runs at once, without the shell's 5-second
 *    startup.nsh countdown, and -exit makes the shell return when it ends.
 * 3. Powers the machine off when the shell returns.
 *
 * Its status goes to the channel as a record tagged 'X' (8 bytes, the
 * EFI_STATUS of the failing step) when the shell cannot be found or started.
 * It is built without the library's start-up code: only memcpy and memset
 * come from libc.a.
 *
 * Built with SHELL_BOOT_ONLY (tests/uefi/uefi.mk: shell_boot.efi, the test
 * suites' boot file for every boot that runs a script in the shell), it
 * does steps 2 and 3 only: no wrapping, no channel, and the script is
 * FS0:\startup.nsh.  When the shell cannot be loaded it returns the error,
 * and the boot manager goes on to its next boot option, the firmware's
 * shell, which runs the same startup.nsh after its countdown. */
#include <efi.h>
#include <string.h>

static EFI_SYSTEM_TABLE *st;

#ifndef SHELL_BOOT_ONLY
#if defined(__x86_64__)
#define CHANNEL_PORT 0x404
static void channel_write(const void *p, UINTN n)
{
	__asm__ volatile("rep outsb" : "+S"(p), "+c"(n) : "d"((UINT16)CHANNEL_PORT) : "memory");
}
#elif defined(__aarch64__)
/* Arm semihosting: SYS_WRITEC (3), a byte at a time (SYS_WRITE0 would stop
 * at the records' zero bytes), into the chardev uefi-run names in
 * -semihosting-config (tools/arch/aarch64.conf). */
static void channel_write(const void *p, UINTN n)
{
	const unsigned char *b = p;
	for (UINTN i = 0; i < n; i++) {
		register unsigned long long op __asm__("x0") = 3;
		register const unsigned char *arg __asm__("x1") = b + i;
		__asm__ volatile("hlt #0xf000" : "+r"(op) : "r"(arg) : "memory");
	}
}
#else
#error "uefi-run-boot: no channel for this architecture yet (add one here)"
#endif

static void record(char tag, const void *p, UINT32 n)
{
	unsigned char h[5] = {(unsigned char)tag, (unsigned char)n, (unsigned char)(n >> 8),
	                      (unsigned char)(n >> 16), (unsigned char)(n >> 24)};
	channel_write(h, 5);
	if (n)
		channel_write(p, n);
}

/* UCS-2 (with surrogate pairs) to UTF-8, a record per call. */
static void send_text(char tag, const CHAR16 *s)
{
	unsigned char buf[512];
	UINT32 n = 0;
	for (; *s; s++) {
		UINT32 c = *s;
		if (c >= 0xD800 && c < 0xDC00 && s[1] >= 0xDC00 && s[1] < 0xE000) {
			c = 0x10000 + ((c - 0xD800) << 10) + (s[1] - 0xDC00);
			s++;
		} else if (c >= 0xD800 && c < 0xE000) {
			c = 0xFFFD;
		}
		if (n + 4 > sizeof buf) {
			record(tag, buf, n);
			n = 0;
		}
		if (c < 0x80) {
			buf[n++] = (unsigned char)c;
		} else if (c < 0x800) {
			buf[n++] = (unsigned char)(0xC0 | c >> 6);
			buf[n++] = (unsigned char)(0x80 | (c & 0x3F));
		} else if (c < 0x10000) {
			buf[n++] = (unsigned char)(0xE0 | c >> 12);
			buf[n++] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
			buf[n++] = (unsigned char)(0x80 | (c & 0x3F));
		} else {
			buf[n++] = (unsigned char)(0xF0 | c >> 18);
			buf[n++] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
			buf[n++] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
			buf[n++] = (unsigned char)(0x80 | (c & 0x3F));
		}
	}
	if (n)
		record(tag, buf, n);
}

/* A text output protocol that forwards every call to the one it wraps. */
struct wrap {
	SIMPLE_TEXT_OUTPUT_INTERFACE iface;   /* first: This points here */
	SIMPLE_TEXT_OUTPUT_INTERFACE *orig;
	char tag;
};

#define ORIG(This) (((struct wrap *)(This))->orig)

static EFI_STATUS EFIAPI w_reset(SIMPLE_TEXT_OUTPUT_INTERFACE *This, BOOLEAN ext)
{
	return ORIG(This)->Reset(ORIG(This), ext);
}
static EFI_STATUS EFIAPI w_output(SIMPLE_TEXT_OUTPUT_INTERFACE *This, CHAR16 *s)
{
	send_text(((struct wrap *)This)->tag, s);
	return ORIG(This)->OutputString(ORIG(This), s);
}
static EFI_STATUS EFIAPI w_test(SIMPLE_TEXT_OUTPUT_INTERFACE *This, CHAR16 *s)
{
	return ORIG(This)->TestString(ORIG(This), s);
}
static EFI_STATUS EFIAPI w_query(SIMPLE_TEXT_OUTPUT_INTERFACE *This, UINTN m, UINTN *c, UINTN *r)
{
	return ORIG(This)->QueryMode(ORIG(This), m, c, r);
}
static EFI_STATUS EFIAPI w_setmode(SIMPLE_TEXT_OUTPUT_INTERFACE *This, UINTN m)
{
	return ORIG(This)->SetMode(ORIG(This), m);
}
static EFI_STATUS EFIAPI w_attr(SIMPLE_TEXT_OUTPUT_INTERFACE *This, UINTN a)
{
	return ORIG(This)->SetAttribute(ORIG(This), a);
}
static EFI_STATUS EFIAPI w_clear(SIMPLE_TEXT_OUTPUT_INTERFACE *This)
{
	return ORIG(This)->ClearScreen(ORIG(This));
}
static EFI_STATUS EFIAPI w_cursor(SIMPLE_TEXT_OUTPUT_INTERFACE *This, UINTN c, UINTN r)
{
	return ORIG(This)->SetCursorPosition(ORIG(This), c, r);
}
static EFI_STATUS EFIAPI w_enable(SIMPLE_TEXT_OUTPUT_INTERFACE *This, BOOLEAN e)
{
	return ORIG(This)->EnableCursor(ORIG(This), e);
}

static struct wrap out_wrap, err_wrap;

/* StartImage, watched: the shell starts the program with it, and the status
 * the program returns goes to the channel as a record tagged 'S' (8 bytes)
 * before the shell sees it: the shell's %lasterror% drops its top bits, so
 * that exit(21) and EFI_ABORTED would look alike there.  Images the
 * program starts itself report too; the host takes the last one before the
 * script's end marker, which is the program's own. */
static EFI_IMAGE_START real_start_image;

static EFI_STATUS EFIAPI watched_start_image(EFI_HANDLE h, UINTN *n, CHAR16 **data)
{
	EFI_STATUS s = real_start_image(h, n, data);
	record('S', &s, sizeof s);
	return s;
}

static SIMPLE_TEXT_OUTPUT_INTERFACE *wrap(struct wrap *w, SIMPLE_TEXT_OUTPUT_INTERFACE *orig, char tag)
{
	w->orig = orig;
	w->tag = tag;
	w->iface.Reset = w_reset;
	w->iface.OutputString = w_output;
	w->iface.TestString = w_test;
	w->iface.QueryMode = w_query;
	w->iface.SetMode = w_setmode;
	w->iface.SetAttribute = w_attr;
	w->iface.ClearScreen = w_clear;
	w->iface.SetCursorPosition = w_cursor;
	w->iface.EnableCursor = w_enable;
	w->iface.Mode = orig->Mode;
	return &w->iface;
}

#endif /* !SHELL_BOOT_ONLY */

/* The UEFI shell's file GUID in the firmware volumes (EDK2's
 * gUefiShellFileGuid, the same in OVMF and ArmVirtQemu). */
static EFI_GUID shell_file = {0x7C04A583, 0x9E3E, 0x4F1C, {0xAD, 0x65, 0xE0, 0x52, 0x68, 0xD0, 0xB4, 0xD1}};
static EFI_GUID fv2_protocol = {0x220E73B6, 0x6BDB, 0x4413, {0x84, 0x05, 0xB9, 0x74, 0xB1, 0x08, 0x61, 0x9A}};
#ifdef SHELL_BOOT_ONLY
static CHAR16 shell_options[] = L"Shell.efi -nointerrupt -nomap -noversion -exit FS0:\\startup.nsh";
#else
static CHAR16 shell_options[] = L"Shell.efi -nointerrupt -nomap -noversion -exit FS0:\\uefi-run.nsh";
#endif

static UINTN dp_size(EFI_DEVICE_PATH *dp)
{
	UINT8 *p = (UINT8 *)dp;
	for (;;) {
		EFI_DEVICE_PATH *n = (EFI_DEVICE_PATH *)p;
		UINTN len = n->Length[0] | n->Length[1] << 8;
		if (n->Type == END_DEVICE_PATH_TYPE && n->SubType == END_ENTIRE_DEVICE_PATH_SUBTYPE)
			return (UINTN)(p - (UINT8 *)dp);
		if (len < 4)
			return (UINTN)(p - (UINT8 *)dp);
		p += len;
	}
}

static EFI_STATUS load_shell(EFI_HANDLE self, EFI_HANDLE *shell)
{
	EFI_BOOT_SERVICES *bs = st->BootServices;
	EFI_HANDLE *hs;
	UINTN count;
	EFI_GUID dp_guid = DEVICE_PATH_PROTOCOL;
	EFI_STATUS s = bs->LocateHandleBuffer(ByProtocol, &fv2_protocol, 0, &count, &hs);
	if (EFI_ERROR(s))
		return s;
	s = EFI_NOT_FOUND;
	for (UINTN i = 0; i < count && EFI_ERROR(s); i++) {
		EFI_DEVICE_PATH *fv;
		if (EFI_ERROR(bs->HandleProtocol(hs[i], &dp_guid, (void **)&fv)))
			continue;
		UINTN n = dp_size(fv);
		UINT8 *path;
		if (EFI_ERROR(bs->AllocatePool(EfiLoaderData, n + sizeof(MEDIA_FW_VOL_FILEPATH_DEVICE_PATH) + 4, (void **)&path)))
			return EFI_OUT_OF_RESOURCES;
		memcpy(path, fv, n);
		MEDIA_FW_VOL_FILEPATH_DEVICE_PATH file;
		file.Header.Type = MEDIA_DEVICE_PATH;
		file.Header.SubType = MEDIA_PIWG_FW_FILE_DP;
		file.Header.Length[0] = sizeof file;
		file.Header.Length[1] = 0;
		file.FvFileName = shell_file;
		memcpy(path + n, &file, sizeof file);
		UINT8 end[4] = {END_DEVICE_PATH_TYPE, END_ENTIRE_DEVICE_PATH_SUBTYPE, 4, 0};
		memcpy(path + n + sizeof file, end, 4);
		s = bs->LoadImage(FALSE, self, (EFI_DEVICE_PATH *)path, 0, 0, shell);
		bs->FreePool(path);
	}
	bs->FreePool(hs);
	return s;
}

#ifdef SHELL_BOOT_ONLY
EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *system_table)
{
	st = system_table;
	EFI_BOOT_SERVICES *bs = st->BootServices;
	EFI_HANDLE shell;
	EFI_STATUS s = load_shell(image, &shell);
	if (EFI_ERROR(s))
		return s;
	EFI_LOADED_IMAGE *li;
	EFI_GUID li_guid = LOADED_IMAGE_PROTOCOL;
	s = bs->HandleProtocol(shell, &li_guid, (void **)&li);
	if (EFI_ERROR(s)) {
		bs->UnloadImage(shell);
		return s;
	}
	li->LoadOptions = shell_options;
	li->LoadOptionsSize = sizeof shell_options;
	bs->StartImage(shell, 0, 0);
	st->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, 0);
	return EFI_SUCCESS;
}
#else
EFI_STATUS EFIAPI efi_main(EFI_HANDLE image, EFI_SYSTEM_TABLE *system_table)
{
	st = system_table;
	EFI_BOOT_SERVICES *bs = st->BootServices;
	bs->SetWatchdogTimer(0, 0, 0, 0);

	st->ConOut = wrap(&out_wrap, st->ConOut, 'O');
	st->StdErr = wrap(&err_wrap, st->StdErr ? st->StdErr : out_wrap.orig, 'E');
	st->Hdr.CRC32 = 0;
	UINT32 crc = 0;
	bs->CalculateCrc32(st, st->Hdr.HeaderSize, &crc);
	st->Hdr.CRC32 = crc;

	EFI_HANDLE shell;
	EFI_STATUS s = load_shell(image, &shell);
	real_start_image = bs->StartImage;
	if (!EFI_ERROR(s)) {
		EFI_LOADED_IMAGE *li;
		EFI_GUID li_guid = LOADED_IMAGE_PROTOCOL;
		s = bs->HandleProtocol(shell, &li_guid, (void **)&li);
		if (!EFI_ERROR(s)) {
			li->LoadOptions = shell_options;
			li->LoadOptionsSize = sizeof shell_options;
			bs->StartImage = watched_start_image;
			bs->Hdr.CRC32 = 0;
			crc = 0;
			bs->CalculateCrc32(bs, bs->Hdr.HeaderSize, &crc);
			bs->Hdr.CRC32 = crc;
			s = real_start_image(shell, 0, 0);
			/* The shell's own status is not the program's: the script
			 * reports that.  Only a shell that could not run matters. */
			if (s != EFI_LOAD_ERROR && s != EFI_INVALID_PARAMETER && s != EFI_UNSUPPORTED)
				s = EFI_SUCCESS;
		}
	}
	if (EFI_ERROR(s))
		record('X', &s, sizeof s);
	st->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, 0);
	return s;
}
#endif
