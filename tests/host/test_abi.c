/* The layouts tests/uefi/t_abi.c expects of uefi-cc (tests/host/abi_cases.h)
 * are the host's own: x86_64 Linux, which GCC's and Clang's layout rules
 * give.  A failure here is a wrong expectation, not a library bug. */
#include "check.h"
#include "../install/proj/abi_cases.h"

#define ONE(name, expr) CHECK(expr, "%s", name);

int main(void)
{
	ABI_CASES(ONE)
	return check_report("abi");
}
