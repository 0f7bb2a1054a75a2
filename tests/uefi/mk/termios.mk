# <termios.h> with typed input (suites/termios.sh).
UEFI_TESTS += t_termios
