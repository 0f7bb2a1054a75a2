/* <termios.h> over the firmware's console, with keys typed at the serial
 * console by tests/uefi/serial-typist.py (suites/termios.sh): raw input
 * arrives key by key without Enter and without echo, an arrow key as its
 * escape sequence, canonical input without echo (a password), MIN/TIME
 * polls and timeouts, then the console as it was. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <uefi/env.h>
#include "harness.h"

static void prompt(const char *p)
{
	fputs(p, stdout);
	fflush(stdout);
}

static int read_n(unsigned char *b, int n)
{
	int got = 0;
	while (got < n) {
		ssize_t r = read(0, b + got, 1);   /* one byte per read: raw input */
		if (r != 1)
			return got;
		got++;
	}
	return got;
}

static void show(const char *what, const unsigned char *b, int n)
{
	printf("%s", what);
	for (int i = 0; i < n; i++)
		printf(" %02x", b[i]);
	printf("\n");
}

int main(void)
{
	th_begin("termios");
	struct termios start, t;
	CHECK(tcgetattr(0, &start) == 0 && (start.c_lflag & ICANON) && (start.c_lflag & ECHO), "tcgetattr of the console");
	int fd = open("/tt.txt", O_RDWR | O_CREAT, 0644);
	CHECK(fd >= 0 && tcgetattr(fd, &t) == -1 && errno == ENOTTY, "tcgetattr of a file: ENOTTY");
	/* ioctl TIOCGWINSZ: the size of ConOut's current mode, as the firmware
	 * itself answers QueryMode. */
	EFI_SYSTEM_TABLE *st = uefi_system_table();
	UINTN cols = 0, rows = 0;
	struct winsize ws = { 0, 0, 7, 7 };
	CHECK(!EFI_ERROR(st->ConOut->QueryMode(st->ConOut, (UINTN)st->ConOut->Mode->Mode, &cols, &rows)) && cols >= 80,
	      "QueryMode of ConOut's mode");
	CHECK(ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col == cols && ws.ws_row == rows && ws.ws_xpixel == 0 &&
	      ws.ws_ypixel == 0, "ioctl TIOCGWINSZ: the console mode's columns and rows");
	errno = 0;
	CHECK(ioctl(fd, TIOCGWINSZ, &ws) == -1 && errno == ENOTTY, "ioctl TIOCGWINSZ of a file: ENOTTY");
	close(fd);
	/* Raw: 'a', 'b', Enter as typed, no echo. */
	t = start;
	cfmakeraw(&t);
	CHECK(tcsetattr(0, TCSAFLUSH, &t) == 0, "tcsetattr raw");
	prompt("raw? ");
	unsigned char b[8];
	int n = read_n(b, 3);
	show("got", b, n);
	CHECK(n == 3 && b[0] == 'a' && b[1] == 'b' && b[2] == '\r', "raw: a, b, CR one by one");
	prompt("arrow? ");
	n = read_n(b, 3);
	show("arrow", b, n);
	CHECK(n == 3 && memcmp(b, "\x1b[A", 3) == 0, "raw: the Up arrow as ESC [ A");
	/* MIN 0, TIME 0: a poll; MIN 0, TIME 5: half a second at most. */
	t.c_cc[VMIN] = 0;
	t.c_cc[VTIME] = 0;
	tcsetattr(0, TCSANOW, &t);
	CHECK(read(0, b, 4) == 0, "MIN 0 TIME 0: nothing typed, read returns 0 at once");
	t.c_cc[VTIME] = 5;
	tcsetattr(0, TCSANOW, &t);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ssize_t r = read(0, b, 4);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long long ms = (t1.tv_sec - t0.tv_sec) * 1000LL + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	CHECK(r == 0 && ms >= 400 && ms < 5000, "MIN 0 TIME 5: 0 after half a second");
	/* Canonical without echo: a password. */
	t = start;
	t.c_lflag &= ~(tcflag_t)ECHO;
	CHECK(tcsetattr(0, TCSANOW, &t) == 0, "tcsetattr no echo");
	prompt("secret? ");
	char line[64];
	CHECK(fgets(line, sizeof line, stdin) && strcmp(line, "pw\n") == 0, "canonical without echo: the line");
	printf("\nsecret %s", line);
	/* As it was: echo again. */
	CHECK(tcsetattr(0, TCSANOW, &start) == 0, "tcsetattr back");
	prompt("echo? ");
	CHECK(fgets(line, sizeof line, stdin) && strcmp(line, "hi\n") == 0, "canonical with echo again");
	printf("line %s", line);
	CHECK(tcdrain(1) == 0 && tcflush(0, TCIFLUSH) == 0, "tcdrain, tcflush");
	th_end();
	fflush(stdout);
	th_qemu_exit(0);        /* a direct boot: end QEMU (status 1) */
	return 0;
}
