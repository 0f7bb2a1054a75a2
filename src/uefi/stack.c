/* build: -Oz (start-up or exit code: every program carries it once) */
/* The program's stack (docs/abi.md, "The stack").
 *
 * The firmware starts an image on its own stack, 128 KiB by the UEFI
 * specification, with free memory directly below it.  main runs instead on
 * a stack the library allocates:
 *
 *   [guard page][reserve][ the program's stack ................ ]
 *   base        +4 KiB   limit                                  top
 *
 * - Its size is the program's choice at link time: the PE header's
 *   SizeOfStackReserve (8 MiB from the link flags; -Wl,--stack,N chooses).
 *   Without memory for it, main runs on the firmware's stack.
 * - The stack probe (chkstk.S), which programs call from every function
 *   with a frame, checks each new frame against the limit and hands an
 *   overflow to __uefi_stack_overflow before the frame exists: a message on
 *   stderr and an abnormal exit, on the firmware's stack.
 * - The reserve (32 KiB) is for frames of code compiled without the forced
 *   probe (the library's own): they may run past the limit by less than
 *   that before a probed frame stops the program.
 * - The guard page is made inaccessible (EFI_MEMORY_RP) through the UEFI
 *   Memory Attribute protocol, or else the CPU architectural protocol (PI,
 *   DXE; Debian 12's OVMF has only that one).  Reaching it without a probe
 *   stops the machine (the fault cannot be reported on the stack that
 *   overflowed) instead of writing over whatever lies below.
 * - At exit the program goes back to the firmware's stack, the guard is
 *   lifted and the pages are given back (__uefi_stack_leave). */
#include <stddef.h>
#include <stdint.h>
#include <uefi/malloc.h>
#include "../internal/arch.h"
#include "../internal/exit.h"
#include "../internal/sys.h"
#include "uefi_impl.h"

#define PAGE 4096u
#define GUARD PAGE
#define RESERVE (32u * 1024)
/* Below this, a stack would hold little more than the reserve. */
#define MIN_STACK (64u * 1024)
/* What the firmware's stack is, when main runs there (a program with its
 * own efi_main): the UEFI specification promises at least this much. */
#define FIRMWARE_STACK (128u * 1024)

/* The lowest rsp a probed frame may reach; 0 while on the firmware's stack.
 * And the lowest address of the stack's pages (the guard page's): a frame
 * whose caller's rsp is below it is on another stack (a callback of ours
 * that another image or the firmware calls on its own stack), which the
 * probe lets be (src/arch/x86_64/chkstk.S). */
uintptr_t __uefi_stack_limit, __uefi_stack_base;

/* The image's own headers, where the linker put them. */
extern const unsigned char __ImageBase[];

static EFI_PHYSICAL_ADDRESS stack_base;
static UINTN stack_pages;
static size_t stack_size;
static void *firmware_sp;

/* The protocols that can make a page inaccessible.  Both have a
 * SetMemoryAttributes(This, Base, Length, Attributes): the UEFI 2.10
 * Memory Attribute protocol's is its second function, and it lifts the
 * guard with ClearMemoryAttributes (its third); the CPU architectural
 * protocol's is its eighth, and lifts it with Attributes 0. */
typedef EFI_STATUS (EFIAPI *set_attr_fn)(void *self, EFI_PHYSICAL_ADDRESS base, UINT64 len, UINT64 attr);
static EFI_GUID guard_guids[2] = {
	{ 0xf4560cf6, 0x40ec, 0x4b4a, { 0xa1, 0x92, 0xbf, 0x1d, 0x57, 0xd0, 0xb1, 0x89 } },
	{ 0x26baccb1, 0x6f42, 0x11d4, { 0xbc, 0xe7, 0x00, 0x80, 0xc7, 0x3c, 0x88, 0x81 } },
};
/* While the guard is up: the protocol, the function that lifts it and the
 * attributes that lift it with. */
static set_attr_fn *guard_proto;
static set_attr_fn guard_lift;
static UINT64 guard_lift_attr;

static void guard_up(EFI_BOOT_SERVICES *bs)
{
	for (int cpu = 0; cpu < 2; cpu++) {
		set_attr_fn *p;
		if (!EFI_ERROR(bs->LocateProtocol(&guard_guids[cpu], 0, (void **)&p)) &&
		    !EFI_ERROR(p[cpu ? 7 : 1](p, stack_base, GUARD, EFI_MEMORY_RP))) {
			guard_proto = p;
			guard_lift = p[cpu ? 7 : 2];
			guard_lift_attr = cpu ? 0 : EFI_MEMORY_RP;
			return;
		}
	}
}

size_t __sys_stack_size(void)
{
	return stack_pages ? stack_size : FIRMWARE_STACK;
}

int __sys_stack_set_limit(size_t size)
{
	if (!stack_pages || size > stack_size)
		return -1;
	__uefi_stack_limit = (uintptr_t)stack_base + GUARD + RESERVE + (stack_size - size);
	return 0;
}

_Noreturn void __uefi_stack_start(void (*fn)(void *), void *arg)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	/* SizeOfStackReserve, in the PE32+ optional header. */
	const unsigned char *pe = __ImageBase + *(const uint32_t *)(__ImageBase + 0x3c);
	size_t size = (size_t)*(const uint64_t *)(pe + 24 + 72);
	if (size < MIN_STACK)
		size = MIN_STACK;
	size = (size + PAGE - 1) & ~(size_t)(PAGE - 1);
	UINTN pages = (GUARD + RESERVE + size) / PAGE;
	/* The allocator's type: at start-up, the image's own data type
	 * (EfiLoaderData for applications); address 0 is refused (it would be
	 * NULL).  Without the memory, main runs on the firmware's stack. */
	if (EFI_ERROR(bs->AllocatePages(AllocateAnyPages, uefi_memory_type(), pages, &stack_base)) || !stack_base) {
		fn(arg);
		__builtin_unreachable();
	}
	stack_pages = pages;
	stack_size = size;
	guard_up(bs);
	__uefi_stack_base = (uintptr_t)stack_base;
	__uefi_stack_limit = (uintptr_t)stack_base + GUARD + RESERVE;
	__arch_run_on_stack((void *)(uintptr_t)(stack_base + pages * PAGE), fn, arg, &firmware_sp);
}

static void (*leave_fn)(void *);
static void *leave_arg;

static _Noreturn void leave_on_firmware_stack(void *unused)
{
	(void)unused;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (bs) {
		if (guard_proto)
			guard_lift(guard_proto, stack_base, GUARD, guard_lift_attr);
		bs->FreePages(stack_base, stack_pages);
	}
	stack_pages = 0;
	leave_fn(leave_arg);
	__builtin_unreachable();
}

_Noreturn void __uefi_stack_leave(void (*fn)(void *), void *arg)
{
	__uefi_stack_limit = 0;
	__uefi_stack_base = 0;
	if (!stack_pages) {
		fn(arg);
		__builtin_unreachable();
	}
	leave_fn = fn;
	leave_arg = arg;
	__arch_run_on_stack(firmware_sp, leave_on_firmware_stack, 0, 0);
}

/* The end of a program whose stack overflowed, on the firmware's stack
 * (the program's already given back): the message, then as abort. */
static _Noreturn void overflowed(void *unused)
{
	(void)unused;
	static const char msg[] = "uefi-libc: stack overflow (see -Wl,--stack)\n";
	__sys_console_write(2, msg, sizeof msg - 1);
	__exit_abnormal();
}

/* Jumped to by the stack probe, on the stack that is full (in its reserve). */
_Noreturn void __uefi_stack_overflow(void)
{
	__uefi_stack_leave(overflowed, 0);
}
