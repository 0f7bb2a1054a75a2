/* Bringing the network up (docs/network.md): the NICs' drivers connected,
 * the TCP4 service binding of the interface found, IPv4 configured by DHCP
 * through EFI_IP4_CONFIG2_PROTOCOL unless the interface has an address. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/sys.h"
#include "../internal/sys_net.h"
#include "../internal/sys_time.h"
#include "net_impl.h"
#include "uefi_impl.h"

long __uefi_net_timeout_ms = 15000;

static EFI_GUID tcp4_sb_guid = EFI_TCP4_SERVICE_BINDING_PROTOCOL;
static EFI_GUID udp4_sb_guid = EFI_UDP4_SERVICE_BINDING_PROTOCOL;
static EFI_GUID snp_guid = EFI_SIMPLE_NETWORK_PROTOCOL_GUID;
static EFI_GUID ip4c2_guid = __EFI_IP4_CONFIG2_GUID;

static EFI_HANDLE nic;
static EFI_SERVICE_BINDING *tcp4_sb;
static __EFI_IP4_CONFIG2 *ip4c2;
static int up;

EFI_SERVICE_BINDING *__uefi_net_tcp4_sb(void)
{
	return tcp4_sb;
}

EFI_SERVICE_BINDING *__uefi_net_udp4_sb(void)
{
	EFI_SERVICE_BINDING *sb = 0;
	if (nic && EFI_ERROR(uefi_boot_services()->HandleProtocol(nic, &udp4_sb_guid, (void **)&sb)))
		sb = 0;
	return sb;
}

unsigned long long __uefi_net_ms(void)
{
	unsigned long long ns = 0;
	__sys_monotonic_ns(&ns);
	return ns / 1000000;
}

static int find_sb(EFI_BOOT_SERVICES *bs)
{
	UINTN n = 0;
	EFI_HANDLE *h = 0;
	if (EFI_ERROR(bs->LocateHandleBuffer(ByProtocol, &tcp4_sb_guid, 0, &n, &h)) || !n)
		return 0;
	nic = h[0];
	bs->FreePool(h);
	if (EFI_ERROR(bs->HandleProtocol(nic, &tcp4_sb_guid, (void **)&tcp4_sb)))
		return 0;
	if (EFI_ERROR(bs->HandleProtocol(nic, &ip4c2_guid, (void **)&ip4c2)))
		ip4c2 = 0;
	return 1;
}

/* The firmware connects drivers lazily: a NIC it did not boot from may
 * have no stack yet.  Its SNP handles first, then every handle. */
static void connect(EFI_BOOT_SERVICES *bs, EFI_GUID *guid)
{
	UINTN n = 0;
	EFI_HANDLE *h = 0;
	if (EFI_ERROR(bs->LocateHandleBuffer(guid ? ByProtocol : AllHandles, guid, 0, &n, &h)))
		return;
	for (UINTN i = 0; i < n; i++)
		bs->ConnectController(h[i], 0, 0, TRUE);
	bs->FreePool(h);
}

static int get_info(__EFI_IP4_CONFIG2_INTERFACE_INFO **out)
{
	UINTN size = 0;
	EFI_STATUS s = ip4c2->GetData(ip4c2, __Ip4Config2DataTypeInterfaceInfo, &size, 0);
	if (s != EFI_BUFFER_TOO_SMALL)
		return -1;
	__EFI_IP4_CONFIG2_INTERFACE_INFO *info = malloc(size);
	if (!info)
		return -1;
	s = ip4c2->GetData(ip4c2, __Ip4Config2DataTypeInterfaceInfo, &size, info);
	if (EFI_ERROR(s)) {
		free(info);
		return -1;
	}
	*out = info;
	return 0;
}

static int has_address(void)
{
	__EFI_IP4_CONFIG2_INTERFACE_INFO *info;
	if (get_info(&info))
		return 0;
	uint32_t a;
	memcpy(&a, &info->StationAddress, 4);
	free(info);
	return a != 0;
}

int __sys_net_get_info(struct __sys_net_info *out)
{
	if (!__sys_available()) {
		errno = EIO;
		return -1;
	}
	memset(out, 0, sizeof *out);
	__EFI_IP4_CONFIG2_INTERFACE_INFO *info;
	if (!up || !ip4c2 || get_info(&info)) {
		errno = ENETDOWN;
		return -1;
	}
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
	EFI_IPv4_ADDRESS dns[4];
	UINTN size = sizeof dns;
	if (!EFI_ERROR(ip4c2->GetData(ip4c2, __Ip4Config2DataTypeDnsServer, &size, dns)) && size >= 4)
		memcpy(&out->dns, &dns[0], 4);
	return 0;
}

int __sys_net_up(void)
{
	if (!__sys_available()) {
		errno = EIO;
		return -1;
	}
	if (up)
		return 0;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!find_sb(bs)) {
		connect(bs, &snp_guid);
		if (!find_sb(bs)) {
			connect(bs, 0);
			if (!find_sb(bs)) {
				errno = ENETDOWN;
				return -1;
			}
		}
	}
	if (ip4c2 && !has_address()) {
		UINT32 policy = 0;
		UINTN size = sizeof policy;
		EFI_STATUS s = ip4c2->GetData(ip4c2, __Ip4Config2DataTypePolicy, &size, &policy);
		if (EFI_ERROR(s) || policy != __Ip4Config2PolicyDhcp) {
			policy = __Ip4Config2PolicyDhcp;
			ip4c2->SetData(ip4c2, __Ip4Config2DataTypePolicy, sizeof policy, &policy);
		}
		unsigned long long start = 0, now = 0;
		__sys_monotonic_ns(&start);
		while (!has_address()) {
			bs->Stall(10000);
			__sys_monotonic_ns(&now);
			if ((now - start) / 1000000 >= (unsigned long long)__uefi_net_timeout_ms) {
				errno = ETIMEDOUT;
				return -1;
			}
		}
	}
	up = 1;
	return 0;
}
