/* The Graphics Output Protocol's current mode, as a kernel wants it.  The
 * answer is remembered, so that it can still be given after
 * ExitBootServices, when the kernel hand-off is written. */
#include <errno.h>
#include <string.h>
#include <uefi/boot.h>
#include "uefi_impl.h"

static uefi_framebuffer_info last;
static int have_last;

static EFI_GRAPHICS_OUTPUT_PROTOCOL *find_gop(EFI_BOOT_SERVICES *bs)
{
	EFI_GUID guid = EFI_GRAPHICS_OUTPUT_PROTOCOL_GUID;
	EFI_GRAPHICS_OUTPUT_PROTOCOL *gop = 0;
	EFI_HANDLE con = uefi_system_table()->ConsoleOutHandle;
	if (con && !EFI_ERROR(bs->HandleProtocol(con, &guid, (void **)&gop)) && gop && gop->Mode)
		return gop;
	gop = 0;
	if (!EFI_ERROR(bs->LocateProtocol(&guid, 0, (void **)&gop)) && gop && gop->Mode)
		return gop;
	return 0;
}

static EFI_STATUS fail(EFI_STATUS s)
{
	errno = __uefi_status_to_errno(s);
	return s;
}

EFI_STATUS uefi_framebuffer(uefi_framebuffer_info *fb)
{
	if (!fb)
		return fail(EFI_INVALID_PARAMETER);
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs) {
		if (!have_last)
			return fail(EFI_ACCESS_DENIED);
		*fb = last;
		return EFI_SUCCESS;
	}
	EFI_GRAPHICS_OUTPUT_PROTOCOL *gop = find_gop(bs);
	if (!gop || !gop->Mode->Info)
		return fail(EFI_NOT_FOUND);
	EFI_GRAPHICS_OUTPUT_PROTOCOL_MODE *mode = gop->Mode;
	EFI_GRAPHICS_OUTPUT_MODE_INFORMATION *info = mode->Info;
	if (info->PixelFormat >= PixelBltOnly || !mode->FrameBufferBase)
		return fail(EFI_UNSUPPORTED);
	uefi_framebuffer_info f;
	memset(&f, 0, sizeof f);
	f.base = mode->FrameBufferBase;
	f.size = mode->FrameBufferSize;
	f.width = info->HorizontalResolution;
	f.height = info->VerticalResolution;
	f.stride = info->PixelsPerScanLine;
	f.format = info->PixelFormat;
	f.mode = mode->Mode;
	if (f.format == PixelBitMask) {
		f.mask = info->PixelInformation;
	} else {
		/* 8 bits per colour, in memory order R G B x or B G R x. */
		UINT32 lo = 0x000000FFu, mid = 0x0000FF00u, hi = 0x00FF0000u;
		f.mask.RedMask = f.format == PixelRedGreenBlueReserved8BitPerColor ? lo : hi;
		f.mask.GreenMask = mid;
		f.mask.BlueMask = f.format == PixelRedGreenBlueReserved8BitPerColor ? hi : lo;
		f.mask.ReservedMask = 0xFF000000u;
	}
	last = f;
	have_last = 1;
	*fb = f;
	return EFI_SUCCESS;
}
