# Real, unmodified C programs nobody here wrote, built with uefi-cc and run
# in the firmware, their output compared with the same source built
# natively against glibc (tests/uefi/suites/programs.sh).
#   Lua 5.4.4, from Debian's source archive (tests/programs/lua/fetch.sh).
PROG_DIR := $(BUILD)/programs
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

programs-build: $(PROG_DIR)/lua.efi $(PROG_DIR)/lua-host
.PHONY: programs-build
uefi-tests-build: programs-build
