/* <fenv.h> over FPCR (rounding mode, trap enables) and FPSR (the cumulative
 * exception flags), which do all float and double arithmetic here (long
 * double is double on this target). */
#include <fenv.h>

/* FPCR's trap enable bits: an exception's is its flag shifted by 8. */
#define TRAP_SHIFT 8
#define RMODE_MASK 0xc00000u

static unsigned long long get_fpcr(void)
{
	unsigned long long v;
	__asm__ volatile("mrs %0, fpcr" : "=r"(v));
	return v;
}

static void set_fpcr(unsigned long long v)
{
	__asm__ volatile("msr fpcr, %0" : : "r"(v));
}

static unsigned long long get_fpsr(void)
{
	unsigned long long v;
	__asm__ volatile("mrs %0, fpsr" : "=r"(v));
	return v;
}

static void set_fpsr(unsigned long long v)
{
	__asm__ volatile("msr fpsr, %0" : : "r"(v));
}

int feclearexcept(int excepts)
{
	set_fpsr(get_fpsr() & ~(unsigned long long)(excepts & FE_ALL_EXCEPT));
	return 0;
}

int fetestexcept(int excepts)
{
	return (int)(get_fpsr() & (unsigned)excepts & FE_ALL_EXCEPT);
}

int fesetexceptflag(const fexcept_t *flagp, int excepts)
{
	unsigned m = (unsigned)excepts & FE_ALL_EXCEPT;
	set_fpsr((get_fpsr() & ~(unsigned long long)m) | (*flagp & m));
	return 0;
}

int fegetround(void)
{
	return (int)(get_fpcr() & RMODE_MASK);
}

int fesetround(int round)
{
	if ((unsigned)round & ~RMODE_MASK)
		return -1;
	set_fpcr((get_fpcr() & ~(unsigned long long)RMODE_MASK) | (unsigned)round);
	return 0;
}

int fegetenv(fenv_t *envp)
{
	envp->__fpcr = (unsigned)get_fpcr();
	envp->__fpsr = (unsigned)get_fpsr();
	return 0;
}

int fesetenv(const fenv_t *envp)
{
	/* The default: round to nearest, no traps, no flush-to-zero or
	 * default NaN, no flags. */
	unsigned fpcr = 0, fpsr = 0;
	if (envp != FE_DFL_ENV) {
		fpcr = envp->__fpcr;
		fpsr = envp->__fpsr;
	}
	set_fpcr(fpcr);
	set_fpsr(fpsr);
	return 0;
}

int feholdexcept(fenv_t *envp)
{
	fegetenv(envp);
	/* Clear the flags and disable every trap: non-stop mode. */
	set_fpcr(get_fpcr() & ~(unsigned long long)(FE_ALL_EXCEPT << TRAP_SHIFT));
	set_fpsr(get_fpsr() & ~(unsigned long long)FE_ALL_EXCEPT);
	return 0;
}
