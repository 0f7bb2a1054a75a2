# getopt with the shell's argv, glob over a tree on the FAT disk, regex,
# fnmatch (sourced by run.sh).
boot posix_text 180 --copy "$dir/t_posix_text.efi" --nsh 'fs0:
t_posix_text.efi -v --name=Ada file1 -o out.txt "two words" --cou 3 -- -x
reset -s'
judge "$out/posix_text.log" posix-text
