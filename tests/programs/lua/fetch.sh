#!/bin/bash
# Fetches Lua 5.4.4, unmodified, from Debian's source archive (the same
# registry make deps installs from) into DEST, once:
#   fetch.sh DEST      leaves DEST/lua-5.4.4/src
# The tarball's SHA-256 is pinned, so the test builds exactly this code.
set -euo pipefail
mkdir -p "$1"
dest=$(cd "$1" && pwd)
want=164c7849653b80ae67bec4b7473b884bf5cc8d2dca05653475ec2ed27b9ebf61
[ -f "$dest/lua-5.4.4/src/lua.c" ] && exit 0
mkdir -p "$dest/apt/lists/partial" "$dest/dl"
echo 'deb-src http://deb.debian.org/debian bookworm main' > "$dest/apt/sources.list"
opts=(-o "Dir::Etc::SourceList=$dest/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$dest/apt/lists" -o Debug::NoLocking=1 -q)
apt-get "${opts[@]}" update >/dev/null
(cd "$dest/dl" && apt-get "${opts[@]}" source --download-only lua5.4=5.4.4-3+deb12u1 >/dev/null 2>&1 ||
	apt-get "${opts[@]}" source --download-only lua5.4 >/dev/null)
tarball=$dest/dl/lua5.4_5.4.4.orig.tar.gz
echo "$want  $tarball" | sha256sum -c --quiet -
tar xzf "$tarball" -C "$dest"
