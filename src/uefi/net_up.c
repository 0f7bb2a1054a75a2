/* Bringing the network up (docs/network.md): the NICs' drivers connected,
 * the TCP4 service binding of the chosen interface found, IPv4 configured
 * by DHCP through EFI_IP4_CONFIG2_PROTOCOL unless the interface has an
 * address; and the configuration calls of <uefi/net.h>. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <uefi/net.h>
#include "../internal/sys.h"
#include "../internal/sys_net.h"
#include "../internal/sys_time.h"
#include "net_impl.h"
#include "uefi_impl.h"

long __uefi_net_timeout_ms = 15000;
uint32_t __uefi_dns_servers[UEFI_NET_MAX_DNS];
int __uefi_dns_count;
long __uefi_dns_timeout_ms = 5000;
int __uefi_dns_attempts = 2;

static EFI_GUID tcp4_sb_guid = EFI_TCP4_SERVICE_BINDING_PROTOCOL;
static EFI_GUID udp4_sb_guid = EFI_UDP4_SERVICE_BINDING_PROTOCOL;
static EFI_GUID snp_guid = EFI_SIMPLE_NETWORK_PROTOCOL_GUID;
static EFI_GUID ip4c2_guid = __EFI_IP4_CONFIG2_GUID;
static EFI_GUID tcp6_sb_guid = EFI_TCP6_SERVICE_BINDING_PROTOCOL;
static EFI_GUID udp6_sb_guid = EFI_UDP6_SERVICE_BINDING_PROTOCOL;
static EFI_GUID ip6c_guid = __EFI_IP6_CONFIG_GUID;

static int want;              /* the interface chosen (uefi_net_use_interface) */
static EFI_HANDLE nic;        /* its handle, once found */
static EFI_SERVICE_BINDING *tcp4_sb;
static __EFI_IP4_CONFIG2 *ip4c2;
static int up;                /* configured and in use */
static int up6;               /* IPv6 brought up */

EFI_HANDLE __uefi_net_nic(void)
{
	return nic;
}

EFI_SERVICE_BINDING *__uefi_net_tcp4_sb(void)
{
	return tcp4_sb;
}

static EFI_SERVICE_BINDING *nic_sb(EFI_GUID *guid)
{
	EFI_SERVICE_BINDING *sb = 0;
	if (nic && EFI_ERROR(uefi_boot_services()->HandleProtocol(nic, guid, (void **)&sb)))
		sb = 0;
	return sb;
}

EFI_SERVICE_BINDING *__uefi_net_udp4_sb(void)
{
	return nic_sb(&udp4_sb_guid);
}

EFI_SERVICE_BINDING *__uefi_net_tcp6_sb(void)
{
	return nic_sb(&tcp6_sb_guid);
}

EFI_SERVICE_BINDING *__uefi_net_udp6_sb(void)
{
	return nic_sb(&udp6_sb_guid);
}

unsigned long long __uefi_net_ms(void)
{
	unsigned long long ns = 0;
	__sys_monotonic_ns(&ns);
	return ns / 1000000;
}

static int gone(void)
{
	if (!__sys_available()) {
		errno = EIO;
		return 1;
	}
	return 0;
}

/* The firmware connects drivers lazily: a NIC it did not boot from may
 * have no stack yet.  Its SNP handles first, then every handle. */
static void connect_all(EFI_BOOT_SERVICES *bs, EFI_GUID *guid)
{
	UINTN n = 0;
	EFI_HANDLE *h = 0;
	if (EFI_ERROR(bs->LocateHandleBuffer(guid ? ByProtocol : AllHandles, guid, 0, &n, &h)))
		return;
	for (UINTN i = 0; i < n; i++)
		bs->ConnectController(h[i], 0, 0, TRUE);
	bs->FreePool(h);
}

/* The handles with a TCP4 service binding (pool memory, FreePool): their
 * count, 0 when there is none even after connecting every driver. */
static UINTN locate(EFI_BOOT_SERVICES *bs, EFI_HANDLE **h)
{
	UINTN n = 0;
	*h = 0;
	for (int pass = 0; pass < 3; pass++) {
		if (pass == 1)
			connect_all(bs, &snp_guid);
		if (pass == 2)
			connect_all(bs, 0);
		if (!EFI_ERROR(bs->LocateHandleBuffer(ByProtocol, &tcp4_sb_guid, 0, &n, h)) && n)
			return n;
	}
	return 0;
}

/* The interface's EFI_IP4_CONFIG2_PROTOCOL, or NULL: looked up again
 * while missing, so that a lookup that failed once is not kept for the
 * rest of the program. */
static __EFI_IP4_CONFIG2 *config2(void)
{
	if (!ip4c2 && nic && EFI_ERROR(uefi_boot_services()->HandleProtocol(nic, &ip4c2_guid, (void **)&ip4c2)))
		ip4c2 = 0;
	return ip4c2;
}

/* Finds the chosen interface: 0, or -1 with ENETDOWN (no NIC with a
 * stack) or ENODEV (fewer NICs than the index chosen). */
static int find_nic(EFI_BOOT_SERVICES *bs)
{
	if (nic)
		return 0;
	EFI_HANDLE *h;
	UINTN n = locate(bs, &h);
	if (!n) {
		errno = ENETDOWN;
		return -1;
	}
	if ((UINTN)want >= n) {
		bs->FreePool(h);
		errno = ENODEV;
		return -1;
	}
	EFI_HANDLE c = h[want];
	bs->FreePool(h);
	if (EFI_ERROR(bs->HandleProtocol(c, &tcp4_sb_guid, (void **)&tcp4_sb))) {
		errno = ENETDOWN;
		return -1;
	}
	nic = c;
	config2();
	return 0;
}

/* One configuration protocol, IPv4's or IPv6's (the other NULL): their
 * GetData calls have the same form. */
struct cfg {
	__EFI_IP4_CONFIG2 *c4;
	__EFI_IP6_CONFIG *c6;
};

/* A GetData item of variable size (asked for its size, then read), in
 * malloc'd memory: NULL with errno (the firmware's status, docs/errno.md;
 * ENOMEM). */
static void *cfg_get(struct cfg p, UINT32 type)
{
	UINTN size = 0;
	EFI_STATUS s = p.c4 ? p.c4->GetData(p.c4, type, &size, 0) : p.c6->GetData(p.c6, type, &size, 0);
	if (s != EFI_BUFFER_TOO_SMALL) {
		errno = EFI_ERROR(s) ? __uefi_status_to_errno(s) : EIO;
		return 0;
	}
	void *data = malloc(size);
	if (!data)
		return 0;
	s = p.c4 ? p.c4->GetData(p.c4, type, &size, data) : p.c6->GetData(p.c6, type, &size, data);
	if (EFI_ERROR(s)) {
		free(data);
		errno = __uefi_status_to_errno(s);
		return 0;
	}
	return data;
}

/* The interface's state (malloc'd): 0, or -1 with errno (cfg_get). */
static int get_info(__EFI_IP4_CONFIG2 *c, __EFI_IP4_CONFIG2_INTERFACE_INFO **out)
{
	*out = cfg_get((struct cfg){ c, 0 }, __Ip4Config2DataTypeInterfaceInfo);
	return *out ? 0 : -1;
}

static uint32_t station(__EFI_IP4_CONFIG2 *c)
{
	__EFI_IP4_CONFIG2_INTERFACE_INFO *info;
	if (get_info(c, &info))
		return 0;
	uint32_t a;
	memcpy(&a, &info->StationAddress, 4);
	free(info);
	return a;
}

/* Whether the NIC reports a link (a cable, a carrier): 1 when it does or
 * cannot tell.  GetStatus with both pointers null only refreshes
 * MediaPresent (UEFI 2.4 and later), taking nothing from MNP. */
static int link_present(EFI_BOOT_SERVICES *bs)
{
	EFI_SIMPLE_NETWORK *snp;
	if (!nic || EFI_ERROR(bs->HandleProtocol(nic, &snp_guid, (void **)&snp)) || !snp->Mode ||
	    !snp->Mode->MediaPresentSupported)
		return 1;
	snp->GetStatus(snp, 0, 0);
	return snp->Mode->MediaPresent != 0;
}

/* Waits for the interface to have an address: 0, or -1 with ENETDOWN when
 * the NIC never reported a link in the whole time, ETIMEDOUT otherwise.
 * A link that comes up during the wait is used (a cable plugged in). */
static int wait_address(EFI_BOOT_SERVICES *bs)
{
	unsigned long long start = __uefi_net_ms();
	int link = 0;
	while (!station(ip4c2)) {
		link |= link_present(bs);
		bs->Stall(10000);
		if (__uefi_net_ms() - start >= (unsigned long long)__uefi_net_timeout_ms) {
			errno = link ? ETIMEDOUT : ENETDOWN;
			return -1;
		}
	}
	return 0;
}

int __sys_net_get_info(struct __sys_net_info *out)
{
	if (gone())
		return -1;
	memset(out, 0, sizeof *out);
	__EFI_IP4_CONFIG2_INTERFACE_INFO *info;
	if (!up || !config2()) {
		errno = ENETDOWN;
		return -1;
	}
	if (get_info(ip4c2, &info))
		return -1;
	memcpy(&out->addr, &info->StationAddress, 4);
	memcpy(&out->mask, &info->SubnetMask, 4);
	memcpy(out->mac, &info->HwAddress, 6);
	for (UINT32 i = 0; i < info->RouteTableSize; i++) {
		uint32_t gw;
		memcpy(&gw, &info->RouteTable[i].GatewayAddress, 4);
		if (gw) {
			out->gateway = gw;
			break;
		}
	}
	free(info);
	uint32_t dns[UEFI_NET_MAX_DNS];
	int n = __uefi_net_dns(dns, UEFI_NET_MAX_DNS);
	if (n < 0)
		return -1;
	if (n > 0)
		out->dns = dns[0];
	return 0;
}

int __uefi_net_dns(uint32_t *out, int max)
{
	if (__uefi_dns_count) {
		int n = __uefi_dns_count < max ? __uefi_dns_count : max;
		memcpy(out, __uefi_dns_servers, (size_t)n * 4);
		return n;
	}
	if (!config2())
		return 0;
	EFI_IPv4_ADDRESS dns[16];
	UINTN size = sizeof dns;
	EFI_STATUS s = ip4c2->GetData(ip4c2, __Ip4Config2DataTypeDnsServer, &size, dns);
	/* EFI_NOT_FOUND: no server configured; any other failure is not
	 * taken for that. */
	if (s == EFI_NOT_FOUND)
		return 0;
	if (EFI_ERROR(s)) {
		errno = __uefi_status_to_errno(s);
		return -1;
	}
	int n = 0;
	for (UINTN i = 0; i < size / 4 && n < max; i++) {
		uint32_t a;
		memcpy(&a, &dns[i], 4);
		if (a)
			out[n++] = a;
	}
	return n;
}

int __sys_net_up(void)
{
	if (gone())
		return -1;
	if (up)
		return 0;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (find_nic(bs))
		return -1;
	if (config2() && !station(ip4c2)) {
		UINT32 policy = 0;
		UINTN size = sizeof policy;
		EFI_STATUS s = ip4c2->GetData(ip4c2, __Ip4Config2DataTypePolicy, &size, &policy);
		if (EFI_ERROR(s) || policy != __Ip4Config2PolicyDhcp) {
			/* A refusal is reported at once, not after the DHCP time
			 * (EFI_ABORTED: DHCP was the policy already). */
			policy = __Ip4Config2PolicyDhcp;
			s = ip4c2->SetData(ip4c2, __Ip4Config2DataTypePolicy, sizeof policy, &policy);
			if (EFI_ERROR(s) && s != EFI_ABORTED) {
				errno = __uefi_status_to_errno(s);
				return -1;
			}
		}
		if (wait_address(bs))
			return -1;
	}
	up = 1;
	return 0;
}

/* The interface's IPv6 state (malloc'd) and, in *cp unless cp is NULL,
 * its EFI_IP6_CONFIG_PROTOCOL: NULL with errno (ENETDOWN: no NIC or no
 * IPv6 configuration; cfg_get's). */
static __EFI_IP6_CONFIG_INTERFACE_INFO *info6(__EFI_IP6_CONFIG **cp)
{
	__EFI_IP6_CONFIG *c;
	if (!nic || EFI_ERROR(uefi_boot_services()->HandleProtocol(nic, &ip6c_guid, (void **)&c))) {
		errno = ENETDOWN;
		return 0;
	}
	if (cp)
		*cp = c;
	return cfg_get((struct cfg){ 0, c }, __Ip6ConfigDataTypeInterfaceInfo);
}

/* IPv6 (docs/network.md, "IPv6"): the interface's addresses as its
 * EFI_IP6_CONFIG_PROTOCOL reports them (those that passed duplicate
 * address detection).  count, or -1 (no IPv6 configuration). */
static int addrs6(struct __sys_net_addr6 *out, int max)
{
	int e = errno;
	__EFI_IP6_CONFIG_INTERFACE_INFO *info = info6(0);
	if (!info) {
		errno = e;
		return -1;
	}
	int n = 0;
	for (UINT32 i = 0; i < info->AddressInfoCount && n < max; i++, n++) {
		memcpy(out[n].ip, &info->AddressInfo[i].Address, 16);
		out[n].prefix_len = info->AddressInfo[i].PrefixLength;
	}
	free(info);
	return n;
}

/* What addrs6 found: whether a link-local, whether another address. */
static void have6(int *local, int *global)
{
	struct __sys_net_addr6 a[8];
	int n = addrs6(a, 8);
	*local = *global = 0;
	for (int i = 0; i < n; i++) {
		if (a[i].ip[0] == 0xfe && (a[i].ip[1] & 0xc0) == 0x80)
			*local = 1;
		else
			*global = 1;
	}
}

/* The NIC's EFI_IP6_CONFIG_PROTOCOL, found (with the NIC) for bringing
 * IPv6 up or configuring it; NULL with errno set (ENETDOWN: no IPv6
 * stack on it). */
static __EFI_IP6_CONFIG *ip6_config(EFI_BOOT_SERVICES *bs)
{
	if (find_nic(bs))
		return 0;
	__EFI_IP6_CONFIG *c;
	if (!__uefi_net_tcp6_sb() || EFI_ERROR(bs->HandleProtocol(nic, &ip6c_guid, (void **)&c))) {
		errno = ENETDOWN;
		return 0;
	}
	return c;
}

/* The automatic policy, set unless it is: the stack takes prefixes from
 * router advertisements (and asks DHCPv6 when they say so); link-local in
 * any case.  Nothing is waited for here. */
static void automatic6(__EFI_IP6_CONFIG *c)
{
	UINT32 policy = 0;
	UINTN size = sizeof policy;
	EFI_STATUS s = c->GetData(c, __Ip6ConfigDataTypePolicy, &size, &policy);
	if (EFI_ERROR(s) || policy != __Ip6ConfigPolicyAutomatic) {
		policy = __Ip6ConfigPolicyAutomatic;
		c->SetData(c, __Ip6ConfigDataTypePolicy, sizeof policy, &policy);
	}
}

int __sys_net_up6(void)
{
	if (gone())
		return -1;
	if (up6)
		return 0;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	__EFI_IP6_CONFIG *c = ip6_config(bs);
	if (!c)
		return -1;
	automatic6(c);
	unsigned long long start = __uefi_net_ms(), local_at = 0;
	int link = 0, local, global;
	for (;;) {
		have6(&local, &global);
		if (global)
			break;
		unsigned long long now = __uefi_net_ms();
		if (local && !local_at)
			local_at = now;
		if (local_at && now - local_at >= __SYS_NET_RA_MS)
			break;    /* no router: link-local only */
		link |= link_present(bs);
		if (!local_at && now - start >= (unsigned long long)__uefi_net_timeout_ms) {
			errno = link ? ETIMEDOUT : ENETDOWN;
			return -1;
		}
		bs->Stall(10000);
	}
	up6 = 1;
	return 0;
}

int __sys_net_ipv4_configured(void)
{
	return up || !up6;
}

int __uefi_net_is_up(int family)
{
	return family == AF_INET6 ? up6 : up;
}

/* The DNS servers c has: their count, or -1 with errno. */
static int dns6_of(__EFI_IP6_CONFIG *c, unsigned char (*out)[16], int max)
{
	EFI_IPv6_ADDRESS dns[16];
	UINTN size = sizeof dns;
	EFI_STATUS s = c->GetData(c, __Ip6ConfigDataTypeDnsServer, &size, dns);
	if (s == EFI_NOT_FOUND)
		return 0;    /* none configured */
	if (EFI_ERROR(s)) {
		errno = __uefi_status_to_errno(s);
		return -1;
	}
	int n = 0;
	for (UINTN i = 0; i < size / 16 && n < max; i++)
		memcpy(out[n++], &dns[i], 16);
	return n;
}

int __uefi_net_dns6(unsigned char (*out)[16], int max)
{
	__EFI_IP6_CONFIG *c;
	if (!up6 || EFI_ERROR(uefi_boot_services()->HandleProtocol(nic, &ip6c_guid, (void **)&c)))
		return 0;
	return dns6_of(c, out, max);
}

int __uefi_net_up_lookup(void)
{
	if (gone())
		return -1;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (up || up6)
		return __sys_net_up();
	if (find_nic(bs))
		return -1;
	if (!config2() || station(ip4c2))
		return __sys_net_up();   /* no wait */
	/* IPv4 has to wait for DHCP: IPv6 starts beside it, its failures
	 * ignored (IPv4's errno is the one reported). */
	int e = errno;
	__EFI_IP6_CONFIG *c = ip6_config(bs);
	if (c)
		automatic6(c);
	errno = e;
	if (!__sys_net_up())
		return 0;
	e = errno;
	unsigned char dns[1][16];
	int local, global;
	if (c) {
		have6(&local, &global);
		if ((local || global) && dns6_of(c, dns, 1) > 0) {
			up6 = 1;
			return 1;
		}
	}
	errno = e;
	return -1;
}

/* uefi_net_set_ipv6's classes of address. */
static int ll6(const struct in6_addr *a)
{
	return a->s6_addr[0] == 0xfe && (a->s6_addr[1] & 0xc0) == 0x80;
}

static int zero6(const struct in6_addr *a)
{
	static const unsigned char zero[16];
	return !memcmp(a->s6_addr, zero, 16);
}

/* Not ::, ::1, multicast or IPv4-mapped. */
static int unicast6(const struct in6_addr *a)
{
	static const unsigned char mapped[12] = { [10] = 0xff, [11] = 0xff };
	static const unsigned char loop[16] = { [15] = 1 };
	return !zero6(a) && memcmp(a->s6_addr, loop, 16) && a->s6_addr[0] != 0xff && memcmp(a->s6_addr, mapped, 12);
}

static int same_prefix6(const struct in6_addr *a, const struct in6_addr *b, int bits)
{
	int bytes = bits / 8, rest = bits % 8;
	if (memcmp(a->s6_addr, b->s6_addr, (size_t)bytes))
		return 0;
	unsigned char m = (unsigned char)(0xff00 >> rest);
	return !rest || !((a->s6_addr[bytes] ^ b->s6_addr[bytes]) & m);
}

static int valid6(const struct uefi_net_ipv6 *cfg)
{
	const struct in6_addr *gw = &cfg->gateway;
	if (!unicast6(&cfg->addr) || ll6(&cfg->addr) || cfg->prefix_len < 1 || cfg->prefix_len > 128 ||
	    cfg->dns_count < 0 || cfg->dns_count > UEFI_NET_MAX_DNS)
		return 0;
	if (!zero6(gw) && (!unicast6(gw) || !memcmp(gw, &cfg->addr, 16) ||
	                                    (!ll6(gw) && !same_prefix6(gw, &cfg->addr, cfg->prefix_len))))
		return 0;
	for (int i = 0; i < cfg->dns_count; i++)
		if (!unicast6(&cfg->dns[i]))
			return 0;
	return 1;
}

/* Sets one item of the IPv6 configuration: 0, or -1 with errno
 * (EFI_ABORTED: it was so already). */
static int set6(__EFI_IP6_CONFIG *c, UINT32 type, UINTN size, void *data)
{
	EFI_STATUS s = c->SetData(c, type, size, size ? data : 0);
	if (EFI_ERROR(s) && s != EFI_ABORTED && s != EFI_NOT_READY) {
		errno = s == EFI_INVALID_PARAMETER ? EINVAL : __uefi_status_to_errno(s);
		return -1;
	}
	return 0;
}

int uefi_net_set_ipv6(const struct uefi_net_ipv6 *cfg)
{
	if (gone())
		return -1;
	if (cfg && !valid6(cfg)) {
		errno = EINVAL;
		return -1;
	}
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	__EFI_IP6_CONFIG *c = ip6_config(bs);
	if (!c)
		return -1;
	up6 = 0;
	UINT32 policy = cfg ? __Ip6ConfigPolicyManual : __Ip6ConfigPolicyAutomatic;
	if (set6(c, __Ip6ConfigDataTypePolicy, sizeof policy, &policy))
		return -1;
	if (!cfg)
		return __sys_net_up6();
	/* The address first: the firmware checks it (duplicate address
	 * detection) while the rest is set, and reports the outcome through
	 * GetData, EFI_NOT_READY until then. */
	__EFI_IP6_CONFIG_MANUAL_ADDRESS m;
	memset(&m, 0, sizeof m);
	memcpy(&m.Address, &cfg->addr, 16);
	m.PrefixLength = (UINT8)cfg->prefix_len;
	unsigned long long start = __uefi_net_ms();
	if (set6(c, __Ip6ConfigDataTypeManualAddress, sizeof m, &m) ||
	    set6(c, __Ip6ConfigDataTypeGateway, zero6(&cfg->gateway) ? 0 : 16, (void *)&cfg->gateway) ||
	    set6(c, __Ip6ConfigDataTypeDnsServer, (UINTN)cfg->dns_count * 16, (void *)cfg->dns))
		return -1;
	int link = 0;
	for (;;) {
		__EFI_IP6_CONFIG_MANUAL_ADDRESS got[4];
		UINTN size = sizeof got;
		EFI_STATUS s = c->GetData(c, __Ip6ConfigDataTypeManualAddress, &size, got);
		if (s != EFI_NOT_READY)
			break;
		link |= link_present(bs);
		if (__uefi_net_ms() - start >= (unsigned long long)__uefi_net_timeout_ms) {
			errno = link ? ETIMEDOUT : ENETDOWN;
			return -1;
		}
		bs->Stall(10000);
	}
	struct __sys_net_addr6 a[8];
	int n = addrs6(a, 8);
	for (int i = 0; i < n; i++) {
		if (!memcmp(a[i].ip, &cfg->addr, 16)) {
			up6 = 1;
			return 0;
		}
	}
	errno = EADDRINUSE;
	return -1;
}

int uefi_net_get_ipv6(struct uefi_net_ipv6 *out)
{
	if (!out) {
		errno = EINVAL;
		return -1;
	}
	if (__sys_net_up6())
		return -1;
	__EFI_IP6_CONFIG *c;
	__EFI_IP6_CONFIG_INTERFACE_INFO *info = info6(&c);
	if (!info)
		return -1;
	memset(out, 0, sizeof *out);
	/* The first address that is not link-local, else the first. */
	for (UINT32 i = 0; i < info->AddressInfoCount; i++) {
		struct in6_addr a;
		memcpy(&a, &info->AddressInfo[i].Address, 16);
		if (!i || (ll6(&out->addr) && !ll6(&a))) {
			out->addr = a;
			out->prefix_len = info->AddressInfo[i].PrefixLength;
		}
	}
	/* The default route's router. */
	for (UINT32 i = 0; i < info->RouteCount; i++) {
		const EFI_IP6_ROUTE_TABLE *r = &info->RouteTable[i];
		struct in6_addr gw;
		memcpy(&gw, &r->Gateway, 16);
		if (r->PrefixLength == 0 && !zero6(&gw)) {
			out->gateway = gw;
			break;
		}
	}
	free(info);
	unsigned char dns[UEFI_NET_MAX_DNS][16];
	int n = dns6_of(c, dns, UEFI_NET_MAX_DNS);
	if (n < 0)
		return -1;
	out->dns_count = n;
	memcpy(out->dns, dns, (size_t)n * 16);
	return 0;
}

int __sys_net_addrs6(struct __sys_net_addr6 *out, int max)
{
	if (gone())
		return -1;
	int n = addrs6(out, max);
	return n < 0 ? 0 : n;
}

int __sys_net_ifindex(void)
{
	return want + 1;
}

int uefi_net_interfaces(struct uefi_net_interface *list, int max)
{
	if (gone())
		return -1;
	if (max < 0 || (max && !list)) {
		errno = EINVAL;
		return -1;
	}
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_HANDLE *h;
	UINTN n = locate(bs, &h);
	for (UINTN i = 0; i < n && i < (UINTN)max; i++) {
		struct uefi_net_interface *e = &list[i];
		memset(e, 0, sizeof *e);
		__EFI_IP4_CONFIG2 *c;
		__EFI_IP4_CONFIG2_INTERFACE_INFO *info;
		EFI_SIMPLE_NETWORK *snp;
		if (!EFI_ERROR(bs->HandleProtocol(h[i], &ip4c2_guid, (void **)&c)) && !get_info(c, &info)) {
			memcpy(e->mac, &info->HwAddress, 6);
			uint32_t a;
			memcpy(&a, &info->StationAddress, 4);
			e->configured = a != 0;
			free(info);
		} else if (!EFI_ERROR(bs->HandleProtocol(h[i], &snp_guid, (void **)&snp)) && snp->Mode) {
			memcpy(e->mac, &snp->Mode->CurrentAddress, 6);
		}
	}
	if (h)
		bs->FreePool(h);
	return (int)n;
}

int uefi_net_use_interface(int index)
{
	if (gone())
		return -1;
	if (index < 0) {
		errno = EINVAL;
		return -1;
	}
	if (index == want)
		return 0;
	if (up || up6) {
		errno = EBUSY;
		return -1;
	}
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_HANDLE *h;
	UINTN n = locate(bs, &h);
	if (h)
		bs->FreePool(h);
	if ((UINTN)index >= n) {
		errno = ENODEV;
		return -1;
	}
	want = index;
	nic = 0;
	tcp4_sb = 0;
	ip4c2 = 0;
	up6 = 0;
	return 0;
}

static int contiguous(uint32_t mask_host)
{
	return mask_host && !((~mask_host + 1) & ~mask_host);
}

int uefi_net_set_ipv4(const struct uefi_net_ipv4 *cfg)
{
	if (gone())
		return -1;
	uint32_t addr = 0, mask = 0, gw = 0;
	if (cfg) {
		addr = ntohl(cfg->addr.s_addr);
		mask = ntohl(cfg->netmask.s_addr);
		gw = ntohl(cfg->gateway.s_addr);
		if (!addr || addr >= 0xe0000000u || !contiguous(mask) || mask == 0xffffffffu ||
		    (addr & ~mask) == 0 || (addr & ~mask) == ~mask || cfg->dns_count < 0 ||
		    cfg->dns_count > UEFI_NET_MAX_DNS || (gw && ((gw & mask) != (addr & mask) || gw == addr))) {
			errno = EINVAL;
			return -1;
		}
		for (int i = 0; i < cfg->dns_count; i++)
			if (!cfg->dns[i].s_addr) {
				errno = EINVAL;
				return -1;
			}
	}
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (find_nic(bs))
		return -1;
	if (!config2()) {
		errno = EOPNOTSUPP;
		return -1;
	}
	up = 0;
	UINT32 policy = cfg ? __Ip4Config2PolicyStatic : __Ip4Config2PolicyDhcp;
	EFI_STATUS s = ip4c2->SetData(ip4c2, __Ip4Config2DataTypePolicy, sizeof policy, &policy);
	if (EFI_ERROR(s) && s != EFI_ABORTED) {
		errno = __uefi_status_to_errno(s);
		return -1;
	}
	if (cfg) {
		__EFI_IP4_CONFIG2_MANUAL_ADDRESS m;
		memcpy(&m.Address, &cfg->addr, 4);
		memcpy(&m.SubnetMask, &cfg->netmask, 4);
		s = ip4c2->SetData(ip4c2, __Ip4Config2DataTypeManualAddress, sizeof m, &m);
		/* EFI_NOT_READY: the address is being checked (ARP) and is set
		 * when no other host claims it; EFI_ABORTED: it already was. */
		if (EFI_ERROR(s) && s != EFI_NOT_READY && s != EFI_ABORTED) {
			errno = s == EFI_INVALID_PARAMETER ? EINVAL : __uefi_status_to_errno(s);
			return -1;
		}
		if (gw) {
			s = ip4c2->SetData(ip4c2, __Ip4Config2DataTypeGateway, 4, (void *)&cfg->gateway);
			if (EFI_ERROR(s) && s != EFI_ABORTED) {
				errno = s == EFI_INVALID_PARAMETER ? EINVAL : __uefi_status_to_errno(s);
				return -1;
			}
		} else {
			ip4c2->SetData(ip4c2, __Ip4Config2DataTypeGateway, 0, 0);
		}
		if (cfg->dns_count) {
			memcpy(__uefi_dns_servers, cfg->dns, (size_t)cfg->dns_count * 4);
			__uefi_dns_count = cfg->dns_count;
		}
	}
	if (wait_address(bs))
		return -1;
	if (cfg && station(ip4c2) != cfg->addr.s_addr) {
		errno = EADDRINUSE;
		return -1;
	}
	up = 1;
	return 0;
}

int uefi_net_get_ipv4(struct uefi_net_ipv4 *out)
{
	if (!out) {
		errno = EINVAL;
		return -1;
	}
	struct __sys_net_info info;
	if (__sys_net_up() || __sys_net_get_info(&info))
		return -1;
	memset(out, 0, sizeof *out);
	out->addr.s_addr = info.addr;
	out->netmask.s_addr = info.mask;
	out->gateway.s_addr = info.gateway;
	uint32_t dns[UEFI_NET_MAX_DNS];
	int n = __uefi_net_dns(dns, UEFI_NET_MAX_DNS);
	if (n < 0)
		return -1;
	out->dns_count = n;
	for (int i = 0; i < out->dns_count; i++)
		out->dns[i].s_addr = dns[i];
	return 0;
}

int uefi_net_set_dhcp_timeout(long ms)
{
	if (gone())
		return -1;
	if (ms < 1 || ms > 600000) {
		errno = EINVAL;
		return -1;
	}
	__uefi_net_timeout_ms = ms;
	return 0;
}

int uefi_net_set_dns(const struct in_addr *servers, int count)
{
	if (gone())
		return -1;
	if (count < 0 || count > UEFI_NET_MAX_DNS || (count && !servers)) {
		errno = EINVAL;
		return -1;
	}
	for (int i = 0; i < count; i++)
		if (!servers[i].s_addr) {
			errno = EINVAL;
			return -1;
		}
	for (int i = 0; i < count; i++)
		__uefi_dns_servers[i] = servers[i].s_addr;
	__uefi_dns_count = count;
	return 0;
}

int uefi_net_set_dns_timeout(long ms, int attempts)
{
	if (gone())
		return -1;
	if (ms < 1 || ms > 600000 || attempts < 1 || attempts > 10) {
		errno = EINVAL;
		return -1;
	}
	__uefi_dns_timeout_ms = ms;
	__uefi_dns_attempts = attempts;
	return 0;
}
