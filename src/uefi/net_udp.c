/* UDP over the firmware's UDP4 children (docs/network.md).  One receive
 * token is kept in flight; a datagram it brings is copied into the
 * endpoint's own buffer and the firmware's buffers recycled at once, so
 * that recv can peek, truncate and time out without holding the stack's
 * memory.  One transmit token, with its own buffer. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/sys.h"
#include "../internal/sys_net.h"
#include "net_impl.h"
#include "uefi_impl.h"

static EFI_GUID udp4_guid = EFI_UDP4_PROTOCOL;

struct __sys_udp {
	EFI_HANDLE child;
	EFI_SERVICE_BINDING *sb;    /* the one that made child: destroy asks it, no lookup that could fail */
	EFI_UDP4 *udp;
	int bound;
	EFI_UDP4_CONFIG_DATA cfg;
	EFI_UDP4_COMPLETION_TOKEN rx, tx;
	EFI_UDP4_TRANSMIT_DATA txd;
	EFI_UDP4_SESSION_DATA txs;
	unsigned char rx_pending, tx_pending, have;
	int rx_err;
	size_t len;                 /* the datagram held in buf */
	uint32_t src_ip;
	uint16_t src_port;
	unsigned char *buf, *txbuf;
	struct __sys_udp *next;
};

static struct __sys_udp *all;

static int gone(void)
{
	if (!__sys_available()) {
		errno = EIO;
		return 1;
	}
	return 0;
}

static void destroy(struct __sys_udp *u)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	for (struct __sys_udp **p = &all; *p; p = &(*p)->next)
		if (*p == u) {
			*p = u->next;
			break;
		}
	if (bs) {
		if (u->udp)
			u->udp->Configure(u->udp, 0);    /* flushes the tokens */
		if (u->rx.Event)
			bs->CloseEvent(u->rx.Event);
		if (u->tx.Event)
			bs->CloseEvent(u->tx.Event);
		if (u->child)
			u->sb->DestroyChild(u->sb, u->child);
	}
	free(u->buf);
	free(u->txbuf);
	free(u);
}

static void fini(void)
{
	while (all)
		destroy(all);
}

__sys_udp *__sys_udp_new(void)
{
	if (gone() || __sys_net_up())
		return 0;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_SERVICE_BINDING *sb = __uefi_net_udp4_sb();
	if (!sb) {
		errno = ENETDOWN;
		return 0;
	}
	struct __sys_udp *u = calloc(1, sizeof *u);
	if (!u)
		return 0;
	u->sb = sb;
	u->next = all;
	all = u;
	__uefi_udp_fini = fini;
	u->buf = malloc(__SYS_UDP_MAX);
	u->txbuf = malloc(__SYS_UDP_MAX);
	EFI_STATUS s = u->buf && u->txbuf ? EFI_SUCCESS : EFI_OUT_OF_RESOURCES;
	if (!EFI_ERROR(s))
		s = bs->CreateEvent(0, TPL_CALLBACK, 0, 0, &u->rx.Event);
	if (!EFI_ERROR(s))
		s = bs->CreateEvent(0, TPL_CALLBACK, 0, 0, &u->tx.Event);
	if (!EFI_ERROR(s))
		s = sb->CreateChild(sb, &u->child);
	if (!EFI_ERROR(s))
		s = bs->OpenProtocol(u->child, &udp4_guid, (void **)&u->udp, uefi_image_handle(), 0,
		                     EFI_OPEN_PROTOCOL_GET_PROTOCOL);
	if (EFI_ERROR(s)) {
		u->udp = 0;
		destroy(u);
		errno = s == EFI_OUT_OF_RESOURCES ? ENOMEM : __uefi_status_to_errno(s);
		return 0;
	}
	return u;
}

int __sys_udp_bind(__sys_udp *u, uint32_t lip, uint16_t lport, int reuse)
{
	if (gone())
		return -1;
	memset(&u->cfg, 0, sizeof u->cfg);
	u->cfg.AcceptBroadcast = FALSE;
	u->cfg.AllowDuplicatePort = (BOOLEAN)!!reuse;
	u->cfg.TimeToLive = 64;
	u->cfg.UseDefaultAddress = lip == 0;
	memcpy(&u->cfg.StationAddress, &lip, 4);
	if (lip) {
		struct __sys_net_info info;
		if (!__sys_net_get_info(&info))
			memcpy(&u->cfg.SubnetMask, &info.mask, 4);
	}
	u->cfg.StationPort = lport;
	EFI_STATUS s = u->udp->Configure(u->udp, &u->cfg);
	if (s == EFI_NO_MAPPING) {
		unsigned long long start = __uefi_net_ms();
		while (s == EFI_NO_MAPPING && __uefi_net_ms() - start < (unsigned long long)__uefi_net_timeout_ms) {
			uefi_boot_services()->Stall(10000);
			s = u->udp->Configure(u->udp, &u->cfg);
		}
	}
	if (EFI_ERROR(s)) {
		errno = s == EFI_ACCESS_DENIED || s == EFI_ALREADY_STARTED ? EADDRINUSE
		      : s == EFI_INVALID_PARAMETER ? EADDRNOTAVAIL
		      : s == EFI_NO_MAPPING ? ENETDOWN : __uefi_status_to_errno(s);
		return -1;
	}
	u->bound = 1;
	return 0;
}

static int done(EFI_EVENT ev, unsigned char *pending)
{
	if (*pending && uefi_boot_services()->CheckEvent(ev) == EFI_SUCCESS)
		*pending = 0;
	return !*pending;
}

/* A completed receive: the datagram copied out, the firmware's buffers
 * given back. */
static void rx_check(struct __sys_udp *u)
{
	if (!u->rx_pending || !done(u->rx.Event, &u->rx_pending))
		return;
	EFI_UDP4_RECEIVE_DATA *d = u->rx.Packet.RxData;
	if (EFI_ERROR(u->rx.Status) || !d) {
		/* ICMP errors for earlier sends come here: the next receive
		 * reports them, as a connected UDP socket does. */
		if (u->rx.Status == EFI_PORT_UNREACHABLE || u->rx.Status == EFI_PROTOCOL_UNREACHABLE)
			u->rx_err = ECONNREFUSED;
		else if (u->rx.Status == EFI_HOST_UNREACHABLE)
			u->rx_err = EHOSTUNREACH;
		else if (u->rx.Status == EFI_NETWORK_UNREACHABLE)
			u->rx_err = ENETUNREACH;
		else if (u->rx.Status != EFI_ABORTED)
			u->rx_err = __uefi_status_to_errno(u->rx.Status);
		return;
	}
	size_t n = 0;
	for (UINT32 i = 0; i < d->FragmentCount && n < __SYS_UDP_MAX; i++) {
		size_t k = d->FragmentTable[i].FragmentLength;
		if (k > __SYS_UDP_MAX - n)
			k = __SYS_UDP_MAX - n;
		memcpy(u->buf + n, d->FragmentTable[i].FragmentBuffer, k);
		n += k;
	}
	u->len = n;
	memcpy(&u->src_ip, &d->UdpSession.SourceAddress, 4);
	u->src_port = d->UdpSession.SourcePort;
	u->have = 1;
	uefi_boot_services()->SignalEvent(d->RecycleSignal);
}

static int rx_ready(struct __sys_udp *u)
{
	rx_check(u);
	if (u->have || u->rx_err)
		return 1;
	if (!u->rx_pending) {
		u->rx.Status = EFI_NOT_READY;
		u->rx.Packet.RxData = 0;
		EFI_STATUS s = u->udp->Receive(u->udp, &u->rx);
		if (EFI_ERROR(s)) {
			u->rx_err = __uefi_status_to_errno(s);
			return 1;
		}
		u->rx_pending = 1;
		rx_check(u);
	}
	return u->have || u->rx_err;
}

static int tx_ready(struct __sys_udp *u)
{
	return done(u->tx.Event, &u->tx_pending);
}

static int wait_for(struct __sys_udp *u, int (*ready)(struct __sys_udp *), long long timeout_ms)
{
	if (ready(u))
		return 1;
	unsigned long long start = timeout_ms > 0 ? __uefi_net_ms() : 0;
	for (;;) {
		u->udp->Poll(u->udp);
		if (ready(u))
			return 1;
		if (!timeout_ms || (timeout_ms > 0 && __uefi_net_ms() - start >= (unsigned long long)timeout_ms))
			return 0;
	}
}

long long __sys_udp_send(__sys_udp *u, const void *buf, size_t len, uint32_t rip, uint16_t rport,
                         long long timeout_ms)
{
	if (gone())
		return -1;
	if (len > __SYS_UDP_MAX) {
		errno = EMSGSIZE;
		return -1;
	}
	if (!wait_for(u, tx_ready, timeout_ms)) {
		errno = EAGAIN;
		return -1;
	}
	memcpy(u->txbuf, buf, len);
	memset(&u->txs, 0, sizeof u->txs);
	memcpy(&u->txs.DestinationAddress, &rip, 4);
	u->txs.DestinationPort = rport;
	u->txd.UdpSessionData = &u->txs;
	u->txd.GatewayAddress = 0;
	u->txd.DataLength = (UINT32)len;
	u->txd.FragmentCount = 1;
	u->txd.FragmentTable[0].FragmentLength = (UINT32)len;
	u->txd.FragmentTable[0].FragmentBuffer = u->txbuf;
	u->tx.Packet.TxData = &u->txd;
	u->tx.Status = EFI_NOT_READY;
	EFI_STATUS s = u->udp->Transmit(u->udp, &u->tx);
	if (EFI_ERROR(s)) {
		errno = s == EFI_BAD_BUFFER_SIZE ? EMSGSIZE : s == EFI_NO_MAPPING ? ENETDOWN
		      : s == EFI_NOT_FOUND ? ENETUNREACH : __uefi_status_to_errno(s);
		return -1;
	}
	u->tx_pending = 1;
	/* A blocking send returns once the datagram has gone to the NIC. */
	if (timeout_ms)
		wait_for(u, tx_ready, timeout_ms < 0 ? 5000 : timeout_ms);
	return (long long)len;
}

long long __sys_udp_recv(__sys_udp *u, void *buf, size_t len, long long timeout_ms, int peek,
                         size_t *full, uint32_t *rip, uint16_t *rport)
{
	if (gone())
		return -1;
	if (!wait_for(u, rx_ready, timeout_ms)) {
		errno = EAGAIN;
		return -1;
	}
	if (!u->have) {
		errno = u->rx_err;
		u->rx_err = 0;
		return -1;
	}
	size_t n = u->len < len ? u->len : len;
	memcpy(buf, u->buf, n);
	*full = u->len;
	*rip = u->src_ip;
	*rport = u->src_port;
	if (!peek)
		u->have = 0;
	return (long long)n;
}

unsigned __sys_udp_ready(__sys_udp *u)
{
	if (!__sys_available())
		return __SYS_TCP_ERR | __SYS_TCP_HUP;
	unsigned r = 0;
	if (u->bound) {
		u->udp->Poll(u->udp);
		if (rx_ready(u))
			r |= u->rx_err ? __SYS_TCP_ERR | __SYS_TCP_READ : __SYS_TCP_READ;
	}
	if (tx_ready(u))
		r |= __SYS_TCP_WRITE;
	return r;
}

void __sys_udp_close(__sys_udp *u)
{
	if (!__sys_available()) {
		for (struct __sys_udp **p = &all; *p; p = &(*p)->next)
			if (*p == u) {
				*p = u->next;
				break;
			}
		return;
	}
	/* Let a datagram still going out leave first (bounded). */
	wait_for(u, tx_ready, 1000);
	destroy(u);
}
