/* Private to the UEFI layer (src/uefi/) and crt0. */
#ifndef __UEFI_IMPL_H
#define __UEFI_IMPL_H

#include <stddef.h>
#include <uefi/env.h>

/* Records the image and system table, creates the ExitBootServices event
 * and arms the guard, and disarms the firmware's watchdog (which resets a
 * boot option's image after 5 minutes: a C program may run as long as it
 * likes): the start-up crt0 and uefi_libc_init share.  Returns an error when the guard cannot be armed; the
 * program must not start then. */
EFI_STATUS __uefi_env_init(EFI_HANDLE image, EFI_SYSTEM_TABLE *st);
/* What every end gives back to the firmware while boot services are there
 * (exit.c): argv's pool memory, the page layer's own pages, the
 * ExitBootServices event. */
void __uefi_release(void);
/* Closes the ExitBootServices event (needs boot services). */
void __uefi_env_fini(void);
/* The ExitBootServices notify function: clears the guard, nothing else. */
void EFIAPI __uefi_exit_boot_services_notify(EFI_EVENT event, void *context);

/* Drivers (driver.c): the PE subsystem of a driver (11, 12), 0 for an
 * application; set by the driver start-up before __uefi_env_init, which
 * then leaves the watchdog alone.  __uefi_driver_end, when set, is called
 * by __sys_exit after the release with the status it will give Exit, and
 * returns the status to give (or does not return). */
extern int __uefi_driver_kind;
extern EFI_STATUS (*__uefi_driver_end)(EFI_STATUS s);
/* The driver start-up (crt0/driver.c): starts the library in a driver
 * image; then, once main returned 0, makes the image resident. */
EFI_STATUS __uefi_driver_init(EFI_HANDLE image, EFI_SYSTEM_TABLE *st);
EFI_STATUS __uefi_driver_resident(void);

/* Runtime drivers (runtime.c): the virtual-address-change event, created
 * at start and closed at the end; and env.c's part of the conversion
 * (system table, the guard's field; the LoadedImage pointer is dropped). */
EFI_STATUS __uefi_runtime_init(void);
void __uefi_runtime_fini(void);
void __uefi_env_relocate(void (*convert)(void **p));

/* The image's LoadedImage protocol, or NULL. */
EFI_LOADED_IMAGE *__uefi_loaded_image(void);
/* The shell's protocols (src/uefi/shell.c): its parameters when the shell
 * started this program, and the Shell protocol (version 2 or later) only
 * then; NULL otherwise, and NULL once boot services are gone. */
EFI_SHELL_PARAMETERS_PROTOCOL *__uefi_shell_params(void);
EFI_SHELL_PROTOCOL *__uefi_shell(void);

/* Closes the volumes' root handles the file layer opened (fs_volume.c; needs
 * boot services). */
void __uefi_fs_fini(void);

/* The memory type uefi_set_memory_type chose, once it has (memory.c). */
extern int __uefi_memory_type_set;
extern EFI_MEMORY_TYPE __uefi_memory_type_chosen;

/* Gives back what the page layer holds for itself (needs boot services). */
void __uefi_pages_fini(void);

/* Builds argv (see args.c); returns argc, or -1 with errno set. */
int __uefi_args(char ***argv);
/* Gives argv's memory back (at exit). */
void __uefi_args_fini(void);

/* Runs the program's constructors, once (ctors.c); Clang also calls it at
 * the top of main in this environment. */
void __main(void);

/* The program's stack (stack.c).  __uefi_stack_start allocates it and runs
 * fn(arg) there (it never returns); __uefi_stack_leave runs fn(arg), the
 * end of the program, back on the firmware's stack with the program's
 * stack given back (or at once, when there is none). */
_Noreturn void __uefi_stack_start(void (*fn)(void *), void *arg);
_Noreturn void __uefi_stack_leave(void (*fn)(void *), void *arg);

/* Translates a UEFI status into an errno value (0 for success). */
int __uefi_status_to_errno(EFI_STATUS s);

/* EFI_TIME to and from the system interface's time (efi_time.c). */
struct __sys_wall;
void __uefi_time_to_wall(struct __sys_wall *w, const EFI_TIME *t);
void __uefi_wall_to_time(EFI_TIME *t, const struct __sys_wall *w);

/* Marks the program's start for clock() (see time_start.c); no firmware
 * call.  __uefi_start_tick is the counter reading it took. */
void __uefi_time_init(void);
extern unsigned long long __uefi_start_tick;

/* The calibrated counter rate in ticks per second (calibrating it now if
 * need be), or 0 when it cannot be calibrated. */
unsigned long long __uefi_tick_hz(void);

/* The EFI_STATUS an exit status is reported as (see exit.c). */
EFI_STATUS __uefi_exit_status(int status, int abnormal);

/* The console once boot services are gone (console_after_exit.c): writes
 * to the sink chosen with uefi_console_after_exit, or fails with EIO. */
long __uefi_console_after_exit_write(int fd, const void *buf, size_t len);
/* The after-exit sink's write, once one is chosen (console.c); else NULL. */
extern long (*__uefi_console_sink)(int fd, const void *buf, size_t len);

/* The memory map (memmap.c): the buffer made to hold at least want bytes
 * (0, or -1 when malloc fails), and the map read into it, growing it while
 * that is allowed. */
struct uefi_memory_map;
int __uefi_memory_map_reserve(struct uefi_memory_map *m, UINTN want);
EFI_STATUS __uefi_memory_map_read(EFI_BOOT_SERVICES *bs, struct uefi_memory_map *m);

#endif
