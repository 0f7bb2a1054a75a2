/* The second object of t_ctors: a default-priority constructor and
 * destructor of its own. */
void t_ctors_mark(char c);

__attribute__((constructor)) static void ctor_b(void) { t_ctors_mark('C'); }
__attribute__((destructor)) static void dtor_b(void) { t_ctors_mark('D'); }
