/* Compiled with -fsanitize=undefined -fno-sanitize-recover=undefined
 * (tests/uefi/mk/harden.mk): UB here calls the _minimal_abort handlers. */
__attribute__((noinline)) int harden_ub_abort(int x)
{
	return x + 0x7fffffff;     /* x > 0: signed overflow */
}
