# Strings, conversions, sorting: one direct boot; the program ends QEMU
# itself (status 1) once its verdicts are out.
direct strings 120
