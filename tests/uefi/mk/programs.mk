# Real, unmodified C programs nobody here wrote, built with uefi-cc and run
# in the firmware (tests/uefi/suites/programs.sh). Each is the upstream
# tarball of a Debian bookworm source package, fetched once into
# build/programs (tests/programs/fetch-deb.sh: SHA-256 pinned, Debian's
# patches not applied), built with the flags of its own POSIX build:
#   Lua 5.4.4 (tests/programs/lua/fetch.sh): its output compared with the
#     same source built natively against glibc.
#   bzip2 1.0.8: its "make test" (compress and decompress sample files, cmp).
#   unifdef 2.10: its tests/*.sh, judged against their .expout/.experr/.exprc.
#   GNU ed 1.19: its testsuite (check.sh's scripts and expected .r files).
#   libtommath 1.2.0: its "make test" (demo/test.c's unit tests, 38 of 42
#     run), which divides unsigned __int128 (__udivti3).
PROG_DIR := $(BUILD)/programs
FETCH_DEB := tests/programs/fetch-deb.sh
LUA_SRC := $(PROG_DIR)/lua-5.4.4/src
LUA_C = $(filter-out $(LUA_SRC)/luac.c,$(wildcard $(LUA_SRC)/*.c))

$(LUA_SRC)/lua.c: tests/programs/lua/fetch.sh
	tests/programs/lua/fetch.sh $(PROG_DIR)
	touch $@

# Lua's own build for a plain ISO C platform: no LUA_USE_POSIX or _WINDOWS.
$(PROG_DIR)/lua.efi: $(LUA_SRC)/lua.c $(LIB) $(CRT0) $(UEFI_CC)
	$(UEFI_CC) -O2 -std=gnu99 -o $@ $(LUA_C) -lm
$(PROG_DIR)/lua-host: $(LUA_SRC)/lua.c
	$(HOST_CC) -O2 -std=gnu99 -w -o $@ $(LUA_C) -lm

# bzip2: its Makefile's CFLAGS and objects (bzip2recover is not tested).
BZIP2_SRC := $(PROG_DIR)/bzip2-1.0.8
BZIP2_C := $(addprefix $(BZIP2_SRC)/,blocksort.c huffman.c crctable.c randtable.c \
	compress.c decompress.c bzlib.c bzip2.c)
$(BZIP2_SRC)/bzip2.c: $(FETCH_DEB)
	$(FETCH_DEB) $(PROG_DIR) bzip2 1.0.8-5 bzip2_1.0.8.orig.tar.gz \
		ab5a03176ee106d3f0fa90e381da478ddae405918153cca248e682cd0c4a2269 bzip2-1.0.8/bzip2.c
	touch $@
$(PROG_DIR)/bzip2.efi: $(BZIP2_SRC)/bzip2.c $(LIB) $(CRT0) $(UEFI_CC)
	$(UEFI_CC) -Wall -Winline -O2 -g -D_FILE_OFFSET_BITS=64 -o $@ $(BZIP2_C)

# unifdef: its Makefile's rule, "${CC} ${CFLAGS} ${LDFLAGS} -o unifdef
# unifdef.c", with CFLAGS and LDFLAGS empty (version.h is in the tarball).
UNIFDEF_SRC := $(PROG_DIR)/unifdef-2.10
$(UNIFDEF_SRC)/unifdef.c: $(FETCH_DEB)
	$(FETCH_DEB) $(PROG_DIR) unifdef 2.10-1.1 unifdef_2.10.orig.tar.gz \
		1375528c8983de06bbf074b6cfa60fcf0257ea8efcbaec0953b744d2e3dcc5dd unifdef-2.10/unifdef.c
	touch $@
$(PROG_DIR)/unifdef.efi: $(UNIFDEF_SRC)/unifdef.c $(LIB) $(CRT0) $(UEFI_CC)
	$(UEFI_CC) -o $@ $<

# GNU ed: its configure writes only a Makefile (no config.h): CFLAGS
# '-Wall -W -O2', and PROGVERSION for main.c as its Makefile gives it.
ED_SRC := $(PROG_DIR)/ed-1.19
ED_C := $(addprefix $(ED_SRC)/,buffer.c carg_parser.c global.c io.c main.c main_loop.c regex.c signal.c)
$(ED_SRC)/main.c: $(FETCH_DEB)
	$(FETCH_DEB) $(PROG_DIR) ed 1.19-1 ed_1.19.orig.tar.gz \
		8e5c3e7c84972e73957ff396b8318a21795f86547dd1fe4ec4232a9e6e44ca1d ed-1.19/main.c
	touch $@
$(PROG_DIR)/ed.efi: $(ED_SRC)/main.c $(LIB) $(CRT0) $(UEFI_CC)
	$(UEFI_CC) -Wall -W -O2 -DPROGVERSION=\"1.19\" -o $@ $(ED_C)

# libtommath: its own makefile, unchanged ("make test": LTM_CFLAGS -O3
# -funroll-loops -fomit-frame-pointer and its warnings), run in a copy of
# the tree for each compiler: CC=uefi-cc, and HOST_CC (against glibc) for
# the output it is compared with.  Its ar and ranlib are LLVM's, which know PE
# objects.
LTM_SRC := $(PROG_DIR)/libtommath-1.2.0
$(LTM_SRC)/tommath.h: $(FETCH_DEB)
	$(FETCH_DEB) $(PROG_DIR) libtommath 1.2.0-6+deb12u1 libtommath_1.2.0.orig.tar.xz \
		b7c75eecf680219484055fcedd686064409254ae44bc31a96c5032843c0e18b1 libtommath-1.2.0/tommath.h
	touch $@
$(PROG_DIR)/ltm-test.efi: $(LTM_SRC)/tommath.h $(LIB) $(CRT0) $(UEFI_CC)
	rm -rf $(PROG_DIR)/ltm-uefi && cp -r $(LTM_SRC) $(PROG_DIR)/ltm-uefi
	$(MAKE) -C $(PROG_DIR)/ltm-uefi CC=$(abspath $(UEFI_CC)) AR=llvm-ar RANLIB=llvm-ranlib test >/dev/null 2>&1 || \
		{ $(MAKE) -C $(PROG_DIR)/ltm-uefi CC=$(abspath $(UEFI_CC)) AR=llvm-ar RANLIB=llvm-ranlib test 2>&1 | grep -v warning | tail -20; exit 1; }
	cp $(PROG_DIR)/ltm-uefi/test.exe $@
$(PROG_DIR)/ltm-test-host: $(LTM_SRC)/tommath.h
	rm -rf $(PROG_DIR)/ltm-host && cp -r $(LTM_SRC) $(PROG_DIR)/ltm-host
	$(MAKE) -C $(PROG_DIR)/ltm-host CC=$(HOST_CC) test >/dev/null 2>&1
	cp $(PROG_DIR)/ltm-host/test $@

programs-build: $(PROG_DIR)/ltm-test.efi $(PROG_DIR)/ltm-test-host $(PROG_DIR)/lua.efi $(PROG_DIR)/lua-host $(PROG_DIR)/bzip2.efi $(PROG_DIR)/unifdef.efi \
	$(PROG_DIR)/ed.efi
.PHONY: programs-build
uefi-tests-build: programs-build
