#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

/* ioctl over the descriptors (docs/termios.md): the console's window size,
 * and the generic descriptor requests.  Linux's values and layout. */

#ifdef __cplusplus
extern "C" {
#endif

struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

#define TIOCGWINSZ 0x5413   /* struct winsize *: the console's rows and columns */
#define TIOCSWINSZ 0x5414   /* not supported: the firmware console's size is its mode's */
#define FIONREAD   0x541B   /* not supported */
#define FIONBIO    0x5421   /* int *: nonzero sets O_NONBLOCK, 0 clears it */
#define FIONCLEX   0x5450   /* clears FD_CLOEXEC */
#define FIOCLEX    0x5451   /* sets FD_CLOEXEC */

int ioctl(int fd, unsigned long request, ...);

#ifdef __cplusplus
}
#endif

#endif
