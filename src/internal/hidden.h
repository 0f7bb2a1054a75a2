/* Included first in every library file (LIB_CFLAGS): every symbol the
 * library declares is resolved within the image.  In the GNU environment
 * of the Windows target, Clang otherwise reaches each external variable
 * through a .refptr pointer, in case it comes from a DLL (MinGW's
 * auto-import): a load and 8 bytes more per variable, for nothing in a
 * statically linked UEFI image. */
#pragma GCC visibility push(hidden)
