/* Started by t_net: leaves a connected socket (with data sent and not yet
 * read back) and a listening socket open, and returns from main.  exit
 * must close both and give every TCP4 child back to the firmware; t_net
 * counts the TCP4 handles before and after. */
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

int main(void)
{
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(7);
	a.sin_addr.s_addr = inet_addr("10.0.2.100");
	int c = socket(AF_INET, SOCK_STREAM, 0);
	if (c < 0 || connect(c, (struct sockaddr *)&a, sizeof a) || send(c, "left open", 9, 0) != 9)
		return 2;
	int l = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in any;
	memset(&any, 0, sizeof any);
	any.sin_family = AF_INET;
	any.sin_port = htons(5555);
	if (l < 0 || bind(l, (struct sockaddr *)&any, sizeof any) || listen(l, 4))
		return 3;
	return 0;
}
