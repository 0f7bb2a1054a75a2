# awk -v a=ARCH -f bench/size-limits.awk bench/size-limits: the limits of
# architecture ARCH, "NAME BYTES" a line (nothing when it has no column).
$1 == "arch" { for (i = 2; i <= NF; i++) if ($i == a) c = i; next }
/^#/ || NF < 2 { next }
c { print $1, $c }
