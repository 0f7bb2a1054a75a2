#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "sys_host.h"

/* The library's errno, renamed (see host.mk). */
int *ul___errno_location(void);

int host_available = 1;
long host_pages_outstanding;
long host_pages_calls;
uintptr_t host_pages_hint;
long host_pages_fail_after = -1;
char host_console[3][1 << 16];
size_t host_console_len[3];
int host_console_writes[3];
int host_console_fail_errno;
jmp_buf host_exit_jmp;
int host_exit_armed, host_exit_status, host_exit_abnormal;

void host_console_reset(void)
{
	memset(host_console_len, 0, sizeof host_console_len);
	memset(host_console_writes, 0, sizeof host_console_writes);
	host_console_fail_errno = 0;
}

/* sys.h's liveness words, renamed like everything else. */
static void *const host_field = (void *)1;
void *_Atomic ul___sys_alive_token = (void *)1;
void *const volatile *ul___sys_alive_field = &host_field;

void host_set_available(int alive)
{
	host_available = alive;
	ul___sys_alive_token = alive ? (void *)1 : NULL;
}

long host_fault_calls, host_fault_at;
const char *host_fault_fn, *host_fault_only;
int host_fault_errno;

int host_fault(const char *fn, const int *errs)
{
	if (host_fault_only && strcmp(fn, host_fault_only))
		return 0;
	if (++host_fault_calls != host_fault_at)
		return 0;
	int n = 0;
	while (errs[n])
		n++;
	host_fault_fn = fn;
	host_fault_errno = errs[host_fault_calls % n];
	*ul___errno_location() = host_fault_errno;
	return 1;
}

void *ul___sys_pages_alloc(size_t npages)
{
	host_pages_calls++;
	if (HOST_FAULT("pages_alloc", ENOMEM))
		return NULL;
	if (!host_available || !npages || npages > ((size_t)1 << 40) / 4096 || host_pages_fail_after == 0) {
		*ul___errno_location() = ENOMEM;
		return NULL;
	}
	if (host_pages_fail_after > 0)
		host_pages_fail_after--;
	void *p = mmap((void *)host_pages_hint, npages * 4096, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | (host_pages_hint ? MAP_FIXED_NOREPLACE : 0), -1, 0);
	if (host_pages_hint && p != MAP_FAILED)
		host_pages_hint += npages * 4096;
	if (p == MAP_FAILED) {
		*ul___errno_location() = ENOMEM;
		return NULL;
	}
	host_pages_outstanding += (long)npages;
	return p;
}

void ul___sys_pages_free(void *p, size_t npages)
{
	host_pages_calls++;
	if (!p)
		return;
	if ((uintptr_t)p % 4096) {
		fprintf(stderr, "sys_host: freeing unaligned pages %p\n", p);
		abort();
	}
	munmap(p, npages * 4096);
	host_pages_outstanding -= (long)npages;
}

long ul___sys_console_write(int fd, const void *buf, size_t len)
{
	if (fd != 1 && fd != 2) {
		*ul___errno_location() = EBADF;
		return -1;
	}
	host_console_writes[fd]++;
	if (HOST_FAULT("console_write", EIO))
		return -1;
	if ((!host_available && !host_console_after_exit) || host_console_fail_errno) {
		*ul___errno_location() = host_console_fail_errno ? host_console_fail_errno : EIO;
		return -1;
	}
	size_t room = sizeof host_console[fd] - host_console_len[fd];
	size_t k = len < room ? len : room;
	memcpy(host_console[fd] + host_console_len[fd], buf, k);
	host_console_len[fd] += k;
	return (long)len;
}

int host_console_after_exit;

int ul___sys_console_after_exit(int fd)
{
	return host_console_after_exit && (fd == 1 || fd == 2);
}

const char *host_stdin[8];
int host_stdin_reads;

/* termios's console settings, as the library last set them. */
unsigned host_con_mode = 7;
unsigned char host_con_vmin = 1, host_con_vtime;
int host_con_discards;

void ul___sys_console_mode(unsigned mode, unsigned char vmin, unsigned char vtime)
{
	host_con_mode = mode;
	host_con_vmin = vmin;
	host_con_vtime = vtime;
}

void ul___sys_console_discard(void)
{
	host_con_discards++;
}

/* The console's size (ioctl TIOCGWINSZ), or EIO when set to fail. */
unsigned host_con_cols = 80, host_con_rows = 25;
int host_con_size_fails;

int ul___sys_console_size(unsigned *cols, unsigned *rows)
{
	if (host_con_size_fails) {
		*ul___errno_location() = EIO;
		return -1;
	}
	*cols = host_con_cols;
	*rows = host_con_rows;
	return 0;
}

long ul___sys_console_read(int fd, void *buf, size_t len)
{
	static size_t off;
	if (fd != 0) {
		*ul___errno_location() = EBADF;
		return -1;
	}
	if (HOST_FAULT("console_read", EIO))
		return -1;
	if (!host_available) {
		*ul___errno_location() = EIO;
		return -1;
	}
	const char *chunk = host_stdin[host_stdin_reads];
	if (!chunk)
		return 0;
	size_t n = strlen(chunk + off);
	size_t k = n < len ? n : len;
	memcpy(buf, chunk + off, k);
	off += k;
	if (!chunk[off]) {
		off = 0;
		host_stdin_reads++;
	}
	return (long)k;
}

_Noreturn void ul___sys_exit(int status, int abnormal)
{
	if (host_exit_armed) {
		host_exit_armed = 0;
		host_exit_status = status;
		host_exit_abnormal = abnormal;
		longjmp(host_exit_jmp, 1);
	}
	fprintf(stderr, "sys_host: unexpected exit(%d, abnormal=%d)\n", status, abnormal);
	abort();
}

/* ---- time ---------------------------------------------------------------- */
struct host_wall host_wall = { 2000, 1, 1, 0, 0, 0, 0, 1, 0, 0 };
int host_wall_errno;
long host_wall_res_ns = 1000000000;
unsigned long long host_mono_ns;
int host_mono_errno;
unsigned long long host_slept_us;
int host_sleep_calls;

/* Layout of src/internal/sys_time.h's struct __sys_wall. */
struct ul_sys_wall {
	int year, mon, mday, hour, min, sec;
	long nsec;
	int zone_known, utcoff, isdst;
};

int ul___sys_wall_clock(struct ul_sys_wall *w)
{
	if (HOST_FAULT("wall_clock", EIO, ENOTSUP))
		return -1;
	if (host_wall_errno) {
		*ul___errno_location() = host_wall_errno;
		return -1;
	}
	memcpy(w, &host_wall, sizeof *w);
	return 0;
}

long ul___sys_wall_resolution(void)
{
	return host_wall_res_ns;
}

int ul___sys_monotonic_ns(unsigned long long *ns)
{
	if (HOST_FAULT("monotonic_ns", EIO))
		return -1;
	if (host_mono_errno) {
		*ul___errno_location() = host_mono_errno;
		return -1;
	}
	*ns = host_mono_ns;
	return 0;
}

long ul___sys_monotonic_resolution(void)
{
	return 1;
}

int ul___sys_sleep_us(unsigned long long us)
{
	host_sleep_calls++;
	if (!us)
		return 0;
	if (!host_available) {
		*ul___errno_location() = ENOSYS;
		return -1;
	}
	host_slept_us += us;
	return 0;
}

int host_env_external;
char *host_env_names[HOST_ENV_MAX], *host_env_values[HOST_ENV_MAX];
int host_env_fail_errno;
const char *host_env_readonly;
int host_env_stores;
int (*host_command)(const char *command);

static int host_env_index(const char *name)
{
	for (int i = 0; i < HOST_ENV_MAX; i++)
		if (host_env_names[i] && !strcmp(host_env_names[i], name))
			return i;
	return -1;
}

const char *host_env_get(const char *name)
{
	int i = host_env_index(name);
	return i < 0 ? NULL : host_env_values[i];
}

void host_env_put(const char *name, const char *value)
{
	int i = host_env_index(name);
	if (i >= 0) {
		free(host_env_values[i]);
		if (!value) {
			free(host_env_names[i]);
			host_env_names[i] = host_env_values[i] = NULL;
			return;
		}
		host_env_values[i] = strdup(value);
		return;
	}
	if (!value)
		return;
	for (i = 0; i < HOST_ENV_MAX; i++)
		if (!host_env_names[i]) {
			host_env_names[i] = strdup(name);
			host_env_values[i] = strdup(value);
			return;
		}
	fprintf(stderr, "sys_host: fake environment full\n");
	abort();
}

void host_env_clear(void)
{
	for (int i = 0; i < HOST_ENV_MAX; i++)
		if (host_env_names[i])
			host_env_put(host_env_names[i], NULL);
}

int ul___sys_env_external(void)
{
	return host_env_external && host_available;
}

int ul___sys_env_list(int (*add)(void *ctx, const char *name, const char *value), void *ctx)
{
	if (HOST_FAULT("env_list", ENOMEM, EIO))
		return -1;
	for (int i = 0; i < HOST_ENV_MAX; i++)
		if (host_env_names[i]) {
			int r = add(ctx, host_env_names[i], host_env_values[i]);
			if (r)
				return r;
		}
	return 0;
}

int ul___sys_env_store(const char *name, const char *value)
{
	host_env_stores++;
	if (HOST_FAULT("env_store", ENOMEM, EIO, EACCES))
		return -1;
	if (!ul___sys_env_external() || host_env_fail_errno ||
	    (host_env_readonly && !strcmp(name, host_env_readonly))) {
		*ul___errno_location() = !ul___sys_env_external() ? ENOSYS
			: host_env_fail_errno ? host_env_fail_errno : EINVAL;
		return -1;
	}
	host_env_put(name, value && *value ? value : NULL);
	return 0;
}

int ul___sys_command(const char *command)
{
	if (!command)
		return host_command != NULL && host_available;
	if (!host_command || !host_available) {
		*ul___errno_location() = ENOSYS;
		return -1;
	}
	if (HOST_FAULT("command", ENOMEM, ENOENT, EIO))
		return -1;
	return host_command(command);
}

/* sys_conf.h: a machine of 262144 pages (1 GiB), 131072 free; a firmware
 * "Host Firmware" revision 0x10000 implementing UEFI 2.70; entropy from
 * the host's getrandom, failing with host_entropy_errno when that is set. */
int host_entropy_errno;
long host_entropy_calls;

int ul___sys_mem_pages(unsigned long long *total, unsigned long long *avail)
{
	if (HOST_FAULT("mem_pages", ENOMEM, EIO))
		return -1;
	if (!host_available) {
		ul___errno_location()[0] = EIO;
		return -1;
	}
	*total = 262144;
	*avail = 131072;
	return 0;
}

int ul___sys_firmware(char *vendor, size_t size, unsigned *revision, unsigned *spec)
{
	snprintf(vendor, size, "%s", "Host Firmware");
	*revision = 0x10000;
	*spec = 2u << 16 | 70;
	return 0;
}

/* The image base: the start of this executable's ELF image. */
extern const char __executable_start[];
const void *ul___sys_image_base(void)
{
	return __executable_start;
}

#include <sys/random.h>
int ul___sys_entropy(void *buf, size_t len, const char **source)
{
	host_entropy_calls++;
	if (HOST_FAULT("entropy", EIO))
		return -1;
	if (host_entropy_errno) {
		ul___errno_location()[0] = host_entropy_errno;
		return -1;
	}
	size_t done = 0;
	while (done < len) {
		ssize_t k = getrandom((char *)buf + done, len - done, 0);
		if (k <= 0)
			abort();
		done += (size_t)k;
	}
	*source = host_available ? "EFI_RNG_PROTOCOL" : "RDRAND";
	return 0;
}

/* DNS (src/internal/sys_net.h): a test double that answers from
 * host_dns[] and counts the queries, so that tests see when getaddrinfo
 * and getnameinfo ask and what they make of each answer. */
struct host_dns_entry host_dns[8];
int host_dns_queries;

int ul___sys_dns_lookup(const char *name, int af, unsigned char *out, int max)
{
	host_dns_queries++;
	if (!host_available) {
		*ul___errno_location() = EIO;
		return -11; /* EAI_SYSTEM */
	}
	for (int i = 0; i < 8 && host_dns[i].name; i++) {
		if (strcmp(host_dns[i].name, name) || host_dns[i].af != af)
			continue;
		if (host_dns[i].error)
			return host_dns[i].error;
		int n = host_dns[i].count < max ? host_dns[i].count : max;
		size_t len = af == 2 ? 4 : 16;
		for (int k = 0; k < n; k++)
			memcpy(out + (size_t)k * len, host_dns[i].addrs[k], len);
		return n;
	}
	return -2; /* EAI_NONAME */
}

unsigned char host_addrs6[4][16];
int host_addrs6_count;
int host_ipv4_configured = 1;

int ul___sys_net_ipv4_configured(void)
{
	return host_ipv4_configured;
}

/* sys_net.h's struct __sys_net_addr6. */
struct host_addr6 {
	unsigned char ip[16];
	unsigned char prefix_len;
};

int ul___sys_net_addrs6(struct host_addr6 *out, int max)
{
	if (!host_available) {
		*ul___errno_location() = EIO;
		return -1;
	}
	int n = host_addrs6_count < max ? host_addrs6_count : max;
	for (int i = 0; i < n; i++) {
		memcpy(out[i].ip, host_addrs6[i], 16);
		out[i].prefix_len = 64;
	}
	return n;
}

int ul___sys_dns_reverse(int af, const void *ip, char *buf, size_t size)
{
	host_dns_queries++;
	if (!host_available) {
		*ul___errno_location() = EIO;
		return -11;
	}
	for (int i = 0; i < 8 && host_dns[i].name; i++) {
		if (host_dns[i].af != af || host_dns[i].error || !host_dns[i].count ||
		    memcmp(host_dns[i].addrs, ip, af == 2 ? 4 : 16))
			continue;
		if (strlen(host_dns[i].name) >= size)
			return -12; /* EAI_OVERFLOW */
		strcpy(buf, host_dns[i].name);
		return 1;
	}
	return -2;
}

/* The stack main runs on (src/uefi/stack.c): the host tests pretend to the
 * default 8 MiB; the limit the probe would enforce is recorded only. */
size_t host_stack_limit = 8u << 20;
size_t ul___sys_stack_size(void)
{
	return 8u << 20;
}
int ul___sys_stack_set_limit(size_t size)
{
	if (size > (8u << 20))
		return -1;
	host_stack_limit = size;
	return 0;
}
