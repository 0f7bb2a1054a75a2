/* Control for t_ebs_last: registers an ExitBootServices event with the raw
 * boot services and exits without closing it, which is exactly the bug the
 * library avoids.  The runner expects the following t_ebs_last to crash. */
#include <uefi/env.h>
#include "harness.h"

static void EFIAPI notify(EFI_EVENT e, void *ctx)
{
	(void)e;
	(void)ctx;
}

int main(void)
{
	EFI_EVENT ev;
	th_begin("stale-event");
	CHECK(!EFI_ERROR(uefi_boot_services()->CreateEvent(
	      EVT_SIGNAL_EXIT_BOOT_SERVICES, TPL_NOTIFY, notify, NULL, &ev)), "event created");
	th_end();
	return 0;
}
