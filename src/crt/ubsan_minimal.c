/* The handlers Clang's minimal UBSan runtime calls
 * (-fsanitize=undefined -fsanitize-minimal-runtime, which uefi-cc adds to
 * any -fsanitize=): __ubsan_handle_<kind>_minimal when the check may
 * recover (the default), __ubsan_handle_<kind>_minimal_abort under
 * -fno-sanitize-recover.  The minimal runtime passes no arguments: the
 * location is the caller's address, reported with the image base and the
 * offset a symbolizer or the link map reads (src/crt/report.c), on the
 * console's error stream, or the after-exit sink once boot services are
 * gone (docs/hardening.md).
 *
 * Recoverable: reported once per location (the first 64 locations are
 * remembered; past them every report is written), then the program carries
 * on.  _abort forms, and the two checks after which the compiler emits no
 * code to carry on with (__builtin_unreachable reached, a value-returning
 * function's end reached), report and abort(). */
#include <stdint.h>
#include <stdlib.h>
#include "../internal/crt_report.h"

#define SEEN_MAX 64
static uintptr_t seen[SEEN_MAX];
static unsigned nseen;

static int first_time(uintptr_t pc)
{
	for (unsigned i = 0; i < nseen; i++)
		if (seen[i] == pc)
			return 0;
	if (nseen < SEEN_MAX)
		seen[nseen++] = pc;
	return 1;
}

static __attribute__((noinline)) void recover(const char *what, const void *pc)
{
	if (first_time((uintptr_t)pc))
		__crt_report(what, pc);
}

static _Noreturn __attribute__((noinline)) void die(const char *what, const void *pc)
{
	__crt_report(what, pc);
	abort();
}

#define HANDLER_RECOVER(name, msg) \
	void __ubsan_handle_##name##_minimal(void); \
	void __ubsan_handle_##name##_minimal(void) \
	{ \
		recover("ubsan: " msg, __builtin_return_address(0)); \
	}
#define HANDLER_ABORT(name, msg) \
	_Noreturn void __ubsan_handle_##name##_minimal_abort(void); \
	_Noreturn void __ubsan_handle_##name##_minimal_abort(void) \
	{ \
		die("ubsan: " msg, __builtin_return_address(0)); \
	}
#define HANDLER(name, msg) HANDLER_RECOVER(name, msg) HANDLER_ABORT(name, msg)
/* Both forms end the program. */
#define HANDLER_FATAL(name, msg) \
	_Noreturn void __ubsan_handle_##name##_minimal(void); \
	_Noreturn void __ubsan_handle_##name##_minimal(void) \
	{ \
		die("ubsan: " msg, __builtin_return_address(0)); \
	} \
	HANDLER_ABORT(name, msg)

HANDLER(type_mismatch, "type-mismatch")
HANDLER(alignment_assumption, "alignment-assumption")
HANDLER(add_overflow, "add-overflow")
HANDLER(sub_overflow, "sub-overflow")
HANDLER(mul_overflow, "mul-overflow")
HANDLER(negate_overflow, "negate-overflow")
HANDLER(divrem_overflow, "divrem-overflow")
HANDLER(shift_out_of_bounds, "shift-out-of-bounds")
HANDLER(out_of_bounds, "out-of-bounds")
HANDLER_FATAL(builtin_unreachable, "builtin-unreachable")
HANDLER_FATAL(missing_return, "missing-return")
HANDLER(vla_bound_not_positive, "vla-bound-not-positive")
HANDLER(float_cast_overflow, "float-cast-overflow")
HANDLER(load_invalid_value, "load-invalid-value")
HANDLER(invalid_builtin, "invalid-builtin")
HANDLER(invalid_objc_cast, "invalid-objc-cast")
HANDLER(function_type_mismatch, "function-type-mismatch")
HANDLER(implicit_conversion, "implicit-conversion")
HANDLER(nonnull_arg, "nonnull-arg")
HANDLER(nonnull_return, "nonnull-return")
HANDLER(nullability_arg, "nullability-arg")
HANDLER(nullability_return, "nullability-return")
HANDLER(pointer_overflow, "pointer-overflow")
HANDLER(cfi_check_fail, "cfi-check-fail")
