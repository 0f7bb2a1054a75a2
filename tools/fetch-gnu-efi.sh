#!/bin/bash
# Fetches the gnu-efi headers for an architecture Debian's gnu-efi package
# does not ship on this host (the amd64 package has x86_64 and ia32 only)
# from Debian's source archive, with Debian's own tools, once:
#   fetch-gnu-efi.sh DEST      leaves DEST/inc (efi.h, aarch64/, ...)
# The same version as the installed gnu-efi package when there is one, so
# that both architectures compile against the same headers.  Not committed:
# make deps (and the first aarch64 build) brings it into build/.
set -euo pipefail
mkdir -p "$1"
dest=$(cd "$1" && pwd)
[ -f "$dest/inc/aarch64/efibind.h" ] && exit 0
mkdir -p "$dest/apt/lists/partial" "$dest/dl"
echo 'deb-src http://deb.debian.org/debian bookworm main' > "$dest/apt/sources.list"
opts=(-o "Dir::Etc::SourceList=$dest/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$dest/apt/lists" -o Debug::NoLocking=1 -q)
apt-get "${opts[@]}" update >/dev/null
ver=$(dpkg-query -W -f='${Version}' gnu-efi 2>/dev/null || true)
(cd "$dest/dl" && { [ -n "$ver" ] && apt-get "${opts[@]}" source --download-only "gnu-efi=$ver" >/dev/null 2>&1; } ||
	apt-get "${opts[@]}" source --download-only gnu-efi >/dev/null)
tarball=$(ls "$dest"/dl/gnu-efi_*.orig.tar.* | head -n 1)
rm -rf "$dest/src"
mkdir -p "$dest/src"
tar xf "$tarball" -C "$dest/src" --strip-components=1
rm -rf "$dest/inc"
cp -R "$dest/src/inc" "$dest/inc"
[ -f "$dest/inc/aarch64/efibind.h" ]
