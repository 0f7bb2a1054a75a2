/* The boot-service driver example driven from the UEFI shell
 * (tests/uefi/suites/drivers.sh): `load kv.efi` ran before.
 *   t_drv_kv_use.efi use    uses its protocol, then unloads it with the
 *                           shell's own `unload` command (its handle number
 *                           found in `dh -p LoadedImage`)
 *   t_drv_kv_use.efi gone   the protocol is no longer there */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/env.h>
#include "../../examples/drivers/kv.h"
#include "harness.h"

/* The shell's handle number of the image whose dh line names kv.efi, from
 * dh's output redirected to a file (UCS-2: ASCII is every other byte). */
static int kv_handle_number(char *out, size_t size)
{
	FILE *f = fopen("dh.txt", "rb");
	if (!f)
		return -1;
	static char text[65536];
	size_t n = 0;
	long i = 0;
	int c;
	while ((c = getc(f)) != EOF)
		if (i++ % 2 == 0 && n + 1 < sizeof text)     /* the low byte of each unit */
			text[n++] = (char)(c >= 0x20 && c < 0x7f ? c : c == '\n' ? '\n' : ' ');
	fclose(f);
	text[n] = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(0, "\n")) {
		if (!strstr(line, "kv.efi"))
			continue;
		while (*line == ' ')
			line++;
		size_t k = strspn(line, "0123456789abcdefABCDEF");
		if (k == 0 || k >= size || line[k] != ':')
			return -1;
		memcpy(out, line, k);
		out[k] = 0;
		return 0;
	}
	return -1;
}

int main(int argc, char **argv)
{
	EFI_GUID g = KV_PROTOCOL_GUID;
	KV_PROTOCOL *kv = 0;
	EFI_STATUS s = uefi_boot_services()->LocateProtocol(&g, 0, (void **)&kv);
	if (argc > 1 && !strcmp(argv[1], "gone")) {
		th_begin("drv-kv-gone");
		CHECK_EQ(s, EFI_NOT_FOUND, "after unload: no KV protocol");
		th_end();
		return 0;
	}
	th_begin("drv-kv-use");
	CHECK_EQ(s, EFI_SUCCESS, "loaded by the shell: the protocol is there");
	if (kv) {
		char buf[128];
		UINTN n = sizeof buf;
		CHECK_EQ(kv->Put(kv, "Grüße", "日本語"), EFI_SUCCESS, "put");
		CHECK_EQ(kv->Get(kv, "Grüße", buf, &n), EFI_SUCCESS, "get");
		CHECK(!strcmp(buf, "日本語") && n == strlen("日本語") + 1, "get: the value, UTF-8 intact");
		n = sizeof buf;
		CHECK_EQ(kv->Describe(kv, buf, &n), EFI_SUCCESS, "describe");
		CHECK(!strncmp(buf, "1 keys, 9 bytes, 9.00 bytes a value, 1 puts since 20", 52), "describe: 1 key, 9 bytes");
	}
	CHECK_EQ(system("dh -p LoadedImage > dh.txt"), 0, "dh -p LoadedImage > dh.txt");
	char num[16], cmd[64];
	int found = kv_handle_number(num, sizeof num) == 0;
	CHECK(found, "dh lists kv.efi with a handle number");
	if (found) {
		snprintf(cmd, sizeof cmd, "unload -n %s", num);
		th_puts("drv-kv-use: ");
		th_puts(cmd);
		th_puts("\n");
		CHECK_EQ(system(cmd), 0, "the shell's unload succeeds");
		void *p;
		CHECK_EQ(uefi_boot_services()->LocateProtocol(&g, 0, &p), EFI_NOT_FOUND, "unloaded: the protocol is gone");
	}
	th_end();
	return 0;
}
