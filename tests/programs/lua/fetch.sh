#!/bin/bash
# Fetches Lua 5.4.4, unmodified, from Debian's source archive (the same
# registry make deps installs from) into DEST, once:
#   fetch.sh DEST      leaves DEST/lua-5.4.4/src
# The tarball's SHA-256 is pinned, so the test builds exactly this code.
exec "$(dirname "$0")/../fetch-deb.sh" "$1" lua5.4 5.4.4-3+deb12u1 lua5.4_5.4.4.orig.tar.gz \
	164c7849653b80ae67bec4b7473b884bf5cc8d2dca05653475ec2ed27b9ebf61 lua-5.4.4/src/lua.c
