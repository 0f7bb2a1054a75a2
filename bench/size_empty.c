/* make bench / core suite: a program that uses nothing of the library.  Exit
 * must not drag in the console streams (stdio flush at exit is a weak
 * reference, see src/stdlib/exit.c). */
int main(void)
{
	return 0;
}
