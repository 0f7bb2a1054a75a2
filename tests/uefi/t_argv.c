/* argv from the UEFI shell: started by startup.nsh as
 *   t_argv.efi plain "two words" ^"quoted^" Grüße 日本語 "" tab^ x
 * The shell splits the line itself (Shell Parameters protocol); the library
 * must hand each word to main as UTF-8, with argv[argc] == NULL. */
#include <string.h>
#include "harness.h"

static const char *const want[] = {
	"plain", "two words", "\"quoted\"", "Gr\xc3\xbc\xc3\x9f\x65", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
	"", "tab x",
};
#define NWANT (int)(sizeof want / sizeof *want)

static int ends_with_ci(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	if (a < b)
		return 0;
	for (size_t i = 0; i < b; i++) {
		char x = s[a - b + i], y = suffix[i];
		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (x != y)
			return 0;
	}
	return 1;
}

int main(int argc, char **argv)
{
	th_begin("argv");
	CHECK_EQ(argc, NWANT + 1, "argc");
	CHECK(argc > 0 && ends_with_ci(argv[0], "t_argv.efi"), "argv[0] names the program");
	CHECK(argv[argc] == NULL, "argv[argc] is NULL");
	for (int i = 0; i < NWANT && i + 1 < argc; i++) {
		int ok = strcmp(argv[i + 1], want[i]) == 0;
		if (!th_open("word", ok, __LINE__)) {
			th_puts(" argv[");
			th_putu((uint64_t)i + 1, 10);
			th_puts("] = \"");
			th_puts(argv[i + 1]);
			th_puts("\"");
		}
		th_close();
	}
	th_end();
	return 0;
}
