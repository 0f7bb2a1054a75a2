/* A boot-service driver written with the library (docs/drivers.md):
 *
 *   uefi-cc --boot-service-driver -O2 -o kv.efi kv_driver.c
 *   Shell> load kv.efi          ... Shell> unload -n <handle>
 *
 * It installs KV_PROTOCOL (kv.h) on its own image handle: a key-value store
 * kept in malloc'd memory, formatted with snprintf.  main returning 0 keeps
 * the driver resident; its unload function uninstalls the protocol, and the
 * library then gives every page and event it holds back to the firmware.
 * Only one copy may be resident: a second start fails, and everything it
 * had taken is given back by the library (the firmware then unloads it).
 *
 * Options (LoadOptions): -b N  the number of buckets (default 64). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uefi/driver.h>
#include "kv.h"

struct entry {
	struct entry *next;
	char *key, *value;
};

static struct entry **buckets;
static size_t nbuckets = 64, nkeys, nbytes;
static unsigned long puts_done;
static char started[32];
static EFI_GUID kv_guid = KV_PROTOCOL_GUID;

static size_t hash(const char *s)
{
	size_t h = 5381;
	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h % nbuckets;
}

static struct entry **find(const char *key)
{
	struct entry **e = &buckets[hash(key)];
	while (*e && strcmp((*e)->key, key))
		e = &(*e)->next;
	return e;
}

static EFI_STATUS EFIAPI kv_put(KV_PROTOCOL *This, const char *key, const char *value)
{
	(void)This;
	if (!key || !*key || !value)
		return EFI_INVALID_PARAMETER;
	char *copy = strdup(value);
	if (!copy)
		return EFI_OUT_OF_RESOURCES;
	struct entry **e = find(key);
	if (*e) {
		nbytes -= strlen((*e)->value);
		free((*e)->value);
	} else {
		struct entry *n = malloc(sizeof *n);
		char *k = strdup(key);
		if (!n || !k) {
			free(n);
			free(k);
			free(copy);
			return EFI_OUT_OF_RESOURCES;
		}
		n->key = k;
		n->next = 0;
		*e = n;
		nkeys++;
	}
	(*e)->value = copy;
	nbytes += strlen(copy);
	puts_done++;
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI kv_get(KV_PROTOCOL *This, const char *key, char *buf, UINTN *size)
{
	(void)This;
	if (!key || !size || (!buf && *size))
		return EFI_INVALID_PARAMETER;
	struct entry *e = *find(key);
	if (!e)
		return EFI_NOT_FOUND;
	size_t need = strlen(e->value) + 1;
	if (*size < need) {
		*size = need;
		return EFI_BUFFER_TOO_SMALL;
	}
	memcpy(buf, e->value, need);
	*size = need;
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI kv_delete(KV_PROTOCOL *This, const char *key)
{
	(void)This;
	if (!key)
		return EFI_INVALID_PARAMETER;
	struct entry **p = find(key), *e = *p;
	if (!e)
		return EFI_NOT_FOUND;
	*p = e->next;
	nkeys--;
	nbytes -= strlen(e->value);
	free(e->key);
	free(e->value);
	free(e);
	return EFI_SUCCESS;
}

static EFI_STATUS EFIAPI kv_describe(KV_PROTOCOL *This, char *buf, UINTN *size)
{
	(void)This;
	if (!size || (!buf && *size))
		return EFI_INVALID_PARAMETER;
	int n = snprintf(buf, *size, "%zu keys, %zu bytes, %.2f bytes a value, %lu puts since %s",
	                 nkeys, nbytes, nkeys ? (double)nbytes / (double)nkeys : 0.0, puts_done, started);
	if (n < 0)
		return EFI_DEVICE_ERROR;
	*size = (UINTN)n + 1;
	return EFI_SUCCESS;
}

static KV_PROTOCOL kv = {
	KV_PROTOCOL_REVISION, kv_put, kv_get, kv_delete, kv_describe,
};

/* Undoes what main did to the system; the library gives back the rest
 * (every malloc'd entry included) once this returns EFI_SUCCESS. */
static EFI_STATUS kv_unload(EFI_HANDLE image)
{
	return uefi_boot_services()->UninstallProtocolInterface(image, &kv_guid, &kv);
}

int main(int argc, char **argv)
{
	int c;
	while ((c = getopt(argc, argv, "b:")) != -1) {
		char *end;
		switch (c) {
		case 'b':
			errno = 0;
			nbuckets = strtoul(optarg, &end, 10);
			if (*end || errno || nbuckets == 0 || nbuckets > 1u << 20) {
				fprintf(stderr, "kv: -b wants 1 to %u buckets, not %s\n", 1u << 20, optarg);
				return 2;
			}
			break;
		default:
			fprintf(stderr, "usage: kv.efi [-b buckets]\n");
			return 2;
		}
	}
	buckets = calloc(nbuckets, sizeof *buckets);
	if (!buckets) {
		perror("kv: buckets");
		return 1;
	}
	time_t now = time(0);
	struct tm *tm = gmtime(&now);
	if (!tm || !strftime(started, sizeof started, "%Y-%m-%d %H:%M:%S UTC", tm))
		strcpy(started, "an unknown time");

	/* One store in the system: a second copy fails to start, and the
	 * library gives back what it took (buckets, argv, its event). */
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	void *other;
	if (!EFI_ERROR(bs->LocateProtocol(&kv_guid, 0, &other))) {
		fprintf(stderr, "kv: already loaded\n");
		return 1;
	}
	EFI_HANDLE image = uefi_image_handle();
	EFI_STATUS s = bs->InstallProtocolInterface(&image, &kv_guid, EFI_NATIVE_INTERFACE, &kv);
	if (EFI_ERROR(s)) {
		fprintf(stderr, "kv: cannot install its protocol (EFI status %#llx)\n", (unsigned long long)s);
		return 1;
	}
	uefi_driver_set_unload(kv_unload);
	printf("kv: ready, %zu buckets\n", nbuckets);
	return 0;
}
