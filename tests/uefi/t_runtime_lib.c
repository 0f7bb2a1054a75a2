double t_runtime_scale(double x, int n)
{
	for (int i = 0; i < n; i++)
		x *= 2.0;
	return x;
}
