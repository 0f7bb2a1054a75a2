/* <termios.h> over the firmware's console, with keys typed at the serial
 * console by tests/uefi/serial-typist.py (suites/termios.sh): raw input
 * arrives key by key without Enter and without echo, an arrow key as its
 * escape sequence, canonical input without echo (a password), MIN/TIME
 * polls and timeouts, then the console as it was. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
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
	CHECK("tcgetattr of the console", tcgetattr(0, &start) == 0 && (start.c_lflag & ICANON) && (start.c_lflag & ECHO));
	int fd = open("/tt.txt", O_RDWR | O_CREAT, 0644);
	CHECK("tcgetattr of a file: ENOTTY", fd >= 0 && tcgetattr(fd, &t) == -1 && errno == ENOTTY);
	close(fd);
	/* Raw: 'a', 'b', Enter as typed, no echo. */
	t = start;
	cfmakeraw(&t);
	CHECK("tcsetattr raw", tcsetattr(0, TCSAFLUSH, &t) == 0);
	prompt("raw? ");
	unsigned char b[8];
	int n = read_n(b, 3);
	show("got", b, n);
	CHECK("raw: a, b, CR one by one", n == 3 && b[0] == 'a' && b[1] == 'b' && b[2] == '\r');
	prompt("arrow? ");
	n = read_n(b, 3);
	show("arrow", b, n);
	CHECK("raw: the Up arrow as ESC [ A", n == 3 && memcmp(b, "\x1b[A", 3) == 0);
	/* MIN 0, TIME 0: a poll; MIN 0, TIME 5: half a second at most. */
	t.c_cc[VMIN] = 0;
	t.c_cc[VTIME] = 0;
	tcsetattr(0, TCSANOW, &t);
	CHECK("MIN 0 TIME 0: nothing typed, read returns 0 at once", read(0, b, 4) == 0);
	t.c_cc[VTIME] = 5;
	tcsetattr(0, TCSANOW, &t);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ssize_t r = read(0, b, 4);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	long long ms = (t1.tv_sec - t0.tv_sec) * 1000LL + (t1.tv_nsec - t0.tv_nsec) / 1000000;
	CHECK("MIN 0 TIME 5: 0 after half a second", r == 0 && ms >= 400 && ms < 5000);
	/* Canonical without echo: a password. */
	t = start;
	t.c_lflag &= ~(tcflag_t)ECHO;
	CHECK("tcsetattr no echo", tcsetattr(0, TCSANOW, &t) == 0);
	prompt("secret? ");
	char line[64];
	CHECK("canonical without echo: the line", fgets(line, sizeof line, stdin) && strcmp(line, "pw\n") == 0);
	printf("\nsecret %s", line);
	/* As it was: echo again. */
	CHECK("tcsetattr back", tcsetattr(0, TCSANOW, &start) == 0);
	prompt("echo? ");
	CHECK("canonical with echo again", fgets(line, sizeof line, stdin) && strcmp(line, "hi\n") == 0);
	printf("line %s", line);
	CHECK("tcdrain, tcflush", tcdrain(1) == 0 && tcflush(0, TCIFLUSH) == 0);
	th_end();
	fflush(stdout);
	th_qemu_exit(0);        /* a direct boot: end QEMU (status 1) */
	return 0;
}
