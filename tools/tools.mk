# The tools and the install (included by the Makefile).
#
#   make                        also: build/bin/uefi-cc, uefi-run, uefi-mkimage and
#                               build/share/uefi-libc/$(ARCH)/ (build/ is laid out
#                               as an installed tree, so that the tools work there)
#   make install PREFIX=/opt/uefi-libc [DESTDIR=...]
#   make uninstall PREFIX=...   removes what install wrote
#
# An architecture is a file: tools/arch/$(ARCH).conf (QEMU, firmware, boot
# file name...).  Everything else per architecture is named from $(ARCH) and
# takes the compiler's flags from the Makefile's TARGET_CFLAGS and
# TARGET_LDFLAGS, so that a change there flows into uefi-cc, the pkg-config
# file, the CMake toolchain file and the Meson cross file.  Installing a
# second architecture (make install ARCH=...) adds its files beside the
# first's.

VERSION := $(shell sed -n 's/^\#define UEFI_LIBC_VERSION "\(.*\)"$$/\1/p' include/uefi/version.h)
PREFIX ?= /usr/local
DESTDIR ?=
# The architecture bin/uefi-cc and uefi-libc.pc stand for: DEFAULT_ARCH
# (the Makefile).
STRIP ?= llvm-strip

# The program flags without the source tree's include directories (the
# installed tree has its own).
# (Each "-isystem DIR" pair goes whole: other -isystem flags stay.)
ARCH_CFLAGS := $(strip $(subst  -isystem $(EFI_INC) , ,$(subst  -isystem $(EFI_INC)/$(ARCH) , ,$(subst \
	 -isystem $(ROOT)/include , , $(TARGET_CFLAGS) $(PROG_CFLAGS) ))))

SHARE_DIR := $(TOP)/share/uefi-libc/$(ARCH)
CRT0_LIB := $(BUILD)/lib/libcrt0.a
ARCH_CONF := $(SHARE_DIR)/arch.conf
RUN_BOOT := $(SHARE_DIR)/uefi-run-boot.efi
UEFI_RUN := $(TOP)/bin/uefi-run
UEFI_MKIMAGE := $(TOP)/bin/uefi-mkimage

CRT0_DRIVER_LIB := $(BUILD)/lib/libcrt0-driver.a

all: $(CRT0_LIB) $(CRT0_DRIVER_LIB) $(ARCH_CONF) $(RUN_BOOT) $(UEFI_RUN) $(UEFI_MKIMAGE)

# crt0 in an archive of its own: the linker takes it only when the program
# has no efi_main of its own (a gnu-efi-style program keeps its own).
$(CRT0_LIB): $(CRT0)
	rm -f $@
	$(AR) rcs $@ $<
$(CRT0_DRIVER_LIB): $(CRT0_DRIVER)
	rm -f $@
	$(AR) rcs $@ $<

# arch.conf: tools/arch/ARCH.conf, the compiler, its flags, and where the
# headers and the library are: $(1) include directories, $(2) library
# directory (absolute in build/, relative to the prefix when installed).
define arch_conf
{ cat tools/arch/$(ARCH).conf; \
  echo "# Added by make (tools/tools.mk): the compiler and the library."; \
  echo "ARCH=$(ARCH)"; echo "TARGET=$(TARGET)"; echo "VERSION=$(VERSION)"; \
  echo "CC=$(CC)"; echo "AR=$(AR)"; \
  echo "CFLAGS=$(ARCH_CFLAGS)"; echo "LDFLAGS=$(TARGET_LDFLAGS)"; \
  echo "INCLUDES=$(1)"; echo "LIBDIR=$(2)"; }
endef

$(ARCH_CONF): tools/arch/$(ARCH).conf Makefile tools/tools.mk include/uefi/version.h
	@mkdir -p $(dir $@)
	$(call arch_conf,$(ROOT)/include $(EFI_INC) $(EFI_INC)/$(ARCH),$(abspath $(BUILD))/lib) > $@.tmp
	mv $@.tmp $@

$(UEFI_CC): tools/uefi-cc.in Makefile tools/tools.mk include/uefi/version.h
	@mkdir -p $(dir $@)
	sed -e 's|@ARCH@|$(DEFAULT_ARCH)|g' -e 's|@VERSION@|$(VERSION)|g' $< > $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

# The Python tools run with Debian's python3 when there is one (a python3
# found on PATH may be a slow wrapper such as pyenv's shim).
PYTHON ?= $(if $(wildcard /usr/bin/python3),/usr/bin/python3,/usr/bin/env python3)
$(TOP)/bin/%: tools/% include/uefi/version.h
	@mkdir -p $(dir $@)
	sed -e 's|@VERSION@|$(VERSION)|g' -e '1s|^#!/usr/bin/env python3$$|#!$(PYTHON)|' $< > $@.tmp
	chmod +x $@.tmp
	mv $@.tmp $@

# uefi-run's boot program: built without crt0 (it is not a C program of the
# library's; it only takes memcpy from libc.a).
$(BUILD)/obj/tools/uefi-run-boot.o: tools/uefi-run-boot.c $(HEADERS) | $(EFI_BIND)
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) -Os -c $< -o $@
$(RUN_BOOT): $(BUILD)/obj/tools/uefi-run-boot.o $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(TARGET_CFLAGS) -Wno-unused-command-line-argument $(TARGET_LDFLAGS) -o $@ $< $(LIB)

# ---- make install / uninstall ----------------------------------------------
INST := $(DESTDIR)$(PREFIX)
INST_INC := $(INST)/include/uefi-libc
INST_LIB := $(INST)/lib/uefi-libc/$(ARCH)
INST_SHARE := $(INST)/share/uefi-libc/$(ARCH)
PC_NAME := uefi-libc-$(ARCH)

install: all
	install -d $(INST)/bin $(INST_INC)/efi $(INST_LIB) $(INST_SHARE) $(INST)/lib/pkgconfig \
		$(INST)/share/doc/uefi-libc
	cp -R include/. $(INST_INC)/
	@# The gnu-efi headers the public headers include (<uefi/env.h> gives <efi.h>).
	cp -R $(EFI_INC)/. $(INST_INC)/efi/
	install -m 644 $(LIB) $(CRT0) $(CRT0_LIB) $(CRT0_DRIVER_LIB) $(INST_LIB)/
	@# Without debug information: it names the build tree's files (debug
	@# the library from its build tree).
	$(STRIP) --strip-debug --remove-section=.llvm_addrsig $(INST_LIB)/libc.a $(INST_LIB)/crt0.o $(INST_LIB)/libcrt0.a $(INST_LIB)/libcrt0-driver.a
	$(call arch_conf,include/uefi-libc include/uefi-libc/efi include/uefi-libc/efi/$(ARCH),lib/uefi-libc/$(ARCH)) \
		> $(INST_SHARE)/arch.conf
	install -m 644 $(RUN_BOOT) $(INST_SHARE)/
	sed -e 's|@ARCH@|$(ARCH)|g' -e 's|@VERSION@|$(VERSION)|g' tools/uefi-cc.in > $(INST)/bin/$(ARCH)-uefi-cc
	chmod 755 $(INST)/bin/$(ARCH)-uefi-cc
	install -m 755 $(UEFI_RUN) $(UEFI_MKIMAGE) $(INST)/bin/
	sed -e 's|@ARCH@|$(ARCH)|g' -e 's|@VERSION@|$(VERSION)|g' -e 's|@TARGET@|$(TARGET)|g' \
		-e 's|@CFLAGS@|$(ARCH_CFLAGS)|g' -e 's|@LDFLAGS@|$(TARGET_LDFLAGS)|g' \
		tools/uefi-libc.pc.in > $(INST)/lib/pkgconfig/$(PC_NAME).pc
	sed -e 's|@ARCH@|$(ARCH)|g' -e 's|@VERSION@|$(VERSION)|g' tools/uefi.cmake.in > $(INST_SHARE)/$(ARCH)-uefi.cmake
	sed -e 's|@ARCH@|$(ARCH)|g' -e 's|@AR@|$(AR)|g' tools/uefi-meson.ini.in > $(INST_SHARE)/$(ARCH)-uefi.ini
	install -m 644 README.md docs/*.md $(INST)/share/doc/uefi-libc/
	@# bin/uefi-cc is the default architecture's driver; installed with
	@# another architecture alone, it is there too (its default is still
	@# $(DEFAULT_ARCH): uefi-cc --target=$(ARCH) picks this one).
	@if [ "$(ARCH)" = "$(DEFAULT_ARCH)" ]; then \
	  ln -sf $(ARCH)-uefi-cc $(INST)/bin/uefi-cc; \
	  ln -sf $(PC_NAME).pc $(INST)/lib/pkgconfig/uefi-libc.pc; \
	elif [ ! -e $(INST)/bin/uefi-cc ]; then \
	  sed -e 's|@ARCH@|$(DEFAULT_ARCH)|g' -e 's|@VERSION@|$(VERSION)|g' tools/uefi-cc.in > $(INST)/bin/uefi-cc; \
	  chmod 755 $(INST)/bin/uefi-cc; \
	fi

uninstall:
	rm -f $(INST)/bin/$(ARCH)-uefi-cc $(INST)/lib/pkgconfig/$(PC_NAME).pc
	rm -rf $(INST_LIB) $(INST_SHARE)
	@if [ "$(ARCH)" = "$(DEFAULT_ARCH)" ]; then \
	  rm -f $(INST)/bin/uefi-cc $(INST)/lib/pkgconfig/uefi-libc.pc; fi
	@# What all architectures share goes with the last one.
	@if ! ls $(INST)/share/uefi-libc/*/arch.conf >/dev/null 2>&1; then \
	  echo "rm -rf $(INST_INC) $(INST)/share/doc/uefi-libc (last architecture)"; \
	  rm -rf $(INST_INC) $(INST)/share/doc/uefi-libc $(INST)/share/uefi-libc; \
	  rm -f $(INST)/bin/uefi-run $(INST)/bin/uefi-mkimage $(INST)/bin/uefi-cc; \
	  rmdir $(INST)/lib/uefi-libc 2>/dev/null || true; \
	fi

.PHONY: install uninstall
