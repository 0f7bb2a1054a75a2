/* The fault injector and its sweep runner (SQLite's method, in one boot).
 *
 *   t_fault.efi WORKLOAD[@FROM] ...
 *
 * For each workload, the runner starts t_fault_w.efi through the shell's
 * Execute once with no fault to count the firmware calls it makes, then once
 * per call with that call failing: run i fails the i-th call.  FROM resumes a
 * sweep at that call (the suite reboots after a crash or a hang).
 *
 * The injector lives here, not in the library: it replaces function pointers
 * in the boot-services table (its CRC fixed up) and in the protocol
 * interfaces the workload's library obtains (Simple File System and every
 * file it opens, ConOut/StdErr, ConIn, the Shell protocol, RNG, the TCP4
 * and UDP4 service bindings and each child's instance, IP4 Config2).  Only calls
 * whose return address lies inside the workload image count, so the shell's
 * and the firmware's own calls go through untouched.  Shared interfaces are
 * restored when the workload returns, the boot-services table at the end.
 *
 * Per run it checks, from outside the workload:
 *   - no crash (an exception handler reports the vector and ends the boot)
 *     and no hang (a timer reports a run longer than RUN_TICKS);
 *   - the workload's exit status: 0 (its own checks, reported over debugcon,
 *     passed) or, when the fault hit start-up before main, the documented
 *     start-up failure (the injected status, or an exit status of 1);
 *   - nothing left behind: every page and pool block the workload allocated
 *     freed, every event it created closed, every file it opened closed,
 *     every network child it made destroyed, no malloc block left at exit
 *     beyond what a clean run keeps (the workload's exit hook reads the
 *     allocator's count), and the memory map's free pages the same as
 *     before the run.
 *
 *   t_fault.efi ebs-exit@K runs the ebs-exit workload once with the real
 * ExitBootServices and call K counted from main failing: the boot ends
 * with it (the workload reports and powers off), one boot per call.
 * It prints, per workload, the calls swept and the faults survived, and a
 * "not ok" line per failure with the call number. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <uefi/env.h>
#include "harness.h"
#include "fault.h"
#include "fw_util.h"

#define RUN_TICKS 300          /* 30 s per run (the timer ticks every 100 ms) */
#define MAX_TRACK 4096
#define MAX_PATCH 256

static EFI_SYSTEM_TABLE *st;
static EFI_BOOT_SERVICES *bs, real;
static struct fault_shared sh;
static uintptr_t lo, hi;           /* the workload image */
static volatile int armed;
static volatile unsigned run_ticks;
static const char *cur_workload = "";

/* ---- bookkeeping ---------------------------------------------------------- */

enum { T_PAGES, T_POOL, T_EVENT, T_FILE, T_CHILD };
static const char *const track_name[] = { "pages", "pool block", "event", "file handle", "network child handle" };
static struct { int kind; uint64_t key, n; } track[MAX_TRACK];
static unsigned ntrack;
static int track_overflow;

static void track_add(int kind, uint64_t key, uint64_t n)
{
	if (ntrack == MAX_TRACK) {
		track_overflow = 1;
		return;
	}
	track[ntrack].kind = kind;
	track[ntrack].key = key;
	track[ntrack].n = n;
	ntrack++;
}

static void track_del(int kind, uint64_t key)
{
	for (unsigned i = 0; i < ntrack; i++)
		if (track[i].kind == kind && track[i].key == key) {
			track[i] = track[--ntrack];
			return;
		}
}

static int mine(void *ra)
{
	return armed && (uintptr_t)ra >= lo && (uintptr_t)ra < hi;
}
/* Built without stack probes (tests/uefi/mk/fault.mk): on aarch64 Clang
 * 14 reads __builtin_return_address(0) from LR after the prologue, which
 * in a frame that calls the probe is after its `bl __chkstk`: the answer
 * would be an address inside the wrapper itself (ra_seen checks). */
#define MINE mine(__builtin_return_address(0))

/* Decides whether this call fails, and with which status. */
static EFI_STATUS decide(const char *fn, const EFI_STATUS *choice, unsigned n)
{
	sh.calls++;
	int hit = sh.fail_rel ? sh.main_reached && sh.calls == sh.calls_at_main + sh.fail_rel
	                      : sh.fail_at == sh.calls;
	if (sh.force_fn[0] && !strcmp(sh.force_fn, fn))
		hit = 1;
	if (!hit || !n)
		return EFI_SUCCESS;
	EFI_STATUS s = sh.force_status ? sh.force_status : choice[sh.calls % n];
	if (!sh.injected) {
		sh.injected = s;
		sh.injected_call = sh.calls;
		sh.injected_fn = fn;
	}
	return s;
}
#define FAULT(fn, ...) do { \
	static const EFI_STATUS c_[] = { __VA_ARGS__ }; \
	EFI_STATUS f_ = decide(fn, c_, sizeof c_ / sizeof *c_); \
	if (f_) return f_; \
} while (0)
#define COUNT(fn) decide(fn, 0, 0)

/* ---- patched protocol interfaces ----------------------------------------- */

enum { P_FILE, P_SFS, P_CONOUT, P_CONIN, P_SHELL, P_RNG, P_TCP4, P_UDP4, P_SB, P_IP4C2, P_DNS4 };
static struct patch {
	void *iface;
	int kind, live;
	void *saved[10];
	EFI_HANDLE handle;      /* a network child's instance: its handle */
} patches[MAX_PATCH];

static struct patch *find_patch(void *iface)
{
	for (int i = 0; i < MAX_PATCH; i++)
		if (patches[i].live && patches[i].iface == iface)
			return &patches[i];
	return 0;
}

static void patch_iface(void *iface, int kind);

static void unpatch(struct patch *p)
{
	switch (p->kind) {
	case P_FILE: memcpy(&((EFI_FILE_PROTOCOL *)p->iface)->Open, p->saved, 9 * sizeof(void *)); break;
	case P_SFS: ((EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *)p->iface)->OpenVolume = p->saved[0]; break;
	case P_CONOUT: ((SIMPLE_TEXT_OUTPUT_INTERFACE *)p->iface)->OutputString = p->saved[0]; break;
	case P_CONIN: ((SIMPLE_INPUT_INTERFACE *)p->iface)->ReadKeyStroke = p->saved[0]; break;
	case P_SHELL:
		((EFI_SHELL_PROTOCOL *)p->iface)->Execute = p->saved[0];
		((EFI_SHELL_PROTOCOL *)p->iface)->SetEnv = p->saved[1];
		break;
	case P_RNG: ((EFI_RNG_PROTOCOL *)p->iface)->GetRNG = p->saved[0]; break;
	case P_TCP4: memcpy(p->iface, p->saved, 10 * sizeof(void *)); break;
	case P_UDP4: memcpy(p->iface, p->saved, 8 * sizeof(void *)); break;
	case P_SB: memcpy(p->iface, p->saved, 2 * sizeof(void *)); break;
	case P_IP4C2: memcpy(p->iface, p->saved, 2 * sizeof(void *)); break;
	case P_DNS4: memcpy(p->iface, p->saved, 8 * sizeof(void *)); break;
	}
	p->live = 0;
	p->handle = 0;
}

#define ORIG(type, self, slot) ((type)find_patch(self)->saved[slot])

/* EFI_FILE_PROTOCOL, per open file (each open has its own copy in FAT). */
static EFI_STATUS EFIAPI f_open(EFI_FILE_PROTOCOL *self, EFI_FILE_PROTOCOL **out, CHAR16 *name, UINT64 mode, UINT64 attr)
{
	int m = MINE;
	if (m)
		FAULT("File.Open", EFI_NOT_FOUND, EFI_ACCESS_DENIED, EFI_DEVICE_ERROR, EFI_OUT_OF_RESOURCES,
		      EFI_WRITE_PROTECTED, EFI_NO_MEDIA, EFI_MEDIA_CHANGED, EFI_VOLUME_FULL);
	EFI_STATUS s = ORIG(EFI_FILE_OPEN, self, 0)(self, out, name, mode, attr);
	if (m && !EFI_ERROR(s)) {
		track_add(T_FILE, (uintptr_t)*out, 1);
		patch_iface(*out, P_FILE);
	}
	return s;
}
static EFI_STATUS EFIAPI f_close(EFI_FILE_PROTOCOL *self)
{
	/* Close cannot fail (UEFI 2.10, 13.5): counted only. */
	EFI_FILE_CLOSE c = ORIG(EFI_FILE_CLOSE, self, 1);
	if (MINE) {
		COUNT("File.Close");
		track_del(T_FILE, (uintptr_t)self);
		struct patch *p = find_patch(self);
		unpatch(p);
	}
	return c(self);
}
static EFI_STATUS EFIAPI f_delete(EFI_FILE_PROTOCOL *self)
{
	EFI_FILE_DELETE d = ORIG(EFI_FILE_DELETE, self, 2);
	if (MINE) {
		/* Closes the handle whatever happens; a failure is the warning. */
		EFI_STATUS f = decide("File.Delete", (const EFI_STATUS[]){ EFI_WARN_DELETE_FAILURE }, 1);
		track_del(T_FILE, (uintptr_t)self);
		unpatch(find_patch(self));
		if (f) {
			self->Close(self);
			return f;
		}
	}
	return d(self);
}
static EFI_STATUS EFIAPI f_read(EFI_FILE_PROTOCOL *self, UINTN *size, void *buf)
{
	if (MINE)
		FAULT("File.Read", EFI_DEVICE_ERROR, EFI_NO_MEDIA, EFI_MEDIA_CHANGED, EFI_VOLUME_CORRUPTED);
	return ORIG(EFI_FILE_READ, self, 3)(self, size, buf);
}
static EFI_STATUS EFIAPI f_write(EFI_FILE_PROTOCOL *self, UINTN *size, void *buf)
{
	if (MINE)
		FAULT("File.Write", EFI_VOLUME_FULL, EFI_DEVICE_ERROR, EFI_WRITE_PROTECTED, EFI_ACCESS_DENIED,
		      EFI_NO_MEDIA, EFI_MEDIA_CHANGED);
	return ORIG(EFI_FILE_WRITE, self, 4)(self, size, buf);
}
static EFI_STATUS EFIAPI f_getpos(EFI_FILE_PROTOCOL *self, UINT64 *pos)
{
	if (MINE)
		FAULT("File.GetPosition", EFI_DEVICE_ERROR, EFI_UNSUPPORTED);
	return ORIG(EFI_FILE_GET_POSITION, self, 5)(self, pos);
}
static EFI_STATUS EFIAPI f_setpos(EFI_FILE_PROTOCOL *self, UINT64 pos)
{
	if (MINE)
		FAULT("File.SetPosition", EFI_DEVICE_ERROR, EFI_UNSUPPORTED);
	return ORIG(EFI_FILE_SET_POSITION, self, 6)(self, pos);
}
static EFI_STATUS EFIAPI f_getinfo(EFI_FILE_PROTOCOL *self, EFI_GUID *type, UINTN *size, void *buf)
{
	if (MINE)
		FAULT("File.GetInfo", EFI_DEVICE_ERROR, EFI_NO_MEDIA, EFI_UNSUPPORTED, EFI_MEDIA_CHANGED);
	return ORIG(EFI_FILE_GET_INFO, self, 7)(self, type, size, buf);
}
static EFI_STATUS EFIAPI f_setinfo(EFI_FILE_PROTOCOL *self, EFI_GUID *type, UINTN size, void *buf)
{
	if (MINE)
		FAULT("File.SetInfo", EFI_ACCESS_DENIED, EFI_WRITE_PROTECTED, EFI_VOLUME_FULL, EFI_DEVICE_ERROR);
	return ORIG(EFI_FILE_SET_INFO, self, 8)(self, type, size, buf);
}
static EFI_STATUS EFIAPI f_flush(EFI_FILE_PROTOCOL *self)
{
	if (MINE)
		FAULT("File.Flush", EFI_DEVICE_ERROR, EFI_VOLUME_FULL, EFI_WRITE_PROTECTED, EFI_ACCESS_DENIED);
	return ORIG(EFI_FILE_FLUSH, self, 9)(self);
}

static EFI_STATUS EFIAPI sfs_openvolume(EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *self, EFI_FILE_PROTOCOL **root)
{
	int m = MINE;
	if (m)
		FAULT("SimpleFileSystem.OpenVolume", EFI_DEVICE_ERROR, EFI_OUT_OF_RESOURCES, EFI_NO_MEDIA,
		      EFI_MEDIA_CHANGED, EFI_UNSUPPORTED, EFI_ACCESS_DENIED);
	EFI_STATUS s = ORIG(__typeof__(self->OpenVolume), self, 0)(self, root);
	if (m && !EFI_ERROR(s)) {
		track_add(T_FILE, (uintptr_t)*root, 1);
		patch_iface(*root, P_FILE);
	}
	return s;
}

static EFI_STATUS EFIAPI con_output(SIMPLE_TEXT_OUTPUT_INTERFACE *self, CHAR16 *s)
{
	if (MINE)
		FAULT("ConOut.OutputString", EFI_DEVICE_ERROR, EFI_UNSUPPORTED);
	return ORIG(__typeof__(self->OutputString), self, 0)(self, s);
}

/* ConIn: the injector is also the keyboard, typing fake_keys. */
static const char *fake_keys = "first line\rsecond\r";
static unsigned fake_next;
static EFI_STATUS EFIAPI con_readkey(SIMPLE_INPUT_INTERFACE *self, EFI_INPUT_KEY *key)
{
	if (!MINE)
		return ORIG(EFI_INPUT_READ_KEY, self, 0)(self, key);
	FAULT("ConIn.ReadKeyStroke", EFI_DEVICE_ERROR, EFI_UNSUPPORTED);
	if (!fake_keys[fake_next])
		return EFI_NOT_READY;
	key->ScanCode = 0;
	key->UnicodeChar = (CHAR16)(unsigned char)fake_keys[fake_next++];
	sh.keys_left--;
	return EFI_SUCCESS;
}

/* The Shell protocol (no This argument: one patch record for it). */
static struct patch *shell_patch;
static EFI_STATUS EFIAPI sh_execute(EFI_HANDLE *parent, CHAR16 *line, CHAR16 **env, EFI_STATUS *status)
{
	if (MINE)
		FAULT("Shell.Execute", EFI_OUT_OF_RESOURCES, EFI_NOT_FOUND, EFI_DEVICE_ERROR, EFI_UNSUPPORTED);
	return ((EFI_SHELL_EXECUTE)shell_patch->saved[0])(parent, line, env, status);
}
static EFI_STATUS EFIAPI sh_setenv(const CHAR16 *name, const CHAR16 *value, BOOLEAN vol)
{
	if (MINE)
		FAULT("Shell.SetEnv", EFI_OUT_OF_RESOURCES, EFI_ACCESS_DENIED, EFI_DEVICE_ERROR);
	return ((EFI_SHELL_SET_ENV)shell_patch->saved[1])(name, value, vol);
}

/* The entropy chain's calls, for the rng workload's judgement. */
static void rng_seen(int kind)
{
	if (sh.n_rng < sizeof sh.rng / sizeof *sh.rng) {
		sh.rng[sh.n_rng].call = sh.calls + 1;   /* the number decide() gives it */
		sh.rng[sh.n_rng].kind = kind;
	}
	sh.n_rng++;
}

static EFI_STATUS EFIAPI rng_get(EFI_RNG_PROTOCOL *self, EFI_RNG_ALGORITHM *alg, UINTN len, UINT8 *buf)
{
	if (MINE)
		rng_seen(FAULT_RNG_GET);
	if (MINE)
		FAULT("Rng.GetRNG", EFI_DEVICE_ERROR, EFI_NOT_READY, EFI_UNSUPPORTED);
	return ORIG(EFI_RNG_GET_RNG, self, 0)(self, alg, len, buf);
}

/* ---- the network protocols ---------------------------------------------- */

/* The calls that wait (TCP4/UDP4 Poll, CheckEvent and WaitForEvent in the
 * net workload) run as often as the network takes: they are neither
 * counted nor failed there, so that every run numbers its calls alike. */
static int net_run;
/* The run's SetData(policy DHCP) calls the injector saw, and those after
 * which its wait found the address. */
static unsigned dhcp_asked, dhcp_got;

/* The IP4 Config2 protocol, as src/uefi/net_impl.h declares it. */
typedef struct ip4c2 ip4c2;
struct ip4c2 {
	EFI_STATUS (EFIAPI *SetData)(ip4c2 *This, UINT32 type, UINTN size, VOID *data);
	EFI_STATUS (EFIAPI *GetData)(ip4c2 *This, UINT32 type, UINTN *size, VOID *data);
};

static EFI_STATUS EFIAPI sb_create(EFI_SERVICE_BINDING *self, EFI_HANDLE *child)
{
	int m = MINE;
	if (m)
		FAULT("ServiceBinding.CreateChild", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR);
	EFI_STATUS s = ORIG(EFI_SERVICE_BINDING_CREATE_CHILD, self, 0)(self, child);
	if (m && !EFI_ERROR(s))
		track_add(T_CHILD, (uintptr_t)*child, (uintptr_t)self);
	return s;
}
static EFI_STATUS EFIAPI sb_destroy(EFI_SERVICE_BINDING *self, EFI_HANDLE child)
{
	EFI_SERVICE_BINDING_DESTROY_CHILD d = ORIG(EFI_SERVICE_BINDING_DESTROY_CHILD, self, 1);
	if (MINE) {
		/* Counted only: a child that cannot be destroyed is the
		 * firmware's to keep, nothing the library could help. */
		COUNT("ServiceBinding.DestroyChild");
		track_del(T_CHILD, (uintptr_t)child);
	}
	/* Its instance goes with it: no patch may outlive it. */
	for (int i = 0; i < MAX_PATCH; i++)
		if (patches[i].live && patches[i].handle == child)
			unpatch(&patches[i]);
	return d(self, child);
}

static EFI_STATUS EFIAPI tcp_getmode(EFI_TCP4 *self, EFI_TCP4_CONNECTION_STATE *st, EFI_TCP4_CONFIG_DATA *c,
                                     EFI_IP4_MODE_DATA *ip, EFI_MANAGED_NETWORK_CONFIG_DATA *mnp, EFI_SIMPLE_NETWORK_MODE *snp)
{
	if (MINE)
		FAULT("Tcp4.GetModeData", EFI_DEVICE_ERROR, EFI_NOT_STARTED);
	return ORIG(EFI_TCP4_GET_MODE_DATA, self, 0)(self, st, c, ip, mnp, snp);
}
static EFI_STATUS EFIAPI tcp_configure(EFI_TCP4 *self, EFI_TCP4_CONFIG_DATA *c)
{
	if (MINE)
		FAULT("Tcp4.Configure", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR, EFI_NO_MAPPING, EFI_ACCESS_DENIED);
	return ORIG(EFI_TCP4_CONFIGURE, self, 1)(self, c);
}
static EFI_STATUS EFIAPI tcp_connect(EFI_TCP4 *self, EFI_TCP4_CONNECTION_TOKEN *t)
{
	if (MINE)
		FAULT("Tcp4.Connect", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR, EFI_NOT_STARTED, EFI_ACCESS_DENIED);
	return ORIG(EFI_TCP4_CONNECT, self, 3)(self, t);
}
static EFI_STATUS EFIAPI tcp_accept(EFI_TCP4 *self, EFI_TCP4_LISTEN_TOKEN *t)
{
	if (MINE)
		FAULT("Tcp4.Accept", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR);
	return ORIG(EFI_TCP4_ACCEPT, self, 4)(self, t);
}
static EFI_STATUS EFIAPI tcp_transmit(EFI_TCP4 *self, EFI_TCP4_IO_TOKEN *t)
{
	if (MINE)
		FAULT("Tcp4.Transmit", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR, EFIERR(100));
	return ORIG(EFI_TCP4_TRANSMIT, self, 5)(self, t);
}
static EFI_STATUS EFIAPI tcp_receive(EFI_TCP4 *self, EFI_TCP4_IO_TOKEN *t)
{
	if (MINE)
		FAULT("Tcp4.Receive", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR, EFI_CONNECTION_RESET);
	return ORIG(EFI_TCP4_RECEIVE, self, 6)(self, t);
}
static EFI_STATUS EFIAPI tcp_close(EFI_TCP4 *self, EFI_TCP4_CLOSE_TOKEN *t)
{
	if (MINE)
		FAULT("Tcp4.Close", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR);
	return ORIG(EFI_TCP4_CLOSE, self, 7)(self, t);
}
static EFI_STATUS EFIAPI tcp_cancel(EFI_TCP4 *self, EFI_TCP4_COMPLETION_TOKEN *t)
{
	if (MINE)
		COUNT("Tcp4.Cancel");
	return ORIG(EFI_TCP4_CANCEL, self, 8)(self, t);
}
static EFI_STATUS EFIAPI tcp_poll(EFI_TCP4 *self)
{
	return ORIG(EFI_TCP4_POLL, self, 9)(self);
}

static EFI_STATUS EFIAPI udp_configure(EFI_UDP4 *self, EFI_UDP4_CONFIG_DATA *c)
{
	if (MINE)
		FAULT("Udp4.Configure", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR, EFI_NO_MAPPING);
	return ORIG(EFI_UDP4_CONFIGURE, self, 1)(self, c);
}
static EFI_STATUS EFIAPI udp_transmit(EFI_UDP4 *self, EFI_UDP4_COMPLETION_TOKEN *t)
{
	if (MINE)
		FAULT("Udp4.Transmit", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR, EFIERR(100));
	return ORIG(EFI_UDP4_TRANSMIT, self, 4)(self, t);
}
static EFI_STATUS EFIAPI udp_receive(EFI_UDP4 *self, EFI_UDP4_COMPLETION_TOKEN *t)
{
	if (MINE)
		FAULT("Udp4.Receive", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR);
	return ORIG(EFI_UDP4_RECEIVE, self, 5)(self, t);
}
static EFI_STATUS EFIAPI udp_cancel(EFI_UDP4 *self, EFI_UDP4_COMPLETION_TOKEN *t)
{
	if (MINE)
		COUNT("Udp4.Cancel");
	return ORIG(EFI_UDP4_CANCEL, self, 6)(self, t);
}
static EFI_STATUS EFIAPI udp_poll(EFI_UDP4 *self)
{
	return ORIG(EFI_UDP4_POLL, self, 7)(self);
}

/* Ip4Config2's data types and policies (UEFI 2.10, 28.5), as far as used. */
#define IP4C2_INTERFACE_INFO 0
#define IP4C2_POLICY 1
#define IP4C2_POLICY_STATIC 0
#define IP4C2_POLICY_DHCP 1

/* The interface's IPv4 address (0: none), asked outside the count. */
static uint32_t ip4c2_station(ip4c2 *c, __typeof__(c->GetData) get)
{
	union { struct { CHAR16 name[32]; UINT8 if_type; UINT32 hw_size; EFI_MAC_ADDRESS hw; EFI_IPv4_ADDRESS addr; } i; char raw[1024]; } u;
	UINTN size = sizeof u;
	uint32_t a = 0;
	if (!EFI_ERROR(get(c, IP4C2_INTERFACE_INFO, &size, &u)))
		memcpy(&a, &u.i.addr, 4);
	return a;
}

static EFI_STATUS EFIAPI ip4c2_set(ip4c2 *self, UINT32 type, UINTN size, VOID *data)
{
	int m = MINE;
	if (m)
		FAULT("Ip4Config2.SetData", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR);
	EFI_STATUS s = ORIG(__typeof__(self->SetData), self, 0)(self, type, size, data);
	/* DHCP asked for: the injector waits here (outside the count) until
	 * the firmware has the address, up to 10 s, so that the library's
	 * wait finds it at its first look and every run numbers its calls
	 * alike (how long DHCP takes varies from run to run). */
	if (m && !EFI_ERROR(s) && type == IP4C2_POLICY && size == 4 && *(UINT32 *)data == IP4C2_POLICY_DHCP) {
		__typeof__(self->GetData) get = ORIG(__typeof__(self->GetData), self, 1);
		dhcp_asked++;
		for (int i = 0; i < 1000 && !ip4c2_station(self, get); i++)
			real.Stall(10000);
		dhcp_got += ip4c2_station(self, get) != 0;
	}
	return s;
}
static EFI_STATUS EFIAPI ip4c2_get(ip4c2 *self, UINT32 type, UINTN *size, VOID *data)
{
	if (MINE)
		FAULT("Ip4Config2.GetData", EFI_DEVICE_ERROR, EFI_NOT_READY);
	return ORIG(__typeof__(self->GetData), self, 1)(self, type, size, data);
}

/* The dhcp workload: each run must bring the interface up by DHCP, so the
 * runner sets every interface's policy to static (which drops the address
 * DHCP gave) before it starts the workload. */
static void ip4c2_forget(void)
{
	static const EFI_GUID g = { 0x5b446ed1, 0xe30b, 0x4faa, { 0x87, 0x1a, 0x36, 0x54, 0xec, 0xa3, 0x60, 0x80 } };
	UINTN n = 0;
	EFI_HANDLE *h = 0;
	if (EFI_ERROR(real.LocateHandleBuffer(ByProtocol, (EFI_GUID *)&g, 0, &n, &h)))
		return;
	for (UINTN i = 0; i < n; i++) {
		ip4c2 *c;
		UINT32 policy = IP4C2_POLICY_STATIC;
		if (!EFI_ERROR(real.HandleProtocol(h[i], (EFI_GUID *)&g, (void **)&c)))
			c->SetData(c, IP4C2_POLICY, sizeof policy, &policy);
	}
	real.FreePool(h);
}

/* EFI_DNS4_PROTOCOL (UEFI 2.10, 29.2), as src/uefi/net_impl.h declares it:
 * the calls src/uefi/net_dns.c makes.  A lookup's fault is either the
 * call's status or, for EFI_TIMEOUT and EFI_DEVICE_ERROR, the status the
 * query completes with (no answer in time, a server failure): the token is
 * signalled at once and the driver never sees the query. */
typedef struct {
	EFI_EVENT Event;
	EFI_STATUS Status;
	UINT32 RetryCount, RetryInterval;
	void *RspData;
} dns4_token;
typedef struct dns4 dns4;
struct dns4 {
	void *GetModeData;
	EFI_STATUS (EFIAPI *Configure)(dns4 *This, void *Config);
	EFI_STATUS (EFIAPI *HostNameToIp)(dns4 *This, CHAR16 *HostName, dns4_token *Token);
	void *IpToHostName;
	EFI_STATUS (EFIAPI *GeneralLookUp)(dns4 *This, CHAR8 *QName, UINT16 QType, UINT16 QClass, dns4_token *Token);
	void *UpdateDnsCache;
	EFI_STATUS (EFIAPI *Poll)(dns4 *This);
	EFI_STATUS (EFIAPI *Cancel)(dns4 *This, dns4_token *Token);
};

static EFI_STATUS EFIAPI dns_configure(dns4 *self, void *c)
{
	if (MINE)
		FAULT("Dns4.Configure", EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR, EFI_NO_MAPPING, EFI_UNSUPPORTED);
	return ORIG(__typeof__(self->Configure), self, 1)(self, c);
}
/* 1 when the lookup's fault was delivered through the token. */
static int dns_fault(const char *fn, dns4_token *t, EFI_STATUS *out)
{
	static const EFI_STATUS c[] = { EFI_NO_MAPPING, EFI_TIMEOUT, EFI_OUT_OF_RESOURCES, EFI_DEVICE_ERROR };
	EFI_STATUS f = decide(fn, c, sizeof c / sizeof *c);
	if (!f)
		return 0;
	if (f == EFI_TIMEOUT || f == EFI_DEVICE_ERROR) {
		t->Status = f;
		t->RspData = 0;
		real.SignalEvent(t->Event);
		f = EFI_SUCCESS;
	}
	*out = f;
	return 1;
}
static EFI_STATUS EFIAPI dns_h2ip(dns4 *self, CHAR16 *name, dns4_token *t)
{
	EFI_STATUS f;
	if (MINE && dns_fault("Dns4.HostNameToIp", t, &f))
		return f;
	return ORIG(__typeof__(self->HostNameToIp), self, 2)(self, name, t);
}
static EFI_STATUS EFIAPI dns_general(dns4 *self, CHAR8 *qname, UINT16 qtype, UINT16 qclass, dns4_token *t)
{
	EFI_STATUS f;
	if (MINE && dns_fault("Dns4.GeneralLookUp", t, &f))
		return f;
	return ORIG(__typeof__(self->GeneralLookUp), self, 4)(self, qname, qtype, qclass, t);
}
static EFI_STATUS EFIAPI dns_poll(dns4 *self)
{
	return ORIG(__typeof__(self->Poll), self, 6)(self);
}
static EFI_STATUS EFIAPI dns_cancel(dns4 *self, dns4_token *t)
{
	if (MINE)
		COUNT("Dns4.Cancel");
	return ORIG(__typeof__(self->Cancel), self, 7)(self, t);
}

static void patch_iface(void *iface, int kind)
{
	if (!iface || find_patch(iface))
		return;
	struct patch *p = 0;
	for (int i = 0; i < MAX_PATCH && !p; i++)
		if (!patches[i].live)
			p = &patches[i];
	if (!p) {
		track_overflow = 1;
		return;
	}
	p->iface = iface;
	p->kind = kind;
	p->live = 1;
	switch (kind) {
	case P_FILE: {
		EFI_FILE_PROTOCOL *f = iface;
		memcpy(p->saved, &f->Open, 9 * sizeof(void *));
		f->Open = f_open;
		f->Close = f_close;
		f->Delete = f_delete;
		f->Read = f_read;
		f->Write = f_write;
		f->GetPosition = f_getpos;
		f->SetPosition = f_setpos;
		f->GetInfo = f_getinfo;
		f->SetInfo = f_setinfo;
		f->Flush = f_flush;
		break;
	}
	case P_SFS:
		p->saved[0] = ((EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *)iface)->OpenVolume;
		((EFI_SIMPLE_FILE_SYSTEM_PROTOCOL *)iface)->OpenVolume = sfs_openvolume;
		break;
	case P_CONOUT:
		p->saved[0] = ((SIMPLE_TEXT_OUTPUT_INTERFACE *)iface)->OutputString;
		((SIMPLE_TEXT_OUTPUT_INTERFACE *)iface)->OutputString = con_output;
		break;
	case P_CONIN:
		p->saved[0] = ((SIMPLE_INPUT_INTERFACE *)iface)->ReadKeyStroke;
		((SIMPLE_INPUT_INTERFACE *)iface)->ReadKeyStroke = con_readkey;
		break;
	case P_SHELL:
		p->saved[0] = ((EFI_SHELL_PROTOCOL *)iface)->Execute;
		p->saved[1] = ((EFI_SHELL_PROTOCOL *)iface)->SetEnv;
		shell_patch = p;
		((EFI_SHELL_PROTOCOL *)iface)->Execute = sh_execute;
		((EFI_SHELL_PROTOCOL *)iface)->SetEnv = sh_setenv;
		break;
	case P_RNG:
		p->saved[0] = ((EFI_RNG_PROTOCOL *)iface)->GetRNG;
		((EFI_RNG_PROTOCOL *)iface)->GetRNG = rng_get;
		break;
	case P_TCP4: {
		EFI_TCP4 *t = iface;
		memcpy(p->saved, t, 10 * sizeof(void *));
		t->GetModeData = tcp_getmode;
		t->Configure = tcp_configure;
		t->Connect = tcp_connect;
		t->Accept = tcp_accept;
		t->Transmit = tcp_transmit;
		t->Receive = tcp_receive;
		t->Close = tcp_close;
		t->Cancel = tcp_cancel;
		t->Poll = tcp_poll;
		break;
	}
	case P_UDP4: {
		EFI_UDP4 *u = iface;
		memcpy(p->saved, u, 8 * sizeof(void *));
		u->Configure = udp_configure;
		u->Transmit = udp_transmit;
		u->Receive = udp_receive;
		u->Cancel = udp_cancel;
		u->Poll = udp_poll;
		break;
	}
	case P_SB: {
		EFI_SERVICE_BINDING *b = iface;
		memcpy(p->saved, b, 2 * sizeof(void *));
		b->CreateChild = sb_create;
		b->DestroyChild = sb_destroy;
		break;
	}
	case P_IP4C2: {
		ip4c2 *c = iface;
		memcpy(p->saved, c, 2 * sizeof(void *));
		c->SetData = ip4c2_set;
		c->GetData = ip4c2_get;
		break;
	}
	case P_DNS4: {
		dns4 *d = iface;
		memcpy(p->saved, d, 8 * sizeof(void *));
		d->Configure = dns_configure;
		d->HostNameToIp = dns_h2ip;
		d->GeneralLookUp = dns_general;
		d->Poll = dns_poll;
		d->Cancel = dns_cancel;
		break;
	}
	}
}

static int same_guid(const EFI_GUID *a, const EFI_GUID *b)
{
	return !memcmp(a, b, sizeof *a);
}

/* A protocol the workload obtained (on handle h): patch the ones the
 * injector knows. */
static void obtained(const EFI_GUID *g, void *iface, EFI_HANDLE h)
{
	static const EFI_GUID sfs = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID, rng = EFI_RNG_PROTOCOL_GUID,
	                      shp = EFI_SHELL_PROTOCOL_GUID, tcp4 = EFI_TCP4_PROTOCOL, udp4 = EFI_UDP4_PROTOCOL,
	                      tcp4_sb = EFI_TCP4_SERVICE_BINDING_PROTOCOL, udp4_sb = EFI_UDP4_SERVICE_BINDING_PROTOCOL,
	                      ip4c2g = { 0x5b446ed1, 0xe30b, 0x4faa, { 0x87, 0x1a, 0x36, 0x54, 0xec, 0xa3, 0x60, 0x80 } },
	                      dns4_sb = { 0xb625b186, 0xe063, 0x44f7, { 0x89, 0x05, 0x6a, 0x74, 0xdc, 0x6f, 0x52, 0xb4 } },
	                      dns4g = { 0xae3d28cc, 0xe05b, 0x4fa1, { 0xa0, 0x11, 0x7e, 0xb5, 0x5a, 0x3f, 0x14, 0x01 } };
	if (same_guid(g, &tcp4) || same_guid(g, &udp4) || same_guid(g, &dns4g)) {
		patch_iface(iface, same_guid(g, &tcp4) ? P_TCP4 : same_guid(g, &udp4) ? P_UDP4 : P_DNS4);
		struct patch *p = find_patch(iface);
		if (p)
			p->handle = h;
	} else if (same_guid(g, &tcp4_sb) || same_guid(g, &udp4_sb) || same_guid(g, &dns4_sb)) {
		patch_iface(iface, P_SB);
	} else if (same_guid(g, &ip4c2g)) {
		patch_iface(iface, P_IP4C2);
	} else if (same_guid(g, &sfs))
		patch_iface(iface, P_SFS);
	else if (same_guid(g, &rng))
		patch_iface(iface, P_RNG);
	else if (same_guid(g, &shp))
		patch_iface(iface, P_SHELL);
}

/* ---- boot services -------------------------------------------------------- */

static EFI_STATUS EFIAPI b_allocate_pages(EFI_ALLOCATE_TYPE t, EFI_MEMORY_TYPE m, UINTN n, EFI_PHYSICAL_ADDRESS *a)
{
	int me = MINE;
	if (me)
		FAULT("AllocatePages", EFI_OUT_OF_RESOURCES);
	EFI_STATUS s = real.AllocatePages(t, m, n, a);
	if (me && !EFI_ERROR(s))
		track_add(T_PAGES, *a, n);
	return s;
}
static EFI_STATUS EFIAPI b_free_pages(EFI_PHYSICAL_ADDRESS a, UINTN n)
{
	if (MINE) {
		COUNT("FreePages");
		track_del(T_PAGES, a);
	}
	return real.FreePages(a, n);
}
static EFI_STATUS EFIAPI b_allocate_pool(EFI_MEMORY_TYPE m, UINTN n, void **p)
{
	int me = MINE;
	if (me)
		FAULT("AllocatePool", EFI_OUT_OF_RESOURCES);
	EFI_STATUS s = real.AllocatePool(m, n, p);
	if (me && !EFI_ERROR(s))
		track_add(T_POOL, (uintptr_t)*p, n);
	return s;
}
static EFI_STATUS EFIAPI b_free_pool(void *p)
{
	if (MINE) {
		COUNT("FreePool");
		track_del(T_POOL, (uintptr_t)p);
	}
	return real.FreePool(p);
}
static EFI_STATUS EFIAPI b_create_event(UINT32 type, EFI_TPL tpl, EFI_EVENT_NOTIFY fn, void *ctx, EFI_EVENT *ev)
{
	int me = MINE;
	if (me)
		FAULT("CreateEvent", EFI_OUT_OF_RESOURCES);
	EFI_STATUS s = real.CreateEvent(type, tpl, fn, ctx, ev);
	if (me && !EFI_ERROR(s))
		track_add(T_EVENT, (uintptr_t)*ev, 1);
	return s;
}
static EFI_STATUS EFIAPI b_create_event_ex(UINT32 type, EFI_TPL tpl, EFI_EVENT_NOTIFY fn, const void *ctx,
                                           const EFI_GUID *group, EFI_EVENT *ev)
{
	int me = MINE;
	if (me)
		FAULT("CreateEventEx", EFI_OUT_OF_RESOURCES);
	EFI_STATUS s = real.CreateEventEx(type, tpl, fn, ctx, group, ev);
	if (me && !EFI_ERROR(s))
		track_add(T_EVENT, (uintptr_t)*ev, 1);
	return s;
}
static EFI_STATUS EFIAPI b_close_event(EFI_EVENT ev)
{
	if (MINE) {
		COUNT("CloseEvent");
		track_del(T_EVENT, (uintptr_t)ev);
	}
	return real.CloseEvent(ev);
}
static EFI_STATUS EFIAPI b_set_timer(EFI_EVENT ev, EFI_TIMER_DELAY type, UINT64 t)
{
	if (MINE)
		FAULT("SetTimer", EFI_INVALID_PARAMETER);
	return real.SetTimer(ev, type, t);
}
static EFI_STATUS EFIAPI b_wait_for_event(UINTN n, EFI_EVENT *evs, UINTN *index)
{
	if (!MINE || net_run)
		return real.WaitForEvent(n, evs, index);
	FAULT("WaitForEvent", EFI_UNSUPPORTED, EFI_INVALID_PARAMETER);
	/* The fake keyboard is always ready while it has keys. */
	for (UINTN i = 0; i < n; i++)
		if (evs[i] == st->ConIn->WaitForKey && fake_keys[fake_next]) {
			*index = i;
			return EFI_SUCCESS;
		}
	return real.WaitForEvent(n, evs, index);
}
static EFI_STATUS EFIAPI b_check_event(EFI_EVENT ev)
{
	if (MINE && !net_run)
		COUNT("CheckEvent");
	return real.CheckEvent(ev);
}
static EFI_STATUS EFIAPI b_handle_protocol(EFI_HANDLE h, EFI_GUID *g, void **out)
{
	int me = MINE;
	if (me)
		FAULT("HandleProtocol", EFI_UNSUPPORTED, EFI_NOT_FOUND);
	EFI_STATUS s = real.HandleProtocol(h, g, out);
	if (me && !EFI_ERROR(s))
		obtained(g, *out, h);
	return s;
}
static EFI_STATUS EFIAPI b_open_protocol(EFI_HANDLE h, EFI_GUID *g, void **out, EFI_HANDLE agent, EFI_HANDLE ctl, UINT32 attr)
{
	int me = MINE;
	if (me)
		FAULT("OpenProtocol", EFI_UNSUPPORTED, EFI_NOT_FOUND, EFI_ACCESS_DENIED);
	EFI_STATUS s = real.OpenProtocol(h, g, out, agent, ctl, attr);
	if (me && !EFI_ERROR(s) && out)
		obtained(g, *out, h);
	return s;
}
static EFI_STATUS EFIAPI b_locate_protocol(EFI_GUID *g, void *reg, void **out)
{
	int me = MINE;
	static const EFI_GUID rng = EFI_RNG_PROTOCOL_GUID;
	if (me && same_guid(g, &rng))
		rng_seen(FAULT_RNG_LOCATE);
	if (me)
		FAULT("LocateProtocol", EFI_NOT_FOUND);
	EFI_STATUS s = real.LocateProtocol(g, reg, out);
	if (me && !EFI_ERROR(s))
		obtained(g, *out, 0);
	return s;
}
static EFI_STATUS EFIAPI b_locate_handle_buffer(EFI_LOCATE_SEARCH_TYPE t, EFI_GUID *g, void *key, UINTN *n, EFI_HANDLE **h)
{
	int me = MINE;
	if (me)
		FAULT("LocateHandleBuffer", EFI_NOT_FOUND, EFI_OUT_OF_RESOURCES);
	EFI_STATUS s = real.LocateHandleBuffer(t, g, key, n, h);
	if (me && !EFI_ERROR(s))
		track_add(T_POOL, (uintptr_t)*h, 1);
	return s;
}
static EFI_STATUS EFIAPI b_locate_device_path(EFI_GUID *g, EFI_DEVICE_PATH **dp, EFI_HANDLE *h)
{
	if (MINE)
		FAULT("LocateDevicePath", EFI_NOT_FOUND);
	return real.LocateDevicePath(g, dp, h);
}
static EFI_STATUS EFIAPI b_set_watchdog(UINTN t, UINT64 code, UINTN n, CHAR16 *data)
{
	if (MINE)
		FAULT("SetWatchdogTimer", EFI_UNSUPPORTED, EFI_DEVICE_ERROR);
	return real.SetWatchdogTimer(t, code, n, data);
}
static EFI_STATUS EFIAPI b_get_memory_map(UINTN *size, EFI_MEMORY_DESCRIPTOR *map, UINTN *key, UINTN *dsize, UINT32 *dver)
{
	if (!MINE)
		return real.GetMemoryMap(size, map, key, dsize, dver);
	/* The failure a caller meets in practice: the map grew. */
	static const EFI_STATUS c[] = { EFI_BUFFER_TOO_SMALL };
	EFI_STATUS f = decide("GetMemoryMap", c, 1);
	EFI_STATUS s = real.GetMemoryMap(size, map, key, dsize, dver);
	if (f && (s == EFI_SUCCESS || s == EFI_BUFFER_TOO_SMALL)) {
		*size += 2 * *dsize;
		return EFI_BUFFER_TOO_SMALL;
	}
	return s;
}

/* The real ExitBootServices would end the sweep: a workload's call always
 * fails as a stale map key does (EFI_INVALID_PARAMETER), counted like any
 * other, so that everything around it is swept in the same boot; the
 * success path has its own boots (suites/boot.sh). */
static EFI_STATUS EFIAPI b_exit_boot_services(EFI_HANDLE image, UINTN key)
{
	if (!MINE)
		return real.ExitBootServices(image, key);
	if (sh.real_exit) {
		/* The ebs-exit workload: a failure is the stale key, after which
		 * the library must read the map again and retry; else the real
		 * exit, which ends the sweep's boot (the workload reports). */
		FAULT("ExitBootServices", EFI_INVALID_PARAMETER);
		EFI_STATUS s = real.ExitBootServices(image, key);
		if (!EFI_ERROR(s))
			armed = 0;
		return s;
	}
	FAULT("ExitBootServices", EFI_INVALID_PARAMETER, EFI_DEVICE_ERROR);
	return EFI_INVALID_PARAMETER;
}

/* ---- arming: StartImage of the workload ----------------------------------- */

static void patch_console(void)
{
	patch_iface(st->ConOut, P_CONOUT);
	if (st->StdErr != st->ConOut)
		patch_iface(st->StdErr, P_CONOUT);
	patch_iface(st->ConIn, P_CONIN);
}

static void unpatch_all(void)
{
	for (int i = 0; i < MAX_PATCH; i++)
		if (patches[i].live)
			unpatch(&patches[i]);
	shell_patch = 0;
}

/* Starts the workload as the shell would (its Shell Parameters on the
 * image's handle, the parent's standard handles), with the injector armed
 * for the length of StartImage. */
static EFI_DEVICE_PATH *child_path;
static void *child_buf;
static UINTN child_size;
static EFI_HANDLE self_image;

static EFI_STATUS start_workload(EFI_STATUS *status)
{
	EFI_HANDLE h = 0;
	EFI_STATUS s = real.LoadImage(FALSE, self_image, child_path, child_buf, child_size, &h);
	if (EFI_ERROR(s))
		return s;
	EFI_GUID li_guid = EFI_LOADED_IMAGE_PROTOCOL_GUID, sp_guid = EFI_SHELL_PARAMETERS_PROTOCOL_GUID;
	EFI_LOADED_IMAGE *li;
	EFI_SHELL_PARAMETERS_PROTOCOL *mine_sp = 0;
	static EFI_SHELL_PARAMETERS_PROTOCOL params;
	static CHAR16 arg0[] = L"FS0:\\t_fault_w.efi", *argv0[] = { arg0, 0 };
	real.HandleProtocol(self_image, &sp_guid, (void **)&mine_sp);
	if (EFI_ERROR(real.HandleProtocol(h, &li_guid, (void **)&li)) || !mine_sp) {
		real.UnloadImage(h);
		return EFI_NOT_FOUND;
	}
	params.Argv = argv0;
	params.Argc = 1;
	params.StdIn = mine_sp->StdIn;
	params.StdOut = mine_sp->StdOut;
	params.StdErr = mine_sp->StdErr;
	real.InstallProtocolInterface(&h, &sp_guid, EFI_NATIVE_INTERFACE, &params);
	lo = (uintptr_t)li->ImageBase;
	hi = lo + li->ImageSize;
	run_ticks = 0;
	patch_console();
	armed = 1;
	*status = real.StartImage(h, 0, 0);
	armed = 0;
	unpatch_all();
	real.UninstallProtocolInterface(h, &sp_guid, &params);
	return EFI_SUCCESS;
}

static void fix_crc(void)
{
	bs->Hdr.CRC32 = 0;
	UINT32 crc = 0;
	real.CalculateCrc32(bs, bs->Hdr.HeaderSize, &crc);
	bs->Hdr.CRC32 = crc;
}

static void install(void)
{
	real = *bs;
	bs->AllocatePages = b_allocate_pages;
	bs->FreePages = b_free_pages;
	bs->AllocatePool = b_allocate_pool;
	bs->FreePool = b_free_pool;
	bs->CreateEvent = b_create_event;
	bs->CreateEventEx = b_create_event_ex;
	bs->CloseEvent = b_close_event;
	bs->SetTimer = b_set_timer;
	bs->WaitForEvent = b_wait_for_event;
	bs->CheckEvent = b_check_event;
	bs->HandleProtocol = b_handle_protocol;
	bs->OpenProtocol = b_open_protocol;
	bs->LocateProtocol = b_locate_protocol;
	bs->LocateHandleBuffer = b_locate_handle_buffer;
	bs->LocateDevicePath = b_locate_device_path;
	bs->SetWatchdogTimer = b_set_watchdog;
	bs->GetMemoryMap = b_get_memory_map;
	bs->ExitBootServices = b_exit_boot_services;
	fix_crc();
}

static void uninstall(void)
{
	EFI_TABLE_HEADER hdr = bs->Hdr;
	*bs = real;
	bs->Hdr = hdr;
	fix_crc();
}

/* ---- crash and hang ------------------------------------------------------- */

static const char *status_name(EFI_STATUS s)
{
	switch (s) {
	case EFI_SUCCESS: return "EFI_SUCCESS";
	case EFI_OUT_OF_RESOURCES: return "EFI_OUT_OF_RESOURCES";
	case EFI_DEVICE_ERROR: return "EFI_DEVICE_ERROR";
	case EFI_VOLUME_FULL: return "EFI_VOLUME_FULL";
	case EFI_WRITE_PROTECTED: return "EFI_WRITE_PROTECTED";
	case EFI_NO_MEDIA: return "EFI_NO_MEDIA";
	case EFI_MEDIA_CHANGED: return "EFI_MEDIA_CHANGED";
	case EFI_ACCESS_DENIED: return "EFI_ACCESS_DENIED";
	case EFI_TIMEOUT: return "EFI_TIMEOUT";
	case EFI_NOT_FOUND: return "EFI_NOT_FOUND";
	case EFI_UNSUPPORTED: return "EFI_UNSUPPORTED";
	case EFI_NOT_READY: return "EFI_NOT_READY";
	case EFI_INVALID_PARAMETER: return "EFI_INVALID_PARAMETER";
	case EFI_BUFFER_TOO_SMALL: return "EFI_BUFFER_TOO_SMALL";
	case EFI_VOLUME_CORRUPTED: return "EFI_VOLUME_CORRUPTED";
	case EFI_WARN_DELETE_FAILURE: return "EFI_WARN_DELETE_FAILURE";
	default: return "another status";
	}
}

/* "not ok fault/WL/call N (FN STATUS): " ... the caller adds the reason.
 * The planted-* workloads carry bugs on purpose: what the injector finds
 * there is "caught", not a failure (the suite checks that it is). */
static int planted;

static void open_failure(void)
{
	if (!planted)
		th_failed++;
	th_puts(planted ? "caught fault/" : "not ok fault/");
	th_puts(cur_workload);
	th_puts("/call ");
	th_putu(sh.fail_at, 10);
	if (sh.injected) {
		th_puts(" (");
		th_puts(sh.injected_fn);
		th_puts(" ");
		th_puts(status_name(sh.injected));
		th_puts(")");
	}
	th_puts(": ");
}

/* EFI_CPU_ARCH_PROTOCOL, as far as RegisterInterruptHandler (PI 1.7, II-12.3). */
typedef void (EFIAPI *cpu_handler)(INTN type, void *context);
struct cpu_arch {
	void *flush, *enable, *disable, *get_state, *init;
	EFI_STATUS (EFIAPI *register_handler)(struct cpu_arch *self, INTN type, cpu_handler h);
};

static void EFIAPI on_exception(INTN type, void *context)
{
	armed = 0;
	open_failure();
	th_puts("crashed: exception ");
	th_putu((uint64_t)type, 10);
#if defined(__x86_64__)
	th_puts(" at rip ");
	/* EFI_SYSTEM_CONTEXT_X64: Rip follows ExceptionData, FxSave, 6 Dr, 6 Cr,
	 * Rflags, Ldtr, Tr, Gdtr[2], Idtr[2]. */
	th_puthex(*(uint64_t *)((char *)context + 8 + 512 + 6 * 8 + 6 * 8 + 3 * 8 + 4 * 8));
#elif defined(__aarch64__)
	/* EFI_SYSTEM_CONTEXT_AARCH64: X0..X28, FP, LR, SP (32 x 8 bytes), then
	 * V0..V31 (32 x 16), then ELR, SPSR, FPSR, ESR, FAR.  Every synchronous
	 * exception is type 0; the class (ESR bits 31:26) tells which: 0x3c is
	 * a BRK instruction (__builtin_trap), 0x25 a data abort. */
	const uint64_t *tail = (const uint64_t *)((char *)context + 32 * 8 + 32 * 16);
	th_puts(" class ");
	th_puthex((tail[3] >> 26) & 0x3f);
	th_puts(" at elr ");
	th_puthex(tail[0]);
#endif
	th_puts(" (workload image at ");
	th_puthex(lo);
	th_puts(")\n");
	if (planted) {
		/* The planted crash is the last workload of its boot. */
		th_end();
		th_qemu_exit(3);
	}
	th_puts("resume ");
	th_puts(cur_workload);
	th_puts(" ");
	th_putu(sh.fail_at + 1, 10);
	th_puts("\n");
	th_qemu_exit(3);
}

static void EFIAPI on_tick(EFI_EVENT ev, void *ctx)
{
	(void)ev;
	(void)ctx;
	if (!armed || ++run_ticks < RUN_TICKS)
		return;
	armed = 0;
	open_failure();
	th_puts("hung: the run did not end within 30 s\n");
	th_puts("resume ");
	th_puts(cur_workload);
	th_puts(" ");
	th_putu(sh.fail_at + 1, 10);
	th_puts("\n");
	th_qemu_exit(5);
}

static struct cpu_arch *cpu;
static EFI_EVENT tick_event;

/* Exception handlers and the hang timer: both must be gone before this
 * image exits, or the firmware calls into freed memory. */
static void watch(int on)
{
	EFI_GUID cpu_guid = { 0x26baccb1, 0x6f42, 0x11d4, { 0xbc, 0xe7, 0x00, 0x80, 0xc7, 0x3c, 0x88, 0x81 } };
	if (on && EFI_ERROR(bs->LocateProtocol(&cpu_guid, 0, (void **)&cpu)))
		cpu = 0;
	for (INTN v = 0; cpu && v < 20; v++)
		if (v != 2 && v != 1 && v != 3)   /* NMI, debug, breakpoint: not ours */
			cpu->register_handler(cpu, v, on ? on_exception : 0);
	if (on && !EFI_ERROR(bs->CreateEvent(EVT_TIMER | EVT_NOTIFY_SIGNAL, TPL_NOTIFY, on_tick, 0, &tick_event)))
		bs->SetTimer(tick_event, TimerPeriodic, 1000000);
	if (!on && tick_event)
		bs->CloseEvent(tick_event);
}

/* ---- the sweep ------------------------------------------------------------ */

static EFI_SHELL_PROTOCOL *shell;

/* The pages of the types an application's image and data take.  (Free
 * memory as a whole moves with the FAT driver's caches as the workloads
 * create directories; the boot-services types are the firmware's.) */
static UINTN app_pages(void)
{
	static unsigned char map[64 * 1024];
	UINTN size = sizeof map, key, dsize, pages = 0;
	UINT32 dver;
	if (EFI_ERROR(real.GetMemoryMap(&size, (EFI_MEMORY_DESCRIPTOR *)map, &key, &dsize, &dver)))
		return 0;
	for (UINTN off = 0; off + dsize <= size; off += dsize) {
		EFI_MEMORY_DESCRIPTOR *d = (EFI_MEMORY_DESCRIPTOR *)(map + off);
		if (d->Type == EfiLoaderData || d->Type == EfiLoaderCode)
			pages += d->NumberOfPages;
	}
	return pages;
}

/* Gives back whatever a run left, after it was reported, so that the next
 * run starts clean. */
static void reclaim(void)
{
	for (unsigned i = 0; i < ntrack; i++) {
		switch (track[i].kind) {
		case T_PAGES: real.FreePages(track[i].key, track[i].n); break;
		case T_POOL: real.FreePool((void *)(uintptr_t)track[i].key); break;
		case T_EVENT: real.CloseEvent((EFI_EVENT)(uintptr_t)track[i].key); break;
		case T_FILE: {
			EFI_FILE_PROTOCOL *f = (EFI_FILE_PROTOCOL *)(uintptr_t)track[i].key;
			f->Close(f);
			break;
		}
		case T_CHILD: {
			EFI_SERVICE_BINDING *b = (EFI_SERVICE_BINDING *)(uintptr_t)track[i].n;
			b->DestroyChild(b, (EFI_HANDLE)(uintptr_t)track[i].key);
			break;
		}
		}
	}
	ntrack = 0;
}

static unsigned run_failed, clean_runs;
/* What a clean run of the workload kept in malloc blocks to exit, beyond
 * the blocks live when main started: the library's state made on first use. */
static uint64_t kept_blocks, kept_bytes;

static void failure(const char *what)
{
	if (!run_failed)
		run_failed = 1;
	open_failure();
	th_puts(what);
	th_puts("\n");
}

/* One run of the workload with call fail_at failing (0: none).  Returns 1
 * when every check held. */
static int run(const char *wl, uint64_t fail_at, UINTN *pages_ref)
{
	memset(&sh, 0, sizeof sh);
	sh.magic = FAULT_MAGIC;
	strncpy(sh.workload, wl, sizeof sh.workload - 1);
	sh.fail_at = fail_at;
	net_run = !strcmp(wl, "net") || !strcmp(wl, "dhcp") || !strcmp(wl, "dns");
	dhcp_asked = dhcp_got = 0;
	if (!strcmp(wl, "dhcp"))
		ip4c2_forget();
	snprintf(sh.dir, sizeof sh.dir, "%c%llu", fail_at ? 'r' : 'c', (unsigned long long)(fail_at ? fail_at : ++clean_runs));
	fake_next = 0;
	sh.keys_left = (unsigned)strlen(fake_keys);
	ntrack = 0;
	track_overflow = 0;
	run_failed = 0;
	EFI_STATUS child = 0;
	EFI_STATUS s = start_workload(&child);
	if (EFI_ERROR(s)) {
		failure("could not load t_fault_w.efi");
		return 0;
	}
	if (!sh.main_reached) {
		/* Start-up failed: crt0 returns the status that stopped it (the
		 * ExitBootServices event), or exits with 1 (argv). */
		if (!sh.injected || (child != sh.injected && child != EFIERR_OEM(1))) {
			open_failure();
			th_puts("main never ran; exit status ");
			th_puthex(child);
			th_puts("\n");
			run_failed = 1;
		}
	} else if (child != EFI_SUCCESS || sh.failures) {
		open_failure();
		th_puts("the workload reported ");
		th_putu(sh.failures, 10);
		th_puts(" failed checks, exit status ");
		th_puthex(child);
		th_puts("\n");
		run_failed = 1;
	}
	for (unsigned i = 0; i < ntrack; i++) {
		open_failure();
		th_puts(track_name[track[i].kind]);
		th_puts(" left behind at exit: ");
		th_puthex(track[i].key);
		if (track[i].kind == T_FILE) {
			/* Its name, as the firmware knows it. */
			EFI_FILE_PROTOCOL *f = (EFI_FILE_PROTOCOL *)(uintptr_t)track[i].key;
			struct patch *p = find_patch(f);
			EFI_FILE_GET_INFO gi = p ? (EFI_FILE_GET_INFO)p->saved[7] : f->GetInfo;
			union { EFI_FILE_INFO info; char raw[600]; } u;
			UINTN n = sizeof u;
			EFI_GUID g = EFI_FILE_INFO_ID;
			if (!EFI_ERROR(gi(f, &g, &n, &u))) {
				th_puts(" \"");
				for (CHAR16 *c = u.info.FileName; *c; c++)
					th_putc(*c < 128 ? (uint8_t)*c : '?');
				th_puts("\"");
			}
		}
		if (track[i].kind == T_PAGES) {
			th_puts(", ");
			th_putu(track[i].n, 10);
			th_puts(" pages");
		}
		th_puts("\n");
		run_failed = 1;
	}
	/* malloc blocks: those live at exit beyond those live when main
	 * started (argv and the environment, kept to the end by design) are
	 * what the run left; a clean run's are the library's own state made
	 * on first use (the working directory's name), and a faulted run may
	 * leave no more than that. */
	uint64_t left = 0, left_bytes = 0;
	if (sh.main_reached && sh.leak_checked) {
		left = sh.live_blocks - sh.main_blocks;
		left_bytes = sh.live_bytes - sh.main_bytes;
	}
	if (!fail_at) {
		kept_blocks = left;
		kept_bytes = left_bytes;
	} else if (left > kept_blocks || left_bytes > kept_bytes) {
		open_failure();
		th_puts("malloc blocks left at exit: ");
		th_putu(left > kept_blocks ? left - kept_blocks : 0, 10);
		th_puts(" blocks, ");
		th_putu(left_bytes > kept_bytes ? left_bytes - kept_bytes : 0, 10);
		th_puts(" bytes (live at exit ");
		th_putu(sh.live_blocks, 10);
		th_puts(" blocks, ");
		th_putu(sh.live_bytes, 10);
		th_puts(" bytes; when main started ");
		th_putu(sh.main_blocks, 10);
		th_puts(", ");
		th_putu(sh.main_bytes, 10);
		th_puts("; the library's own after a clean run ");
		th_putu(kept_blocks, 10);
		th_puts(", ");
		th_putu(kept_bytes, 10);
		th_puts(")\n");
		run_failed = 1;
	}
	if (track_overflow)
		failure("the injector's tables overflowed");
	reclaim();
	UINTN now = app_pages();
	if (*pages_ref && now != *pages_ref && !run_failed) {
		open_failure();
		th_puts("LoaderCode/LoaderData pages ");
		th_putu(*pages_ref, 10);
		th_puts(" before, ");
		th_putu(now, 10);
		th_puts(" after\n");
		run_failed = 1;
	}
	*pages_ref = now;
	return !run_failed;
}

/* The ebs-exit workload, one boot per call (a real ExitBootServices ends
 * the boot): call `rel` counted from main fails, and the library must still
 * exit boot services in the end.  The workload reports over debugcon and
 * powers off; back here only when it returned with boot services. */
static void ebs_exit_run(uint64_t rel)
{
	memset(&sh, 0, sizeof sh);
	sh.magic = FAULT_MAGIC;
	strcpy(sh.workload, "ebs-exit");
	sh.real_exit = 1;
	sh.fail_rel = rel;
	sh.fail_at = rel;   /* for the reports' call numbers */
	sh.keys_left = 0;
	ntrack = 0;
	run_failed = 0;
	EFI_STATUS child = 0;
	th_prog = "fault";
	if (EFI_ERROR(start_workload(&child))) {
		failure("could not load t_fault_w.efi");
		return;
	}
	failure("the workload returned with boot services: it never exited them");
}

static void sweep(const char *arg)
{
	char wl[32];
	size_t n = strcspn(arg, "@");
	if (n >= sizeof wl)
		n = sizeof wl - 1;
	memcpy(wl, arg, n);
	wl[n] = 0;
	uint64_t from = arg[n] == '@' ? strtoull(arg + n + 1, 0, 10) : 1;
	cur_workload = wl;
	planted = !strncmp(wl, "planted-", 8);
	/* Where the suite picks up if the boot runs out of time. */
	th_puts("sweeping ");
	th_puts(wl);
	th_puts("\n");
	time_t t0 = time(0);
	UINTN pages = 0;
	if (!strcmp(wl, "ebs-exit")) {
		ebs_exit_run(from);
		return;
	}
	/* Twice without a fault: the first warms up what the shell and the
	 * firmware keep; the second counts the calls. */
	run(wl, 0, &pages);
	int clean = run(wl, 0, &pages);
	uint64_t calls = sh.sweep_end ? sh.sweep_end : sh.calls;
	/* Start-up is the same in every workload: the startup workload sweeps
	 * it, the others sweep from main on (exit included); rng sweeps it too,
	 * for the stack protector's seeding, which start-up does. */
	if (strcmp(wl, "startup") && strcmp(wl, "rng") && from <= sh.calls_at_main)
		from = sh.calls_at_main + 1;
	char name[64];
	snprintf(name, sizeof name, "%s: clean run (%llu calls)", wl, (unsigned long long)calls);
	th_prog = "fault";
	CHECK(clean && calls > 0, name);
	/* The dhcp workload's count holds only if the bring-up's request for
	 * DHCP went through the injector's wait: else the library's polling
	 * for the address is counted, as many calls as DHCP takes time (which
	 * is how a wrapper that took the workload's SetData for the
	 * firmware's made the aarch64 sweep outrun its boots' 900 s). */
	if (!strcmp(wl, "dhcp"))
		CHECK(dhcp_asked == 1 && dhcp_got == 1, "dhcp: the clean run's SetData(DHCP) was seen, and the address came in its wait");
	unsigned survived = 0, failed = 0, absorbed = 0;
	if (!strcmp(wl, "errno"))
		return;   /* the workload injects its own faults (docs/errno.md) */
	for (uint64_t i = from; i <= calls; i++) {
		if (run(wl, i, &pages)) {
			survived++;
			absorbed += sh.injected && !sh.claimed && sh.main_reached;
		} else {
			failed++;
		}
	}
	uint64_t swept = calls >= from ? calls - from + 1 : 0;
	th_puts("sweep ");
	th_puts(wl);
	th_puts(": ");
	th_putu(swept, 10);
	th_puts(" calls swept, ");
	th_putu(survived, 10);
	th_puts(" faults survived (");
	th_putu(absorbed, 10);
	th_puts(" absorbed without an error), ");
	th_putu(failed, 10);
	th_puts(" failures, ");
	th_putu((uint64_t)(time(0) - t0), 10);
	th_puts(" s; the library kept ");
	th_putu(kept_blocks, 10);
	th_puts(" malloc blocks to exit\n");
	if (planted) {
		snprintf(name, sizeof name, "%s: the injector caught the planted bug %u times", wl, failed);
		CHECK(failed > 0, name);
		return;
	}
	snprintf(name, sizeof name, "%s: %llu faults survived of %llu", wl, (unsigned long long)survived,
	         (unsigned long long)swept);
	CHECK(failed == 0, name);
}

/* The workload image in memory, and a device path naming it on our volume
 * (so that its LoadedImage has a device and a file path, as from the shell). */
static int load_workload(void)
{
	FILE *f = fopen("t_fault_w.efi", "rb");
	if (!f)
		return 0;
	child_buf = malloc(1 << 20);
	child_size = child_buf ? fread(child_buf, 1, 1 << 20, f) : 0;
	fclose(f);
	child_path = fw_file_path(L"\\t_fault_w.efi");
	return child_size && child_path;
}

/* The caller test itself: a wrapper with locals (a frame the stack probe
 * would check) must see its caller as one without: both called from the
 * same instruction, ra_seen's call. */
static void *volatile ra_sink;
static __attribute__((noinline)) void *ra_small(void)
{
	return __builtin_return_address(0);
}
static __attribute__((noinline)) void *ra_big(void)
{
	volatile char b[512];
	b[0] = 1;
	return b[0] ? __builtin_return_address(0) : 0;
}
static __attribute__((noinline)) void *ra_seen(void *(*f)(void))
{
	void *ra = f();
	ra_sink = ra;   /* no tail call: the call returns here */
	return ra;
}

int main(int argc, char **argv)
{
	th_begin("fault");
	st = uefi_system_table();
	bs = uefi_boot_services();
	self_image = uefi_image_handle();
	EFI_GUID shell_guid = EFI_SHELL_PROTOCOL_GUID, table_guid = FAULT_TABLE_GUID;
	CHECK(!EFI_ERROR(bs->LocateProtocol(&shell_guid, 0, (void **)&shell)), "the shell protocol is there");
	sh.magic = FAULT_MAGIC;
	CHECK(!EFI_ERROR(bs->InstallConfigurationTable(&table_guid, &sh)), "shared page published");
	CHECK(load_workload(), "t_fault_w.efi loaded");
	void *ra_a = ra_seen(ra_small), *ra_b = ra_seen(ra_big);
	CHECK(ra_a && ra_a == ra_b, "a wrapper with locals sees its caller's address (the injector's caller test)");
	watch(1);
	install();
	for (int i = 1; i < argc && shell; i++)
		sweep(argv[i]);
	uninstall();
	watch(0);
	bs->InstallConfigurationTable(&table_guid, 0);
	th_end();
	return 0;
}
