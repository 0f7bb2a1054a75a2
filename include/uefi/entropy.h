#ifndef _UEFI_ENTROPY_H
#define _UEFI_ENTROPY_H

#ifdef __cplusplus
extern "C" {
#endif

/* The source the last successful getentropy, getrandom or arc4random call
 * read: "EFI_RNG_PROTOCOL" or "RDRAND"; NULL before any (docs/posix.md). */
const char *uefi_entropy_source(void);

#ifdef __cplusplus
}
#endif

#endif
