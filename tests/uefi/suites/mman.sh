# <sys/mman.h> (sourced by run.sh): anonymous mappings and a file's copy
# from the FAT disk (mm.bin: byte i is i * 7 + i / 251, 3 pages + 100),
# started by the shell so that the program returns and exits normally.
python3 -c 'import sys; sys.stdout.buffer.write(bytes((i * 7 + i // 251) & 255 for i in range(3 * 4096 + 100)))' > "$out/mm.bin"
boot mman 120 --copy "$dir/t_mman.efi" --copy "$out/mm.bin" --nsh 'fs0:
t_mman.efi
reset -s'
judge "$out/mman.log" mman
grep '^info ' "$out/mman.log" | sed 's/^/  /'
