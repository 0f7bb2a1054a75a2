/* A small bootloader written with uefi-libc.
 *
 * It reads boot.cfg and the payload it names from the volume it was loaded
 * from, prints the memory map, exits boot services through
 * uefi_exit_boot_services, and then, on the serial console, prints a
 * summary of the final memory map and a CRC-32 of the payload (computed
 * after ExitBootServices, from the pages the payload was loaded into).  A
 * real loader would jump to the kernel there; this one powers the machine
 * off through the runtime services.
 *
 * The CRC-32 is the one of zlib, gzip and PNG (reflected polynomial
 * 0xEDB88320, initial value and final XOR 0xFFFFFFFF).
 *
 * Build: make build/examples/bootloader.efi      Run: make run-bootloader */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uefi/boot.h>
#include <uefi/console.h>

struct config {
	char title[128];
	char payload[256];
	EFI_MEMORY_TYPE memory_type;
	size_t max_size;
};

static uint32_t crc32(const unsigned char *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;
	while (n--) {
		c ^= *p++;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
	}
	return c ^ 0xFFFFFFFFu;
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = 0;
	return s;
}

/* Reads "key = value" lines; returns 0, or -1 after saying what is wrong. */
static int read_config(FILE *f, struct config *c)
{
	char buf[512];
	int line = 0;
	while (fgets(buf, sizeof buf, f)) {
		line++;
		char *nl = strchr(buf, '\n');
		if (nl)
			*nl = 0;
		char *s = trim(buf);
		if (!*s || *s == '#')
			continue;
		char *eq = strchr(s, '=');
		if (!eq) {
			fprintf(stderr, "boot.cfg:%d: expected key = value\n", line);
			return -1;
		}
		*eq = 0;
		char *key = trim(s), *value = trim(eq + 1);
		unsigned long long num = 0;
		int is_num = sscanf(value, "%lli", &num) == 1;
		if (strcmp(key, "title") == 0 && strlen(value) < sizeof c->title) {
			strcpy(c->title, value);
		} else if (strcmp(key, "payload") == 0 && strlen(value) < sizeof c->payload) {
			strcpy(c->payload, value);
		} else if (strcmp(key, "memory_type") == 0 && is_num && num <= 0xFFFFFFFFu) {
			c->memory_type = (EFI_MEMORY_TYPE)num;
		} else if (strcmp(key, "max_size") == 0 && is_num) {
			c->max_size = (size_t)num;
		} else {
			fprintf(stderr, "boot.cfg:%d: bad setting '%s'\n", line, key);
			return -1;
		}
	}
	if (ferror(f)) {
		perror("boot.cfg");
		return -1;
	}
	if (!c->payload[0]) {
		fprintf(stderr, "boot.cfg: no payload named\n");
		return -1;
	}
	return 0;
}

static void print_map(const uefi_memory_map *m)
{
	printf("memory map: %zu descriptors of %llu bytes (version %u)\n", uefi_memory_map_count(m),
	       (unsigned long long)m->descriptor_size, (unsigned)m->descriptor_version);
	printf("  %-20s %18s %10s %18s\n", "type", "physical start", "pages", "attributes");
	UEFI_MEMORY_MAP_FOREACH(d, m)
		printf("  %-20s %#18llx %10llu %#18llx\n", uefi_memory_type_name(d->Type),
		       (unsigned long long)d->PhysicalStart, (unsigned long long)d->NumberOfPages,
		       (unsigned long long)d->Attribute);
}

/* Pages per type, printed after ExitBootServices: no allocation here, the
 * buckets are on the stack. */
static void print_summary(const uefi_memory_map *m)
{
	enum { NAMED = 16, OEM = NAMED, OS, OTHER, BUCKETS };
	unsigned long long pages[BUCKETS] = { 0 }, total = 0;
	UEFI_MEMORY_MAP_FOREACH(d, m) {
		UINT32 t = d->Type;
		int b = t < NAMED ? (int)t : t >= 0x80000000u ? OS : t >= 0x70000000u ? OEM : OTHER;
		pages[b] += d->NumberOfPages;
		total += d->NumberOfPages;
	}
	printf("final map: %zu descriptors\n", uefi_memory_map_count(m));
	for (int b = 0; b < BUCKETS; b++) {
		if (!pages[b])
			continue;
		const char *name = b < NAMED ? uefi_memory_type_name((UINT32)b) : b == OS ? "OS" : b == OEM ? "OEM" : "Reserved";
		printf("  pages %-20s %llu\n", name, pages[b]);
	}
	printf("  pages total %llu (%llu MiB)\n", total, total / 256);
}

int main(void)
{
	struct config cfg = { .title = "(untitled)", .memory_type = EfiLoaderData, .max_size = 0 };
	FILE *f = fopen("/boot.cfg", "r");
	if (!f) {
		perror("boot.cfg");
		return EXIT_FAILURE;
	}
	int bad = read_config(f, &cfg);
	fclose(f);
	if (bad)
		return EXIT_FAILURE;
	printf("booting: %s\n", cfg.title);

	void *payload;
	size_t payload_size;
	if (uefi_load_file(cfg.payload, cfg.memory_type, cfg.max_size, &payload, &payload_size)) {
		fprintf(stderr, "%s: %s\n", cfg.payload, strerror(errno));
		return EXIT_FAILURE;
	}
	printf("payload: %s, %zu bytes at %p, memory type %#x (%s)\n", cfg.payload, payload_size, payload,
	       (unsigned)cfg.memory_type, uefi_memory_type_name(cfg.memory_type));

	uefi_framebuffer_info fb;
	if (uefi_framebuffer(&fb) == EFI_SUCCESS)
		printf("framebuffer: %ux%u, stride %u, format %d, %#llx (%llu bytes)\n", fb.width, fb.height,
		       fb.stride, (int)fb.format, (unsigned long long)fb.base, (unsigned long long)fb.size);
	else
		printf("framebuffer: none\n");

	uefi_memory_map map = { 0 };
	if (uefi_memory_map_get(&map) == EFI_SUCCESS)
		print_map(&map);

	/* After ExitBootServices the firmware console is gone: the UART the
	 * firmware's tables describe (SPCR, device tree) instead, else COM1
	 * (a PC without those tables; fails with ENOTSUP where there are no
	 * I/O ports). */
	if (uefi_console_after_exit(UEFI_CONSOLE_AUTO, 0, 0) != 0)
		uefi_console_after_exit(UEFI_CONSOLE_SERIAL, UEFI_COM1, 115200);
	printf("exiting boot services\n");
	EFI_STATUS s = uefi_exit_boot_services(&map);
	if (EFI_ERROR(s)) {
		fprintf(stderr, "ExitBootServices failed (%#llx): %s\n", (unsigned long long)s, map.error);
		uefi_free_file(payload, payload_size);
		return EXIT_FAILURE;
	}

	/* Boot services are gone; stdout now writes to the UART. */
	printf("boot services exited after %u attempt(s)\n", map.attempts);
	print_summary(&map);
	printf("payload crc32 %08x size %zu\n", (unsigned)crc32(payload, payload_size), payload_size);
	if (uefi_framebuffer(&fb) == EFI_SUCCESS)
		printf("framebuffer for the kernel: %#llx %ux%u\n", (unsigned long long)fb.base, fb.width, fb.height);
	printf("powering off\n");
	fflush(stdout);
	uefi_system_table()->RuntimeServices->ResetSystem(EfiResetShutdown, EFI_SUCCESS, 0, NULL);
	return 0;
}
