/* A NIC without a link (tests/uefi/suites/net.sh): QEMU starts paused,
 * tests/uefi/net-link.py sets the link of the user-network NIC down
 * through the monitor, then lets the guest run.  Bring-up must fail in
 * the DHCP time with ENETDOWN (TCP, UDP), name lookups with EAI_AGAIN,
 * nothing cached: when the script puts the link back up, the next connect
 * works.  Then the link goes down under a connection: a receive with a
 * timeout returns in time, and exit does not hang. */
#include <errno.h>
#include <netdb.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <uefi/net.h>
#include "harness.h"

#define DHCP_MS 3000

static long long ms_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static struct sockaddr_in echo_addr(void)
{
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(7);
	inet_pton(AF_INET, "10.0.2.100", &a.sin_addr);
	return a;
}

static void info_ms(const char *what, long long ms)
{
	th_puts("info ");
	th_puts(what);
	th_puts(" ms ");
	th_putu((uint64_t)ms, 10);
	th_puts("\n");
}

int main(void)
{
	th_begin("net-link");
	CHECK_EQ(uefi_net_set_dhcp_timeout(DHCP_MS), 0, "DHCP time 3 s");
	struct sockaddr_in a = echo_addr();

	/* 1. No link: TCP connect. */
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	CHECK(fd >= 0, "socket");
	long long t0 = ms_now();
	errno = 0;
	int r = connect(fd, (struct sockaddr *)&a, sizeof a);
	int e = errno;
	long long dt = ms_now() - t0;
	CHECK_EQ(r, -1, "connect without a link fails");
	CHECK_EQ(e, ENETDOWN, "connect without a link: ENETDOWN");
	/* The first call also finds the NIC and connects its drivers (1.8 s
	 * measured on the loaded machine), before the DHCP time starts. */
	CHECK(dt >= DHCP_MS - 50 && dt <= DHCP_MS + 5000, "connect without a link: within the DHCP time");
	info_ms("connect without a link", dt);
	close(fd);

	/* 2. UDP: the first send brings the network up. */
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	t0 = ms_now();
	errno = 0;
	r = (int)sendto(u, "x", 1, 0, (struct sockaddr *)&a, sizeof a);
	e = errno;
	dt = ms_now() - t0;
	CHECK_EQ(r, -1, "sendto without a link fails");
	CHECK_EQ(e, ENETDOWN, "sendto without a link: ENETDOWN");
	CHECK(dt >= DHCP_MS - 50 && dt <= DHCP_MS + 1500, "sendto without a link: within the DHCP time");
	info_ms("sendto without a link", dt);
	close(u);

	/* 3. A name lookup: the network cannot come up. */
	struct addrinfo hints, *res = 0;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_INET;
	t0 = ms_now();
	r = getaddrinfo("server.test", "80", &hints, &res);
	dt = ms_now() - t0;
	CHECK_EQ(r, EAI_AGAIN, "getaddrinfo without a link: EAI_AGAIN");
	CHECK(dt <= DHCP_MS + 1500, "getaddrinfo without a link: within the DHCP time");
	if (!r)
		freeaddrinfo(res);

	/* 4. The link comes back: nothing was cached, the next connect works. */
	CHECK_EQ(uefi_net_set_dhcp_timeout(60000), 0, "DHCP time 60 s");
	th_puts("info link-on please\n");
	fd = socket(AF_INET, SOCK_STREAM, 0);
	t0 = ms_now();
	r = connect(fd, (struct sockaddr *)&a, sizeof a);
	dt = ms_now() - t0;
	CHECK_EQ(r, 0, "connect after the link came up");
	info_ms("link up, DHCP and connect", dt);
	char c = 0;
	CHECK(send(fd, "k", 1, 0) == 1 && recv(fd, &c, 1, 0) == 1 && c == 'k', "a byte through the echo");

	/* 5. The link goes down under the connection. */
	th_puts("info link-off please\n");
	struct timeval tv = {1, 0};
	CHECK_EQ(setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv), 0, "SO_RCVTIMEO 1 s");
	/* The script sets the link down within a second of the line above;
	 * what is sent after that never arrives, and the echo is not seen. */
	long long until = ms_now() + 3000;
	int lost = 0;
	while (ms_now() < until && !lost) {
		t0 = ms_now();
		errno = 0;
		if (send(fd, "z", 1, 0) != 1)
			break;
		r = (int)recv(fd, &c, 1, 0);
		e = errno;
		dt = ms_now() - t0;
		if (r == -1 && e == EAGAIN)
			lost = 1;
	}
	CHECK(lost, "link down under a connection: recv gives EAGAIN after SO_RCVTIMEO");
	CHECK(dt >= 950 && dt <= 2500, "link down under a connection: recv within its timeout");
	info_ms("recv with the link down", dt);
	/* exit closes the socket (graceful, at most 2 s) and must not hang. */
	th_end();
	th_qemu_exit(0);
	return 0;
}
