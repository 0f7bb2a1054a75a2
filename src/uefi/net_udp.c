/* UDP over the firmware's UDP4 children, UDP6 for IPv6 (docs/network.md).
 * Their completion tokens have one layout (the UDP4 one is kept); the
 * u_* calls below pick the protocol.  One receive
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
static EFI_GUID udp6_guid = EFI_UDP6_PROTOCOL;

struct __sys_udp {
	EFI_HANDLE child;
	EFI_SERVICE_BINDING *sb;    /* the one that made child: destroy asks it, no lookup that could fail */
	EFI_UDP4 *udp;              /* one of these two */
	EFI_UDP6 *udp6;
	int family;
	int bound;
	EFI_UDP4_CONFIG_DATA cfg;
	EFI_UDP6_CONFIG_DATA cfg6;
	EFI_UDP4_COMPLETION_TOKEN rx, tx;
	EFI_UDP4_TRANSMIT_DATA txd;
	EFI_UDP4_SESSION_DATA txs;
	EFI_UDP6_TRANSMIT_DATA txd6;
	EFI_UDP6_SESSION_DATA txs6;
	unsigned char rx_pending, tx_pending, have;
	int rx_err;
	size_t len;                 /* the datagram held in buf */
	struct __sys_addr src;
	unsigned char *buf, *txbuf;
	struct __sys_udp *next;
};

static struct __sys_udp *all;

static EFI_STATUS u_configure(struct __sys_udp *u, int on)
{
	if (u->udp6)
		return u->udp6->Configure(u->udp6, on ? &u->cfg6 : 0);
	return u->udp->Configure(u->udp, on ? &u->cfg : 0);
}
static EFI_STATUS u_receive(struct __sys_udp *u)
{
	if (u->udp6)
		return u->udp6->Receive(u->udp6, (EFI_UDP6_COMPLETION_TOKEN *)&u->rx);
	return u->udp->Receive(u->udp, &u->rx);
}
static EFI_STATUS u_transmit(struct __sys_udp *u)
{
	if (u->udp6)
		return u->udp6->Transmit(u->udp6, (EFI_UDP6_COMPLETION_TOKEN *)&u->tx);
	return u->udp->Transmit(u->udp, &u->tx);
}
static void u_poll(struct __sys_udp *u)
{
	if (u->udp6)
		u->udp6->Poll(u->udp6);
	else
		u->udp->Poll(u->udp);
}

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
		if (u->udp || u->udp6)
			u_configure(u, 0);    /* flushes the tokens */
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

__sys_udp *__sys_udp_new(int family)
{
	if (family != AF_INET && family != AF_INET6) {
		errno = EAFNOSUPPORT;
		return 0;
	}
	if (gone() || (family == AF_INET6 ? __sys_net_up6() : __sys_net_up()))
		return 0;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	EFI_SERVICE_BINDING *sb = family == AF_INET6 ? __uefi_net_udp6_sb() : __uefi_net_udp4_sb();
	if (!sb) {
		errno = ENETDOWN;
		return 0;
	}
	struct __sys_udp *u = calloc(1, sizeof *u);
	if (!u)
		return 0;
	u->sb = sb;
	u->family = family;
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
		s = bs->OpenProtocol(u->child, family == AF_INET6 ? &udp6_guid : &udp4_guid,
		                     family == AF_INET6 ? (void **)&u->udp6 : (void **)&u->udp,
		                     uefi_image_handle(), 0, EFI_OPEN_PROTOCOL_GET_PROTOCOL);
	if (EFI_ERROR(s)) {
		u->udp = 0;
		u->udp6 = 0;
		destroy(u);
		errno = s == EFI_OUT_OF_RESOURCES ? ENOMEM : __uefi_status_to_errno(s);
		return 0;
	}
	return u;
}

int __sys_udp_bind(__sys_udp *u, const struct __sys_addr *local, int reuse)
{
	if (gone())
		return -1;
	uint32_t lip;
	uint16_t lport = local->port;
	memcpy(&lip, local->ip, 4);
	memset(&u->cfg6, 0, sizeof u->cfg6);
	u->cfg6.AllowDuplicatePort = (BOOLEAN)!!reuse;
	u->cfg6.HopLimit = 64;
	memcpy(&u->cfg6.StationAddress, local->ip, 16);
	u->cfg6.StationPort = lport;
	memset(&u->cfg, 0, sizeof u->cfg);
	u->cfg.AcceptBroadcast = FALSE;
	u->cfg.AllowDuplicatePort = (BOOLEAN)!!reuse;
	u->cfg.TimeToLive = 64;
	u->cfg.UseDefaultAddress = lip == 0;
	memcpy(&u->cfg.StationAddress, &lip, 4);
	if (lip && u->family == AF_INET) {
		struct __sys_net_info info;
		if (!__sys_net_get_info(&info))
			memcpy(&u->cfg.SubnetMask, &info.mask, 4);
	}
	u->cfg.StationPort = lport;
	EFI_STATUS s = u_configure(u, 1);
	if (s == EFI_NO_MAPPING) {
		unsigned long long start = __uefi_net_ms();
		while (s == EFI_NO_MAPPING && __uefi_net_ms() - start < (unsigned long long)__uefi_net_timeout_ms) {
			uefi_boot_services()->Stall(10000);
			s = u_configure(u, 1);
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
	void *d = u->rx.Packet.RxData;
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
	/* The two receive data differ in their session's addresses only:
	 * the fragments are of one layout. */
	UINT32 count;
	EFI_UDP4_FRAGMENT_DATA *frag;
	EFI_EVENT recycle;
	memset(&u->src, 0, sizeof u->src);
	u->src.family = u->family;
	if (u->udp6) {
		EFI_UDP6_RECEIVE_DATA *d6 = d;
		count = d6->FragmentCount;
		frag = (EFI_UDP4_FRAGMENT_DATA *)d6->FragmentTable;
		recycle = d6->RecycleSignal;
		memcpy(u->src.ip, &d6->UdpSession.SourceAddress, 16);
		u->src.port = d6->UdpSession.SourcePort;
	} else {
		EFI_UDP4_RECEIVE_DATA *d4 = d;
		count = d4->FragmentCount;
		frag = d4->FragmentTable;
		recycle = d4->RecycleSignal;
		memcpy(u->src.ip, &d4->UdpSession.SourceAddress, 4);
		u->src.port = d4->UdpSession.SourcePort;
	}
	size_t n = 0;
	for (UINT32 i = 0; i < count && n < __SYS_UDP_MAX; i++) {
		size_t k = frag[i].FragmentLength;
		if (k > __SYS_UDP_MAX - n)
			k = __SYS_UDP_MAX - n;
		memcpy(u->buf + n, frag[i].FragmentBuffer, k);
		n += k;
	}
	u->len = n;
	u->have = 1;
	uefi_boot_services()->SignalEvent(recycle);
}

static int rx_ready(struct __sys_udp *u)
{
	rx_check(u);
	if (u->have || u->rx_err)
		return 1;
	if (!u->rx_pending) {
		u->rx.Status = EFI_NOT_READY;
		u->rx.Packet.RxData = 0;
		EFI_STATUS s = u_receive(u);
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
		u_poll(u);
		if (ready(u))
			return 1;
		if (!timeout_ms || (timeout_ms > 0 && __uefi_net_ms() - start >= (unsigned long long)timeout_ms))
			return 0;
	}
}

long long __sys_udp_send(__sys_udp *u, const void *buf, size_t len, const struct __sys_addr *to,
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
	if (u->udp6) {
		memset(&u->txs6, 0, sizeof u->txs6);
		memcpy(&u->txs6.DestinationAddress, to->ip, 16);
		u->txs6.DestinationPort = to->port;
		u->txd6.UdpSessionData = &u->txs6;
		u->txd6.DataLength = (UINT32)len;
		u->txd6.FragmentCount = 1;
		u->txd6.FragmentTable[0].FragmentLength = (UINT32)len;
		u->txd6.FragmentTable[0].FragmentBuffer = u->txbuf;
		u->tx.Packet.TxData = (EFI_UDP4_TRANSMIT_DATA *)&u->txd6;
	} else {
		memset(&u->txs, 0, sizeof u->txs);
		memcpy(&u->txs.DestinationAddress, to->ip, 4);
		u->txs.DestinationPort = to->port;
		u->txd.UdpSessionData = &u->txs;
		u->txd.GatewayAddress = 0;
		u->txd.DataLength = (UINT32)len;
		u->txd.FragmentCount = 1;
		u->txd.FragmentTable[0].FragmentLength = (UINT32)len;
		u->txd.FragmentTable[0].FragmentBuffer = u->txbuf;
		u->tx.Packet.TxData = &u->txd;
	}
	u->tx.Status = EFI_NOT_READY;
	EFI_STATUS s = u_transmit(u);
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
                         size_t *full, struct __sys_addr *from)
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
	*from = u->src;
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
		u_poll(u);
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
