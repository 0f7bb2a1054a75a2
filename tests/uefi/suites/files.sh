# Files on FAT volumes (sourced by run.sh: boot, judge, pass, fail, $dir, $out).
# The host writes the disks, the guest writes files, the host reads the
# images back with mtools and checks every byte (files_check.c).
files_out=$out/files
rm -rf "$files_out"
mkdir -p "$files_out/x"
printf 'read only' > "$files_out/ro.txt"
echo "the second volume" > "$files_out/disk2.txt"
files_check=$files_out/files_check
if ! cc -O2 -o "$files_check" "$here/files_check.c"; then
	fail "files: cannot build the host checker"
fi

# 1. Direct boot: every size through every path, errors, directories, a full
#    second volume of 2 MiB.
boot files 300 --boot "$dir/t_files.efi" --disk-mb 256 --mem 512 \
	--copy "$files_out/ro.txt" --mattrib "+r ::/ro.txt" \
	--disk2-mb 2 --copy2 "$files_out/disk2.txt" \
	--keep-image "$files_out/disk.img" --keep-image2 "$files_out/disk2.img"
judge "$out/files.log" files
[ "$rc" = 1 ] && pass "files: boot ended by the test" || fail "files: boot ended with QEMU status $rc (124 = hung)"
export MTOOLS_SKIP_CHECK=1
want=()
for m in buf unbuf fd; do
	for n in 0 1 4095 4096 4097 1048576; do want+=("out/${m}_$n.bin:$n"); done
done
want+=(out/big.bin:67108864 out/big_unbuf.bin:67108864 out/big_fd.bin:67108864 out/c/moved.bin:5000)
fill=$(sed -n 's/^info fill.bin //p' "$out/files.log")
if mcopy -s -i "$files_out/disk.img" ::/out "$files_out/x/" 2>/dev/null &&
	mcopy -i "$files_out/disk2.img" ::/fill.bin "$files_out/x/" 2>/dev/null; then
	while IFS= read -r line; do
		case "$line" in
		ok*) pass "files: host reads back ${line#ok }" ;;
		*) fail "files: host: ${line#not ok }" ;;
		esac
	done < <("$files_check" "$files_out/x" "${want[@]}" "fill.bin:${fill:-0}")
else
	fail "files: mtools could not read the files back from the images"
fi
rm -rf "$files_out/x" "$files_out/disk.img" "$files_out/disk2.img"

# 2. A write-protected volume (EROFS), then after ExitBootServices, with files open and every firmware function
#    they could reach replaced by a trap: EIO everywhere, clean closes, and
#    exit powers off (QEMU status 0; 7 = a trap fired; 124 = hung).
boot files-ebs 90 --boot "$dir/t_files_ebs.efi" \
	--disk2-mb 2 --copy2 "$files_out/disk2.txt" --disk2-readonly
judge "$out/files-ebs.log" files-ebs
[ "$rc" = 0 ] && pass "files-ebs: exit after ExitBootServices powered off" \
	|| fail "files-ebs: boot ended with QEMU status $rc (7 = firmware called; 124 = hung)"

# 3. Started by the shell, two disks: the shell's current directory and
#    mappings; what exit flushes and closes is read back from the images.
#    (OVMF connects only the boot disk; "connect -r" and "map -r" map fs1.)
mkdir -p "$files_out/sub"
printf 'here\n' > "$files_out/sub/here.txt"
boot files-shell 120 --copy "$dir/t_files_shell.efi" --copy "$files_out/sub" \
	--disk2-mb 2 --copy2 "$files_out/disk2.txt" \
	--keep-image "$files_out/disk.img" --keep-image2 "$files_out/disk2.img" --nsh 'connect -r
map -r
fs0:
cd sub
fs0:\t_files_shell.efi
reset -s'
judge "$out/files-shell.log" files-shell
mkdir -p "$files_out/x"
if mcopy -i "$files_out/disk.img" ::/atexit.txt "$files_out/x/" 2>/dev/null &&
	[ "$(cat "$files_out/x/atexit.txt")" = "flushed by exit" ]; then
	pass "files-shell: a stream left open is flushed and closed by exit"
else
	fail "files-shell: a stream left open lost its data at exit"
fi
if mcopy -i "$files_out/disk2.img" ::/written.bin ::/atexit_fd.bin "$files_out/x/" 2>/dev/null; then
	while IFS= read -r line; do
		case "$line" in
		ok*) pass "files-shell: host reads back ${line#ok }" ;;
		*) fail "files-shell: host: ${line#not ok }" ;;
		esac
	done < <("$files_check" "$files_out/x" written.bin:10000)
	# atexit_fd.bin holds the first 5000 bytes of written.bin's pattern.
	if cmp -s -n 5000 "$files_out/x/atexit_fd.bin" "$files_out/x/written.bin" &&
		[ "$(stat -c %s "$files_out/x/atexit_fd.bin")" = 5000 ]; then
		pass "files-shell: a descriptor left open is closed by exit with its data"
	else
		fail "files-shell: a descriptor left open lost data at exit"
	fi
else
	fail "files-shell: mtools could not read the second disk back"
fi
rm -rf "$files_out/x" "$files_out/disk.img" "$files_out/disk2.img"
