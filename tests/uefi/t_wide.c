/* Wide characters in the real firmware (16-bit wchar_t, L"" literals):
 *  - a file written with fwprintf/fputws/fputwc, read back byte for byte
 *    (UTF-8, pairs for characters above U+FFFF) and through
 *    fgetws/fgetwc/ungetwc;
 *  - wprintf/fputws on the console: a recording ConOut checks the UCS-2
 *    the firmware is given (non-ASCII exact, above the BMP U+FFFD as for
 *    every console write);
 *  - fwscanf on a UTF-8 file on the FAT volume (every kind of conversion,
 *    the unmatched character pushed back, EILSEQ on a bad byte), swscanf;
 *  - orientation, swprintf, wcsftime, <wctype.h> spot checks. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>
#include <uefi/env.h>
#include "harness.h"

static CHAR16 got[512];
static size_t ngot;

static EFI_STATUS EFIAPI record(SIMPLE_TEXT_OUTPUT_INTERFACE *self, CHAR16 *s)
{
	(void)self;
	while (*s && ngot < sizeof got / sizeof *got)
		got[ngot++] = *s++;
	return EFI_SUCCESS;
}

static int same(const wchar_t *want)
{
	size_t n = wcslen(want);
	return n == ngot && !memcmp(got, want, 2 * n);
}

static void file_io(void)
{
	static const char expect[] = "Gr\xc3\xbc\xc3\x9f" "e 42 \xe2\x82\xac|\xf0\x9f\x98\x80|  \xce\xa9\n"
				     "\xe6\x97\xa5\xe6\x9c\xac x\n";
	FILE *f = fopen("wide.txt", "w");
	CHECK(f != NULL, "fopen for writing");
	if (!f)
		return;
	CHECK(fwprintf(f, L"Grüße %d %lc|%ls|%3ls\n", 42, L'€', L"\xd83d\xde00", L"Ω") == 18, "fwprintf");
	CHECK(fputws(L"日本 ", f) == 0, "fputws");
	CHECK(fputwc(L'x', f) == L'x' && putwc(L'\n', f) == L'\n', "fputwc");
	errno = 0;
	CHECK(fputc('y', f) == EOF && errno == EBADF, "fputc on the wide stream fails (EBADF)");
	CHECK(fclose(f) == 0, "fclose");

	f = fopen("wide.txt", "rb");
	CHECK(f != NULL, "fopen for reading");
	if (!f)
		return;
	char bytes[128];
	size_t n = fread(bytes, 1, sizeof bytes, f);
	CHECK(n == sizeof expect - 1 && !memcmp(bytes, expect, n), "the file is the UTF-8 text, byte for byte");
	rewind(f);
	CHECK(fwide(f, 1) < 0, "fread made it byte-oriented");
	fclose(f);

	f = fopen("wide.txt", "r");
	wchar_t line[64];
	CHECK(fgetws(line, 64, f) && !wcscmp(line, L"Grüße 42 €|\xd83d\xde00|  Ω\n"), "fgetws");
	CHECK(fwide(f, 0) > 0, "fwide after fgetws");
	wint_t c = fgetwc(f);
	CHECK(c == L'日', "fgetwc");
	CHECK(ungetwc(c, f) == c && getwc(f) == L'日' && fgetwc(f) == L'本', "ungetwc");
	CHECK(fgetws(line, 64, f) && !wcscmp(line, L" x\n"), "the rest");
	CHECK(fgetwc(f) == WEOF && feof(f), "end of file");
	fclose(f);
	remove("wide.txt");
}

static void scan(void)
{
	static const char text[] = "42 -0x1F 3.5e2 Gr\xc3\xbc\xc3\x9f" "e \xe6\x97\xa5\xe6\x9c\xac,\xf0\x9f\x98\x80!"
				   " \xe2\x82\xac" "7 \xff";
	FILE *f = fopen("wscan.txt", "wb");
	CHECK(f && fwrite(text, 1, sizeof text - 1, f) == sizeof text - 1 && fclose(f) == 0, "write the UTF-8 file");
	f = fopen("wscan.txt", "r");
	int d = 0, x = 0, n = -1;
	double g = 0;
	char mb[16] = { 0 };
	wchar_t w[16] = { 0 }, c2[2] = { 0 };
	CHECK(f && fwscanf(f, L"%d%i%lf %s %l[^,],%2lc%n", &d, &x, &g, mb, w, c2, &n) == 6, "fwscanf: six conversions");
	CHECK(d == 42 && x == -31 && g == 350, "fwscanf: the numbers");
	CHECK(!strcmp(mb, "Gr\xc3\xbc\xc3\x9f" "e"), "fwscanf %s: multibyte, as wcrtomb gives it");
	CHECK(!wcscmp(w, L"日本") && c2[0] == 0xD83D && c2[1] == 0xDE00, "fwscanf %l[ and %2lc (a surrogate pair)");
	CHECK_EQ(n, 26, "fwscanf %n counts wchar_t");
	CHECK(fwide(f, 0) > 0, "fwscanf made the stream wide");
	CHECK(fwscanf(f, L"!%d", &d) == 0 && fgetwc(f) == L'€', "%d pushes back the unmatched €");
	errno = 0;
	CHECK(fwscanf(f, L"%d %d", &d, &x) == 1 && d == 7 && errno == EILSEQ, "an invalid byte: input failure, EILSEQ");
	CHECK(fwscanf(f, L"%d", &d) == EOF, "then end of file: EOF");
	fclose(f);
	f = fopen("wscan.txt", "r");
	CHECK(f && fgetc(f) == '4', "a byte read");
	errno = 0;
	CHECK(fwscanf(f, L"%d", &d) == EOF && errno == EBADF, "fwscanf on a byte-oriented stream: EOF, EBADF");
	fclose(f);
	remove("wscan.txt");

	CHECK(swscanf(L" 0x12 0x34", L"%5i%2i", &d, &x) == 1 && d == 0x12, "swscanf: \"0x\" is no integer (C over glibc)");
	CHECK(swscanf(L"hello, world\n", L"%8c%8c", mb, mb + 8) == 1, "swscanf: %8c at the end is an input failure");
	CHECK(swscanf(L"", L"%d", &d) == EOF && swscanf(L"x", L"%d", &d) == 0, "swscanf: EOF vs matching failure");
	CHECK(swscanf(L"\x3000\x3000-5", L"%d", &d) == 1 && d == -5, "swscanf skips U+3000 (iswspace)");
}

static void console(void)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	fflush(stdout);
	SIMPLE_TEXT_OUTPUT_INTERFACE fake = *st->ConOut;
	fake.OutputString = record;
	SIMPLE_TEXT_OUTPUT_INTERFACE *con = st->ConOut, *err = st->StdErr;
	st->ConOut = &fake;
	st->StdErr = &fake;

	ngot = 0;
	int r = wprintf(L"Grüße %ls %lc %d\n", L"€Ω日", L'ß', -7);
	fflush(stdout);
	CHECK(r == 15 && same(L"Grüße €Ω日 ß -7\r\n"), "wprintf to the console: exact UCS-2");
	ngot = 0;
	CHECK(fputws(L"\xd83d\xde00 é\n", stderr) == 0, "fputws to stderr");
	CHECK(same(L"\xfffd é\r\n"), "above the BMP: U+FFFD on the console");
	ngot = 0;
	CHECK(putwchar(L'Ж') == L'Ж' && putwchar(L'\n') == L'\n', "putwchar");
	fflush(stdout);
	CHECK(same(L"Ж\r\n"), "putwchar on the console");
	errno = 0;
	CHECK(printf("x\n") < 0 && errno == EBADF, "printf on the wide stdout fails (EBADF)");
	CHECK(fwide(stdout, -1) > 0, "fwide(stdout) stays wide");

	st->ConOut = con;
	st->StdErr = err;
}

int main(void)
{
	th_begin("wide");
	file_io();
	scan();

	wchar_t buf[64];
	CHECK(swprintf(buf, 64, L"%5.2f|%-3lc|%s", 3.14159, L'é', "a\xc3\xa9") == 12 &&
	      !wcscmp(buf, L" 3.14|é  |aé"), "swprintf");
	CHECK(swprintf(buf, 4, L"%d", 12345) == -1 && !wcscmp(buf, L"123"), "swprintf overflow: -1");
	struct tm tm = { .tm_year = 126, .tm_mon = 11, .tm_mday = 2, .tm_hour = 17, .tm_min = 5, .tm_wday = 3 };
	CHECK(wcsftime(buf, 64, L"%A %d.%m.%Y %H:%M — 日", &tm) == 30 &&
	      !wcscmp(buf, L"Wednesday 02.12.2026 17:05 — 日"), "wcsftime");
	CHECK(iswalpha(L'é') && iswalpha(L'Ω') && iswalpha(L'日') && !iswalpha(L'1') && !iswalpha(0xD800), "iswalpha");
	CHECK(iswupper(L'Ж') && towlower(L'Ж') == L'ж' && towupper(L'ß') == L'ß', "iswupper / towlower");
	CHECK(iswspace(0x3000) && !iswspace(0xA0) && iswblank(L'\t'), "iswspace");
	CHECK(iswctype(L'٣', wctype("alpha")) && !iswctype(L'٣', wctype("digit")) && wctype("x") == 0, "wctype / iswctype");
	CHECK(towctrans(L'a', wctrans("toupper")) == L'A', "towctrans");
	CHECK(wcwidth(L'日') == 2 && wcwidth(L'a') == 1 && wcwidth(0x301) == 0 && wcswidth(L"日本a", 3) == 5, "wcwidth");
	CHECK(wcscasecmp(L"GRÜSSE", L"grüsse") == 0 && wcsncasecmp(L"ΑΒΓ", L"αβδ", 2) == 0, "wcscasecmp");

	console();
	th_end();
	th_qemu_exit(0);
	return 0;
}
