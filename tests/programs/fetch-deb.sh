#!/bin/bash
# Fetches one upstream source tarball, unmodified, from Debian's bookworm
# source archive (the same registry make deps installs from) into DEST,
# once, and unpacks it there:
#   fetch-deb.sh DEST PACKAGE VERSION TARBALL SHA256 CHECKFILE
# VERSION is tried first, then whatever version the archive has now (a
# security update replaces the old one); the tarball's SHA-256 is pinned
# either way, so the tests build exactly this code. Debian's own patches
# (the debian.tar) are not applied: the program is as its authors ship it.
# Nothing is fetched when DEST/CHECKFILE already exists.
set -euo pipefail
[ $# -eq 6 ] || { echo "usage: $0 DEST PACKAGE VERSION TARBALL SHA256 CHECKFILE" >&2; exit 2; }
mkdir -p "$1"
dest=$(cd "$1" && pwd) pkg=$2 ver=$3 tarball=$4 want=$5 check=$6
[ -f "$dest/$check" ] && exit 0
# One fetch at a time in DEST (make -j runs several): they share apt's lists.
exec 9> "$dest/.fetch.lock"
flock 9
mkdir -p "$dest/apt/lists/partial" "$dest/dl"
echo 'deb-src http://deb.debian.org/debian bookworm main' > "$dest/apt/sources.list"
opts=(-o "Dir::Etc::SourceList=$dest/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$dest/apt/lists" -o Debug::NoLocking=1 -q)
if [ ! -f "$dest/dl/$tarball" ]; then
	[ -n "$(find "$dest/apt/lists" -maxdepth 1 -name '*Sources*' -mmin -60 2>/dev/null)" ] ||
		apt-get "${opts[@]}" update >/dev/null
	(cd "$dest/dl" && apt-get "${opts[@]}" source --download-only "$pkg=$ver" >/dev/null 2>&1 ||
		apt-get "${opts[@]}" source --download-only "$pkg" >/dev/null)
fi
echo "$want  $dest/dl/$tarball" | sha256sum -c --quiet -
tar xf "$dest/dl/$tarball" -C "$dest"
[ -f "$dest/$check" ] || { echo "$0: $tarball has no $check" >&2; exit 1; }
