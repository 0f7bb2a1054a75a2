/* The protocol examples/drivers/kv_driver.c installs: a small key-value
 * store that lives in a boot-service driver, for any application to use. */
#ifndef EXAMPLE_KV_H
#define EXAMPLE_KV_H

#include <efi.h>

#define KV_PROTOCOL_GUID \
	{ 0x6b1e0f52, 0x3c4a, 0x4d7e, { 0x9a, 0x21, 0x5f, 0x0c, 0x83, 0x7d, 0x44, 0xb9 } }
#define KV_PROTOCOL_REVISION 1

typedef struct KV_PROTOCOL KV_PROTOCOL;

struct KV_PROTOCOL {
	UINT32 Revision;
	/* Stores a copy of value (UTF-8) under key, replacing an older one.
	 * EFI_INVALID_PARAMETER for NULL or an empty key, EFI_OUT_OF_RESOURCES. */
	EFI_STATUS (EFIAPI *Put)(KV_PROTOCOL *This, const char *Key, const char *Value);
	/* Copies the value of key into Buffer (*Size bytes, NUL included);
	 * EFI_NOT_FOUND, or EFI_BUFFER_TOO_SMALL with *Size set to the size
	 * needed. */
	EFI_STATUS (EFIAPI *Get)(KV_PROTOCOL *This, const char *Key, char *Buffer, UINTN *Size);
	/* Removes key; EFI_NOT_FOUND. */
	EFI_STATUS (EFIAPI *Delete)(KV_PROTOCOL *This, const char *Key);
	/* A line about the store ("3 keys, 42 bytes, 14.00 bytes a value,
	 * 2 puts since ...") formatted into Buffer, truncated to *Size bytes;
	 * *Size is set to the whole line's length plus one. */
	EFI_STATUS (EFIAPI *Describe)(KV_PROTOCOL *This, char *Buffer, UINTN *Size);
};

#endif
