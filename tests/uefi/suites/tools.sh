# The tools, used as a user would (sourced by run.sh: boot, judge, pass, fail).
#
# 1. make install into a temporary prefix; no installed file may name the
#    source or build tree; the prefix is then moved to another path, and
#    every build below runs from the moved copy, with a PATH and HOME that
#    lead nowhere near the tree, on a copy of tests/install/proj (a program
#    of three files, one the ABI probe, and a static library of its own):
#    plain uefi-cc, a Makefile with pkg-config and clang, CMake (+ ctest
#    through uefi-run), Meson (+ meson test through uefi-run); each build
#    runs the ABI probe and must give the same environment (docs/abi.md).
# 2. uefi-run: arguments passed exactly, stdin from a pipe, --disk copied in
#    and back, stdout/stderr clean, exit codes (exit(n), crash, hang, abort,
#    an EFI error status).
# 3. The gnu-efi path (t_gnuefi under uefi-run, with its verdicts on
#    debugcon; t_gnuefi then t_ebs_last: the event was closed; t_gnuefi_ebs:
#    the guard).
# 4. uefi-mkimage: a GPT image booted as a plain disk.
# The boots run in two lanes at once (2 cores); results are judged after.
# Each architecture's run installs and drives its own tree (make install
# ARCH=$arch): on aarch64 the sources are compiled with uefi-cc
# --target=aarch64 and linked with aarch64-uefi-cc, pkg-config, CMake and
# Meson take aarch64's files, and uefi-run finds the architecture from the
# program's PE machine.
tools_start=$SECONDS
root=$(cd "$here/../.." && pwd)
bdir=$(cd "$dir/../.." && pwd)
tdir=$(cd "$dir" && pwd)
tw=$(mktemp -d /tmp/uefi-libc-tools.XXXXXX)
to="$out/tools"
rm -rf "$to"
mkdir -p "$to" "$tw/home"

# ---- 1. install, relocate -------------------------------------------------
if make -s -C "$root" ARCH="$arch" BUILD="$bdir" install PREFIX="$tw/stage" > "$to/install.log" 2>&1; then
	pass "tools: make install into a temporary prefix"
else
	fail "tools: make install failed (see $to/install.log)"
fi
leaks=$(grep -rlF -e "$root" -e "$bdir" "$tw/stage" 2>/dev/null | head -5)
[ -z "$leaks" ] && pass "tools: no installed file names the source or build tree" \
	|| fail "tools: installed files name the tree: $leaks"
for f in bin/uefi-cc bin/$arch-uefi-cc bin/uefi-run bin/uefi-mkimage lib/pkgconfig/uefi-libc-$arch.pc \
	lib/uefi-libc/$arch/libc.a lib/uefi-libc/$arch/crt0.o include/uefi-libc/stdio.h \
	include/uefi-libc/uefi/version.h include/uefi-libc/efi/efi.h include/uefi-libc/efi/$arch/efibind.h \
	share/uefi-libc/$arch/$arch-uefi.cmake share/uefi-libc/$arch/$arch-uefi.ini; do
	[ -e "$tw/stage/$f" ] || fail "tools: install lacks $f"
done
mv "$tw/stage" "$tw/moved"
P="$tw/moved"
X=(env -i HOME="$tw/home" PATH="$P/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin" TMPDIR="$tw" LANG=C.UTF-8)
version=$(sed -n 's/^#define UEFI_LIBC_VERSION "\(.*\)"$/\1/p' "$root/include/uefi/version.h")
# The compiler for the sources: uefi-cc, the default (x86_64), or
# uefi-cc --target=ARCH for another architecture; programs are linked with
# ARCH-uefi-cc.
cct="uefi-cc"
[ "$arch" = x86_64 ] || cct="uefi-cc --target=$arch"
if "${X[@]}" $cct --version 2>&1 | grep -qx "uefi-cc (uefi-libc) $version for $arch (.*)" \
	&& "${X[@]}" $arch-uefi-cc --version 2>&1 | grep -qx "uefi-cc (uefi-libc) $version for $arch (.*)" \
	&& [ "$("${X[@]}" PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --modversion uefi-libc-$arch)" = "$version" ]; then
	pass "tools: $cct --version, $arch-uefi-cc --version and the pkg-config file say $version for $arch"
else
	fail "tools: $cct --version, $arch-uefi-cc --version or pkg-config --modversion is not $version for $arch"
fi
if [ "$arch" != x86_64 ]; then
	# The default stays x86_64, which this prefix lacks: a clear refusal.
	if ! "${X[@]}" uefi-cc --version > "$to/default.log" 2>&1 && grep -q 'no x86_64 support under' "$to/default.log"; then
		pass "tools: uefi-cc without --target is still x86_64 (not installed here: refused)"
	else
		fail "tools: uefi-cc without --target in an $arch-only prefix (see $to/default.log)"
	fi
fi

# Builds (no boots yet).
built() { # NAME FILE LOG
	if [ -s "$2" ]; then pass "tools: $1 builds"; else fail "tools: $1 does not build (see $3)"; fi
}
cp -R "$root/tests/install/proj" "$tw/plain"
(cd "$tw/plain" && "${X[@]}" CCT="$cct" LINKCC="$arch-uefi-cc" sh -ec '
	$CCT -O2 -Wall -Werror -c util.c
	$CCT -O2 -Wall -Werror -c abi.c
	$CCT -O2 -Wall -Werror -c -o greet.o lib/greet.c
	llvm-ar rcs libgreet.a greet.o
	$LINKCC -O2 -Wall -Werror -Ilib -o prog.efi main.c util.o abi.o libgreet.a') > "$to/plain.log" 2>&1
built "plain uefi-cc" "$tw/plain/prog.efi" "$to/plain.log"
cp -R "$root/tests/install/proj" "$tw/pc"
(cd "$tw/pc" && "${X[@]}" PKG_CONFIG_PATH="$P/lib/pkgconfig" make PC=uefi-libc-$arch) > "$to/pkgconfig.log" 2>&1
built "a pkg-config Makefile" "$tw/pc/prog.efi" "$to/pkgconfig.log"
"${X[@]}" $cct -O2 -o "$tw/modes.efi" "$root/tests/install/modes.c" > "$to/modes.log" 2>&1
built "modes.c" "$tw/modes.efi" "$to/modes.log"

# ---- 2-4. the boots, in two lanes --------------------------------------------
# job NAME CMD...: runs CMD, keeps stdout, stderr and status in $to/NAME.*
job() {
	local name=$1; shift
	"$@" > "$to/$name.out" 2> "$to/$name.err"
	echo $? > "$to/$name.rc"
}
run_in() { # DIR CMD...: CMD in DIR with the clean environment
	local d=$1; shift
	(cd "$d" && "${X[@]}" "$@")
}
mkdir -p "$tw/disk/sub"
printf 'kept\n' > "$tw/disk/sub/kept.txt"
printf 'stale\n' > "$tw/disk/copy.txt"
args=(cat "two words" '^"q' 'a#b%path%' 'Grüße 日本語' '' 'x>y|z' "it's")
gnuefi_dc="$to/gnuefi.log"
mkdir -p "$tw/img/cfg"
printf 'extra file\n' > "$tw/img/extra.txt"
printf 'kernel=vmlinuz\n' > "$tw/img/cfg/boot.cfg"
(
	printf 'line one\nzwei \303\274\n' | run_in "$tw/plain" env UEFI_RUN_TIMEOUT=60 uefi-run --disk "$tw/disk" prog.efi "${args[@]}" \
		> "$to/plain-run.out" 2> "$to/plain-run.err"
	echo $? > "$to/plain-run.rc"
	job pc-run run_in "$tw/pc" uefi-run --timeout 60 prog.efi exit 300 < /dev/null
	job tty run_in "$tw/pc" python3 "$root/tests/install/pty-run.py" uefi-run --timeout 60 prog.efi cat < /dev/null
	job crash run_in "$tw" uefi-run --timeout 60 modes.efi crash < /dev/null
	job abort run_in "$tw" uefi-run --timeout 60 modes.efi abort < /dev/null
	job hang run_in "$tw" uefi-run --timeout 3 modes.efi hang < /dev/null
	rm -f "$gnuefi_dc"
	[ "$arch" = x86_64 ] && job gnuefi env UEFI_RUN_QEMU_ARGS="-chardev file,id=tc,path=$gnuefi_dc -device isa-debugcon,iobase=0x403,chardev=tc" \
		"$bdir/bin/uefi-run" --timeout 60 "$dir/t_gnuefi.efi" one "two words" < /dev/null
	job mkimage run_in "$tw" uefi-mkimage -o "$tw/disk.img" "$tdir/t_mkimage.efi" "$tw/img/extra.txt" "$tw/img/cfg"
	job mkimage-boot "$here/qemu-run.sh" --timeout 120 --debugcon "$to/mkimage.log" --disk-image "$tw/disk.img"
) &
lane1=$!
(
	cp -R "$root/tests/install/proj" "$tw/cmake"
	run_in "$tw/cmake" sh -c "cmake -S . -B b -DCMAKE_TOOLCHAIN_FILE=$P/share/uefi-libc/$arch/$arch-uefi.cmake && cmake --build b" \
		> "$to/cmake.log" 2>&1
	job ctest run_in "$tw/cmake/b" ctest --output-on-failure --timeout 300 < /dev/null
	cp -R "$root/tests/install/proj" "$tw/meson"
	run_in "$tw/meson" sh -c "meson setup --cross-file $P/share/uefi-libc/$arch/$arch-uefi.ini b && ninja -C b" \
		> "$to/meson.log" 2>&1
	job meson-test run_in "$tw/meson" meson test -C b -t 10 --print-errorlogs < /dev/null
	job gnuefi-event "$here/qemu-run.sh" --timeout 180 --debugcon "$to/gnuefi-event.log" \
		--copy "$dir/t_gnuefi.efi" --copy "$dir/t_ebs_last.efi" --nsh 'fs0:
t_gnuefi.efi one "two words"
t_ebs_last.efi'
	job gnuefi-ebs "$here/qemu-run.sh" --timeout 120 --debugcon "$to/gnuefi-ebs.log" --boot "$dir/t_gnuefi_ebs.efi"
) &
lane2=$!
wait "$lane1" "$lane2"

# ---- judging -----------------------------------------------------------------
rc_of() { cat "$to/$1.rc" 2>/dev/null || echo none; }
# expect NAME RC: the status, and stderr's last line when RC is one of ours
expect_rc() {
	local got
	got=$(rc_of "$1")
	[ "$got" = "$2" ] && pass "tools: $1: uefi-run status $2" \
		|| fail "tools: $1: uefi-run status $got, want $2 ($(tail -2 "$to/$1.err" 2>/dev/null | tr '\n' ' '))"
}

# The plain build, booted with everything at once.
sum=$(python3 -c '
import sys
h = 2166136261
for w in sys.argv[1:]:
    for b in w.encode():
        h = ((h ^ b) * 16777619) & 0xffffffff
    h = ((h ^ 0xff) * 16777619) & 0xffffffff
print("%08x" % h)' "${args[@]}")
{
	printf 'hello, cat\n'
	for a in "${args[@]}"; do printf '[%s]\n' "$a"; done
	printf 'abi: ok\n'
	printf 'checksum %s, uefi-libc %s\n' "$sum" "$version"
	printf 'in: line one\nin: zwei \303\274\n'
} > "$to/plain-run.want"
expect_rc plain-run 0
cmp -s "$to/plain-run.out" "$to/plain-run.want" \
	&& pass "tools: uefi-run: args exact (spaces, quotes, ^, %, #, non-ASCII, empty), stdin piped, stdout clean" \
	|| fail "tools: uefi-run: stdout differs from $to/plain-run.want (see $to/plain-run.out)"
[ "$(cat "$to/plain-run.err")" = "done" ] && pass "tools: uefi-run: stderr clean" \
	|| fail "tools: uefi-run: stderr is not just 'done' (see $to/plain-run.err)"
[ "$(cat "$tw/disk/copy.txt" 2>/dev/null)" = "$(printf 'line one\nzwei \303\274')" ] \
	&& [ "$(cat "$tw/disk/sub/kept.txt")" = kept ] && [ ! -e "$tw/disk/prog.efi" ] && [ ! -e "$tw/disk/uefi-run.nsh" ] \
	&& pass "tools: uefi-run --disk: the program's file copied back, the rest untouched, nothing of uefi-run's left" \
	|| fail "tools: uefi-run --disk: copy.txt not written back, or the directory changed otherwise ($(ls -R "$tw/disk" | tr '\n' ' '))"

# The pkg-config build: exit(300) is status 44, as a POSIX shell would say.
expect_rc pc-run 44
grep -qx 'hello, exit' "$to/pc-run.out" && pass "tools: pkg-config build runs" \
	|| fail "tools: pkg-config build's output (see $to/pc-run.out)"
# The ABI probe (tests/install/proj/abi.c) in each build: layouts, macros,
# printf's %g, a constructor, the 8 MiB stack (link flags), weak symbols,
# TLS, __int128.  (plain uefi-cc: in plain-run.want; CMake: the greets
# test's expression; Meson: the greets test's status, 99 on failure.)
grep -qx 'abi: ok' "$to/pc-run.out" && pass "tools: the ABI probe passes in the pkg-config build (plain clang)" \
	|| fail "tools: the ABI probe in the pkg-config build: $(grep '^abi:' "$to/pc-run.out" | tr '\n' ' ')"

# stdin from a terminal: keys typed go to the program, which echoes them.
expect_rc tty 0
tr -d '\r' < "$to/tty.out" | grep -qx 'in: typed line' \
	&& pass "tools: uefi-run: stdin from a terminal (typed line, Ctrl-D)" \
	|| fail "tools: uefi-run: typed input did not reach the program (see $to/tty.out)"

expect_rc crash 139
grep -q 'crashed (CPU exception)' "$to/crash.err" && grep -qx 'mode crash' "$to/crash.out" \
	&& pass "tools: uefi-run: a crash is reported as one" || fail "tools: uefi-run: crash not reported (see $to/crash.err)"
expect_rc abort 134
expect_rc hang 124
grep -qx 'mode hang' "$to/hang.out" && grep -q 'still running after 3 s' "$to/hang.err" \
	&& pass "tools: uefi-run: a hang is stopped after the timeout, counted from the program's start" \
	|| fail "tools: uefi-run: hang (see $to/hang.err)"

# The gnu-efi path.  Under uefi-run on x86_64 only: t_gnuefi's verdicts
# travel on the test channel, which on aarch64 is semihosting, the channel
# uefi-run itself reads there (its framed stream would be broken by them).
# The boots below run t_gnuefi on both.
if [ "$arch" = x86_64 ]; then
judge "$gnuefi_dc" gnuefi
expect_rc gnuefi 126
grep -q 'returned EFI_NOT_FOUND' "$to/gnuefi.err" && pass "tools: gnuefi: its own EFI status is kept and named" \
	|| fail "tools: gnuefi: status not named (see $to/gnuefi.err)"
printf 'raw 1\nprintf 1\nraw 2 partial raw 3\nprintf 2\nraw 4\ntail at fini' > "$to/gnuefi.want"
cmp -s "$to/gnuefi.out" "$to/gnuefi.want" && pass "tools: gnuefi: raw ConOut and printf in order on the console" \
	|| fail "tools: gnuefi: console output out of order (see $to/gnuefi.out)"
[ "$(cat "$to/gnuefi.err" | head -1)" = "stderr 1" ] && pass "tools: gnuefi: stderr" \
	|| fail "tools: gnuefi: stderr (see $to/gnuefi.err)"
else
	echo "  skip tools: t_gnuefi under uefi-run (its verdicts would go to semihosting, uefi-run's own channel on $arch)"
fi
judge "$to/gnuefi-event.log" gnuefi ebs-after-exit
judge "$to/gnuefi-ebs.log" gnuefi-ebs
[ "$(rc_of gnuefi-ebs)" = 0 ] && pass "tools: gnuefi-ebs: powered off after the exit" \
	|| fail "tools: gnuefi-ebs: QEMU status $(rc_of gnuefi-ebs)"

# The build systems.
grep -q '100% tests passed, 0 tests failed out of 2' "$to/ctest.out" \
	&& pass "tools: CMake: add_executable makes .efi, ctest runs the tests in the firmware (one passes, one fails as it should)" \
	|| fail "tools: CMake/ctest (see $to/cmake.log, $to/ctest.out)"
[ -s "$tw/cmake/b/prog.efi" ] || fail "tools: CMake did not name the program prog.efi"
grep -Eq '^Ok: +1' "$to/meson-test.out" && grep -Eq '^Expected Fail: +1' "$to/meson-test.out" \
	&& pass "tools: Meson: meson test runs the tests in the firmware (one passes, one fails as it should)" \
	|| fail "tools: Meson (see $to/meson.log, $to/meson-test.out)"

# The disk image: GPT with an ESP, booted as a plain disk.
if python3 - "$tw/disk.img" <<'EOF'
import struct, sys, uuid, zlib
d = open(sys.argv[1], "rb").read(34 * 512)
assert d[510:512] == b"\x55\xaa" and d[446 + 4] == 0xEE, "protective MBR"
h = d[512:512 + 92]
assert h[:8] == b"EFI PART", "GPT signature"
crc = struct.unpack_from("<I", h, 16)[0]
assert zlib.crc32(h[:16] + b"\0\0\0\0" + h[20:]) == crc, "header CRC"
ent = d[1024:1024 + 128]
assert uuid.UUID(bytes_le=ent[:16]) == uuid.UUID("C12A7328-F81F-11D2-BA4B-00A0C93EC93B"), "ESP type"
assert struct.unpack_from("<I", h, 88)[0] == zlib.crc32(d[1024:1024 + 128 * 128]), "entries CRC"
EOF
then pass "tools: uefi-mkimage writes a GPT disk with an EFI System Partition"
else fail "tools: uefi-mkimage's image is not a valid GPT disk (see $to/mkimage.err)"
fi
judge "$to/mkimage.log" mkimage
[ "$(rc_of mkimage-boot)" = 1 ] && pass "tools: the image boots as a plain disk" \
	|| fail "tools: the image's boot ended with QEMU status $(rc_of mkimage-boot)"

rm -rf "$tw"
echo "tools: $((SECONDS - tools_start)) s"
