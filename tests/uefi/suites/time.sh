# <time.h>: sourced by tests/uefi/run.sh (boot, judge, pass, fail).
# Each program ends QEMU itself (isa-debug-exit 0: status 1).
direct time 90
direct time_ebs 60
