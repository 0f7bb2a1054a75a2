#include <errno.h>
#include <termios.h>

/* Speeds are kept and reported: the console has none to set. */
static int valid(speed_t s)
{
	return (s & ~(speed_t)CBAUD) == 0 && (s <= B38400 || (s >= B57600 && s <= B4000000));
}

speed_t cfgetispeed(const struct termios *t)
{
	return t->c_ispeed;
}

speed_t cfgetospeed(const struct termios *t)
{
	return t->c_ospeed;
}

int cfsetispeed(struct termios *t, speed_t speed)
{
	if (!valid(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ispeed = speed;
	return 0;
}

int cfsetospeed(struct termios *t, speed_t speed)
{
	if (!valid(speed)) {
		errno = EINVAL;
		return -1;
	}
	t->c_ospeed = speed;
	t->c_cflag = (t->c_cflag & ~(tcflag_t)CBAUD) | speed;
	return 0;
}

int cfsetspeed(struct termios *t, speed_t speed)
{
	if (cfsetospeed(t, speed) < 0)
		return -1;
	t->c_ispeed = speed;
	return 0;
}
