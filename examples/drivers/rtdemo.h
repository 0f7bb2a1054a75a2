/* The table examples/drivers/rtdemo.c publishes as a configuration table:
 * what an OS loader finds before ExitBootServices and calls after
 * SetVirtualAddressMap (at the virtual address it gave the table's
 * memory). */
#ifndef EXAMPLE_RTDEMO_H
#define EXAMPLE_RTDEMO_H

#include <efi.h>

/* The last byte is the instance number given with -i (1 to 15). */
#define RT_DEMO_TABLE_GUID(i) \
	{ 0x8e3b6c1d, 0x2f47, 0x4a90, { 0xb5, 0x6e, 0x1c, 0x7d, 0x90, 0x3a, 0x52, (UINT8)(0xf0 | (i)) } }
#define RT_DEMO_REVISION 1

typedef struct {
	char Text[160];         /* a line formatted with snprintf */
	INT64 Now;              /* time(NULL): GetTime through the runtime services */
	UINT32 Blocks;          /* blocks of 64 malloc'd, filled, checked, freed */
	INT32 MallocErrno;      /* errno after a failed malloc, else 0 */
	UINT32 Virtual;         /* uefi_runtime_virtual() */
	UINT32 KeptIntact;      /* the blocks malloc'd at start still hold their bytes */
	UINT32 Calls;           /* how many times Report ran */
} RT_DEMO_REPORT;

typedef struct RT_DEMO_TABLE RT_DEMO_TABLE;
struct RT_DEMO_TABLE {
	UINT32 Revision;
	UINT32 Instance;
	EFI_STATUS (EFIAPI *Report)(RT_DEMO_TABLE *This, RT_DEMO_REPORT *Out);
};

#endif
