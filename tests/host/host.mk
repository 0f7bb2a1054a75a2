# Host tests: the portable code (everything but src/uefi and src/arch) built
# natively, with AddressSanitizer and UBSan, every symbol it defines renamed
# to ul_<name> so that it links beside glibc, which the tests compare with.
HOST_DIR := $(BUILD)/host
HOST_CC := clang
HOST_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
HOST_LIB_CFLAGS := -std=gnu11 -ffreestanding -nostdlibinc -isystem include -O1 -g \
	-fshort-wchar -Wall -Wextra -Werror $(HOST_SAN)
HOST_TEST_CFLAGS := -std=gnu11 -O1 -g -Wall -Wextra -Werror $(HOST_SAN) -Itests/host -Isrc
# The host is x86_64 too: the arch files that replace portable ones
# (src/arch/x86_64/memcpy.c ...) are what the host tests check, and the
# portable ones they replace are built apart, renamed ulg_<name>, so that
# tests check both (libulg.a).
ifeq ($(HOST_ARCH),$(ARCH))
HOST_SRCS := $(PORTABLE_SRCS) $(foreach f,$(ARCH_REPLACES),src/arch/$(ARCH)/$(notdir $(f)))
else
HOST_SRCS := $(PORTABLE_SRCS) $(ARCH_REPLACES)
endif
# The arch code that portable code calls (math: the sqrt instruction,
# fenv) runs on the host too: the host CPU's (make test ARCH=aarch64 on an
# x86_64 host tests the portable code with x86_64's).
HOST_ARCH_SRCS := src/arch/$(HOST_ARCH)/sqrt_insn.c src/arch/$(HOST_ARCH)/fenv.c
HOST_SRCS += $(HOST_ARCH_SRCS)
HOST_OBJS := $(patsubst %.c,$(HOST_DIR)/obj/%.o,$(HOST_SRCS))
HOST_GENERIC_OBJS := $(patsubst %.c,$(HOST_DIR)/generic/%.o,$(ARCH_REPLACES))
HOST_GENERIC_RENAME := $(foreach f,$(ARCH_REPLACES),-D$(basename $(notdir $(f)))=ulg_$(basename $(notdir $(f))))
HOST_TESTS := $(patsubst tests/host/%.c,%,$(wildcard tests/host/test_*.c))
HOST_FUZZERS := $(patsubst tests/host/%.c,%,$(wildcard tests/host/fuzz_*.c))
HOST_BINS := $(patsubst %,$(HOST_DIR)/%,$(HOST_TESTS))
HOST_FUZZ_BINS := $(patsubst %,$(HOST_DIR)/%,$(HOST_FUZZERS))

$(HOST_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_LIB_CFLAGS) $(DEPFLAGS) -c $< -o $@

$(HOST_DIR)/generic/%.o: %.c
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_LIB_CFLAGS) $(HOST_GENERIC_RENAME) $(DEPFLAGS) -c $< -o $@

$(HOST_DIR)/libulg.a: $(HOST_GENERIC_OBJS)
	rm -f $@
	llvm-ar rcs $@ $^

# Rename every global the library defines (and the sys.h names it uses),
# in every object, the same way:  $(call rename_archive,DIR,OBJS)
define rename_archive
	@mkdir -p $(1)/renamed
	{ nm -g --defined-only $(2) | awk 'NF == 3 { print $$3 }'; \
	  cat src/internal/sys*.h | grep -o '__sys_[a-z_0-9]*'; } \
	  | sort -u | awk '{ print $$1 " ul_" $$1 }' > $(1)/renames
	rm -f $@
	for o in $(2); do \
	  r=$(1)/renamed/$$(echo $$o | tr / _); \
	  objcopy --redefine-syms=$(1)/renames $$o $$r || exit 1; \
	  llvm-ar rcs $@ $$r || exit 1; \
	done
endef

$(HOST_DIR)/libul.a: $(HOST_OBJS) $(wildcard src/internal/sys*.h) tests/host/host.mk
	$(call rename_archive,$(HOST_DIR),$(HOST_OBJS))

$(HOST_DIR)/sys_host.o: tests/host/sys_host.c tests/host/sys_host.h
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_TEST_CFLAGS) -c $< -o $@

$(HOST_DIR)/sys_host_file.o: tests/host/sys_host_file.c tests/host/sys_host_file.h src/internal/sys_file.h
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_TEST_CFLAGS) -c $< -o $@

$(HOST_DIR)/test_%: tests/host/test_%.c $(HOST_DIR)/libul.a $(HOST_DIR)/sys_host.o $(HOST_DIR)/sys_host_file.o $(wildcard tests/host/*.h)
	$(HOST_CC) $(HOST_TEST_CFLAGS) $< $(HOST_DIR)/sys_host.o $(HOST_DIR)/sys_host_file.o $(HOST_DIR)/libul.a -lm -o $@

# test_in6 compares <netinet/in.h>'s macros, compiled with the library's
# headers (in6_ours.c), with glibc's.
$(HOST_DIR)/in6_ours.o: tests/host/in6_ours.c tests/host/in6_cases.h include/netinet/in.h
	@mkdir -p $(dir $@)
	$(HOST_CC) $(HOST_LIB_CFLAGS) -std=c89 -Wno-comment -c $< -o $@
$(HOST_DIR)/test_in6: tests/host/test_in6.c $(HOST_DIR)/in6_ours.o tests/host/check.h tests/host/in6_cases.h
	$(HOST_CC) $(HOST_TEST_CFLAGS) $< $(HOST_DIR)/in6_ours.o -o $@

# test_string also checks the portable versions of the replaced functions.
$(HOST_DIR)/test_string: tests/host/test_string.c $(HOST_DIR)/libul.a $(HOST_DIR)/libulg.a $(HOST_DIR)/sys_host.o $(HOST_DIR)/sys_host_file.o $(wildcard tests/host/*.h)
	$(HOST_CC) $(HOST_TEST_CFLAGS) $< $(HOST_DIR)/sys_host.o $(HOST_DIR)/sys_host_file.o $(HOST_DIR)/libul.a $(HOST_DIR)/libulg.a -o $@

# libFuzzer targets; make test runs each for a bounded number of inputs.
$(HOST_DIR)/fuzz_%: tests/host/fuzz_%.c $(HOST_DIR)/libul.a $(HOST_DIR)/sys_host.o $(HOST_DIR)/sys_host_file.o $(wildcard tests/host/*.h)
	$(HOST_CC) $(HOST_TEST_CFLAGS) -fsanitize=fuzzer $< $(HOST_DIR)/sys_host.o $(HOST_DIR)/sys_host_file.o $(HOST_DIR)/libul.a -o $@

# The hand-written ul*.h checked against the library's real headers: every
# ul_ prototype redeclared as the library declares it, every mirrored type's
# size and member offsets (tests/host/gen/ul_check.py).
$(HOST_DIR)/ul_check.c: tests/host/gen/ul_check.py $(wildcard tests/host/ul*.h tests/host/test_*.c tests/host/fuzz_*.c include/*.h include/*/*.h src/internal/*.h src/crt/*.h)
	@mkdir -p $(dir $@)
	python3 $< $@
$(HOST_DIR)/test_ul_check: $(HOST_DIR)/ul_check.c
	$(HOST_CC) $(filter-out $(HOST_SAN),$(HOST_LIB_CFLAGS)) -Wno-unused-function -Itests/host -Isrc $< -o $@
HOST_BINS += $(HOST_DIR)/test_ul_check

# Every public function is named by at least one test (tests/index/).
$(HOST_DIR)/test_index: tests/index/test_index.py
	@mkdir -p $(dir $@)
	printf '#!/bin/sh\ncd "$$(dirname "$$0")/%s" && exec python3 tests/index/test_index.py --report\n' \
		"$$(realpath --relative-to=$(HOST_DIR) .)" > $@
	chmod +x $@
HOST_BINS += $(HOST_DIR)/test_index

host-tests-build: $(HOST_BINS) $(HOST_FUZZ_BINS)

host-test: host-tests-build
	tests/host/run.sh $(HOST_DIR)

.PHONY: host-tests-build host-test

# The same portable code, optimised and without sanitizers, for benchmarks
# that race it against glibc (make bench).
HOST_BENCH_DIR := $(BUILD)/host-bench
HOST_BENCH_OBJS := $(patsubst %.c,$(HOST_BENCH_DIR)/obj/%.o,$(HOST_SRCS))

$(HOST_BENCH_DIR)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=gnu11 -ffreestanding -nostdlibinc -isystem include -O2 -fshort-wchar -Wall -Wextra -Werror $(DEPFLAGS) -c $< -o $@

$(HOST_BENCH_DIR)/libul.a: $(HOST_BENCH_OBJS) $(wildcard src/internal/sys*.h) tests/host/host.mk
	$(call rename_archive,$(HOST_BENCH_DIR),$(HOST_BENCH_OBJS))

$(HOST_BENCH_DIR)/%: bench/%.c $(HOST_BENCH_DIR)/libul.a tests/host/sys_host.c tests/host/sys_host_file.c
	$(HOST_CC) -std=gnu11 -O2 -Wall -Wextra -Itests/host $< tests/host/sys_host.c tests/host/sys_host_file.c $(HOST_BENCH_DIR)/libul.a -lm -o $@

# host_math links a variant whose math objects are built with -DUL_MATH_STATS:
# each fast path's fallback bumps a counter __math_slow_<fn> (MATH_SLOW in
# src/internal/math_impl.h).  counters.c defines exactly the counters the
# objects use; the bench refers to them weakly, so a function without one is
# reported without a fallback rate.
HOST_MATH_SRCS := $(filter src/math/%,$(HOST_SRCS))
HOST_STATS_OBJS := $(patsubst %.c,$(HOST_BENCH_DIR)/stats/%.o,$(HOST_MATH_SRCS)) \
	$(patsubst %.c,$(HOST_BENCH_DIR)/obj/%.o,$(filter-out $(HOST_MATH_SRCS),$(HOST_SRCS)))

# (the internal headers too: the math code inlines its kernels from them)
$(HOST_BENCH_DIR)/stats/%.o: %.c $(HEADERS) $(wildcard src/internal/*.h src/arch/$(ARCH)/*.h)
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=gnu11 -ffreestanding -nostdlibinc -isystem include -O2 -fshort-wchar -Wall -Wextra -Werror -DUL_MATH_STATS -c $< -o $@

$(HOST_BENCH_DIR)/stats/libul.a: $(HOST_STATS_OBJS) $(wildcard src/internal/sys*.h) tests/host/host.mk
	$(call rename_archive,$(HOST_BENCH_DIR)/stats,$(HOST_STATS_OBJS))

$(HOST_BENCH_DIR)/stats/counters.c: $(HOST_BENCH_DIR)/stats/libul.a
	nm -u $(filter $(HOST_BENCH_DIR)/stats/%,$(HOST_STATS_OBJS)) | awk '$$2 ~ /^__math_slow_/ { print "unsigned long " $$2 ";" }' | sort -u > $@

$(HOST_BENCH_DIR)/host_math: bench/host_math.c bench/math_fns.h $(HOST_BENCH_DIR)/stats/libul.a $(HOST_BENCH_DIR)/stats/counters.c tests/host/sys_host.c tests/host/sys_host_file.c
	$(HOST_CC) -std=gnu11 -O2 -Wall -Wextra -Itests/host $< $(HOST_BENCH_DIR)/stats/counters.c tests/host/sys_host.c tests/host/sys_host_file.c $(HOST_BENCH_DIR)/stats/libul.a -lm -o $@

# test_crt compares the compiler runtime helpers with the host's: libgcc's
# (what the compiler calls) and compiler-rt's builtins for the overflow
# multiplications libgcc lacks (libgcc first: its conversions honour the
# rounding mode, compiler-rt's do not).
HOST_RT_BUILTINS := $(shell $(HOST_CC) --rtlib=compiler-rt -print-libgcc-file-name 2>/dev/null)
$(HOST_DIR)/test_crt: tests/host/test_crt.c $(HOST_DIR)/libul.a $(HOST_DIR)/sys_host.o $(HOST_DIR)/sys_host_file.o $(wildcard tests/host/*.h)
	$(HOST_CC) $(HOST_TEST_CFLAGS) $< $(HOST_DIR)/sys_host.o $(HOST_DIR)/sys_host_file.o $(HOST_DIR)/libul.a -lm -lgcc $(HOST_RT_BUILTINS) -o $@

# The wctype tables are generated (tools/gen_wctype_tables.py, from the
# unicode-data package): test_wide_ctype is built only if regenerating them
# gives the checked-in file byte for byte.
$(HOST_DIR)/wctype_tables.ok: tools/gen_wctype_tables.py src/wctype/wctype_tables.c
	@mkdir -p $(dir $@)
	python3 tools/gen_wctype_tables.py | cmp - src/wctype/wctype_tables.c
	touch $@
$(HOST_DIR)/test_wide_ctype: $(HOST_DIR)/wctype_tables.ok
