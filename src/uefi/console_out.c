/* build: -Os (every program that prints carries it) */
#include <errno.h>
#include <stdio.h>
#include "../internal/sys.h"
#include "../internal/unicode.h"
#include "uefi_impl.h"

/* Room for a whole stdout buffer even when every byte is a '\n' that
 * becomes "\r\n", so that one flush is one OutputString. */
#define UNITS (2 * BUFSIZ)

static CHAR16 units[UNITS + 1];
static struct __utf8_decoder decoders[3];

static int emit(SIMPLE_TEXT_OUTPUT_INTERFACE *out, size_t n)
{
	units[n] = 0;
	return EFI_ERROR(out->OutputString(out, units)) ? -1 : 0;
}

/* Where stdout and stderr go after ExitBootServices: NULL (writes fail
 * with EIO) until uefi_console_after_exit chooses a sink, so that programs
 * that never do carry neither the UART driver nor port I/O. */
long (*__uefi_console_sink)(int fd, const void *buf, size_t len);

int __sys_console_after_exit(int fd)
{
	return (fd == 1 || fd == 2) && __uefi_console_sink;
}

/* UTF-8 in, UCS-2 out: the console cannot show characters beyond the BMP,
 * so they become U+FFFD like invalid input; NUL bytes are dropped, as
 * OutputString would end the string at them. */
long __sys_console_write(int fd, const void *buf, size_t len)
{
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	if (!uefi_boot_services()) {
		if (__uefi_console_sink)
			return __uefi_console_sink(fd, buf, len);
		errno = EIO;
		return -1;
	}
	if (fd != 1 && fd != 2) {
		errno = EBADF;
		return -1;
	}
	SIMPLE_TEXT_OUTPUT_INTERFACE *out = fd == 2 && st->StdErr ? st->StdErr : st->ConOut;
	if (!out) {
		errno = EIO;
		return -1;
	}
	struct __utf8_decoder *d = &decoders[fd];
	const unsigned char *s = buf;
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		uint32_t cp[2];
		int k = __utf8_decode_byte(d, s[i], cp);
		for (int j = 0; j < k; j++) {
			if (n + 2 > UNITS) {
				if (emit(out, n))
					goto fail;
				n = 0;
			}
			if (cp[j] == '\n')
				units[n++] = '\r';
			else if (!cp[j])
				continue;
			units[n++] = (CHAR16)(cp[j] > 0xFFFF ? __REPLACEMENT_CHAR : cp[j]);
		}
	}
	if (n && emit(out, n))
		goto fail;
	return (long)len;
fail:
	errno = EIO;
	return -1;
}
