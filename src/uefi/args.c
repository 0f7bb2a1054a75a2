/* build: -Oz (start-up or exit code: every program carries it once) */
/* argv for main.
 *
 * 1. Started by the UEFI shell: the shell's own split (Shell Parameters
 *    protocol on our image handle), converted to UTF-8.
 * 2. Otherwise LoadOptions, when it is a command line (see
 *    __cmdline_text_length), split shell style.  argv[0] is the image's file
 *    path; the command line's first word is taken as argv[0] instead when it
 *    names the image itself (loaders differ on whether they pass it).
 * 3. No command line (a Boot#### option's binary data, or none): argv is
 *    the image's file path alone, or "" when the image has no file path.
 *
 * The memory comes from the firmware's pool (of the image's data type), not malloc, so that programs
 * that never call malloc do not carry the allocator; argv stays valid until
 * the program ends, when __uefi_args_fini gives it back. */
#include <errno.h>
#include <string.h>
#include "../internal/cmdline.h"
#include "../internal/unicode.h"
#include "uefi_impl.h"
#include "../internal/ascii.h"

static void *argv_block;

static void *pool_alloc(size_t n)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	void *p = 0;
	/* The image's own type: EfiLoaderData for an application, the
	 * driver's boot-service or runtime data for a driver. */
	EFI_LOADED_IMAGE *li = __uefi_loaded_image();
	if (!bs || EFI_ERROR(bs->AllocatePool(li ? li->ImageDataType : EfiLoaderData, n ? n : 1, &p)) || !p) {
		errno = ENOMEM;
		return 0;
	}
	return p;
}

static void pool_free(void *p)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (bs && p)
		bs->FreePool(p);
}

void __uefi_args_fini(void)
{
	pool_free(argv_block);
	argv_block = 0;
}

static char *utf8_dup(const uint16_t *s, size_t n)
{
	size_t len = __utf16_to_utf8_size(s, n);
	char *out = pool_alloc(len + 1);
	if (out)
		out[__utf16_to_utf8(s, n, out)] = 0;
	return out;
}

/* The file path nodes of a device path, joined with '\'. */
static char *file_path_name(EFI_DEVICE_PATH *dp)
{
	uint16_t path[512];
	size_t n = 0;
	for (int nodes = 0; dp && nodes < 256; nodes++) {
		size_t len = (size_t)dp->Length[0] | (size_t)dp->Length[1] << 8;
		if (len < 4 || (dp->Type == END_DEVICE_PATH_TYPE && dp->SubType == END_ENTIRE_DEVICE_PATH_SUBTYPE))
			break;
		if (dp->Type == MEDIA_DEVICE_PATH && dp->SubType == MEDIA_FILEPATH_DP) {
			const unsigned char *name = (const unsigned char *)dp + 4;
			size_t units = (len - 4) / 2;
			uint16_t first = units ? (uint16_t)(name[0] | name[1] << 8) : 0;
			if (n && n < 512 && first && first != '\\' && path[n - 1] != '\\')
				path[n++] = '\\';
			for (size_t i = 0; i < units && n < 512; i++) {
				uint16_t c = (uint16_t)(name[2 * i] | name[2 * i + 1] << 8);
				if (!c)
					break;
				path[n++] = c;
			}
		}
		dp = (EFI_DEVICE_PATH *)((unsigned char *)dp + len);
	}
	return utf8_dup(path, n);
}

static const char *base_name(const char *s)
{
	const char *b = s;
	for (; *s; s++)
		if (*s == '\\' || *s == '/' || *s == ':')
			b = s + 1;
	return b;
}

/* Whether word names the image: same base name, ignoring case and an
 * optional ".efi", as the shell lets one type it. */
static int names_image(const char *word, const char *image)
{
	const char *a = base_name(word), *b = base_name(image);
	size_t la = strlen(a), lb = strlen(b);
	if (!lb)
		return 0;
	if (la + 4 == lb && __ascii_lower(b[la]) == '.' && __ascii_lower(b[la + 1]) == 'e' &&
	    __ascii_lower(b[la + 2]) == 'f' && __ascii_lower(b[la + 3]) == 'i')
		lb = la;
	if (la != lb)
		return 0;
	for (size_t i = 0; i < la; i++)
		if (__ascii_lower((unsigned char)a[i]) != __ascii_lower((unsigned char)b[i]))
			return 0;
	return 1;
}

static int from_shell(EFI_SHELL_PARAMETERS_PROTOCOL *sp, char ***argv)
{
	size_t argc = sp->Argc, bytes = (argc + 1) * sizeof(char *);
	for (size_t i = 0; i < argc; i++) {
		size_t n = 0;
		while (sp->Argv[i][n])
			n++;
		bytes += __utf16_to_utf8_size(sp->Argv[i], n) + 1;
	}
	char **v = pool_alloc(bytes);
	if (!v)
		return -1;
	char *text = (char *)(v + argc + 1);
	for (size_t i = 0; i < argc; i++) {
		size_t n = 0;
		while (sp->Argv[i][n])
			n++;
		v[i] = text;
		text += __utf16_to_utf8(sp->Argv[i], n, text);
		*text++ = 0;
	}
	v[argc] = 0;
	*argv = v;
	argv_block = v;
	return (int)argc;
}

int __uefi_args(char ***argv)
{
	if (!uefi_boot_services()) {
		errno = ENOMEM;
		return -1;
	}
	EFI_SHELL_PARAMETERS_PROTOCOL *sp = __uefi_shell_params();
	if (sp && sp->Argv && sp->Argc > 0 && sp->Argc < 0x7FFFFFFF)
		return from_shell(sp, argv);

	EFI_LOADED_IMAGE *li = __uefi_loaded_image();
	char *name = li ? file_path_name(li->FilePath) : utf8_dup(0, 0);
	if (!name)
		return -1;
	long len = li ? __cmdline_text_length(li->LoadOptions, li->LoadOptionsSize) : -1;
	int argc;
	if (len <= 0) {
		argc = __cmdline_split(0, 0, name, argv, pool_alloc);
	} else {
		/* LoadOptions need not be 2-byte aligned: copy before reading. */
		uint16_t *line = pool_alloc((size_t)len * 2 + 2);
		if (!line) {
			pool_free(name);
			return -1;
		}
		memcpy(line, li->LoadOptions, (size_t)len * 2);
		argc = __cmdline_split(line, (size_t)len, 0, argv, pool_alloc);
		if (argc >= 0 && (argc == 0 || !names_image((*argv)[0], name))) {
			pool_free(*argv);
			argc = __cmdline_split(line, (size_t)len, name, argv, pool_alloc);
		}
		pool_free(line);
	}
	pool_free(name);
	if (argc >= 0)
		argv_block = *argv;
	return argc;
}
