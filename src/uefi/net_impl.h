/* Private to the UEFI network layer (src/uefi/net*.c). */
#ifndef __UEFI_NET_IMPL_H
#define __UEFI_NET_IMPL_H

#include <stdint.h>
#include <uefi/env.h>

/* EFI_IP4_CONFIG2_PROTOCOL (UEFI 2.9, 28.5), absent from gnu-efi. */
#define __EFI_IP4_CONFIG2_GUID \
	{ 0x5b446ed1, 0xe30b, 0x4faa, { 0x87, 0x1a, 0x36, 0x54, 0xec, 0xa3, 0x60, 0x80 } }
enum {
	__Ip4Config2DataTypeInterfaceInfo,
	__Ip4Config2DataTypePolicy,
	__Ip4Config2DataTypeManualAddress,
	__Ip4Config2DataTypeGateway,
	__Ip4Config2DataTypeDnsServer,
};
enum { __Ip4Config2PolicyStatic, __Ip4Config2PolicyDhcp };
typedef struct {
	CHAR16 Name[32];
	UINT8 IfType;
	UINT32 HwAddressSize;
	EFI_MAC_ADDRESS HwAddress;
	EFI_IPv4_ADDRESS StationAddress;
	EFI_IPv4_ADDRESS SubnetMask;
	UINT32 RouteTableSize;
	EFI_IP4_ROUTE_TABLE *RouteTable;
} __EFI_IP4_CONFIG2_INTERFACE_INFO;
typedef struct {
	EFI_IPv4_ADDRESS Address;
	EFI_IPv4_ADDRESS SubnetMask;
} __EFI_IP4_CONFIG2_MANUAL_ADDRESS;
typedef struct __EFI_IP4_CONFIG2 __EFI_IP4_CONFIG2;
struct __EFI_IP4_CONFIG2 {
	EFI_STATUS (EFIAPI *SetData)(__EFI_IP4_CONFIG2 *This, UINT32 DataType, UINTN DataSize, VOID *Data);
	EFI_STATUS (EFIAPI *GetData)(__EFI_IP4_CONFIG2 *This, UINT32 DataType, UINTN *DataSize, VOID *Data);
	EFI_STATUS (EFIAPI *RegisterDataNotify)(__EFI_IP4_CONFIG2 *This, UINT32 DataType, EFI_EVENT Event);
	EFI_STATUS (EFIAPI *UnregisterDataNotify)(__EFI_IP4_CONFIG2 *This, UINT32 DataType, EFI_EVENT Event);
};

/* EFI_IP6_CONFIG_PROTOCOL (UEFI 2.9, 28.4), absent from gnu-efi. */
#define __EFI_IP6_CONFIG_GUID \
	{ 0x937fe521, 0x95ae, 0x4d1a, { 0x89, 0x29, 0x48, 0xbc, 0xd9, 0x0a, 0xd3, 0x1a } }
enum {
	__Ip6ConfigDataTypeInterfaceInfo,
	__Ip6ConfigDataTypeAltInterfaceId,
	__Ip6ConfigDataTypePolicy,
	__Ip6ConfigDataTypeDupAddrDetectTransmits,
	__Ip6ConfigDataTypeManualAddress,
	__Ip6ConfigDataTypeGateway,
	__Ip6ConfigDataTypeDnsServer,
};
enum { __Ip6ConfigPolicyManual, __Ip6ConfigPolicyAutomatic };
typedef struct {
	CHAR16 Name[32];
	UINT8 IfType;
	UINT32 HwAddressSize;
	EFI_MAC_ADDRESS HwAddress;
	UINT32 AddressInfoCount;
	EFI_IP6_ADDRESS_INFO *AddressInfo;
	UINT32 RouteCount;
	EFI_IP6_ROUTE_TABLE *RouteTable;
} __EFI_IP6_CONFIG_INTERFACE_INFO;
typedef struct {
	EFI_IPv6_ADDRESS Address;
	BOOLEAN IsAnycast;
	UINT8 PrefixLength;
} __EFI_IP6_CONFIG_MANUAL_ADDRESS;
typedef struct __EFI_IP6_CONFIG __EFI_IP6_CONFIG;
struct __EFI_IP6_CONFIG {
	EFI_STATUS (EFIAPI *SetData)(__EFI_IP6_CONFIG *This, UINT32 DataType, UINTN DataSize, VOID *Data);
	EFI_STATUS (EFIAPI *GetData)(__EFI_IP6_CONFIG *This, UINT32 DataType, UINTN *DataSize, VOID *Data);
	EFI_STATUS (EFIAPI *RegisterDataNotify)(__EFI_IP6_CONFIG *This, UINT32 DataType, EFI_EVENT Event);
	EFI_STATUS (EFIAPI *UnregisterDataNotify)(__EFI_IP6_CONFIG *This, UINT32 DataType, EFI_EVENT Event);
};

/* The service bindings of the interface in use (after __sys_net_up or
 * __sys_net_up6): NULL where the firmware has none. */
EFI_SERVICE_BINDING *__uefi_net_tcp4_sb(void);
EFI_SERVICE_BINDING *__uefi_net_udp4_sb(void);
EFI_SERVICE_BINDING *__uefi_net_tcp6_sb(void);
EFI_SERVICE_BINDING *__uefi_net_udp6_sb(void);
/* Set when the first UDP endpoint is made: exit's clean-up of them. */
extern void (*__uefi_udp_fini)(void);
/* The monotonic clock in ms, and the errno for a TCP4/UDP4 status. */
unsigned long long __uefi_net_ms(void);
/* How long bring-up waits for an address, in ms (uefi_net_set_dhcp_timeout). */
extern long __uefi_net_timeout_ms;
/* The NIC in use (after __sys_net_up), and the DNS servers to ask: those
 * set by uefi_net_set_dns, else those DHCP gave (network order); the
 * count written, at most max, or -1 with errno when the firmware's list
 * cannot be read. */
EFI_HANDLE __uefi_net_nic(void);
int __uefi_net_dns(uint32_t *out, int max);
/* The IPv6 DNS servers the interface's EFI_IP6_CONFIG_PROTOCOL has (a
 * static configuration's, or DHCPv6's), 16 bytes each: the count written
 * (0 when IPv6 is not up), or -1 with errno when the list cannot be read. */
int __uefi_net_dns6(unsigned char (*out)[16], int max);
/* A name lookup's bring-up (docs/network.md, "DNS"): IPv4 as
 * __sys_net_up brings it up; when that has to wait for DHCP, IPv6's
 * automatic policy is started beside it (not waited for), and if IPv4
 * has no address within the DHCP time while IPv6 has DNS servers by
 * then, IPv6 counts as up instead.  0: IPv4 up; 1: IPv6 up instead; -1
 * with IPv4's errno. */
int __uefi_net_up_lookup(void);
/* Whether IPv4 (family AF_INET) or IPv6 (AF_INET6) is up on the interface. */
int __uefi_net_is_up(int family);
/* uefi_net_set_dns_timeout: per attempt, and how many. */
extern long __uefi_dns_timeout_ms;
extern int __uefi_dns_attempts;

/* EFI_DNS4_PROTOCOL (UEFI 2.9, 29.2), absent from gnu-efi. */
#define __EFI_DNS4_SERVICE_BINDING_GUID \
	{ 0xb625b186, 0xe063, 0x44f7, { 0x89, 0x05, 0x6a, 0x74, 0xdc, 0x6f, 0x52, 0xb4 } }
#define __EFI_DNS4_PROTOCOL_GUID \
	{ 0xae3d28cc, 0xe05b, 0x4fa1, { 0xa0, 0x11, 0x7e, 0xb5, 0x5a, 0x3f, 0x14, 0x01 } }
typedef struct {
	UINTN DnsServerListCount;
	EFI_IPv4_ADDRESS *DnsServerList;
	BOOLEAN UseDefaultSetting;
	BOOLEAN EnableDnsCache;
	UINT8 Protocol;
	EFI_IPv4_ADDRESS StationIp;
	EFI_IPv4_ADDRESS SubnetMask;
	UINT16 LocalPort;
	UINT32 RetryCount;
	UINT32 RetryInterval;
} __EFI_DNS4_CONFIG_DATA;
typedef struct {
	UINT32 IpCount;
	EFI_IPv4_ADDRESS *IpList;
} __DNS_HOST_TO_ADDR_DATA;
typedef struct {
	CHAR8 *QName;
	UINT16 QType;
	UINT16 QClass;
	UINT32 TTL;
	UINT16 DataLength;
	CHAR8 *RData;
} __DNS_RESOURCE_RECORD;
typedef struct {
	UINTN RRCount;
	__DNS_RESOURCE_RECORD *RRList;
} __DNS_GENERAL_LOOKUP_DATA;
typedef struct {
	EFI_EVENT Event;
	EFI_STATUS Status;
	UINT32 RetryCount;
	UINT32 RetryInterval;
	union {
		__DNS_HOST_TO_ADDR_DATA *H2AData;
		void *A2HData;
		__DNS_GENERAL_LOOKUP_DATA *GLookupData;
	} RspData;
} __EFI_DNS4_COMPLETION_TOKEN;
typedef struct __EFI_DNS4 __EFI_DNS4;
struct __EFI_DNS4 {
	EFI_STATUS (EFIAPI *GetModeData)(__EFI_DNS4 *This, void *ModeData);
	EFI_STATUS (EFIAPI *Configure)(__EFI_DNS4 *This, __EFI_DNS4_CONFIG_DATA *Config);
	EFI_STATUS (EFIAPI *HostNameToIp)(__EFI_DNS4 *This, CHAR16 *HostName, __EFI_DNS4_COMPLETION_TOKEN *Token);
	EFI_STATUS (EFIAPI *IpToHostName)(__EFI_DNS4 *This, EFI_IPv4_ADDRESS Ip, __EFI_DNS4_COMPLETION_TOKEN *Token);
	EFI_STATUS (EFIAPI *GeneralLookUp)(__EFI_DNS4 *This, CHAR8 *QName, UINT16 QType, UINT16 QClass,
	                                   __EFI_DNS4_COMPLETION_TOKEN *Token);
	EFI_STATUS (EFIAPI *UpdateDnsCache)(__EFI_DNS4 *This, BOOLEAN DeleteFlag, BOOLEAN Override, void *Entry);
	EFI_STATUS (EFIAPI *Poll)(__EFI_DNS4 *This);
	EFI_STATUS (EFIAPI *Cancel)(__EFI_DNS4 *This, __EFI_DNS4_COMPLETION_TOKEN *Token);
};

/* EFI_DNS6_PROTOCOL (UEFI 2.9, 29.3): its functions and completion token
 * have DNS4's layout; only the configuration differs. */
#define __EFI_DNS6_SERVICE_BINDING_GUID \
	{ 0x7f1647c8, 0xb76e, 0x44b2, { 0xa5, 0x65, 0xf7, 0x0f, 0xf1, 0x9c, 0xd1, 0x9e } }
#define __EFI_DNS6_PROTOCOL_GUID \
	{ 0xca37bc1f, 0xa327, 0x4ae9, { 0x82, 0x8a, 0x8c, 0x40, 0xd8, 0x50, 0x6a, 0x17 } }
typedef struct {
	BOOLEAN EnableDnsCache;
	UINT8 Protocol;
	EFI_IPv6_ADDRESS StationIp;
	UINT16 LocalPort;
	UINT32 DnsServerCount;
	EFI_IPv6_ADDRESS *DnsServerList;
	UINT32 RetryCount;
	UINT32 RetryInterval;
} __EFI_DNS6_CONFIG_DATA;

#endif
