# Sourced by tests/uefi/run.sh: real programs in the firmware, their output
# compared with the same source built against glibc on the host.
pdir=$(dirname "$dir")/../programs
pdir=$(cd "$pdir" && pwd)
lua_want=$out/lua.want
work=$(mktemp -d)
cp "$here/../programs/lua/check.lua" "$work/"
(cd "$work" && TZ=UTC LC_ALL=C UEFI_LIBC_TEST=from-the-environment "$pdir/lua-host" check.lua) > "$lua_want" 2>&1
rm -rf "$work"
boot programs 240 --copy "$pdir/lua.efi" --copy "$here/../programs/lua/check.lua" \
	--extract "lua-out.txt:$out/lua-out.txt" --extract "lua-exit.txt:$out/lua-exit.txt" --nsh 'fs0:
set UEFI_LIBC_TEST from-the-environment
lua.efi check.lua > lua-out.txt
lua.efi -e "io.write(42, [[ ]], os.getenv([[UEFI_LIBC_TEST]])) os.exit(3)" > lua-exit.txt
echo %lasterror% >> lua-exit.txt
reset -s'
if [ -f "$out/lua-out.txt" ] && iconv -f UTF-16 -t UTF-8 "$out/lua-out.txt" | tr -d '\r' | cmp -s - "$lua_want"; then
	pass "programs: Lua 5.4.4 runs check.lua exactly as it does on glibc"
else
	fail "programs: Lua's output differs from glibc's: diff $out/lua-out.txt (UTF-16) $lua_want"
fi
# os.exit(3) reaches the shell as an error status with 3 in its low bits,
# and the variable set by startup.nsh reached os.getenv.
if [ -f "$out/lua-exit.txt" ] && [ "$(iconv -f UTF-16 -t UTF-8 "$out/lua-exit.txt" | tr -d '\r')" = "$(printf '42 from-the-environment0x3')" ]; then
	pass "programs: Lua's os.exit(3) and os.getenv through the shell"
else
	fail "programs: Lua's exit status or environment: $out/lua-exit.txt"
fi
