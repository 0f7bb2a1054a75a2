/* Networking over the firmware's own TCP/IP stack (see docs/network.md):
 * TCP through children of the EFI_TCP4_SERVICE_BINDING_PROTOCOL, or of the
 * EFI_TCP6 one for IPv6.  The two protocols differ only in their
 * configuration and mode data: their tokens have one layout, so an endpoint
 * keeps TCP4 tokens and the calls below (t_*) pick the protocol.  TCP is
 * asynchronous: every call
 * takes a token whose event the stack signals when it is done.  A blocking
 * call here submits the token and polls the protocol (Tcp4->Poll, which
 * polls the NIC) until the event is signalled or its time is up; one
 * receive and one transmit token at most are in flight per endpoint, each
 * with its own 64 KiB buffer, so that a call that times out leaves nothing
 * pointing into the caller's memory. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/sys.h"
#include "../internal/sys_net.h"
#include "../internal/sys_time.h"
#include "net_impl.h"
#include "uefi_impl.h"

#define RXBUF (64u * 1024)
#define TXBUF (64u * 1024)
/* How long close() lets a graceful close run at exit before resetting. */
#define FINI_MS 2000

static EFI_GUID tcp4_guid = EFI_TCP4_PROTOCOL;
static EFI_GUID tcp6_guid = EFI_TCP6_PROTOCOL;

struct __sys_tcp {
	EFI_HANDLE child;
	EFI_SERVICE_BINDING *sb;  /* the one that made child */
	EFI_TCP4 *tcp;            /* one of these two */
	EFI_TCP6 *tcp6;
	int family;
	int state;
	int conn_err;            /* a failed connect, for SO_ERROR */
	int eof, rx_err, tx_err, shut;
	EFI_TCP4_CONFIG_DATA cfg;
	EFI_TCP6_CONFIG_DATA cfg6;
	EFI_TCP4_OPTION opt;      /* EFI_TCP6_OPTION has the same layout */
	EFI_TCP4_CONNECTION_TOKEN conn;
	EFI_TCP4_IO_TOKEN rx;
	EFI_TCP4_RECEIVE_DATA rxd;
	EFI_TCP4_IO_TOKEN tx;
	EFI_TCP4_TRANSMIT_DATA txd;
	EFI_TCP4_LISTEN_TOKEN lst;
	EFI_TCP4_CLOSE_TOKEN cls;
	unsigned char conn_pending, rx_pending, tx_pending, lst_pending, cls_pending;
	size_t rx_off, rx_len;
	unsigned char *rxbuf, *txbuf;
	struct __sys_tcp *next;  /* every endpoint the library holds */
};
enum { ST_NEW, ST_CONNECTING, ST_CONNECTED, ST_LISTENING, ST_FAILED, ST_CLOSING };

static struct __sys_tcp *all;

/* The protocol's calls on either family (the tokens are TCP4's: TCP6's
 * have the same layout). */
static int opened(struct __sys_tcp *t)
{
	return t->tcp || t->tcp6;
}
static EFI_STATUS t_configure(struct __sys_tcp *t, int on)
{
	if (t->tcp6)
		return t->tcp6->Configure(t->tcp6, on ? &t->cfg6 : 0);
	return t->tcp->Configure(t->tcp, on ? &t->cfg : 0);
}
static EFI_STATUS t_connect(struct __sys_tcp *t)
{
	if (t->tcp6)
		return t->tcp6->Connect(t->tcp6, (EFI_TCP6_CONNECTION_TOKEN *)&t->conn);
	return t->tcp->Connect(t->tcp, &t->conn);
}
static EFI_STATUS t_accept(struct __sys_tcp *t)
{
	if (t->tcp6)
		return t->tcp6->Accept(t->tcp6, (EFI_TCP6_LISTEN_TOKEN *)&t->lst);
	return t->tcp->Accept(t->tcp, &t->lst);
}
static EFI_STATUS t_transmit(struct __sys_tcp *t)
{
	if (t->tcp6)
		return t->tcp6->Transmit(t->tcp6, (EFI_TCP6_IO_TOKEN *)&t->tx);
	return t->tcp->Transmit(t->tcp, &t->tx);
}
static EFI_STATUS t_receive(struct __sys_tcp *t)
{
	if (t->tcp6)
		return t->tcp6->Receive(t->tcp6, (EFI_TCP6_IO_TOKEN *)&t->rx);
	return t->tcp->Receive(t->tcp, &t->rx);
}
static EFI_STATUS t_close(struct __sys_tcp *t)
{
	if (t->tcp6)
		return t->tcp6->Close(t->tcp6, (EFI_TCP6_CLOSE_TOKEN *)&t->cls);
	return t->tcp->Close(t->tcp, &t->cls);
}

static int gone(void)
{
	if (!__sys_available()) {
		errno = EIO;
		return 1;
	}
	return 0;
}

static unsigned long long now_ms(void)
{
	unsigned long long ns = 0;
	__sys_monotonic_ns(&ns);
	return ns / 1000000;
}

/* Errors of the TCP4 calls and tokens. */
static int tcp_errno(EFI_STATUS s, int connecting)
{
	switch (s) {
	case EFI_CONNECTION_REFUSED: return ECONNREFUSED;
	case EFI_CONNECTION_RESET: return connecting ? ECONNREFUSED : ECONNRESET;
	case EFI_CONNECTION_FIN: return EPIPE;
	case EFIERR(100): return ENETUNREACH;      /* EFI_NETWORK_UNREACHABLE */
	case EFIERR(101): return EHOSTUNREACH;     /* EFI_HOST_UNREACHABLE */
	case EFIERR(102): case EFIERR(103): return ECONNREFUSED; /* protocol/port unreachable */
	case EFI_TIMEOUT: return ETIMEDOUT;
	case EFI_NO_MAPPING: return ENETDOWN;
	case EFI_ACCESS_DENIED: return connecting ? EADDRINUSE : EPIPE;
	case EFI_ABORTED: return ECONNABORTED;
	default: return __uefi_status_to_errno(s);
	}
}

/* Whether the token's event has been signalled (which consumes the signal:
 * *pending records it). */
static int done(EFI_EVENT ev, unsigned char *pending)
{
	if (*pending && uefi_boot_services()->CheckEvent(ev) == EFI_SUCCESS)
		*pending = 0;
	return !*pending;
}

static void rx_check(struct __sys_tcp *t)
{
	if (!t->rx_pending || !done(t->rx.CompletionToken.Event, &t->rx_pending))
		return;
	EFI_STATUS s = t->rx.CompletionToken.Status;
	if (!EFI_ERROR(s)) {
		t->rx_off = 0;
		t->rx_len = t->rxd.DataLength;
	} else if (s == EFI_CONNECTION_FIN) {
		t->eof = 1;
	} else {
		t->rx_err = tcp_errno(s, 0);
	}
}

static void rx_submit(struct __sys_tcp *t)
{
	t->rxd.UrgentFlag = FALSE;
	t->rxd.DataLength = RXBUF;
	t->rxd.FragmentCount = 1;
	t->rxd.FragmentTable[0].FragmentLength = RXBUF;
	t->rxd.FragmentTable[0].FragmentBuffer = t->rxbuf;
	t->rx.Packet.RxData = &t->rxd;
	t->rx.CompletionToken.Status = EFI_NOT_READY;
	EFI_STATUS s = t_receive(t);
	if (!EFI_ERROR(s))
		t->rx_pending = 1;
	else if (s == EFI_CONNECTION_FIN || (s == EFI_ACCESS_DENIED && t->shut))
		t->eof = 1;
	else
		t->rx_err = tcp_errno(s, 0);
}

static void tx_check(struct __sys_tcp *t)
{
	if (!t->tx_pending || !done(t->tx.CompletionToken.Event, &t->tx_pending))
		return;
	EFI_STATUS s = t->tx.CompletionToken.Status;
	if (EFI_ERROR(s))
		t->tx_err = tcp_errno(s, 0);
}

static void conn_check(struct __sys_tcp *t)
{
	if (t->state != ST_CONNECTING || !done(t->conn.CompletionToken.Event, &t->conn_pending))
		return;
	EFI_STATUS s = t->conn.CompletionToken.Status;
	if (!EFI_ERROR(s)) {
		t->state = ST_CONNECTED;
	} else {
		t->state = ST_FAILED;
		t->conn_err = tcp_errno(s, 1);
		t_configure(t, 0);
	}
}

static void poll_tcp(struct __sys_tcp *t)
{
	if (t->tcp6)
		t->tcp6->Poll(t->tcp6);
	else
		t->tcp->Poll(t->tcp);
}

/* Waits until ready(t) or the time is up: 1, or 0 on time-out. */
static int wait_for(struct __sys_tcp *t, int (*ready)(struct __sys_tcp *), long long timeout_ms)
{
	if (ready(t))
		return 1;
	unsigned long long start = timeout_ms > 0 ? now_ms() : 0;
	for (;;) {
		poll_tcp(t);
		if (!timeout_ms)
			return ready(t);
		if (ready(t))
			return 1;
		if (timeout_ms > 0 && now_ms() - start >= (unsigned long long)timeout_ms)
			return ready(t);
	}
}

static void destroy(struct __sys_tcp *t)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	for (struct __sys_tcp **p = &all; *p; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			break;
		}
	if (bs) {
		/* Configure(NULL) resets the connection and flushes every token
		 * (signalled with EFI_ABORTED) before their memory goes. */
		if (opened(t))
			t_configure(t, 0);
		EFI_EVENT evs[] = { t->conn.CompletionToken.Event, t->rx.CompletionToken.Event,
		                    t->tx.CompletionToken.Event, t->lst.CompletionToken.Event,
		                    t->cls.CompletionToken.Event };
		for (unsigned i = 0; i < sizeof evs / sizeof evs[0]; i++)
			if (evs[i])
				bs->CloseEvent(evs[i]);
		if (t->sb && t->child)
			t->sb->DestroyChild(t->sb, t->child);
	}
	free(t->rxbuf);
	free(t->txbuf);
	free(t);
}

/* Endpoints whose graceful close has finished are released. */
static void reap(void)
{
	struct __sys_tcp *t = all, *next;
	for (; t; t = next) {
		next = t->next;
		if (t->state == ST_CLOSING) {
			if (t->cls_pending)
				poll_tcp(t);
			if (done(t->cls.CompletionToken.Event, &t->cls_pending))
				destroy(t);
		}
	}
}

static struct __sys_tcp *wrap(EFI_SERVICE_BINDING *sb, int family, EFI_HANDLE child)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	struct __sys_tcp *t = calloc(1, sizeof *t);
	if (!t)
		return 0;
	t->child = child;
	t->sb = sb;
	t->family = family;
	t->rxbuf = malloc(RXBUF);
	t->txbuf = malloc(TXBUF);
	EFI_STATUS s = t->rxbuf && t->txbuf ? EFI_SUCCESS : EFI_OUT_OF_RESOURCES;
	EFI_EVENT *evs[] = { &t->conn.CompletionToken.Event, &t->rx.CompletionToken.Event,
	                     &t->tx.CompletionToken.Event, &t->lst.CompletionToken.Event,
	                     &t->cls.CompletionToken.Event };
	for (unsigned i = 0; !EFI_ERROR(s) && i < sizeof evs / sizeof evs[0]; i++)
		s = bs->CreateEvent(0, TPL_CALLBACK, 0, 0, evs[i]);
	if (!EFI_ERROR(s))
		s = bs->OpenProtocol(child, family == AF_INET6 ? &tcp6_guid : &tcp4_guid,
		                     family == AF_INET6 ? (void **)&t->tcp6 : (void **)&t->tcp,
		                     uefi_image_handle(), 0, EFI_OPEN_PROTOCOL_GET_PROTOCOL);
	t->next = all;
	all = t;
	if (EFI_ERROR(s)) {
		t->tcp = 0;
		t->tcp6 = 0;
		destroy(t);
		errno = s == EFI_OUT_OF_RESOURCES ? ENOMEM : __uefi_status_to_errno(s);
		return 0;
	}
	return t;
}

__sys_tcp *__sys_tcp_new(int family)
{
	if (family != AF_INET && family != AF_INET6) {
		errno = EAFNOSUPPORT;
		return 0;
	}
	if (gone() || (family == AF_INET6 ? __sys_net_up6() : __sys_net_up()))
		return 0;
	reap();
	EFI_SERVICE_BINDING *sb = family == AF_INET6 ? __uefi_net_tcp6_sb() : __uefi_net_tcp4_sb();
	if (!sb) {
		errno = ENETDOWN;
		return 0;
	}
	EFI_HANDLE child = 0;
	EFI_STATUS s = sb->CreateChild(sb, &child);
	if (EFI_ERROR(s)) {
		errno = s == EFI_OUT_OF_RESOURCES ? ENOBUFS : __uefi_status_to_errno(s);
		return 0;
	}
	struct __sys_tcp *t = wrap(sb, family, child);
	if (!t)
		sb->DestroyChild(sb, child);
	return t;
}

static void set_config(struct __sys_tcp *t, const struct __sys_addr *local, const struct __sys_addr *remote,
                       int active, int backlog, const struct __sys_tcp_opts *o)
{
	static const struct __sys_addr none;
	if (!local)
		local = &none;
	if (!remote)
		remote = &none;
	memset(&t->cfg, 0, sizeof t->cfg);
	memset(&t->cfg6, 0, sizeof t->cfg6);
	memset(&t->opt, 0, sizeof t->opt);
	if (t->family == AF_INET6) {
		/* The stack chooses the source address when it is :: */
		t->cfg6.TrafficClass = 0;
		t->cfg6.HopLimit = 64;
		memcpy(&t->cfg6.AccessPoint.StationAddress, local->ip, 16);
		t->cfg6.AccessPoint.StationPort = local->port;
		memcpy(&t->cfg6.AccessPoint.RemoteAddress, remote->ip, 16);
		t->cfg6.AccessPoint.RemotePort = remote->port;
		t->cfg6.AccessPoint.ActiveFlag = (BOOLEAN)active;
		t->cfg6.ControlOption = (EFI_TCP6_OPTION *)&t->opt;
	}
	uint32_t lip;
	memcpy(&lip, local->ip, 4);
	t->cfg.TypeOfService = 0;
	t->cfg.TimeToLive = 64;
	t->cfg.AccessPoint.UseDefaultAddress = lip == 0;
	memcpy(&t->cfg.AccessPoint.StationAddress, &lip, 4);
	if (lip && t->family == AF_INET) {
		struct __sys_net_info info;
		if (!__sys_net_get_info(&info))
			memcpy(&t->cfg.AccessPoint.SubnetMask, &info.mask, 4);
	}
	t->cfg.AccessPoint.StationPort = local->port;
	memcpy(&t->cfg.AccessPoint.RemoteAddress, remote->ip, 4);
	t->cfg.AccessPoint.RemotePort = remote->port;
	t->cfg.AccessPoint.ActiveFlag = (BOOLEAN)active;
	t->opt.ReceiveBufferSize = o ? o->rcvbuf : 0;
	t->opt.SendBufferSize = o ? o->sndbuf : 0;
	t->opt.MaxSynBackLog = (UINT32)backlog;
	t->opt.EnableNagle = !(o && o->nodelay);
	t->opt.KeepAliveProbes = 0;
	if (o && o->keepalive) {
		t->opt.KeepAliveProbes = 9;
		t->opt.KeepAliveTime = 7200;
		t->opt.KeepAliveInterval = 75;
	}
	t->opt.EnableWindowScaling = TRUE;
	t->opt.EnableTimeStamp = TRUE;
	t->opt.EnableSelectiveAck = FALSE;
	t->opt.TimeWaitTimeout = 1;
	t->opt.FinTimeout = 10;
	t->opt.DataRetries = 12;
	t->cfg.ControlOption = &t->opt;
}

static int configure(struct __sys_tcp *t)
{
	EFI_STATUS s = t_configure(t, 1);
	if (s == EFI_NO_MAPPING) {
		/* The address is still being acquired: wait for it. */
		unsigned long long start = now_ms();
		while (s == EFI_NO_MAPPING && now_ms() - start < (unsigned long long)__uefi_net_timeout_ms) {
			uefi_boot_services()->Stall(10000);
			s = t_configure(t, 1);
		}
	}
	if (EFI_ERROR(s)) {
		errno = tcp_errno(s, 1);
		if (s == EFI_INVALID_PARAMETER)
			errno = EADDRNOTAVAIL;
		return -1;
	}
	return 0;
}

static int is_connected(struct __sys_tcp *t)
{
	conn_check(t);
	return t->state != ST_CONNECTING;
}

int __sys_tcp_connected(__sys_tcp *t, long long timeout_ms)
{
	if (gone())
		return -1;
	wait_for(t, is_connected, timeout_ms);
	if (t->state == ST_CONNECTING) {
		errno = EINPROGRESS;
		return -1;
	}
	if (t->state == ST_FAILED) {
		errno = t->conn_err ? t->conn_err : ECONNREFUSED;
		t->conn_err = 0;
		return -1;
	}
	return 0;
}

int __sys_tcp_connect(__sys_tcp *t, const struct __sys_addr *local, const struct __sys_addr *remote,
                      const struct __sys_tcp_opts *o, long long timeout_ms)
{
	if (gone())
		return -1;
	if (t->state == ST_FAILED)
		t->state = ST_NEW;
	set_config(t, local, remote, 1, 0, o);
	if (configure(t))
		return -1;
	t->conn.CompletionToken.Status = EFI_NOT_READY;
	EFI_STATUS s = t_connect(t);
	if (EFI_ERROR(s)) {
		t_configure(t, 0);
		errno = tcp_errno(s, 1);
		return -1;
	}
	t->conn_pending = 1;
	t->state = ST_CONNECTING;
	if (!timeout_ms) {
		errno = EINPROGRESS;
		return -1;
	}
	if (__sys_tcp_connected(t, timeout_ms) == 0)
		return 0;
	if (errno == EINPROGRESS) {
		/* Out of time: the attempt is abandoned. */
		t_configure(t, 0);
		t->conn_pending = 0;
		uefi_boot_services()->CheckEvent(t->conn.CompletionToken.Event);
		t->state = ST_NEW;
		errno = ETIMEDOUT;
	}
	return -1;
}

int __sys_tcp_listen(__sys_tcp *t, const struct __sys_addr *local, int backlog, const struct __sys_tcp_opts *o)
{
	if (gone())
		return -1;
	set_config(t, local, 0, 0, backlog, o);
	if (configure(t))
		return -1;
	t->state = ST_LISTENING;
	return 0;
}

static int lst_ready(struct __sys_tcp *t)
{
	if (!t->lst_pending) {
		t->lst.NewChildHandle = 0;
		t->lst.CompletionToken.Status = EFI_NOT_READY;
		EFI_STATUS s = t_accept(t);
		if (EFI_ERROR(s)) {
			t->rx_err = tcp_errno(s, 0);
			return 1;
		}
		t->lst_pending = 2;        /* 2: submitted, not yet seen done */
	}
	if (t->lst_pending == 2) {
		unsigned char p = 1;
		if (done(t->lst.CompletionToken.Event, &p))
			t->lst_pending = 3;    /* done, waiting to be taken */
	}
	return t->lst_pending == 3;
}

__sys_tcp *__sys_tcp_accept(__sys_tcp *t, long long timeout_ms)
{
	if (gone())
		return 0;
	if (t->state != ST_LISTENING) {
		errno = EINVAL;
		return 0;
	}
	for (;;) {
		if (!wait_for(t, lst_ready, timeout_ms)) {
			errno = EAGAIN;
			return 0;
		}
		if (t->rx_err) {
			errno = t->rx_err;
			t->rx_err = 0;
			return 0;
		}
		t->lst_pending = 0;
		EFI_STATUS s = t->lst.CompletionToken.Status;
		if (EFI_ERROR(s) || !t->lst.NewChildHandle) {
			/* A connection that failed before it was taken. */
			if (timeout_ms == 0) {
				errno = EAGAIN;
				return 0;
			}
			continue;
		}
		struct __sys_tcp *n = wrap(t->sb, t->family, t->lst.NewChildHandle);
		if (!n) {
			t->sb->DestroyChild(t->sb, t->lst.NewChildHandle);
			return 0;
		}
		n->state = ST_CONNECTED;
		return n;
	}
}

static int rx_ready(struct __sys_tcp *t)
{
	rx_check(t);
	if (t->rx_off < t->rx_len || t->rx_err || t->eof)
		return 1;
	if (!t->rx_pending) {
		rx_submit(t);
		rx_check(t);
		return t->rx_off < t->rx_len || t->rx_err || t->eof;
	}
	return 0;
}

long long __sys_tcp_recv(__sys_tcp *t, void *buf, size_t len, long long timeout_ms, int peek)
{
	if (gone())
		return -1;
	if (t->state != ST_CONNECTED) {
		errno = ENOTCONN;
		return -1;
	}
	if (!wait_for(t, rx_ready, timeout_ms)) {
		errno = EAGAIN;
		return -1;
	}
	if (t->rx_off < t->rx_len) {
		size_t n = t->rx_len - t->rx_off;
		if (n > len)
			n = len;
		memcpy(buf, t->rxbuf + t->rx_off, n);
		if (!peek)
			t->rx_off += n;
		return (long long)n;
	}
	if (t->rx_err) {
		/* Reported once, then the stream has ended. */
		errno = t->rx_err;
		if (!peek) {
			t->rx_err = 0;
			t->eof = 1;
		}
		return -1;
	}
	return 0;
}

static int tx_ready(struct __sys_tcp *t)
{
	tx_check(t);
	return !t->tx_pending;
}

long long __sys_tcp_send(__sys_tcp *t, const void *buf, size_t len, long long timeout_ms)
{
	if (gone())
		return -1;
	if (t->state != ST_CONNECTED) {
		errno = t->state == ST_CLOSING ? EPIPE : ENOTCONN;
		return -1;
	}
	if (t->shut) {
		errno = EPIPE;
		return -1;
	}
	if (!wait_for(t, tx_ready, timeout_ms)) {
		errno = EAGAIN;
		return -1;
	}
	if (t->tx_err) {
		errno = t->tx_err;
		t->tx_err = EPIPE;
		return -1;
	}
	if (!len)
		return 0;
	size_t n = len < TXBUF ? len : TXBUF;
	memcpy(t->txbuf, buf, n);
	t->txd.Push = TRUE;
	t->txd.Urgent = FALSE;
	t->txd.DataLength = (UINT32)n;
	t->txd.FragmentCount = 1;
	t->txd.FragmentTable[0].FragmentLength = (UINT32)n;
	t->txd.FragmentTable[0].FragmentBuffer = t->txbuf;
	t->tx.Packet.TxData = &t->txd;
	t->tx.CompletionToken.Status = EFI_NOT_READY;
	EFI_STATUS s = t_transmit(t);
	if (EFI_ERROR(s)) {
		errno = s == EFI_CONNECTION_RESET ? ECONNRESET : tcp_errno(s, 0);
		if (errno == ECONNABORTED || errno == ENOTSUP)
			errno = EPIPE;
		return -1;
	}
	t->tx_pending = 1;
	return (long long)n;
}

int __sys_tcp_shutdown(__sys_tcp *t)
{
	if (gone())
		return -1;
	if (t->state != ST_CONNECTED) {
		errno = ENOTCONN;
		return -1;
	}
	if (t->shut)
		return 0;
	/* The FIN goes after the data: wait (bounded) for the last send.
	 * TCP4 accepts no Receive once Close has been called: a receive
	 * submitted before it is what still collects the peer's data and
	 * its FIN (docs/network.md, "Half-close"). */
	wait_for(t, tx_ready, 10000);
	rx_check(t);
	if (!t->rx_pending && t->rx_off >= t->rx_len && !t->eof && !t->rx_err)
		rx_submit(t);
	t->cls.AbortOnClose = FALSE;
	t->cls.CompletionToken.Status = EFI_NOT_READY;
	EFI_STATUS s = t_close(t);
	if (EFI_ERROR(s)) {
		errno = tcp_errno(s, 0);
		return -1;
	}
	t->cls_pending = 1;
	t->shut = 1;
	return 0;
}

void __sys_tcp_close(__sys_tcp *t, int abort)
{
	if (!__sys_available()) {
		/* Nothing can be given back: only forget it. */
		for (struct __sys_tcp **p = &all; *p; p = &(*p)->next)
			if (*p == t) {
				*p = t->next;
				break;
			}
		return;
	}
	if (t->state == ST_CONNECTED && !abort) {
		if (!t->shut) {
			wait_for(t, tx_ready, 10000);
			t->cls.AbortOnClose = FALSE;
			t->cls.CompletionToken.Status = EFI_NOT_READY;
			if (!EFI_ERROR(t_close(t)))
				t->cls_pending = 1;
			t->shut = 1;
		}
		if (t->cls_pending) {
			t->state = ST_CLOSING;
			reap();
			return;
		}
	}
	destroy(t);
}

int __sys_tcp_names(__sys_tcp *t, struct __sys_addr *local, struct __sys_addr *remote)
{
	if (gone())
		return -1;
	memset(local, 0, sizeof *local);
	memset(remote, 0, sizeof *remote);
	local->family = remote->family = t->family;
	EFI_TCP4_OPTION opt;
	EFI_STATUS s;
	if (t->tcp6) {
		EFI_TCP6_CONFIG_DATA c;
		EFI_TCP6_CONNECTION_STATE st;
		memset(&c, 0, sizeof c);
		c.ControlOption = (EFI_TCP6_OPTION *)&opt;
		s = t->tcp6->GetModeData(t->tcp6, &st, &c, 0, 0, 0);
		if (EFI_ERROR(s))
			return 0;    /* not configured: no ends yet */
		memcpy(local->ip, &c.AccessPoint.StationAddress, 16);
		local->port = c.AccessPoint.StationPort;
		memcpy(remote->ip, &c.AccessPoint.RemoteAddress, 16);
		remote->port = c.AccessPoint.RemotePort;
		return 0;
	}
	EFI_TCP4_CONFIG_DATA c;
	EFI_TCP4_CONNECTION_STATE st;
	memset(&c, 0, sizeof c);
	c.ControlOption = &opt;
	s = t->tcp->GetModeData(t->tcp, &st, &c, 0, 0, 0);
	if (EFI_ERROR(s))
		return 0;        /* not configured: no ends yet */
	memcpy(local->ip, &c.AccessPoint.StationAddress, 4);
	local->port = c.AccessPoint.StationPort;
	memcpy(remote->ip, &c.AccessPoint.RemoteAddress, 4);
	remote->port = c.AccessPoint.RemotePort;
	if (!memcmp(local->ip, "\0\0\0", 4)) {
		struct __sys_net_info info;
		if (!__sys_net_get_info(&info))
			memcpy(local->ip, &info.addr, 4);
	}
	return 0;
}

unsigned __sys_tcp_ready(__sys_tcp *t)
{
	if (!__sys_available())
		return __SYS_TCP_ERR | __SYS_TCP_HUP;
	unsigned r = 0;
	switch (t->state) {
	case ST_CONNECTING:
		conn_check(t);
		if (t->state == ST_FAILED)
			return __SYS_TCP_ERR | __SYS_TCP_WRITE | __SYS_TCP_HUP;
		if (t->state == ST_CONNECTING)
			return 0;
		/* fall through */
	case ST_CONNECTED:
		if (rx_ready(t))
			r |= __SYS_TCP_READ;
		if (t->eof)
			r |= __SYS_TCP_HUP;
		if (t->rx_err)
			r |= __SYS_TCP_ERR;
		if (t->shut || tx_ready(t))
			r |= __SYS_TCP_WRITE;
		return r;
	case ST_LISTENING:
		return lst_ready(t) ? __SYS_TCP_READ : 0;
	case ST_FAILED:
		return __SYS_TCP_ERR | __SYS_TCP_WRITE | __SYS_TCP_HUP;
	default:
		return __SYS_TCP_WRITE | __SYS_TCP_HUP;
	}
}

int __sys_tcp_error(__sys_tcp *t)
{
	if (t->state == ST_CONNECTING && __sys_available())
		conn_check(t);
	int e = t->conn_err;
	t->conn_err = 0;
	return e;
}

void __sys_net_idle(void)
{
	if (!__sys_available())
		return;
	for (struct __sys_tcp *t = all; t; t = t->next)
		if (t->state != ST_CLOSING) {
			poll_tcp(t);
			return;
		}
	uefi_boot_services()->Stall(100);
}

void (*__uefi_udp_fini)(void);

void __sys_net_fini(void)
{
	if (!__sys_available())
		return;
	if (__uefi_udp_fini)
		__uefi_udp_fini();
	for (struct __sys_tcp *t = all; t; t = t->next)
		if (t->state == ST_CONNECTED && !t->shut) {
			wait_for(t, tx_ready, FINI_MS);
			t->cls.AbortOnClose = FALSE;
			if (!EFI_ERROR(t_close(t)))
				t->cls_pending = 1;
			t->shut = 1;
			t->state = ST_CLOSING;
		}
	unsigned long long start = now_ms();
	while (all && now_ms() - start < FINI_MS) {
		int open = 0;
		for (struct __sys_tcp *t = all; t; t = t->next)
			if (t->state == ST_CLOSING && t->cls_pending)
				open = 1;
		if (!open)
			break;
		reap();
	}
	while (all)
		destroy(all);
}
