/* The console path in the firmware: a recording ConOut/StdErr stands in for
 * the real ones, so that the exact UCS-2 text and the number of OutputString
 * calls can be checked (a serial terminal would show only '?' for
 * non-ASCII, and could not count calls). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include "harness.h"

static CHAR16 got[8192];
static size_t ngot;
static int calls;
static EFI_STATUS fail_with;

static EFI_STATUS EFIAPI record(SIMPLE_TEXT_OUTPUT_INTERFACE *self, CHAR16 *s)
{
	(void)self;
	calls++;
	if (fail_with)
		return fail_with;
	while (*s && ngot < sizeof got / sizeof *got)
		got[ngot++] = *s++;
	return EFI_SUCCESS;
}

static void reset(void)
{
	ngot = 0;
	calls = 0;
	fail_with = EFI_SUCCESS;
}

/* got == want (a UTF-16 literal) */
static int same(const CHAR16 *want)
{
	size_t n = 0;
	while (want[n])
		n++;
	if (n != ngot)
		return 0;
	return memcmp(got, want, n * sizeof(CHAR16)) == 0;
}

/* A ConIn with scripted keys.  Every other ReadKeyStroke says "not ready",
 * so that the library's wait on WaitForKey is exercised too. */
static const CHAR16 keys[] = { 'a', 'b', 'x', CHAR_BACKSPACE, 0x00e9, CHAR_CARRIAGE_RETURN,
                               'q', CHAR_CARRIAGE_RETURN, 4 /* Ctrl-D */,
                               '1', '2', ' ', 'a', 'b', CHAR_CARRIAGE_RETURN };
static size_t next_key;
static int not_ready_turn;

static EFI_STATUS EFIAPI fake_read(SIMPLE_INPUT_INTERFACE *self, EFI_INPUT_KEY *k)
{
	(void)self;
	if (next_key >= sizeof keys / sizeof *keys || (not_ready_turn ^= 1))
		return EFI_NOT_READY;
	k->ScanCode = 0;
	k->UnicodeChar = keys[next_key++];
	return EFI_SUCCESS;
}

static void EFIAPI wait_notify(EFI_EVENT e, void *ctx)
{
	(void)ctx;
	if (next_key < sizeof keys / sizeof *keys)
		uefi_boot_services()->SignalEvent(e);
}

static void console_input(SIMPLE_TEXT_OUTPUT_INTERFACE *fake_out)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	SIMPLE_INPUT_INTERFACE fake_in = *st->ConIn, *real_in = st->ConIn;
	fake_in.ReadKeyStroke = fake_read;
	CHECK(!EFI_ERROR(bs->CreateEvent(EVT_NOTIFY_WAIT, TPL_NOTIFY, wait_notify, NULL,
	      &fake_in.WaitForKey)), "WaitForKey event");
	st->ConIn = &fake_in;
	st->ConOut = fake_out;
	reset();
	char line[32];
	CHECK(fgets(line, sizeof line, stdin) && strcmp(line, "ab\xc3\xa9\n") == 0, "fgets(stdin) edits the line");
	CHECK(same(L"abx\b \b\x00e9\r\n"), "typed keys are echoed, backspace erases");
	CHECK(getchar() == 'q' && getchar() == '\n', "getchar");
	CHECK(getchar() == EOF && feof(stdin), "Ctrl-D on an empty line is EOF");
	clearerr(stdin);
	int n = 0;
	char word[8] = "";
	CHECK(scanf("%d %7s", &n, word) == 2 && n == 12 && strcmp(word, "ab") == 0, "scanf from stdin");
	st->ConIn = real_in;
	bs->CloseEvent(fake_in.WaitForKey);
}

int main(void)
{
	th_begin("console");
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	fflush(stdout);
	SIMPLE_TEXT_OUTPUT_INTERFACE fake = *st->ConOut;
	fake.OutputString = record;
	SIMPLE_TEXT_OUTPUT_INTERFACE *con = st->ConOut, *err = st->StdErr;
	st->ConOut = &fake;
	st->StdErr = &fake;

	reset();
	printf("a");
	int before_newline = calls;
	printf("b%d\n", 1);
	CHECK_EQ(before_newline, 0, "line buffered: nothing before newline");
	CHECK_EQ(calls, 1, "line buffered: one call per line");
	CHECK(same(L"ab1\r\n"), "LF becomes CRLF");

	reset();
	puts("Gr\xc3\xbc\xc3\x9f" "e \xe2\x82\xac \xce\xa9 \xe6\x97\xa5");
	CHECK(same(L"Gr\x00fc\x00df" L"e \x20ac \x03a9 \x65e5\r\n"), "UTF-8 to UCS-2");

	reset();
	puts("\xf0\x9f\x98\x80|\xff|\xe2\x82z|\xc0\xaf|\xed\xa0\x80|\xf4\x90\x80\x80");
	/* non-BMP: one U+FFFD; each maximal invalid subpart: one U+FFFD */
	CHECK(same(L"\xfffd|\xfffd|\xfffdz|\xfffd\xfffd|\xfffd\xfffd\xfffd|\xfffd\xfffd\xfffd\xfffd\r\n"),
	      "invalid and non-BMP become U+FFFD");

	reset();
	fputs("\xe2\x82", stderr);
	fputs("\xac\n", stderr);
	CHECK(same(L"\x20ac\r\n"), "sequence split across writes");

	reset();
	fputs("unbuffered\n", stderr);
	CHECK_EQ(calls, 1, "stderr: one call per fputs");
	reset();
	fprintf(stderr, "%s=%d, %s=%d\n", "x", 1, "y", 2);
	CHECK_EQ(calls, 1, "stderr: one call per fprintf");
	CHECK(same(L"x=1, y=2\r\n"), "stderr fprintf text");

	reset();
	static char big[3001];
	memset(big, 'x', 3000);
	printf("%s\n", big);
	CHECK_EQ(ngot, 3002, "long line: every byte arrives");
	CHECK(calls >= 3 && calls <= 4, "long line: whole buffers, not per character");

	reset();
	fwrite("a\0b\n", 1, 4, stdout);
	CHECK(same(L"ab\r\n"), "NUL bytes dropped");

	reset();
	fail_with = EFI_DEVICE_ERROR;
	errno = 0;
	int r = printf("lost\n");
	CHECK(r < 0, "device error: printf negative");
	CHECK_EQ(errno, EIO, "device error: errno EIO");
	CHECK(ferror(stdout), "device error: ferror set");
	clearerr(stdout);
	reset();
	CHECK(puts("again") >= 0 && same(L"again\r\n"), "after clearerr: works again");

	console_input(&fake);

	st->ConOut = con;
	st->StdErr = err;
	th_end();
	return 0;
}
