/* Console input: keys from ConIn, edited into a line, handed out as UTF-8.
 * Typed characters are echoed; backspace removes the last character; Enter
 * ends the line with '\n'; Ctrl-D on an empty line is end of input.
 *
 * When the UEFI shell redirected input (prog < file), the file is read
 * directly through the Shell Parameters StdIn handle (a file answers
 * GetPosition, the console does not): UCS-2 text (it starts with a BOM)
 * becomes UTF-8 with CRLF turned into LF; anything else is passed on byte
 * for byte, so binary input arrives intact. */
#include <errno.h>
#include <string.h>
#include "../internal/sys.h"
#include "../internal/unicode.h"
#include "uefi_impl.h"

#define LINE 1024

static char line[LINE + 4];
static size_t line_len, line_pos;

/* termios's settings (__sys_console_mode): canonical input with echo
 * until a program asks otherwise. */
static unsigned con_mode = __SYS_CON_CANON | __SYS_CON_ECHO | __SYS_CON_CRNL;
static unsigned char con_vmin = 1, con_vtime;

void __sys_console_mode(unsigned mode, unsigned char vmin, unsigned char vtime)
{
	con_mode = mode;
	con_vmin = vmin;
	con_vtime = vtime;
}

static void echo(const CHAR16 *s)
{
	SIMPLE_TEXT_OUTPUT_INTERFACE *out = uefi_system_table()->ConOut;
	if (out && (con_mode & __SYS_CON_ECHO))
		out->OutputString(out, (CHAR16 *)s);
}

/* Reads keys until Enter (1), Ctrl-D on an empty line (0), or an error (-1). */
static int read_line(void)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	line_len = line_pos = 0;
	for (;;) {
		EFI_BOOT_SERVICES *bs = uefi_boot_services();
		SIMPLE_INPUT_INTERFACE *in = st->ConIn;
		if (!bs || !in) {
			errno = EIO;
			return -1;
		}
		EFI_INPUT_KEY key;
		EFI_STATUS s = in->ReadKeyStroke(in, &key);
		if (s == EFI_NOT_READY) {
			UINTN index;
			if (EFI_ERROR(bs->WaitForEvent(1, &in->WaitForKey, &index))) {
				errno = EIO;
				return -1;
			}
			continue;
		}
		if (EFI_ERROR(s)) {
			errno = EIO;
			return -1;
		}
		CHAR16 c = key.UnicodeChar;
		if (c == CHAR_CARRIAGE_RETURN || c == CHAR_LINEFEED) {
			echo(L"\r\n");
			line[line_len++] = '\n';
			return 1;
		}
		if (c == 4 && !line_len) {        /* Ctrl-D */
			return 0;
		}
		if (c == CHAR_BACKSPACE) {
			if (line_len) {
				/* Drop one UTF-8 character: its continuation bytes first. */
				while (line_len && ((unsigned char)line[line_len - 1] & 0xC0) == 0x80)
					line_len--;
				if (line_len)
					line_len--;
				echo(L"\b \b");
			}
			continue;
		}
		if (c < 0x20 || __utf16_is_surrogate(c) || line_len + 3 >= LINE)
			continue;    /* other controls, scan codes, a full line */
		line_len += __utf16_to_utf8(&c, 1, line + line_len);
		CHAR16 e[2] = { c, 0 };
		echo(e);
	}
}

static int redirect_checked, ucs2;
static EFI_FILE_PROTOCOL *redirected;
static unsigned char pending[2];
static size_t npending;
static uint16_t held_surrogate;

static EFI_FILE_PROTOCOL *redirected_stdin(void)
{
	if (redirect_checked)
		return redirected;
	redirect_checked = 1;
	EFI_SHELL_PARAMETERS_PROTOCOL *sp = __uefi_shell_params();
	UINT64 pos;
	if (!sp || !sp->StdIn)
		return 0;
	EFI_FILE_PROTOCOL *f = (EFI_FILE_PROTOCOL *)sp->StdIn;
	if (!f->GetPosition || EFI_ERROR(f->GetPosition(f, &pos)))
		return 0;
	/* A BOM says UCS-2; otherwise the two bytes are the first data. */
	UINTN n = 2;
	if (!EFI_ERROR(f->Read(f, &n, pending))) {
		if (n == 2 && pending[0] == 0xFF && pending[1] == 0xFE)
			ucs2 = 1;
		else
			npending = n;
	}
	redirected = f;
	return f;
}

static long file_read(EFI_FILE_PROTOCOL *f, unsigned char *buf, size_t len)
{
	if (npending) {
		size_t k = npending < len ? npending : len;
		memcpy(buf, pending, k);
		memmove(pending, pending + k, npending - k);
		npending -= k;
		return (long)k;
	}
	if (!ucs2) {
		UINTN n = len > (1u << 20) ? (1u << 20) : len;
		if (EFI_ERROR(f->Read(f, &n, buf))) {
			errno = EIO;
			return -1;
		}
		return (long)n;
	}
	/* UCS-2: a line's worth of units at a time, into the line buffer. */
	if (line_pos == line_len) {
		uint16_t units[LINE / 3];
		size_t u = 0;
		if (held_surrogate)
			units[u++] = held_surrogate;
		held_surrogate = 0;
		UINTN n = (sizeof units - u * 2) & ~(UINTN)1;
		if (EFI_ERROR(f->Read(f, &n, units + u))) {
			errno = EIO;
			return -1;
		}
		u += n / 2;
		if (!u)
			return 0;
		if (__utf16_is_high(units[u - 1]) && n)
			held_surrogate = units[--u];
		size_t k = 0;
		for (size_t i = 0; i < u; i++)
			if (units[i] != '\r' || i + 1 >= u || units[i + 1] != '\n')
				units[k++] = units[i];
		line_len = __utf16_to_utf8(units, k, line);
		line_pos = 0;
		if (!line_len)
			return file_read(f, buf, len);
	}
	size_t k = line_len - line_pos < len ? line_len - line_pos : len;
	memcpy(buf, line + line_pos, k);
	line_pos += k;
	return (long)k;
}

/* ---- non-canonical input: keys as typed (termios without ICANON) ---- */

/* The bytes of one key: its UTF-8, or the escape sequence a terminal sends
 * for it (arrows, Home, End, Insert, Delete, Page Up/Down, F1-F12, Esc). */
static unsigned char keyq[16];
static size_t keyq_len, keyq_pos;

static void queue_key(const EFI_INPUT_KEY *key)
{
	static const char *const scan[] = {
		[SCAN_UP] = "\x1b[A", [SCAN_DOWN] = "\x1b[B", [SCAN_RIGHT] = "\x1b[C", [SCAN_LEFT] = "\x1b[D",
		[SCAN_HOME] = "\x1b[H", [SCAN_END] = "\x1b[F", [SCAN_INSERT] = "\x1b[2~", [SCAN_DELETE] = "\x1b[3~",
		[SCAN_PAGE_UP] = "\x1b[5~", [SCAN_PAGE_DOWN] = "\x1b[6~", [SCAN_F1] = "\x1bOP", [SCAN_F2] = "\x1bOQ",
		[SCAN_F3] = "\x1bOR", [SCAN_F4] = "\x1bOS", [SCAN_F5] = "\x1b[15~", [SCAN_F6] = "\x1b[17~",
		[SCAN_F7] = "\x1b[18~", [SCAN_F8] = "\x1b[19~", [SCAN_F9] = "\x1b[20~", [SCAN_F10] = "\x1b[21~",
		[SCAN_ESC] = "\x1b",
	};
	keyq_len = keyq_pos = 0;
	CHAR16 c = key->UnicodeChar;
	if (!c) {
		if (key->ScanCode < sizeof scan / sizeof scan[0] && scan[key->ScanCode]) {
			keyq_len = strlen(scan[key->ScanCode]);
			memcpy(keyq, scan[key->ScanCode], keyq_len);
		}
		return;
	}
	if (__utf16_is_surrogate(c))
		return;
	if (c == CHAR_CARRIAGE_RETURN && (con_mode & __SYS_CON_CRNL))
		c = '\n';
	keyq_len = __utf16_to_utf8(&c, 1, (char *)keyq);
	if (c >= 0x20 || c == '\n' || c == '\r') {
		CHAR16 e[3] = { c, 0, 0 };
		if (c == '\n' || c == '\r')
			e[0] = '\r', e[1] = '\n';
		echo(e);
	}
}

/* Waits for a key, at most tenths * 0.1 s when tenths is not 0: 1 when
 * one is there, 0 at the timeout, -1 on an error. */
static int wait_key(EFI_BOOT_SERVICES *bs, SIMPLE_INPUT_INTERFACE *in, unsigned tenths)
{
	UINTN index;
	if (!tenths)
		return EFI_ERROR(bs->WaitForEvent(1, &in->WaitForKey, &index)) ? -1 : 1;
	EFI_EVENT ev[2] = { in->WaitForKey, 0 };
	if (EFI_ERROR(bs->CreateEvent(EVT_TIMER, 0, NULL, NULL, &ev[1])))
		return -1;
	int r = -1;
	if (!EFI_ERROR(bs->SetTimer(ev[1], TimerRelative, (UINT64)tenths * 1000000)) &&
	    !EFI_ERROR(bs->WaitForEvent(2, ev, &index)))
		r = index == 0;
	bs->CloseEvent(ev[1]);
	return r;
}

/* POSIX's MIN and TIME: MIN > 0, TIME 0: wait for MIN bytes; MIN 0, TIME 0:
 * what is there now; MIN 0, TIME > 0: wait up to TIME for the first byte;
 * both > 0: up to TIME between bytes once the first came.  Always what
 * else is typed already, up to len. */
static long raw_read(EFI_SYSTEM_TABLE *st, EFI_BOOT_SERVICES *bs, unsigned char *buf, size_t len)
{
	size_t got = 0;
	size_t want = con_vmin < len ? con_vmin : len;
	for (;;) {
		while (keyq_pos < keyq_len && got < len)
			buf[got++] = keyq[keyq_pos++];
		if (got == len)
			return (long)got;
		SIMPLE_INPUT_INTERFACE *in = st->ConIn;
		if (!in) {
			errno = EIO;
			return -1;
		}
		EFI_INPUT_KEY key;
		EFI_STATUS s = in->ReadKeyStroke(in, &key);
		if (s == EFI_NOT_READY) {
			if (got >= want && (got || !con_vtime))
				return (long)got;       /* enough, or nothing to wait for */
			/* MIN 0: TIME bounds the wait for the first byte; MIN > 0:
			 * no bound before the first byte, TIME between bytes. */
			int w = wait_key(bs, in, !con_vmin ? con_vtime : got ? con_vtime : 0);
			if (w < 0) {
				errno = EIO;
				return -1;
			}
			if (w == 0)
				return (long)got;       /* TIME ran out */
			continue;
		}
		if (EFI_ERROR(s)) {
			errno = EIO;
			return -1;
		}
		queue_key(&key);
	}
}

void __sys_console_discard(void)
{
	line_len = line_pos = 0;
	keyq_len = keyq_pos = 0;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	SIMPLE_INPUT_INTERFACE *in = uefi_system_table()->ConIn;
	EFI_INPUT_KEY key;
	if (bs && in)
		while (in->ReadKeyStroke(in, &key) == EFI_SUCCESS)
			;
}

long __sys_console_read(int fd, void *buf, size_t len)
{
	if (fd != 0) {
		errno = EBADF;
		return -1;
	}
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs) {
		errno = EIO;
		return -1;
	}
	EFI_FILE_PROTOCOL *f = redirected_stdin();
	if (f)
		return file_read(f, buf, len);
	if (!(con_mode & __SYS_CON_CANON) && line_pos == line_len)
		return len ? raw_read(uefi_system_table(), bs, buf, len) : 0;
	if (line_pos == line_len) {
		/* Ctrl-D ends input for this read only, as on a terminal (stdio
		 * keeps the end-of-file indicator until clearerr). */
		int r = read_line();
		if (r <= 0)
			return r;
	}
	size_t k = line_len - line_pos < len ? line_len - line_pos : len;
	memcpy(buf, line + line_pos, k);
	line_pos += k;
	return (long)k;
}
