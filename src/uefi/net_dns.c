/* DNS through the firmware's EFI_DNS4_PROTOCOL and EFI_DNS6_PROTOCOL
 * (docs/network.md): one child per query of the interface in use,
 * configured with one server, polled against the monotonic clock.  The
 * servers: IPv4's (DHCP's, or uefi_net_set_dns's) when IPv4 is up, then
 * those EFI_IP6_CONFIG_PROTOCOL has (a static configuration's or
 * DHCPv6's) when IPv6 is up; with IPv6 up and servers of its own, a lookup
 * does not bring IPv4 up.  A records through DNS4's HostNameToIp; AAAA,
 * PTR and everything over DNS6 through GeneralLookUp (IpToHostName is
 * optional, and EDK II does not have it). */
#include <errno.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <uefi/net.h>
#include "../internal/sys.h"
#include "../internal/sys_net.h"
#include "net_impl.h"
#include "uefi_impl.h"

static EFI_GUID dns4_sb_guid = __EFI_DNS4_SERVICE_BINDING_GUID;
static EFI_GUID dns4_guid = __EFI_DNS4_PROTOCOL_GUID;
static EFI_GUID dns6_sb_guid = __EFI_DNS6_SERVICE_BINDING_GUID;
static EFI_GUID dns6_guid = __EFI_DNS6_PROTOCOL_GUID;

#define QTYPE_A 1
#define QTYPE_PTR 12
#define QTYPE_AAAA 28

struct query {
	EFI_SERVICE_BINDING *sb;
	EFI_HANDLE child;
	__EFI_DNS4 *dns;        /* DNS6's table has the same layout */
	int v6;                 /* a DNS6 child */
	__EFI_DNS4_COMPLETION_TOKEN tok;
	volatile int done;
	unsigned long long limit_ms;
};

static VOID EFIAPI notify(EFI_EVENT ev, VOID *ctx)
{
	(void)ev;
	((struct query *)ctx)->done = 1;
}

static void end(struct query *q)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!bs)
		return;
	if (q->dns)
		q->dns->Configure(q->dns, 0);
	if (q->child)
		q->sb->DestroyChild(q->sb, q->child);
	if (q->tok.Event)
		bs->CloseEvent(q->tok.Event);
}

/* The EAI_* code for a DNS4 failure: the status a call returned or the
 * query completed with (docs/errno.md, "DNS": one table for both). */
static int dns_eai(EFI_STATUS s)
{
	switch (s) {
	case EFI_OUT_OF_RESOURCES: return EAI_MEMORY;
	case EFI_NO_MAPPING: case EFI_TIMEOUT: case EFI_NO_MEDIA: case EFI_ABORTED: return EAI_AGAIN;
	case EFI_NOT_FOUND: case EFI_INVALID_PARAMETER: return EAI_NONAME;
	default: return EAI_FAIL;
	}
}

/* The DNS servers to ask, IPv4's first (docs/network.md): their count,
 * or a negative EAI_* code.  IPv4 is brought up unless IPv6 is up and has
 * servers; when it cannot be, IPv6's servers if IPv6 came up beside it
 * (__uefi_net_up_lookup). */
struct server {
	int v6;
	unsigned char ip[16];
};

static int servers(struct server *list)
{
	unsigned char v6[UEFI_NET_MAX_DNS][16];
	int n6 = __uefi_net_dns6(v6, UEFI_NET_MAX_DNS), n = 0;
	if (n6 <= 0 || __uefi_net_is_up(AF_INET)) {
		int r = __uefi_net_up_lookup();
		if (r < 0)
			return EAI_AGAIN;
		if (r > 0) {
			n6 = __uefi_net_dns6(v6, UEFI_NET_MAX_DNS);
		} else {
			uint32_t v4[UEFI_NET_MAX_DNS];
			n = __uefi_net_dns(v4, UEFI_NET_MAX_DNS);
			if (n < 0)
				return EAI_FAIL;   /* the list unreadable */
			for (int i = 0; i < n; i++) {
				list[i].v6 = 0;
				memcpy(list[i].ip, &v4[i], 4);
			}
		}
	}
	for (int i = 0; i < n6; i++) {
		list[n].v6 = 1;
		memcpy(list[n++].ip, v6[i], 16);
	}
	return n ? n : EAI_FAIL;   /* no server known */
}

/* A DNS4 or DNS6 child ready to ask DNS server number server (of those
 * known): 0, a negative EAI_* code, or 1 when there is no such server. */
static int begin(struct query *q, int server)
{
	memset(q, 0, sizeof *q);
	if (!__sys_available()) {
		errno = EIO;
		return EAI_SYSTEM;
	}
	struct server list[2 * UEFI_NET_MAX_DNS];
	int n = servers(list);
	if (n < 0)
		return n;
	if (server >= n)
		return 1;
	q->v6 = list[server].v6;
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (EFI_ERROR(bs->HandleProtocol(__uefi_net_nic(), q->v6 ? &dns6_sb_guid : &dns4_sb_guid, (void **)&q->sb)))
		return EAI_FAIL;
	EFI_STATUS s = q->sb->CreateChild(q->sb, &q->child);
	if (EFI_ERROR(s)) {
		q->child = 0;
		return dns_eai(s);
	}
	if (EFI_ERROR(bs->HandleProtocol(q->child, q->v6 ? &dns6_guid : &dns4_guid, (void **)&q->dns))) {
		q->dns = 0;
		end(q);
		return EAI_FAIL;
	}
	s = bs->CreateEvent(EVT_NOTIFY_SIGNAL, TPL_CALLBACK, notify, q, &q->tok.Event);
	if (EFI_ERROR(s)) {
		q->dns = 0;
		q->tok.Event = 0;
		end(q);
		return dns_eai(s);
	}
	/* Each attempt is one query that the library cancels after the
	 * timeout (so that a timeout need not be whole seconds): the driver's
	 * own retry interval (whole seconds, 2 at least) is set past it, so
	 * that it neither sends again nor gives up first. */
	long secs = __uefi_dns_timeout_ms / 1000 + 1;
	if (secs < 2)
		secs = 2;
	/* One server per child: EDK II asks only the first of a list, so the
	 * library moves on to the next itself, as resolv.conf's resolver does. */
	if (q->v6) {
		__EFI_DNS6_CONFIG_DATA c;
		memset(&c, 0, sizeof c);
		c.DnsServerCount = 1;
		c.DnsServerList = (EFI_IPv6_ADDRESS *)list[server].ip;
		c.Protocol = 17;
		c.RetryCount = 1;
		c.RetryInterval = (UINT32)secs;
		s = q->dns->Configure(q->dns, (__EFI_DNS4_CONFIG_DATA *)(void *)&c);
	} else {
		__EFI_DNS4_CONFIG_DATA c;
		memset(&c, 0, sizeof c);
		c.DnsServerListCount = 1;
		c.DnsServerList = (EFI_IPv4_ADDRESS *)list[server].ip;
		c.UseDefaultSetting = TRUE;
		c.EnableDnsCache = FALSE;
		c.Protocol = 17;
		c.RetryCount = 1;
		c.RetryInterval = (UINT32)secs;
		s = q->dns->Configure(q->dns, &c);
	}
	if (EFI_ERROR(s)) {
		q->dns = 0;
		end(q);
		return dns_eai(s);
	}
	q->limit_ms = __uefi_net_ms() + (unsigned long long)__uefi_dns_timeout_ms;
	return 0;
}

/* Waits for the answer to the query submitted (status s of the call): 0
 * with the token done and successful, or a negative EAI_* code. */
static int await(struct query *q, EFI_STATUS s)
{
	if (EFI_ERROR(s))
		return dns_eai(s);
	while (!q->done) {
		if (!__sys_available()) {
			errno = EIO;
			return EAI_SYSTEM;
		}
		q->dns->Poll(q->dns);
		if (!q->done && __uefi_net_ms() >= q->limit_ms) {
			q->dns->Cancel(q->dns, &q->tok);
			if (!q->done)
				return EAI_AGAIN;
		}
	}
	return q->tok.Status == EFI_SUCCESS ? 0 : dns_eai(q->tok.Status);
}

/* A name the DNS can carry: printable ASCII labels of 1..63 bytes, 253 in
 * all, an optional final dot (dropped).  Copied into out (256 bytes). */
static int valid_name(const char *name, char *out)
{
	size_t n = strlen(name);
	if (n && name[n - 1] == '.')
		n--;
	if (!n || n > 253)
		return 0;
	size_t label = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)name[i];
		if (ch == '.') {
			if (!label)
				return 0;
			label = 0;
		} else if (ch <= ' ' || ch >= 0x7f || ++label > 63) {
			return 0;
		}
	}
	if (!label)
		return 0;
	memcpy(out, name, n);
	out[n] = 0;
	return 1;
}

static void free_rrs(__DNS_GENERAL_LOOKUP_DATA *g)
{
	EFI_BOOT_SERVICES *bs = uefi_boot_services();
	if (!g)
		return;
	if (g->RRList) {
		for (UINTN i = 0; i < g->RRCount; i++) {
			if (g->RRList[i].QName)
				bs->FreePool(g->RRList[i].QName);
			if (g->RRList[i].RData)
				bs->FreePool(g->RRList[i].RData);
		}
		bs->FreePool(g->RRList);
	}
	bs->FreePool(g);
}

/* One general query for qname (dotted ASCII, valid_name's form) of type
 * qtype: the records in q->tok.RspData.GLookupData (free_rrs), or a
 * negative EAI_* code.  EDK II takes GeneralLookUp's QName in the DNS wire
 * form (each label after its length byte), which is still a C string as
 * labels are 1..63 bytes long. */
static int general(struct query *q, const char *qname, UINT16 qtype)
{
	char wire[258];
	size_t o = 0;
	for (const char *p = qname; *p;) {
		size_t l = strcspn(p, ".");
		wire[o++] = (char)l;
		memcpy(wire + o, p, l);
		o += l;
		p += l;
		if (*p)
			p++;
	}
	wire[o] = 0;
	EFI_STATUS s = q->dns->GeneralLookUp(q->dns, (CHAR8 *)wire, qtype, 1, &q->tok);
	int e = await(q, s);
	if (e)
		return e;
	return q->tok.RspData.GLookupData ? 0 : EAI_FAIL;
}

/* Asks every server in turn, as many rounds as there are attempts, until
 * one answers anything but "no answer in time" (fn's EAI_AGAIN). */
static int each_try(int (*fn)(struct query *, void *), void *ctx)
{
	int e = EAI_AGAIN;
	for (int a = 0; a < __uefi_dns_attempts && e == EAI_AGAIN; a++) {
		for (int server = 0; e == EAI_AGAIN; server++) {
			struct query q;
			int b = begin(&q, server);
			if (b > 0)
				break;
			if (b)
				return b;
			e = fn(&q, ctx);
			end(&q);
		}
	}
	return e;
}

struct lookup {
	const char *ascii;
	int af;
	unsigned char *out;
	int max, count;
};

/* One query for c->ascii of family c->af. */
static int ask(struct query *q, void *ctx)
{
	struct lookup *c = ctx;
	const char *ascii = c->ascii;
	unsigned char *out = c->out;
	int af = c->af, max = c->max;
	int e, count = 0;
	if (af == AF_INET && !q->v6) {
		CHAR16 wide[256];
		size_t i = 0;
		for (; ascii[i]; i++)
			wide[i] = (CHAR16)ascii[i];
		wide[i] = 0;
		e = await(q, q->dns->HostNameToIp(q->dns, wide, &q->tok));
		__DNS_HOST_TO_ADDR_DATA *h = q->tok.RspData.H2AData;
		if (!e && h) {
			for (UINT32 k = 0; k < h->IpCount && count < max; k++)
				memcpy(out + 4 * count++, &h->IpList[k], 4);
		}
		if (h) {
			if (h->IpList)
				uefi_boot_services()->FreePool(h->IpList);
			uefi_boot_services()->FreePool(h);
		}
	} else {
		UINT16 type = af == AF_INET ? QTYPE_A : QTYPE_AAAA, len = af == AF_INET ? 4 : 16;
		e = general(q, ascii, type);
		__DNS_GENERAL_LOOKUP_DATA *g = e ? 0 : q->tok.RspData.GLookupData;
		if (g) {
			for (UINTN k = 0; k < g->RRCount && count < max; k++)
				if (g->RRList[k].QType == type && g->RRList[k].DataLength == len)
					memcpy(out + len * count++, g->RRList[k].RData, len);
			free_rrs(g);
		}
	}
	c->count = count;
	return e;
}

int __sys_dns_lookup(const char *name, int af, unsigned char *out, int max)
{
	char ascii[256];
	if (!valid_name(name, ascii))
		return EAI_NONAME;
	struct lookup c = { ascii, af, out, max, 0 };
	int e = each_try(ask, &c);
	if (e)
		return e;
	return c.count ? c.count : EAI_NONAME;
}

/* The name in a PTR record's data (uncompressed labels) into buf: 1, 0 when
 * it is compressed or malformed (the driver hands over the record alone,
 * so a pointer into the message cannot be followed), -1 when too long. */
static int ptr_name(const unsigned char *d, size_t len, char *buf, size_t size)
{
	size_t i = 0, o = 0;
	while (i < len) {
		size_t l = d[i++];
		if (!l)
			return o ? (buf[o - 1] = 0, 1) : 0;
		if (l > 63 || i + l > len)
			return 0;
		if (o + l + 1 > size)
			return -1;
		for (size_t k = 0; k < l; k++) {
			if (d[i + k] <= ' ' || d[i + k] >= 0x7f || d[i + k] == '.')
				return 0;
			buf[o++] = (char)d[i + k];
		}
		buf[o++] = '.';
		i += l;
	}
	return 0;
}

struct reverse {
	const char *qname;
	char *buf;
	size_t size;
	int r;
};

static int ask_ptr(struct query *q, void *ctx)
{
	struct reverse *c = ctx;
	int e = general(q, c->qname, QTYPE_PTR);
	__DNS_GENERAL_LOOKUP_DATA *g = e ? 0 : q->tok.RspData.GLookupData;
	if (g) {
		for (UINTN k = 0; k < g->RRCount; k++) {
			if (g->RRList[k].QType != QTYPE_PTR)
				continue;
			int p = ptr_name((const unsigned char *)g->RRList[k].RData, g->RRList[k].DataLength, c->buf, c->size);
			if (p) {
				c->r = p > 0 ? 1 : EAI_OVERFLOW;
				break;
			}
		}
		free_rrs(g);
	}
	return e;
}

int __sys_dns_reverse(int af, const void *ip, char *buf, size_t size)
{
	const unsigned char *b = ip;
	char qname[80];
	size_t o = 0;
	if (af == AF_INET6) {
		/* RFC 3596: every nibble, the last first, under ip6.arpa. */
		for (int i = 15; i >= 0; i--) {
			qname[o++] = "0123456789abcdef"[b[i] & 15];
			qname[o++] = '.';
			qname[o++] = "0123456789abcdef"[b[i] >> 4];
			qname[o++] = '.';
		}
		memcpy(qname + o, "ip6.arpa", 9);
	} else {
		for (int i = 0; i < 4; i++) {
			unsigned v = b[3 - i];
			if (v >= 100)
				qname[o++] = (char)('0' + v / 100);
			if (v >= 10)
				qname[o++] = (char)('0' + v / 10 % 10);
			qname[o++] = (char)('0' + v % 10);
			qname[o++] = '.';
		}
		memcpy(qname + o, "in-addr.arpa", 13);
	}
	struct reverse c = { qname, buf, size, EAI_NONAME };
	int e = each_try(ask_ptr, &c);
	return e ? e : c.r;
}
