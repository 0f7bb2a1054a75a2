/* The bootloader toolkit: the memory map, ExitBootServices done right,
 * whole files into pages, and the framebuffer for a kernel.
 * See docs/bootloader.md for a worked example and docs/after-exit.md for
 * what each function does once boot services are gone. */
#ifndef UEFI_BOOT_H
#define UEFI_BOOT_H

#include <stddef.h>
#include <uefi/env.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A memory map.  Descriptors are descriptor_size bytes apart, which may be
 * more than sizeof(EFI_MEMORY_DESCRIPTOR): walk them with
 * uefi_memory_map_next / uefi_memory_map_at / UEFI_MEMORY_MAP_FOREACH,
 * never as a C array.  Zero-initialise one before its first use. */
typedef struct uefi_memory_map {
	EFI_MEMORY_DESCRIPTOR *buffer;  /* malloc'd by the library */
	UINTN capacity;                 /* bytes the buffer holds */
	UINTN size;                     /* bytes of descriptors in the map */
	UINTN key;                      /* the MapKey of this map */
	UINTN descriptor_size;
	UINT32 descriptor_version;
	/* uefi_exit_boot_services only: */
	unsigned max_attempts;          /* in: ExitBootServices calls allowed
	                                   (0: UEFI_EXIT_ATTEMPTS) */
	unsigned attempts;              /* out: ExitBootServices calls made */
	const char *error;              /* out: why it failed; NULL on success */
} uefi_memory_map;

/* ExitBootServices calls uefi_exit_boot_services makes at most by default. */
#define UEFI_EXIT_ATTEMPTS 16u
/* Descriptors of room the buffer keeps beyond the map as read. */
#define UEFI_MEMORY_MAP_SLACK 16u

/* Reads the current memory map into m.  m's buffer is reused when the map
 * fits, else replaced by a larger one with UEFI_MEMORY_MAP_SLACK
 * descriptors to spare.  Returns EFI_SUCCESS, or an error with errno set:
 * EFI_INVALID_PARAMETER (m is NULL; EINVAL), EFI_OUT_OF_RESOURCES (ENOMEM),
 * EFI_ACCESS_DENIED once boot services are gone (EACCES; m unchanged). */
EFI_STATUS uefi_memory_map_get(uefi_memory_map *m);
/* Frees m's buffer (a no-op after ExitBootServices unless malloc has a
 * reserve) and zeroes m. */
void uefi_memory_map_free(uefi_memory_map *m);
/* The number of descriptors in m. */
size_t uefi_memory_map_count(const uefi_memory_map *m);
/* Descriptor i (0-based), or NULL when i >= count. */
EFI_MEMORY_DESCRIPTOR *uefi_memory_map_at(const uefi_memory_map *m, size_t i);
/* The descriptor after d (the first when d is NULL), or NULL at the end. */
EFI_MEMORY_DESCRIPTOR *uefi_memory_map_next(const uefi_memory_map *m, const EFI_MEMORY_DESCRIPTOR *d);
#define UEFI_MEMORY_MAP_FOREACH(d, m) \
	for (EFI_MEMORY_DESCRIPTOR *d = uefi_memory_map_next((m), NULL); d; d = uefi_memory_map_next((m), d))
/* The specification's name of a memory type without its "Efi" prefix
 * ("ConventionalMemory", "LoaderData"), "OEM" (0x70000000-0x7FFFFFFF),
 * "OS" (0x80000000 and up) or "Reserved(n)" (a static buffer) otherwise. */
const char *uefi_memory_type_name(UINT32 type);

/* Exits boot services the way the UEFI specification asks, and returns
 * the final memory map in m (zero-initialised, or filled by
 * uefi_memory_map_get, whose buffer is reused):
 *   1. flushes every stdio stream (the firmware console is about to go);
 *   2. sizes the map and allocates its buffer with UEFI_MEMORY_MAP_SLACK
 *      descriptors to spare, before anything else;
 *   3. reads the map into it and calls ExitBootServices with its key;
 *   4. on EFI_INVALID_PARAMETER (the key went stale: something allocated
 *      or freed memory in between) reads the map again into the same
 *      buffer, without allocating or calling anything but GetMemoryMap,
 *      and tries again, up to m->max_attempts calls in all.
 * On success: EFI_SUCCESS, boot services are gone, m holds the map the
 * firmware accepted and m->attempts the ExitBootServices calls it took.
 * On failure: the status, errno set from it, m->error saying why, and the
 * program goes on with boot services (if the firmware failed every
 * attempt, the specification allows only GetMemoryMap and
 * ExitBootServices afterwards, and EDK II has stopped its timer).
 * Errors: EFI_INVALID_PARAMETER (m is NULL, or the key was stale on every
 * attempt), EFI_OUT_OF_RESOURCES (no memory for the buffer),
 * EFI_BUFFER_TOO_SMALL (the map outgrew its slack after a failed attempt),
 * EFI_ACCESS_DENIED (boot services already gone), or what GetMemoryMap or
 * ExitBootServices returned. */
EFI_STATUS uefi_exit_boot_services(uefi_memory_map *m);

/* Reads the whole file at path (the same paths fopen takes, opened with
 * open/fstat/read) into fresh
 * pages of the given memory type, page-aligned, in one call.  *data and
 * *size receive the address and byte count; the pages (size rounded up to
 * 4 KiB, at least one page) belong to the caller: keep them for a kernel,
 * or give them back with uefi_free_file.  limit caps the size (0: none).
 * Returns 0, or -1 with errno set and nothing allocated: ENOENT (no such
 * file), ENOTDIR, EISDIR (a directory), EFBIG (larger than limit, or than
 * memory can address), ENOMEM (the pages cannot be had), EINVAL (a NULL
 * argument or a type AllocatePages refuses), the path errors open gives
 * (EILSEQ, ENAMETOOLONG, ...), EIO (a read error, or boot services are
 * gone). */
int uefi_load_file(const char *path, EFI_MEMORY_TYPE type, size_t limit, void **data, size_t *size);
/* Gives back pages from uefi_load_file (a no-op after ExitBootServices). */
void uefi_free_file(void *data, size_t size);

/* The graphics framebuffer, as a kernel wants it. */
typedef struct uefi_framebuffer_info {
	EFI_PHYSICAL_ADDRESS base;      /* linear framebuffer */
	UINTN size;                     /* bytes */
	UINT32 width, height;           /* visible pixels */
	UINT32 stride;                  /* pixels per scan line (>= width) */
	EFI_GRAPHICS_PIXEL_FORMAT format;  /* PixelRedGreenBlueReserved8BitPerColor,
	                                      PixelBlueGreenRedReserved8BitPerColor
	                                      or PixelBitMask */
	EFI_PIXEL_BITMASK mask;         /* the channels (filled for every format) */
	UINT32 mode;                    /* the GOP mode number */
} uefi_framebuffer_info;

/* The current mode of the console's Graphics Output Protocol (the one on
 * ConOut's handle, else the first found).  Returns EFI_SUCCESS;
 * EFI_NOT_FOUND (no GOP; errno ENOENT), EFI_UNSUPPORTED (a mode with no
 * linear framebuffer, PixelBltOnly; errno ENOTSUP), EFI_INVALID_PARAMETER
 * (fb is NULL).  After ExitBootServices it returns what the last
 * successful call before it found (the framebuffer stays where it was),
 * or EFI_ACCESS_DENIED (errno EACCES) if there was none. */
EFI_STATUS uefi_framebuffer(uefi_framebuffer_info *fb);

#ifdef __cplusplus
}
#endif

#endif
