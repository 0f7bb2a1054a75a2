# <math.h> and <fenv.h> in the firmware (tests/uefi/t_math.c): a direct boot,
# ended by the program through isa-debug-exit.
direct math 120
direct complex 60
