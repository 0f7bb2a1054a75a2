/* Finding an ACPI table from the RSDP (ACPI 6.5, 5.2.5 to 5.2.8). */
#include <stdint.h>
#include <string.h>
#include "../internal/fwtab.h"

static uint32_t le32(const unsigned char *p)
{
	return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t le64(const unsigned char *p)
{
	return le32(p) | (uint64_t)le32(p + 4) << 32;
}

static int sum_ok(const unsigned char *p, size_t n)
{
	unsigned char s = 0;
	while (n--)
		s += *p++;
	return s == 0;
}

/* A system description table's header is 36 bytes: signature, length, ... */
#define HDR 36

static const unsigned char *table_at(uint64_t addr, const char *sig, size_t *len)
{
	if (!addr || addr > UINTPTR_MAX)
		return 0;
	const unsigned char *t = (const unsigned char *)(uintptr_t)addr;
	if (memcmp(t, sig, 4))
		return 0;
	uint32_t n = le32(t + 4);
	if (n < HDR || addr > UINTPTR_MAX - n || !sum_ok(t, n))
		return 0;
	*len = n;
	return t;
}

const void *__acpi_find_table(const void *rsdp, const char *sig, size_t *len)
{
	const unsigned char *r = rsdp;
	/* "RSD PTR ", checksum over the first 20 bytes (ACPI 1.0's RSDP); from
	 * revision 2 the extended checksum over its 36 bytes too. */
	if (!r || memcmp(r, "RSD PTR ", 8) || !sum_ok(r, 20))
		return 0;
	uint64_t root = le32(r + 16);
	unsigned entry = 4;
	const char *rsig = "RSDT";
	if (r[15] >= 2 && le32(r + 20) >= 36 && sum_ok(r, 36) && le64(r + 24)) {
		root = le64(r + 24);
		entry = 8;
		rsig = "XSDT";
	}
	size_t rlen;
	const unsigned char *t = table_at(root, rsig, &rlen);
	if (!t)
		return 0;
	for (size_t off = HDR; off + entry <= rlen; off += entry) {
		uint64_t a = entry == 8 ? le64(t + off) : le32(t + off);
		const unsigned char *found = table_at(a, sig, len);
		if (found)
			return found;
	}
	return 0;
}
