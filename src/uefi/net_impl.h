/* Private to the UEFI network layer (src/uefi/net*.c). */
#ifndef __UEFI_NET_IMPL_H
#define __UEFI_NET_IMPL_H

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

/* The TCP4 service binding of the interface in use (after __sys_net_up). */
EFI_SERVICE_BINDING *__uefi_net_tcp4_sb(void);
EFI_SERVICE_BINDING *__uefi_net_udp4_sb(void);
/* Set when the first UDP endpoint is made: exit's clean-up of them. */
extern void (*__uefi_udp_fini)(void);
/* The monotonic clock in ms, and the errno for a TCP4/UDP4 status. */
unsigned long long __uefi_net_ms(void);
/* How long bring-up waits for an address, in ms (uefi_net_configure). */
extern long __uefi_net_timeout_ms;

#endif
