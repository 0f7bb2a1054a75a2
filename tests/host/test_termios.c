/* <termios.h> over the host's console layer: the settings the console
 * starts with, what tcsetattr hands the platform (canonical, echo, CR to
 * NL, MIN, TIME), ENOTTY/EBADF/EINVAL, and cfmakeraw and the speed
 * functions against glibc's (the same struct layout and values). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <termios.h>

#include "check.h"
#include "sys_host.h"
#include "sys_host_file.h"
#include "ul.h"
#include "ul_file.h"

int ul_tcgetattr(int fd, struct termios *t);
int ul_tcsetattr(int fd, int action, const struct termios *t);
void ul_cfmakeraw(struct termios *t);
speed_t ul_cfgetispeed(const struct termios *t);
speed_t ul_cfgetospeed(const struct termios *t);
int ul_cfsetispeed(struct termios *t, speed_t s);
int ul_cfsetospeed(struct termios *t, speed_t s);
int ul_cfsetspeed(struct termios *t, speed_t s);
int ul_tcflush(int fd, int q);
int ul_tcdrain(int fd);
int ul_tcflow(int fd, int a);
int ul_tcsendbreak(int fd, int d);
int ul_pipe(int fds[2]);
int ul_ioctl(int fd, unsigned long request, ...);
int ul_flock(int fd, int operation);
int ul_fcntl(int fd, int cmd, ...);

static uint64_t rng = 0x7e2a105ull;

int main(void)
{
	host_fs_setup();
	struct termios t, g;
	CHECK(ul_tcgetattr(0, &t) == 0 && (t.c_lflag & (ICANON | ECHO | ISIG)) == (ICANON | ECHO | ISIG) &&
	      (t.c_iflag & ICRNL) && (t.c_oflag & (OPOST | ONLCR)) == (OPOST | ONLCR) && t.c_cc[VMIN] == 1 &&
	      t.c_cc[VEOF] == 4 && t.c_cc[VERASE] == 8 && ul_cfgetospeed(&t) == B115200, "the console's settings at start");
	CHECK(ul_tcgetattr(1, &t) == 0 && ul_tcgetattr(2, &t) == 0, "stdout and stderr are the console too");
	/* Raw, no echo: handed to the platform. */
	struct termios raw = t;
	ul_cfmakeraw(&raw);
	CHECK(ul_tcsetattr(0, TCSANOW, &raw) == 0 && host_con_mode == 0 && host_con_vmin == 1 && host_con_vtime == 0, "raw: mode %u", host_con_mode);
	struct termios back;
	CHECK(ul_tcgetattr(0, &back) == 0 && memcmp(&back, &raw, sizeof raw) == 0, "tcgetattr gives back what was set");
	struct termios noecho = t;
	noecho.c_lflag &= ~(tcflag_t)ECHO;
	int d0 = host_con_discards;
	CHECK(ul_tcsetattr(0, TCSAFLUSH, &noecho) == 0 && host_con_mode == (1 | 4) && host_con_discards == d0 + 1,
	      "canonical without echo, TCSAFLUSH drops typed input");
	struct termios mt = raw;
	mt.c_cc[VMIN] = 0;
	mt.c_cc[VTIME] = 15;
	mt.c_iflag |= ICRNL;
	CHECK(ul_tcsetattr(0, TCSADRAIN, &mt) == 0 && host_con_mode == 4 && host_con_vmin == 0 && host_con_vtime == 15, "MIN 0, TIME 15, ICRNL");
	CHECK(ul_tcsetattr(0, TCSANOW, &t) == 0 && host_con_mode == 7, "back to the start");
	ul_errno = 0;
	CHECK(ul_tcsetattr(0, 9, &t) == -1 && ul_errno == EINVAL, "bad action: EINVAL");
	/* Not a terminal. */
	int fd = ul_open("/tty.txt", O_RDWR | O_CREAT, 0644);
	ul_errno = 0;
	CHECK(fd >= 0 && ul_tcgetattr(fd, &t) == -1 && ul_errno == ENOTTY, "a file: ENOTTY");
	ul_errno = 0;
	CHECK(ul_tcsetattr(fd, TCSANOW, &t) == -1 && ul_errno == ENOTTY && ul_tcflush(fd, TCIFLUSH) == -1 &&
	      ul_tcdrain(fd) == -1, "tcsetattr, tcflush, tcdrain on a file: ENOTTY");
	int p[2];
	ul_errno = 0;
	CHECK(ul_pipe(p) == 0 && ul_tcgetattr(p[0], &t) == -1 && ul_errno == ENOTTY, "a pipe: ENOTTY");
	ul_errno = 0;
	CHECK(ul_tcgetattr(77, &t) == -1 && ul_errno == EBADF, "a bad descriptor: EBADF");
	d0 = host_con_discards;
	CHECK(ul_tcflush(0, TCIOFLUSH) == 0 && host_con_discards == d0 + 1 && ul_tcflush(0, TCOFLUSH) == 0 &&
	      host_con_discards == d0 + 1 && ul_tcflush(0, 5) == -1, "tcflush");
	CHECK(ul_tcdrain(1) == 0 && ul_tcflow(1, TCOON) == 0 && ul_tcflow(1, 9) == -1 && ul_tcsendbreak(1, 0) == 0, "tcdrain, tcflow, tcsendbreak");
	/* ioctl: the console's size from the platform, the descriptor requests. */
	struct winsize ws;
	memset(&ws, 0xa5, sizeof ws);
	host_con_cols = 132;
	host_con_rows = 43;
	CHECK(ul_ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col == 132 && ws.ws_row == 43 && ws.ws_xpixel == 0 &&
	      ws.ws_ypixel == 0, "TIOCGWINSZ: %u x %u", ws.ws_col, ws.ws_row);
	host_con_cols = 80;
	host_con_rows = 25;
	CHECK(ul_ioctl(0, TIOCGWINSZ, &ws) == 0 && ws.ws_col == 80 && ws.ws_row == 25, "TIOCGWINSZ on stdin");
	host_con_size_fails = 1;
	ul_errno = 0;
	CHECK(ul_ioctl(1, TIOCGWINSZ, &ws) == -1 && ul_errno == EIO, "TIOCGWINSZ without a console: EIO");
	host_con_size_fails = 0;
	ul_errno = 0;
	CHECK(ul_ioctl(fd, TIOCGWINSZ, &ws) == -1 && ul_errno == ENOTTY, "TIOCGWINSZ on a file: ENOTTY");
	ul_errno = 0;
	CHECK(ul_ioctl(p[0], TIOCGWINSZ, &ws) == -1 && ul_errno == ENOTTY, "TIOCGWINSZ on a pipe: ENOTTY");
	ul_errno = 0;
	CHECK(ul_ioctl(77, TIOCGWINSZ, &ws) == -1 && ul_errno == EBADF, "TIOCGWINSZ on a bad descriptor: EBADF");
	ul_errno = 0;
	CHECK(ul_ioctl(1, TIOCGWINSZ, NULL) == -1 && ul_errno == EFAULT, "TIOCGWINSZ to NULL: EFAULT");
	int on = 1, off = 0;
	CHECK(ul_ioctl(p[0], FIONBIO, &on) == 0 && (ul_fcntl(p[0], F_GETFL) & O_NONBLOCK) &&
	      ul_ioctl(p[0], FIONBIO, &off) == 0 && !(ul_fcntl(p[0], F_GETFL) & O_NONBLOCK), "FIONBIO sets and clears O_NONBLOCK");
	CHECK(ul_ioctl(fd, FIOCLEX) == 0 && ul_fcntl(fd, F_GETFD) == FD_CLOEXEC && ul_ioctl(fd, FIONCLEX) == 0 &&
	      ul_fcntl(fd, F_GETFD) == 0, "FIOCLEX and FIONCLEX");
	ul_errno = 0;
	CHECK(ul_ioctl(fd, TIOCSWINSZ, &ws) == -1 && ul_errno == ENOTTY && ul_ioctl(1, 0x12345678, 0) == -1 &&
	      ul_errno == ENOTTY, "other requests: ENOTTY");
	ul_errno = 0;
	CHECK(ul_ioctl(77, FIONBIO, &on) == -1 && ul_errno == EBADF && ul_ioctl(77, 0x12345678, 0) == -1 &&
	      ul_errno == EBADF, "a bad descriptor: EBADF for every request");
	/* flock: granted on any open descriptor (one process), checked arguments. */
	CHECK(ul_flock(fd, LOCK_EX) == 0 && ul_flock(fd, LOCK_SH | LOCK_NB) == 0 && ul_flock(fd, LOCK_UN) == 0 &&
	      ul_flock(fd, LOCK_EX | LOCK_NB) == 0 && ul_flock(fd, LOCK_UN | LOCK_NB) == 0, "flock: locks and unlocks");
	ul_errno = 0;
	CHECK(ul_flock(fd, 0) == -1 && ul_errno == EINVAL, "flock(0): EINVAL");
	ul_errno = 0;
	CHECK(ul_flock(fd, LOCK_SH | LOCK_EX) == -1 && ul_errno == EINVAL && ul_flock(fd, LOCK_NB) == -1 &&
	      ul_flock(fd, 16) == -1, "flock: two kinds, LOCK_NB alone, an unknown bit: EINVAL");
	ul_errno = 0;
	CHECK(ul_flock(77, LOCK_EX) == -1 && ul_errno == EBADF, "flock on a bad descriptor: EBADF");
	CHECK(LOCK_SH == 1 && LOCK_EX == 2 && LOCK_NB == 4 && LOCK_UN == 8 && TIOCGWINSZ == 0x5413 && FIONBIO == 0x5421 &&
	      FIOCLEX == 0x5451 && FIONCLEX == 0x5450, "Linux's values (glibc's headers)");
	/* cfmakeraw and speeds against glibc on random settings. */
	static const speed_t speeds[] = { B0, B50, B9600, B38400, B57600, B115200, B4000000, 0x20, 0x1011, 99999 };
	for (int k = 0; k < 20000; k++) {
		unsigned char bytes[sizeof(struct termios)];
		for (size_t i = 0; i < sizeof bytes; i++)
			bytes[i] = (unsigned char)check_xorshift(&rng);
		memcpy(&t, bytes, sizeof t);
		g = t;
		ul_cfmakeraw(&t);
		cfmakeraw(&g);
		CHECK(memcmp(&t, &g, sizeof t) == 0, "cfmakeraw differs from glibc's");
	}
	/* Speeds: kept and reported (glibc derives them from c_cflag's bits,
	 * which a random struct makes meaningless to compare). */
	struct termios z;
	memset(&z, 0, sizeof z);
	for (size_t i = 0; i < sizeof speeds / sizeof speeds[0]; i++) {
		speed_t s = speeds[i];
		int ok = s <= B38400 || (s >= B57600 && s <= B4000000);
		ul_errno = 0;
		CHECK(ul_cfsetspeed(&z, s) == (ok ? 0 : -1) && (ok ? ul_cfgetospeed(&z) == s && ul_cfgetispeed(&z) == s &&
		      (z.c_cflag & CBAUD) == s : ul_errno == EINVAL), "cfsetspeed(%#x)", s);
		g = z;
		CHECK(cfsetspeed(&g, s) == (ok ? 0 : -1) || s == 0x1000, "glibc agrees on %#x", s);
	}
	CHECK(ul_cfsetispeed(&z, B9600) == 0 && ul_cfgetispeed(&z) == B9600 && ul_cfsetospeed(&z, B300) == 0 &&
	      ul_cfgetospeed(&z) == B300 && ul_cfgetispeed(&z) == B9600, "input and output speeds apart");
	host_fs_cleanup();
	return check_report("termios");
}
