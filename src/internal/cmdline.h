/* Turning a UEFI command line (UCS-2/UTF-16 text) into argv. */
#ifndef __INTERNAL_CMDLINE_H
#define __INTERNAL_CMDLINE_H

#include <stddef.h>
#include <stdint.h>

/* Decides whether a LoadOptions blob of `bytes` bytes is a command line.
 * Returns its length in code units (up to its NUL), or -1 for binary data.
 * Text must be whole UTF-16 units with no control characters but tab, CR
 * and LF, and no unpaired surrogates; and it must either end in a NUL with
 * nothing but zeros after it, or be plain printable ASCII.  (Boot####
 * options often carry a GUID or other binary data that happens to decode as
 * letters; requiring the terminator or plain ASCII keeps those out.) */
long __cmdline_text_length(const void *blob, size_t bytes);

/* Splits n units of command line (ending early at a NUL) into words, shell style: blanks (space,
 * tab, CR, LF) separate words; "double quotes" group blanks into a word and
 * are removed ("" is an empty word); ^ makes the next character literal (the
 * UEFI shell's escape), also inside quotes.  Words are converted to UTF-8.
 *
 * With first != NULL, that string becomes argv[0], ahead of the words.
 * Returns argc and stores in *argv a NULL-terminated vector allocated with
 * alloc as one block (releasing *argv releases it all); -1 with errno =
 * ENOMEM when memory runs out.  (The caller chooses the allocator so that
 * crt0's argv does not drag malloc into programs that never call it.) */
int __cmdline_split(const uint16_t *line, size_t n, const char *first, char ***argv,
		    void *(*alloc)(size_t));

#endif
