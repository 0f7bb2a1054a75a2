#include <fenv.h>

/* The environment *envp, then the exceptions raised before it was set. */
int feupdateenv(const fenv_t *envp)
{
	int raised = fetestexcept(FE_ALL_EXCEPT);
	fesetenv(envp);
	feraiseexcept(raised);
	return 0;
}
