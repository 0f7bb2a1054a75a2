#ifndef _UEFI_ENTROPY_H
#define _UEFI_ENTROPY_H

#ifdef __cplusplus
extern "C" {
#endif

/* The source the last successful getentropy, getrandom or arc4random call
 * read: "EFI_RNG_PROTOCOL", "RDRAND" (aarch64: "RNDR") or "JITTER"; NULL before
 * any (docs/posix.md). */
const char *uefi_entropy_source(void);

/* The source the stack protector's cookie was seeded from at start-up
 * ("EFI_RNG_PROTOCOL", "RDRAND" (aarch64: "RNDR"), "JITTER", or "none" when every source
 * failed and the cookie is a weak fixed value); NULL when the seeding is
 * not linked (it is when some function is protected, or this is called),
 * or has not run (docs/hardening.md). */
const char *uefi_stack_guard_source(void);

#ifdef __cplusplus
}
#endif

#endif
