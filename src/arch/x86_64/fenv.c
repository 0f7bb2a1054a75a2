/* <fenv.h> over the SSE control/status register (MXCSR), which does all
 * float and double arithmetic here, and the x87 unit, kept in step so that
 * a flag raised by either is seen. */
#include <fenv.h>

/* The 28-byte x87 environment of fnstenv/fldenv (protected-mode layout). */
struct x87_env {
	unsigned short cw, r0, sw, r1, tw, r2;
	unsigned int ip, cs_op, dp, ds;
};

static unsigned get_mxcsr(void)
{
	unsigned m;
	__asm__ volatile("stmxcsr %0" : "=m"(m));
	return m;
}

static void set_mxcsr(unsigned m)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(m));
}

static unsigned short get_x87_sw(void)
{
	unsigned short sw;
	__asm__ volatile("fnstsw %0" : "=m"(sw));
	return sw;
}

/* Clears the x87 flags in mask, leaving the others. */
static void clear_x87(unsigned mask)
{
	struct x87_env env;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.sw &= (unsigned short)~mask;
	__asm__ volatile("fldenv %0" : : "m"(env));
}

int feclearexcept(int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	if (get_x87_sw() & excepts)
		clear_x87((unsigned)excepts);
	set_mxcsr(get_mxcsr() & ~(unsigned)excepts);
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)((get_mxcsr() | get_x87_sw()) & (unsigned)excepts & FE_ALL_EXCEPT);
}

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	excepts &= FE_ALL_EXCEPT;
	feclearexcept(excepts);
	set_mxcsr(get_mxcsr() | ((unsigned)*flagp & (unsigned)excepts));
	return 0;
}

int fegetround(void)
{
	return (int)((get_mxcsr() >> 3) & 0xc00);
}

int fesetround(int round)
{
	if (round & ~0xc00)
		return -1;
	unsigned short cw;
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	cw = (unsigned short)((cw & ~0xc00) | (unsigned)round);
	__asm__ volatile("fldcw %0" : : "m"(cw));
	set_mxcsr((get_mxcsr() & ~0x6000u) | ((unsigned)round << 3));
	return 0;
}

int fegetenv(fenv_t *envp)
{
	__asm__ volatile("fnstcw %0" : "=m"(envp->__control_word));
	envp->__status_word = get_x87_sw() & FE_ALL_EXCEPT;
	envp->__mxcsr = get_mxcsr();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	struct x87_env env;
	unsigned short cw = 0x37f, sw = 0;
	unsigned mxcsr = 0x1f80;
	if (envp != FE_DFL_ENV) {
		cw = envp->__control_word;
		sw = envp->__status_word;
		mxcsr = envp->__mxcsr;
	}
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.cw = cw;
	env.sw = (unsigned short)((env.sw & ~FE_ALL_EXCEPT) | (sw & FE_ALL_EXCEPT));
	__asm__ volatile("fldenv %0" : : "m"(env));
	set_mxcsr(mxcsr);
	return 0;
}

int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	/* Clear the flags and mask every trap: non-stop mode. */
	struct x87_env env;
	__asm__ volatile("fnstenv %0" : "=m"(env));
	env.cw |= FE_ALL_EXCEPT;
	env.sw &= (unsigned short)~FE_ALL_EXCEPT;
	__asm__ volatile("fldenv %0" : : "m"(env));
	set_mxcsr((get_mxcsr() | (FE_ALL_EXCEPT << 7)) & ~(unsigned)FE_ALL_EXCEPT);
	return 0;
}
