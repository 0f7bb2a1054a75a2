/* log, log2, log10, log1p: x = 2^k m, m = c (1 + f) with c = j/64 from a
 * table of log(j/64), and log(m/c) = 2 atanh(s), s = (m - c)/(m + c),
 * |s| < 0.0056, all carried as double-doubles (about 2^-75 relative). */
#include "../internal/math_explog.h"

/* Session 8 fast paths of log, log1p, log2 and log10 away from 1
 * (docs/math.md, "Session 8: logarithms"); constants and log10's table by
 * tools/gen_log_fast.py (python3 tools/gen_log_fast.py).  The series
 * (log1p(r) - r)/ln b = D2 r^2 + r^3 (D3 + ... + D8 r^5) for b = e, 2, 10
 * (D2 = RN(-1/(2 ln b)), D3..D8 minimax on r in [-2^-8.0114, 2^-8]:
 * approximation error 2^-80.7, 2^-76.4, 2^-77.4 absolute). */
#define LN_D2 -0x1.0000000000000p-1
#define LN_D3 0x1.5555555555557p-2
#define LN_D4 -0x1.0000000000001p-2
#define LN_D5 0x1.9999999870cccp-3
#define LN_D6 -0x1.55555554c0b66p-3
#define LN_D7 0x1.24941b47a034ap-3
#define LN_D8 -0x1.0001467eb4c1fp-3
#define L2_D2 -0x1.71547652b82fep-1
#define L2_D3 0x1.ec709dc3a0404p-2
#define L2_D4 -0x1.71547652ca675p-2
#define L2_D5 0x1.2776c50d44399p-2
#define L2_D6 -0x1.ec705de794579p-3
#define L2_D7 0x1.a61b48f01e74cp-3
#define L2_D8 -0x1.930300a3b99b6p-3
#define L10_D2 -0x1.bcb7b1526e50ep-3
#define L10_D3 0x1.287a7636f4364p-3
#define L10_D4 -0x1.bcb7b152957e3p-4
#define L10_D5 0x1.63c6277280c63p-4
#define L10_D6 -0x1.287a31ac7b6e0p-4
#define L10_D7 0x1.fc453b3d895e0p-5
#define L10_D8 -0x1.027763958efafp-4
#define L10_A 0x1.bcb7800000000p-2
#define L10_B 0x1.8a93728719535p-21
#define L10_S 0x1.bcb7b1526e50ep-2
#define L10_H 0x1.34413509f7800p-2
#define L10_L 0x1.fef311f12b358p-46
static const double log10_tab[128][2] = {   /* -log10(invc) as hi + lo */
	{-0x1.2f72fe55df000p-3, -0x1.1a6520a48ee35p-46},
	{-0x1.2a934b2520000p-3, -0x1.79d70605f4bbfp-48},
	{-0x1.25ba742ff2000p-3, 0x1.34e73a95f2d52p-46},
	{-0x1.20e84f9382000p-3, -0x1.a63e8022cebbap-47},
	{-0x1.1c1d02c5c3000p-3, -0x1.e1c09688f57f5p-46},
	{-0x1.1758111c02000p-3, -0x1.a947470db6cd4p-45},
	{-0x1.12999e085f000p-3, -0x1.9070b8ef4f7efp-45},
	{-0x1.0de1cd4634000p-3, -0x1.22b80bedf3467p-46},
	{-0x1.09301dd05f000p-3, 0x1.8026b89a86995p-46},
	{-0x1.0485044842000p-3, -0x1.deba5e72893e8p-45},
	{-0x1.ffbffa52bc000p-4, -0x1.98529c99b9256p-45},
	{-0x1.f68252b88c000p-4, -0x1.ab1e61e16b6f6p-45},
	{-0x1.ed50ab954e000p-4, 0x1.1ce076c2e0db5p-45},
	{-0x1.e42b4523ec000p-4, 0x1.99aa90c180bf4p-48},
	{-0x1.db11b5df74000p-4, 0x1.2599e68f12bccp-46},
	{-0x1.d2043c620c000p-4, 0x1.a57dcaab0b919p-46},
	{-0x1.c9026bc426000p-4, 0x1.c48ec86abc4f1p-47},
	{-0x1.c00c80f514000p-4, -0x1.4aba01419a7e3p-45},
	{-0x1.b7220ba0ea000p-4, 0x1.5756a9af45e3ap-45},
	{-0x1.ae42986c7e000p-4, 0x1.583110fea8b27p-47},
	{-0x1.a56e60679c000p-4, 0x1.a376453e00ec5p-46},
	{-0x1.9ca59d0fc8000p-4, -0x1.b14a6d5c92f80p-47},
	{-0x1.93e7d71ce6000p-4, 0x1.c194d7d1cf024p-45},
	{-0x1.8b35464666000p-4, 0x1.e308fed698a22p-45},
	{-0x1.828cbccf54000p-4, -0x1.2afe2f3b43ed6p-45},
	{-0x1.79efd59e56000p-4, 0x1.e69a7f07f8db0p-46},
	{-0x1.715d6045d6000p-4, -0x1.f5c1e2802bbd4p-45},
	{-0x1.68d4db4ff8000p-4, -0x1.8b4467f0caeb6p-47},
	{-0x1.60572efbba000p-4, 0x1.a6cfb067f2130p-46},
	{-0x1.57e3d8d406000p-4, -0x1.8d121284667a2p-47},
	{-0x1.4f7a53466a000p-4, -0x1.ac1102f9df960p-46},
	{-0x1.471b87a63c000p-4, 0x1.3044ab4e0dda5p-46},
	{-0x1.3ec6ef574a000p-4, -0x1.3e67ecb495f3fp-45},
	{-0x1.367c009b02000p-4, -0x1.52b62136fd39fp-45},
	{-0x1.2e3a2e8ec2000p-4, -0x1.e130f7e5c2eb0p-45},
	{-0x1.26031e9dd6000p-4, 0x1.565e5b06ad796p-46},
	{-0x1.1dd5880fce000p-4, -0x1.7cc7c169627bbp-47},
	{-0x1.15b0d9c2bc000p-4, -0x1.41a850c439672p-46},
	{-0x1.0d96bcaf50000p-4, -0x1.077d81050f0b4p-47},
	{-0x1.0585214486000p-4, 0x1.628dd461cdb6dp-45},
	{-0x1.faf9e24014000p-5, -0x1.ba1fa50ddc62cp-46},
	{-0x1.eafcafe430000p-5, -0x1.de3bcb6c64871p-45},
	{-0x1.db117e487c000p-5, -0x1.5bdfbde969cccp-46},
	{-0x1.cb38a0bb84000p-5, 0x1.d2abfdb51b735p-46},
	{-0x1.bb726b1a10000p-5, 0x1.e0fa803697971p-48},
	{-0x1.abbda775c8000p-5, -0x1.a65c6f0c20a52p-45},
	{-0x1.9c191976d0000p-5, -0x1.7dd35c8367f79p-46},
	{-0x1.8c8827ca28000p-5, 0x1.4d306471a0ddfp-45},
	{-0x1.7d0679c5fc000p-5, 0x1.9e38d1554c054p-45},
	{-0x1.6d9778dad8000p-5, 0x1.90a307f861584p-45},
	{-0x1.5e39e3cb90000p-5, -0x1.ab50a642ebb93p-46},
	{-0x1.4eec72e5f4000p-5, -0x1.b26ec1f3c3bf3p-45},
	{-0x1.3faf6e8074000p-5, 0x1.30acc58afd218p-45},
	{-0x1.30831f6af8000p-5, -0x1.6d98c62041541p-45},
	{-0x1.2167ceecf8000p-5, -0x1.a9af8394eb8d0p-46},
	{-0x1.125dc6c344000p-5, 0x1.9d0607304d0d6p-45},
	{-0x1.03621638a4000p-5, -0x1.fd3fa58269579p-45},
	{-0x1.e8ed396428000p-6, 0x1.5b1e0ee294c23p-50},
	{-0x1.cb3a81ee40000p-6, 0x1.bf06cea844944p-45},
	{-0x1.ada2cd1868000p-6, -0x1.11f3e27cc90ccp-45},
	{-0x1.902d250a98000p-6, -0x1.aaa321bba97aep-45},
	{-0x1.72d37f79d0000p-6, 0x1.1d6b3033bfecep-45},
	{-0x1.559cf618f0000p-6, -0x1.4ec42b8ce9ceap-45},
	{-0x1.38801f1de0000p-6, -0x1.cd2fab83e7a7cp-45},
	{-0x1.1b876ffd98000p-6, -0x1.21a795ac99884p-45},
	{-0x1.fd52d74c80000p-7, 0x1.69f2a01f5bc80p-48},
	{-0x1.c3d3c54fe0000p-7, 0x1.cbcf656aa15c0p-45},
	{-0x1.8a8be3fcc0000p-7, -0x1.a4fa31b5d5940p-46},
	{-0x1.5182e554b0000p-7, 0x1.f96fbf54911bbp-46},
	{-0x1.18b2f858a0000p-7, -0x1.b1d09267343dep-45},
	{-0x1.c03a118080000p-8, 0x1.d0df4ba6c6131p-45},
	{-0x1.4f840757c0000p-8, 0x1.d360063742bdep-45},
	{-0x1.be6fca98c0000p-9, -0x1.3e6fbe9da9125p-45},
	{-0x1.bd94e52000000p-10, -0x1.3cd7c317f1ce0p-45},
	{0x0.0p+0, 0x0.0p+0},
	{0x1.baf6544380000p-9, -0x1.557b0cd0ea5ebp-46},
	{0x1.b947d97dc0000p-8, -0x1.98b7faf08d0d5p-46},
	{0x1.49afd75c80000p-7, 0x1.99bc72f5b0cd4p-46},
	{0x1.b5e8ed1fa0000p-7, -0x1.e54cc3358eb1cp-45},
	{0x1.10a7f50790000p-6, 0x1.b4ba5a77410b4p-45},
	{0x1.45f4a93d28000p-6, -0x1.530a16a198e3fp-46},
	{0x1.7adcf617c0000p-6, 0x1.e6cd724d5ac34p-45},
	{0x1.af5fae7b88000p-6, 0x1.84071082b0c76p-46},
	{0x1.e3813ebb60000p-6, -0x1.fdc545bc23345p-46},
	{0x1.0ba0521868000p-5, -0x1.66818a2bfa5c2p-45},
	{0x1.2550540444000p-5, 0x1.e47b27205db9ep-48},
	{0x1.3ed127801c000p-5, -0x1.614bbae3eca87p-48},
	{0x1.58235910f8000p-5, -0x1.a5f988faa488cp-46},
	{0x1.7148762b18000p-5, -0x1.9dbbe7a5bec59p-47},
	{0x1.8a3f34514c000p-5, 0x1.6b1c490984abdp-49},
	{0x1.a30a2e32b4000p-5, 0x1.9ae0efbd4c4fdp-47},
	{0x1.bba9234538000p-5, 0x1.5f588fa64a993p-48},
	{0x1.d41cd45154000p-5, -0x1.c2392bf76f804p-46},
	{0x1.ec660cdaf4000p-5, -0x1.1dd6a6a979381p-46},
	{0x1.0242510ea4000p-4, -0x1.211cabf2dbfe0p-45},
	{0x1.0e3d397a86000p-4, 0x1.66c5945e459fbp-45},
	{0x1.1a2331391c000p-4, 0x1.fa2f531d15977p-45},
	{0x1.25f531df86000p-4, 0x1.798c061bb59f0p-45},
	{0x1.31b3360060000p-4, -0x1.be7afdd22a9a5p-45},
	{0x1.3d5d3a4f32000p-4, -0x1.fb027d2926237p-48},
	{0x1.48f3c36cbc000p-4, 0x1.b43cc36860923p-46},
	{0x1.54775ba5c4000p-4, 0x1.b01701755e9ecp-47},
	{0x1.5fe80b7b8e000p-4, 0x1.88dbafd434175p-48},
	{0x1.6b45ddb286000p-4, 0x1.edeae6184cb00p-46},
	{0x1.76916896d4000p-4, -0x1.777e9c358f9d3p-47},
	{0x1.81ca340aa0000p-4, -0x1.471601ac96debp-45},
	{0x1.8cf167bcea000p-4, -0x1.7318f3b409f84p-46},
	{0x1.98071d0148000p-4, -0x1.2324388c1f4b0p-45},
	{0x1.a30ae2dd54000p-4, 0x1.dd9e0a3494e4dp-49},
	{0x1.adfcd4e09e000p-4, -0x1.fd1ef1f31999fp-46},
	{0x1.b8de2df5ca000p-4, -0x1.5fc554b0003ebp-46},
	{0x1.c3ae848280000p-4, 0x1.d38cd52c7a7cep-45},
	{0x1.ce6dfe246a000p-4, -0x1.bdef434e30aa3p-45},
	{0x1.d91d540ee0000p-4, -0x1.4073bcb6cfe6cp-45},
	{0x1.e3bc21a3c0000p-4, 0x1.a29bf82c9ee91p-46},
	{0x1.ee4a942946000p-4, 0x1.312bf63f619a1p-46},
	{0x1.f8c96f2746000p-4, 0x1.c396ed5797937p-45},
	{0x1.019c29971d000p-3, 0x1.7065bbc7c9b9ap-45},
	{0x1.06cbbaaef2000p-3, -0x1.aa4ed5f8ebcdfp-45},
	{0x1.0bf3d1e106000p-3, 0x1.c007e16da8290p-49},
	{0x1.11144223f6000p-3, 0x1.10b7452fa8994p-48},
	{0x1.162d2a0ac8000p-3, 0x1.df9122f64b6a7p-45},
	{0x1.1b3e5d13f9000p-3, -0x1.9a79c22037ee9p-47},
	{0x1.204894facd000p-3, 0x1.2a3316be9672dp-45},
	{0x1.254b5b1ba5000p-3, 0x1.e88315efbb56ep-45},
	{0x1.2a46d23528000p-3, -0x1.530f487e34806p-47},
	{0x1.2f3b6c95c9000p-3, 0x1.91b5de80c6fe1p-45},
	{0x1.3429027747000p-3, 0x1.efaf5f5402a53p-45},
};

/* The series at r = RN(rh + rl) in two parts: A = D2 r^2 + r^2 (r D3)
 * (|A| < 2^-16.4) and BC = r^4 ((D4 + r D5) + r^2 ((D6 + r D7) + r^2 D8))
 * (|BC| < 2^-34, its roundings below 2^-84); then the rounding test on hi
 * + rest, rest = (P + A) + BC, with rest +- err. */
#define LOG_S8_SERIES(D, r, A, BC) do { \
	double r2_ = (r) * (r); \
	A = r2_ * D##_D2 + r2_ * ((r) * D##_D3); \
	double q_ = (D##_D4 + (r) * D##_D5) + r2_ * ((D##_D6 + (r) * D##_D7) + r2_ * D##_D8); \
	BC = (r2_ * r2_) * q_; \
} while (0)

/* LOG_NEAR1 from the shift that gives the table index: u in [1 - 2^-9, 1 +
 * 2^-8) is interval LOG_I1 with k = 0 */
#define LOG_S8_NEAR1(u) ((((u) - LOG_OFF) >> 45) == LOG_I1)

__EL_INLINE int log_s8_round(double hi, double P, double A, double BC, double err, double *y)
{
	double rest = (P + A) + BC;
	double a = hi + (rest + err), b = hi + (rest - err);
	*y = a;
	return a == b;
}

/* log x rounded (*y, returning 1), or 0: x = bits u, a positive normal
 * double outside [1 - 2^-9, 1 + 2^-8), and when with_lo, zlo (|zlo| <=
 * ulp/2 of that double: log1p's 1 + x = double + zlo) added.  x = 2^k z,
 * z = mh + ml (mh of 33 bits), rh = mh invc - 1 and rl = ml invc exact
 * (|rl| < 2^-31.49), r = rh + rl = z invc - 1; log x = (k LN2H + T1h) +
 * rh (hi + lo exactly) + (rl + k LN2L + T1l) + log1p(r) - r.  Error of hi
 * + P + A + BC below 2.52 units of 2^-70 (the rounding of r 1.01, of r^2
 * 0.5, of A 1.0, the rest 0.01), and the three additions of the test
 * (P + A, + BC, rest +- err) 1 unit each: LOG_S8_ERR = 6 units
 * (docs/math.md, "Session 8: logarithms"). */
#define LOG_S8_ERR 0x1.8p-68
__EL_INLINE int log_s8(uint64_t u, double zlo, int with_lo, double *y)
{
	uint64_t tmp = u - LOG_OFF;
	int i = (int)((tmp >> 45) & 127);
	int k = (int)((int64_t)tmp >> 52);
	uint64_t zb = u - (tmp & (0xfffull << 52));
	double z = __dfrom(zb), mh = __dfrom(zb & ~0xfffffull);
	double ml = z - mh;                           /* exact, < 2^-32 */
	double invc = __math_log_tab128[i][0];
	double rh = mh * invc - 1.0;                  /* exact */
	double rl = ml * invc;                        /* exact */
	if (with_lo && k < 100)
		rl += (zlo * __pow2(-k)) * invc;
	double kd = __el_i2d(k);
	double K = kd * LOG_LN2H + __math_log_tab128[i][1];   /* exact */
	double hi = K + rh;
	double lo = rh - (hi - K);                    /* exact: |K| > |rh| */
	double P = lo + (rl + (kd * LOG_LN2L + __math_log_tab128[i][2]));
	double r = rh + rl, A, BC;
	LOG_S8_SERIES(LN, r, A, BC);
	return log_s8_round(hi, P, A, BC, LOG_S8_ERR, y);
}

/* log2 x (b = 2) and log10 x (b = 10) rounded as log_s8, x = bits u as in
 * log_s8 (without zlo): z = ma + zr, ma of 21 bits, ra = ma invc - 1 exact
 * (34 bits, |ra| < 2^-7.99), rb = zr invc exact (< 2^-19.5), r = ra + rb
 * = z invc - 1; P = ra A (A = 1/ln b to 18 bits) exact, hi + lo = K + P
 * exactly (K = k L_H + Th exact; Fast2Sum: e(K) >= e(P), checked by the
 * generator for k = 0, and |K| > 2^-2.8 > |P| otherwise), m = ra (1/ln b
 * - A) + rb/ln b.  Error bounds (docs/math.md): log2 8.21 units of 2^-70
 * with the test's additions, LOG2_S8_ERR = 10 units; log10 2.97 units,
 * LOG10_S8_ERR = 4 units. */
#define LOG2_S8_ERR 0x1.4p-67
#define LOG10_S8_ERR 0x1p-68
__EL_INLINE int logb_s8(uint64_t u, int ten, double *y)
{
	uint64_t tmp = u - LOG_OFF;
	int i = (int)((tmp >> 45) & 127);
	uint64_t zb = u - (tmp & (0xfffull << 52));
	double z = __dfrom(zb), ma = __dfrom(zb & ~0xffffffffull);
	double zr = z - ma;                           /* exact, < 2^-20 */
	double invc = __math_log_tab128[i][0];
	double ra = ma * invc - 1.0;                  /* exact */
	double rb = zr * invc;                        /* exact */
	double kd = __el_i2d((int64_t)tmp >> 52);
	double r = ra + rb, A, BC, K, P, m, T;
	if (ten) {
		K = kd * L10_H + log10_tab[i][0];     /* exact */
		P = ra * L10_A;                       /* exact: 34 + 18 bits */
		m = ra * L10_B + rb * L10_S;
		T = log10_tab[i][1] + kd * L10_L;
		LOG_S8_SERIES(L10, r, A, BC);
	} else {
		K = kd + __math_log2_tab128[i][0];    /* exact */
		P = ra * 0x1.71548p+0;                /* exact */
		m = ra * -0x1.35a8fa03d1106p-21 + rb * 0x1.71547652b82fep+0;
		T = __math_log2_tab128[i][1];
		LOG_S8_SERIES(L2, r, A, BC);
	}
	double hi = K + P;
	double lo = P - (hi - K);                     /* exact */
	return log_s8_round(hi, lo + (m + T), A, BC, ten ? LOG10_S8_ERR : LOG2_S8_ERR, y);
}

__dd __log_core(double x)
{
	uint64_t u = __dbits(x);
	int k = 0;
	if (u < (1ull << 52)) {   /* subnormal */
		u = __dbits(x * 0x1p54);
		k = -54;
	}
	k += (int)(u >> 52) - 1023;
	uint64_t mb = u & ((1ull << 52) - 1);
	if (mb > 0x6a09e667f3bcdull) {   /* m > sqrt(2): use m/2 */
		mb |= 0x3fe0000000000000ull;
		k++;
	} else
		mb |= 0x3ff0000000000000ull;
	double m = __dfrom(mb);
	int j = (int)(m * 64.0 + 0.5);
	double c = j * 0x1p-6;
	__dd den = __two_sum(m, c);
	__dd s = __dd_div((__dd){ m - c, 0.0 }, den);
	double z = s.hi * s.hi;
	double tail = s.hi * z * (0x1.5555555555555p-1 + z * (0x1.999999999999ap-2 + z * (0x1.2492492492492p-2 + z * (0x1.c71c71c71c71cp-3 + z * (0x1.745d1745d1746p-3)))));
	__dd l = __dd_add_d((__dd){ 2.0 * s.hi, 2.0 * s.lo }, tail);
	__dd t = { __math_log_tab[j - 45][0], __math_log_tab[j - 45][1] };
	__dd kl = __two_sum(k * LN2_HI, k * LN2_LO);
	return __dd_add(__dd_add(kl, t), l);
}

/* log x = hi + *rest within *err (math_explog.h), x positive finite. */
static inline __attribute__((always_inline)) double log_fast(double x, double xlo, int with_lo, double *rest, double *err)
{
	uint64_t u = __dbits(x);
	int k0 = 0;
	if (u < (1ull << 52)) {   /* subnormal */
		u = __dbits(x * 0x1p52);
		k0 = -52;
	}
	if (!LOG_NEAR1(u) || k0) {
		*err = LOG_ERR_A_T;
		return __log_kernel_a(u, k0, xlo, with_lo, rest);
	}
	double K, hi = __log_kernel(u, k0, xlo, with_lo, rest, &K);
	*err = LOG_ERR_T(hi, K);
	return hi;
}

__dd __log_fast(double x, double *err)
{
	double rest, hi = log_fast(x, 0.0, 0, &rest, err);
	__dd r = __fast_two_sum(hi, rest);
	*err += __builtin_fabs(r.hi) * 0x1p-104;
	return r;
}

/* Non-positive, infinite or NaN argument: the result, or 0 to go on. */
static int special(double x, double *r)
{
	if (__builtin_isnan(x)) {
		*r = x + x;
		return 1;
	}
	if (x == 0.0) {
		*r = __math_divzero(1);
		return 1;
	}
	if (x < 0.0) {
		*r = __math_invalid(x);
		return 1;
	}
	if (__builtin_isinf(x)) {
		*r = x;
		return 1;
	}
	return 0;
}

/* The accurate paths when the fast path's test fails, out of line so that
 * the fast path needs no stack frame (a tail call). */
static __attribute__((noinline)) double log_slow(double x)
{
	MATH_SLOW(log);
	return __log_core(x).hi;
}

static __attribute__((noinline)) double log2_slow(double x)
{
	MATH_SLOW(log2);
	return __dd_mul(__log_core(x), (__dd){ INV_LN2_HI, INV_LN2_LO }).hi;
}

static __attribute__((noinline)) double log10_slow(double x)
{
	MATH_SLOW(log10);
	return __dd_mul(__log_core(x), (__dd){ INV_LN10_HI, INV_LN10_LO }).hi;
}

/* The cases the fast path below leaves: as before session 8. */
static __attribute__((noinline)) double log_other(double x)
{
	uint64_t u = __dbits(x);
	/* fast path: positive normal x */
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull) {
		double rest, y;
		if (!LOG_NEAR1(u)) {
			if (log_s8(u, 0.0, 0, &y))
				return y;
		} else {
			if (u == 0x3ff0000000000000ull)
				return 0.0;   /* exact */
			double K, hi = __log_kernel(u, 0, 0.0, 0, &rest, &K);
			y = __el_round(hi, rest, LOG_ERR_T(hi, K));
			if (y != 0.0)
				return y;
		}
		return log_slow(x);
	}
	double r;
	if (special(x, &r))
		return r;
	if (x == 1.0)
		return 0.0;   /* exact */
	double err, rest, hi = log_fast(x, 0.0, 0, &rest, &err);
	double y = __el_round(hi, rest, err);
	if (y != 0.0)
		return y;
	MATH_SLOW(log);
	return __log_core(x).hi;
}

double log(double x)
{
	uint64_t u = __dbits(x);
	double y;
	/* fast path: positive normal x outside [1 - 2^-9, 1 + 2^-8) */
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		if (log_s8(u, 0.0, 0, &y))
			return y;
		return log_slow(x);
	}
	return log_other(x);
}

/* log x times C = A + B + C (the EL_ constants): hi + rest (the log
 * kernel, within err) with hi split into 26 + 27 bits, hi_a A exact, the
 * rest below 2^-24.4 of it and rounded four times (2^-75 of the result). */
static inline __attribute__((always_inline)) double log_times(double x, double a, double b, double c, double cd, int *ok)
{
	double err, rest, hi = log_fast(x, 0.0, 0, &rest, &err);
	double ha = __el_mask(hi, 27), hb = hi - ha;
	double p = ha * a;   /* exact */
	double m = (ha * b + hb * a) + ((hb * b + hi * c) + rest * cd);
	double y = __el_round(p, m, err * (cd * 1.001) + __builtin_fabs(p) * 0x1p-75);
	*ok = y != 0.0;
	return y;
}

/* The cases the fast path below leaves: as before session 8. */
static __attribute__((noinline)) double log2_other(double x)
{
	double r;
	uint64_t u = __dbits(x);
	/* positive normal x outside [1 - 2^-9, 1 + 2^-8): log2's own kernel */
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		double y;
		if ((u & ((1ull << 52) - 1)) == 0)
			return __el_i2d((int64_t)(u >> 52) - 1023);   /* exact */
		if (logb_s8(u, 0, &y))
			return y;
		return log2_slow(x);
	}
	if (u - 0x0010000000000000ull >= 0x7fe0000000000000ull && special(x, &r))
		return r;
	if (u == 0x3ff0000000000000ull)
		return 0.0;
	int ok;
	double y = log_times(x, EL_INVLN2_A, EL_INVLN2_B, EL_INVLN2_C, 0x1.71547652b82fep+0, &ok);
	if (ok)
		return y;
	MATH_SLOW(log2);
	return __dd_mul(__log_core(x), (__dd){ INV_LN2_HI, INV_LN2_LO }).hi;
}

double log2(double x)
{
	uint64_t u = __dbits(x);
	double y;
	/* positive normal x outside [1 - 2^-9, 1 + 2^-8): log2's own kernel */
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		if ((u & ((1ull << 52) - 1)) == 0)
			return __el_i2d((int64_t)(u >> 52) - 1023);   /* exact */
		if (logb_s8(u, 0, &y))
			return y;
		return log2_slow(x);
	}
	return log2_other(x);
}

/* The cases the fast path below leaves: as before session 8. */
static __attribute__((noinline)) double log10_other(double x)
{
	double r;
	uint64_t u = __dbits(x);
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		double y;
		if (logb_s8(u, 1, &y))
			return y;
		return log10_slow(x);
	}
	if (u - 0x0010000000000000ull >= 0x7fe0000000000000ull && special(x, &r))
		return r;
	if (x == 1.0)
		return 0.0;
	int ok;
	double y = log_times(x, EL_INVLN10_A, EL_INVLN10_B, EL_INVLN10_C, 0x1.bcb7b1526e50ep-2, &ok);
	if (ok)
		return y;
	MATH_SLOW(log10);
	return __dd_mul(__log_core(x), (__dd){ INV_LN10_HI, INV_LN10_LO }).hi;
}

double log10(double x)
{
	uint64_t u = __dbits(x);
	double y;
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		if (logb_s8(u, 1, &y))
			return y;
		return log10_slow(x);
	}
	return log10_other(x);
}

/* log of a double-double a > 0 (a.lo tiny beside a.hi). */
static __dd log_dd(__dd a)
{
	__dd l = __log_core(a.hi);
	/* a.lo / a.hi, unless negligible (and maybe underflowing) */
	if (a.lo != 0.0 && __builtin_fabs(a.lo) > a.hi * 0x1p-900)
		l = __dd_add_d(l, a.lo / a.hi);
	return l;
}

/* The cases the fast path below leaves: as before session 8. */
static __attribute__((noinline)) double log1p_other(double x)
{
	uint64_t ux = __dbits(x) & 0x7fffffffffffffffull;
	/* fast path: x > -1, 2^-20 <= |x| < inf; 1 + x = a.hi + a.lo, a.hi
	 * normal, a.lo folded into the reduced argument */
	if (__builtin_isgreater(x, -1.0) && ux - 0x3eb0000000000000ull < 0x7ff0000000000000ull - 0x3eb0000000000000ull) {
		__dd a = __two_sum(1.0, x);
		uint64_t u = __dbits(a.hi);
		double rest, y;
		if (!LOG_S8_NEAR1(u)) {
			if (log_s8(u, a.lo, 1, &y))
				return y;
		} else {
			double K, hi = __log_kernel(u, 0, a.lo, 1, &rest, &K);
			y = __el_round(hi, rest, LOG_ERR_T(hi, K));
			if (y != 0.0)
				return y;
		}
		MATH_SLOW(log1p);
		return log_dd(a).hi;
	}
	if (__builtin_isnan(x))
		return x + x;
	if (x <= -1.0)
		return x == -1.0 ? __math_divzero(1) : __math_invalid(x);
	if (__builtin_isinf(x))
		return x;
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-20) {
		if (ax < 0x1p-54) {
			return __math_tiny(x);
		}
		return x + x * x * (-0.5 + x * (0x1.5555555555555p-2 + x * -0.25));
	}
	__dd a = __two_sum(1.0, x);
	return log_dd(a).hi;   /* not reached: 2^-20 <= |x| takes the fast path */
}

static __attribute__((noinline)) double log1p_slow(double x)
{
	MATH_SLOW(log1p);
	return log_dd(__two_sum(1.0, x)).hi;
}

double log1p(double x)
{
	uint64_t ux = __dbits(x) & 0x7fffffffffffffffull;
	double y;
	/* fast path: x > -1, 2^-20 <= |x| < inf, 1 + x outside [1 - 2^-9, 1 +
	 * 2^-8); 1 + x = a.hi + a.lo, a.lo folded into the reduced argument */
	if (__builtin_isgreater(x, -1.0) && ux - 0x3eb0000000000000ull < 0x7ff0000000000000ull - 0x3eb0000000000000ull) {
		__dd a = __two_sum(1.0, x);
		uint64_t u = __dbits(a.hi);
		if (!LOG_S8_NEAR1(u)) {
			if (log_s8(u, a.lo, 1, &y))
				return y;
			return log1p_slow(x);
		}
	}
	return log1p_other(x);
}

__dd __log_dd(__dd a) { return log_dd(a); }

/* Float versions: in double, the table of the double kernel (z invc - 1
 * exact: z has 24 bits, invc 20) and a degree-7 series, relative error
 * below 2^-50 (docs/math.md); near a float midpoint (__el_float_ok), the
 * double function rounded to float. */
/* (LOGF_C3 .. LOGF_C7: math_explog.h) */
float logf(float x)
{
	if (__fbits(x) - 1u < 0x7f7fffffu) {   /* 0 < x < inf */
		double kd, small, L = __logf_kernel(__arch_f2d(x), &kd, &small);
		double y = (kd * LOG_LN2H + L) + (kd * LOG_LN2L + small);
		if (__el_float_ok(y))
			return (float)y;
		MATH_SLOW(logf);
	}
	return __math_narrow(log(x));
}

float log2f(float x)
{
	if (__fbits(x) - 1u < 0x7f7fffffu) {
		double kd, small, L = __logf_kernel(__arch_f2d(x), &kd, &small);
		double y = kd + (L + small) * 0x1.71547652b82fep+0;
		if (__el_float_ok(y))
			return (float)y;
		MATH_SLOW(log2f);
	}
	return __math_narrow(log2(x));
}

float log10f(float x)
{
	if (__fbits(x) - 1u < 0x7f7fffffu) {
		double kd, small, L = __logf_kernel(__arch_f2d(x), &kd, &small);
		double y = kd * 0x1.34413509f79ffp-2 + (L + small) * 0x1.bcb7b1526e50ep-2;
		if (__el_float_ok(y))
			return (float)y;
		MATH_SLOW(log10f);
	}
	return __math_narrow(log10(x));
}

float log1pf(float x)
{
	uint32_t ax = __fbits(x) & 0x7fffffffu;
	double xd = __arch_f2d(x), y;
	if (ax < 0x3c800000u) {   /* |x| < 2^-6 */
		if (ax < 0x33000000u)   /* |x| < 2^-25: the double function */
			return __math_narrow(log1p(x));
		double x2 = xd * xd;
		y = xd + x2 * ((-0.5 + xd * LOGF_C3) + x2 * ((LOGF_C4 + xd * LOGF_C5) + x2 * (LOGF_C6 + xd * LOGF_C7)));
	} else if (__builtin_isgreater(xd, -1.0) && ax < 0x7f800000u) {
		/* 1 + x exact below 2^53 (at most 33 bits below 2^32) */
		double kd, small, L = __logf_kernel(1.0 + xd, &kd, &small);
		y = (kd * LOG_LN2H + L) + (kd * LOG_LN2L + small);
	} else
		return __math_narrow(log1p(x));
	if (__el_float_ok(y))
		return (float)y;
	MATH_SLOW(log1pf);
	return __math_narrow(log1p(x));
}

long double logl(long double x) { return log((double)x); }
long double log2l(long double x) { return log2((double)x); }
long double log10l(long double x) { return log10((double)x); }
long double log1pl(long double x) { return log1p((double)x); }
