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
static const double log10_tab[128][4] = {   /* invc, -log10(invc) as hi + lo, 0 */
	{0x1.6816800000000p+0, -0x1.2f72fe55df000p-3, -0x1.1a6520a48ee35p-46, 0},
	{0x1.661ec00000000p+0, -0x1.2a934b2520000p-3, -0x1.79d70605f4bbfp-48, 0},
	{0x1.642c800000000p+0, -0x1.25ba742ff2000p-3, 0x1.34e73a95f2d52p-46, 0},
	{0x1.623fa00000000p+0, -0x1.20e84f9382000p-3, -0x1.a63e8022cebbap-47, 0},
	{0x1.6058200000000p+0, -0x1.1c1d02c5c3000p-3, -0x1.e1c09688f57f5p-46, 0},
	{0x1.5e75c00000000p+0, -0x1.1758111c02000p-3, -0x1.a947470db6cd4p-45, 0},
	{0x1.5c98800000000p+0, -0x1.12999e085f000p-3, -0x1.9070b8ef4f7efp-45, 0},
	{0x1.5ac0600000000p+0, -0x1.0de1cd4634000p-3, -0x1.22b80bedf3467p-46, 0},
	{0x1.58ed200000000p+0, -0x1.09301dd05f000p-3, 0x1.8026b89a86995p-46, 0},
	{0x1.571ee00000000p+0, -0x1.0485044842000p-3, -0x1.deba5e72893e8p-45, 0},
	{0x1.5555600000000p+0, -0x1.ffbffa52bc000p-4, -0x1.98529c99b9256p-45, 0},
	{0x1.5390a00000000p+0, -0x1.f68252b88c000p-4, -0x1.ab1e61e16b6f6p-45, 0},
	{0x1.51d0800000000p+0, -0x1.ed50ab954e000p-4, 0x1.1ce076c2e0db5p-45, 0},
	{0x1.5015000000000p+0, -0x1.e42b4523ec000p-4, 0x1.99aa90c180bf4p-48, 0},
	{0x1.4e5e000000000p+0, -0x1.db11b5df74000p-4, 0x1.2599e68f12bccp-46, 0},
	{0x1.4cab800000000p+0, -0x1.d2043c620c000p-4, 0x1.a57dcaab0b919p-46, 0},
	{0x1.4afd600000000p+0, -0x1.c9026bc426000p-4, 0x1.c48ec86abc4f1p-47, 0},
	{0x1.4953a00000000p+0, -0x1.c00c80f514000p-4, -0x1.4aba01419a7e3p-45, 0},
	{0x1.47ae200000000p+0, -0x1.b7220ba0ea000p-4, 0x1.5756a9af45e3ap-45, 0},
	{0x1.460cc00000000p+0, -0x1.ae42986c7e000p-4, 0x1.583110fea8b27p-47, 0},
	{0x1.446f800000000p+0, -0x1.a56e60679c000p-4, 0x1.a376453e00ec5p-46, 0},
	{0x1.42d6600000000p+0, -0x1.9ca59d0fc8000p-4, -0x1.b14a6d5c92f80p-47, 0},
	{0x1.4141400000000p+0, -0x1.93e7d71ce6000p-4, 0x1.c194d7d1cf024p-45, 0},
	{0x1.3fb0200000000p+0, -0x1.8b35464666000p-4, 0x1.e308fed698a22p-45, 0},
	{0x1.3e22c00000000p+0, -0x1.828cbccf54000p-4, -0x1.2afe2f3b43ed6p-45, 0},
	{0x1.3c99600000000p+0, -0x1.79efd59e56000p-4, 0x1.e69a7f07f8db0p-46, 0},
	{0x1.3b13c00000000p+0, -0x1.715d6045d6000p-4, -0x1.f5c1e2802bbd4p-45, 0},
	{0x1.3991c00000000p+0, -0x1.68d4db4ff8000p-4, -0x1.8b4467f0caeb6p-47, 0},
	{0x1.3813800000000p+0, -0x1.60572efbba000p-4, 0x1.a6cfb067f2130p-46, 0},
	{0x1.3698e00000000p+0, -0x1.57e3d8d406000p-4, -0x1.8d121284667a2p-47, 0},
	{0x1.3521c00000000p+0, -0x1.4f7a53466a000p-4, -0x1.ac1102f9df960p-46, 0},
	{0x1.33ae400000000p+0, -0x1.471b87a63c000p-4, 0x1.3044ab4e0dda5p-46, 0},
	{0x1.323e400000000p+0, -0x1.3ec6ef574a000p-4, -0x1.3e67ecb495f3fp-45, 0},
	{0x1.30d1a00000000p+0, -0x1.367c009b02000p-4, -0x1.52b62136fd39fp-45, 0},
	{0x1.2f68400000000p+0, -0x1.2e3a2e8ec2000p-4, -0x1.e130f7e5c2eb0p-45, 0},
	{0x1.2e02600000000p+0, -0x1.26031e9dd6000p-4, 0x1.565e5b06ad796p-46, 0},
	{0x1.2c9fc00000000p+0, -0x1.1dd5880fce000p-4, -0x1.7cc7c169627bbp-47, 0},
	{0x1.2b40400000000p+0, -0x1.15b0d9c2bc000p-4, -0x1.41a850c439672p-46, 0},
	{0x1.29e4200000000p+0, -0x1.0d96bcaf50000p-4, -0x1.077d81050f0b4p-47, 0},
	{0x1.288b000000000p+0, -0x1.0585214486000p-4, 0x1.628dd461cdb6dp-45, 0},
	{0x1.2735000000000p+0, -0x1.faf9e24014000p-5, -0x1.ba1fa50ddc62cp-46, 0},
	{0x1.25e2200000000p+0, -0x1.eafcafe430000p-5, -0x1.de3bcb6c64871p-45, 0},
	{0x1.2492400000000p+0, -0x1.db117e487c000p-5, -0x1.5bdfbde969cccp-46, 0},
	{0x1.2345600000000p+0, -0x1.cb38a0bb84000p-5, 0x1.d2abfdb51b735p-46, 0},
	{0x1.21fb800000000p+0, -0x1.bb726b1a10000p-5, 0x1.e0fa803697971p-48, 0},
	{0x1.20b4800000000p+0, -0x1.abbda775c8000p-5, -0x1.a65c6f0c20a52p-45, 0},
	{0x1.1f70400000000p+0, -0x1.9c191976d0000p-5, -0x1.7dd35c8367f79p-46, 0},
	{0x1.1e2f000000000p+0, -0x1.8c8827ca28000p-5, 0x1.4d306471a0ddfp-45, 0},
	{0x1.1cf0600000000p+0, -0x1.7d0679c5fc000p-5, 0x1.9e38d1554c054p-45, 0},
	{0x1.1bb4a00000000p+0, -0x1.6d9778dad8000p-5, 0x1.90a307f861584p-45, 0},
	{0x1.1a7ba00000000p+0, -0x1.5e39e3cb90000p-5, -0x1.ab50a642ebb93p-46, 0},
	{0x1.1945400000000p+0, -0x1.4eec72e5f4000p-5, -0x1.b26ec1f3c3bf3p-45, 0},
	{0x1.1811800000000p+0, -0x1.3faf6e8074000p-5, 0x1.30acc58afd218p-45, 0},
	{0x1.16e0600000000p+0, -0x1.30831f6af8000p-5, -0x1.6d98c62041541p-45, 0},
	{0x1.15b1e00000000p+0, -0x1.2167ceecf8000p-5, -0x1.a9af8394eb8d0p-46, 0},
	{0x1.1486000000000p+0, -0x1.125dc6c344000p-5, 0x1.9d0607304d0d6p-45, 0},
	{0x1.135c800000000p+0, -0x1.03621638a4000p-5, -0x1.fd3fa58269579p-45, 0},
	{0x1.1235800000000p+0, -0x1.e8ed396428000p-6, 0x1.5b1e0ee294c23p-50, 0},
	{0x1.1111200000000p+0, -0x1.cb3a81ee40000p-6, 0x1.bf06cea844944p-45, 0},
	{0x1.0fef000000000p+0, -0x1.ada2cd1868000p-6, -0x1.11f3e27cc90ccp-45, 0},
	{0x1.0ecf600000000p+0, -0x1.902d250a98000p-6, -0x1.aaa321bba97aep-45, 0},
	{0x1.0db2000000000p+0, -0x1.72d37f79d0000p-6, 0x1.1d6b3033bfecep-45, 0},
	{0x1.0c97200000000p+0, -0x1.559cf618f0000p-6, -0x1.4ec42b8ce9ceap-45, 0},
	{0x1.0b7e600000000p+0, -0x1.38801f1de0000p-6, -0x1.cd2fab83e7a7cp-45, 0},
	{0x1.0a68200000000p+0, -0x1.1b876ffd98000p-6, -0x1.21a795ac99884p-45, 0},
	{0x1.0954000000000p+0, -0x1.fd52d74c80000p-7, 0x1.69f2a01f5bc80p-48, 0},
	{0x1.0842200000000p+0, -0x1.c3d3c54fe0000p-7, 0x1.cbcf656aa15c0p-45, 0},
	{0x1.0732600000000p+0, -0x1.8a8be3fcc0000p-7, -0x1.a4fa31b5d5940p-46, 0},
	{0x1.0624e00000000p+0, -0x1.5182e554b0000p-7, 0x1.f96fbf54911bbp-46, 0},
	{0x1.0519800000000p+0, -0x1.18b2f858a0000p-7, -0x1.b1d09267343dep-45, 0},
	{0x1.0410400000000p+0, -0x1.c03a118080000p-8, 0x1.d0df4ba6c6131p-45, 0},
	{0x1.0309200000000p+0, -0x1.4f840757c0000p-8, 0x1.d360063742bdep-45, 0},
	{0x1.0204000000000p+0, -0x1.be6fca98c0000p-9, -0x1.3e6fbe9da9125p-45, 0},
	{0x1.0101000000000p+0, -0x1.bd94e52000000p-10, -0x1.3cd7c317f1ce0p-45, 0},
	{0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0, 0},
	{0x1.fc08000000000p-1, 0x1.baf6544380000p-9, -0x1.557b0cd0ea5ebp-46, 0},
	{0x1.f81f800000000p-1, 0x1.b947d97dc0000p-8, -0x1.98b7faf08d0d5p-46, 0},
	{0x1.f446600000000p-1, 0x1.49afd75c80000p-7, 0x1.99bc72f5b0cd4p-46, 0},
	{0x1.f07c200000000p-1, 0x1.b5e8ed1fa0000p-7, -0x1.e54cc3358eb1cp-45, 0},
	{0x1.ecc0800000000p-1, 0x1.10a7f50790000p-6, 0x1.b4ba5a77410b4p-45, 0},
	{0x1.e913200000000p-1, 0x1.45f4a93d28000p-6, -0x1.530a16a198e3fp-46, 0},
	{0x1.e573a00000000p-1, 0x1.7adcf617c0000p-6, 0x1.e6cd724d5ac34p-45, 0},
	{0x1.e1e1e00000000p-1, 0x1.af5fae7b88000p-6, 0x1.84071082b0c76p-46, 0},
	{0x1.de5d600000000p-1, 0x1.e3813ebb60000p-6, -0x1.fdc545bc23345p-46, 0},
	{0x1.dae6000000000p-1, 0x1.0ba0521868000p-5, -0x1.66818a2bfa5c2p-45, 0},
	{0x1.d77b600000000p-1, 0x1.2550540444000p-5, 0x1.e47b27205db9ep-48, 0},
	{0x1.d41d400000000p-1, 0x1.3ed127801c000p-5, -0x1.614bbae3eca87p-48, 0},
	{0x1.d0cb600000000p-1, 0x1.58235910f8000p-5, -0x1.a5f988faa488cp-46, 0},
	{0x1.cd85600000000p-1, 0x1.7148762b18000p-5, -0x1.9dbbe7a5bec59p-47, 0},
	{0x1.ca4b400000000p-1, 0x1.8a3f34514c000p-5, 0x1.6b1c490984abdp-49, 0},
	{0x1.c71c800000000p-1, 0x1.a30a2e32b4000p-5, 0x1.9ae0efbd4c4fdp-47, 0},
	{0x1.c3f9000000000p-1, 0x1.bba9234538000p-5, 0x1.5f588fa64a993p-48, 0},
	{0x1.c0e0800000000p-1, 0x1.d41cd45154000p-5, -0x1.c2392bf76f804p-46, 0},
	{0x1.bdd2c00000000p-1, 0x1.ec660cdaf4000p-5, -0x1.1dd6a6a979381p-46, 0},
	{0x1.bacfa00000000p-1, 0x1.0242510ea4000p-4, -0x1.211cabf2dbfe0p-45, 0},
	{0x1.b7d6c00000000p-1, 0x1.0e3d397a86000p-4, 0x1.66c5945e459fbp-45, 0},
	{0x1.b4e8200000000p-1, 0x1.1a2331391c000p-4, 0x1.fa2f531d15977p-45, 0},
	{0x1.b203600000000p-1, 0x1.25f531df86000p-4, 0x1.798c061bb59f0p-45, 0},
	{0x1.af28600000000p-1, 0x1.31b3360060000p-4, -0x1.be7afdd22a9a5p-45, 0},
	{0x1.ac57000000000p-1, 0x1.3d5d3a4f32000p-4, -0x1.fb027d2926237p-48, 0},
	{0x1.a98f000000000p-1, 0x1.48f3c36cbc000p-4, 0x1.b43cc36860923p-46, 0},
	{0x1.a6d0200000000p-1, 0x1.54775ba5c4000p-4, 0x1.b01701755e9ecp-47, 0},
	{0x1.a41a400000000p-1, 0x1.5fe80b7b8e000p-4, 0x1.88dbafd434175p-48, 0},
	{0x1.a16d400000000p-1, 0x1.6b45ddb286000p-4, 0x1.edeae6184cb00p-46, 0},
	{0x1.9ec8e00000000p-1, 0x1.76916896d4000p-4, -0x1.777e9c358f9d3p-47, 0},
	{0x1.9c2d200000000p-1, 0x1.81ca340aa0000p-4, -0x1.471601ac96debp-45, 0},
	{0x1.9999a00000000p-1, 0x1.8cf167bcea000p-4, -0x1.7318f3b409f84p-46, 0},
	{0x1.970e400000000p-1, 0x1.98071d0148000p-4, -0x1.2324388c1f4b0p-45, 0},
	{0x1.948b000000000p-1, 0x1.a30ae2dd54000p-4, 0x1.dd9e0a3494e4dp-49, 0},
	{0x1.920fc00000000p-1, 0x1.adfcd4e09e000p-4, -0x1.fd1ef1f31999fp-46, 0},
	{0x1.8f9c200000000p-1, 0x1.b8de2df5ca000p-4, -0x1.5fc554b0003ebp-46, 0},
	{0x1.8d30200000000p-1, 0x1.c3ae848280000p-4, 0x1.d38cd52c7a7cep-45, 0},
	{0x1.8acba00000000p-1, 0x1.ce6dfe246a000p-4, -0x1.bdef434e30aa3p-45, 0},
	{0x1.886e600000000p-1, 0x1.d91d540ee0000p-4, -0x1.4073bcb6cfe6cp-45, 0},
	{0x1.8618600000000p-1, 0x1.e3bc21a3c0000p-4, 0x1.a29bf82c9ee91p-46, 0},
	{0x1.83c9800000000p-1, 0x1.ee4a942946000p-4, 0x1.312bf63f619a1p-46, 0},
	{0x1.8181800000000p-1, 0x1.f8c96f2746000p-4, 0x1.c396ed5797937p-45, 0},
	{0x1.7f40600000000p-1, 0x1.019c29971d000p-3, 0x1.7065bbc7c9b9ap-45, 0},
	{0x1.7d06000000000p-1, 0x1.06cbbaaef2000p-3, -0x1.aa4ed5f8ebcdfp-45, 0},
	{0x1.7ad2200000000p-1, 0x1.0bf3d1e106000p-3, 0x1.c007e16da8290p-49, 0},
	{0x1.78a4c00000000p-1, 0x1.11144223f6000p-3, 0x1.10b7452fa8994p-48, 0},
	{0x1.767dc00000000p-1, 0x1.162d2a0ac8000p-3, 0x1.df9122f64b6a7p-45, 0},
	{0x1.745d200000000p-1, 0x1.1b3e5d13f9000p-3, -0x1.9a79c22037ee9p-47, 0},
	{0x1.7242800000000p-1, 0x1.204894facd000p-3, 0x1.2a3316be9672dp-45, 0},
	{0x1.702e000000000p-1, 0x1.254b5b1ba5000p-3, 0x1.e88315efbb56ep-45, 0},
	{0x1.6e1f800000000p-1, 0x1.2a46d23528000p-3, -0x1.530f487e34806p-47, 0},
	{0x1.6c16c00000000p-1, 0x1.2f3b6c95c9000p-3, 0x1.91b5de80c6fe1p-45, 0},
	{0x1.6a13c00000000p-1, 0x1.3429027747000p-3, 0x1.efaf5f5402a53p-45, 0},
};
static const double log2_tab[128][4] = {   /* invc, -log2(invc) as hi + lo, 0 */
	{0x1.6816800000000p+0, -0x1.f804a8c7bb000p-2, 0x1.827f869487f40p-47, 0},
	{0x1.661ec00000000p+0, -0x1.efec4646cd000p-2, 0x1.0e7fb1ebbf094p-46, 0},
	{0x1.642c800000000p+0, -0x1.e7df48cff1000p-2, -0x1.7dedd718b05e4p-46, 0},
	{0x1.623fa00000000p+0, -0x1.dfdd6ad0ef000p-2, 0x1.8278d482da405p-44, 0},
	{0x1.6058200000000p+0, -0x1.d7e6ea8254000p-2, -0x1.3a0a73f1bb22ep-45, 0},
	{0x1.5e75c00000000p+0, -0x1.cffaf8d2f7000p-2, 0x1.32129608ef5bbp-47, 0},
	{0x1.5c98800000000p+0, -0x1.c819d0a2a2000p-2, -0x1.008c90721707ep-44, 0},
	{0x1.5ac0600000000p+0, -0x1.c043ad4ac2000p-2, -0x1.1729631cd7756p-47, 0},
	{0x1.58ed200000000p+0, -0x1.b877b87f23000p-2, 0x1.8427966341233p-45, 0},
	{0x1.571ee00000000p+0, -0x1.b0b6b3f7d0000p-2, -0x1.be267f9b54a27p-44, 0},
	{0x1.5555600000000p+0, -0x1.a8ffc5429f000p-2, 0x1.21c6bf51e1301p-44, 0},
	{0x1.5390a00000000p+0, -0x1.a153230879000p-2, -0x1.b5ef9f81e0893p-45, 0},
	{0x1.51d0800000000p+0, -0x1.99b0786ebe000p-2, -0x1.063ca98a307bap-44, 0},
	{0x1.5015000000000p+0, -0x1.9217faccfc000p-2, 0x1.0eb2538d7d25ap-47, 0},
	{0x1.4e5e000000000p+0, -0x1.8a8952816c000p-2, -0x1.409486ad2e22cp-44, 0},
	{0x1.4cab800000000p+0, -0x1.8304b3897d000p-2, -0x1.fb8e2ebe480e2p-44, 0},
	{0x1.4afd600000000p+0, -0x1.7b89c373b8000p-2, 0x1.59fbd0f5fde19p-44, 0},
	{0x1.4953a00000000p+0, -0x1.7418b4db10000p-2, 0x1.8708b54c32556p-44, 0},
	{0x1.47ae200000000p+0, -0x1.6cb12a763c000p-2, -0x1.222ac0c0a7aeap-44, 0},
	{0x1.460cc00000000p+0, -0x1.6552c47827000p-2, -0x1.3993f7d87819ep-45, 0},
	{0x1.446f800000000p+0, -0x1.5dfdb24451000p-2, -0x1.692d7c3282fbcp-44, 0},
	{0x1.42d6600000000p+0, -0x1.56b223995e000p-2, -0x1.9711525e9b608p-47, 0},
	{0x1.4141400000000p+0, -0x1.4f6fb5679a000p-2, -0x1.f5681281b7bd8p-44, 0},
	{0x1.3fb0200000000p+0, -0x1.483695f490000p-2, -0x1.cc6b99dd6d9afp-45, 0},
	{0x1.3e22c00000000p+0, -0x1.4105caa9b4000p-2, -0x1.abcbdd14fc0e7p-45, 0},
	{0x1.3c99600000000p+0, -0x1.39dea8c5f4000p-2, -0x1.18e7760b4d1f2p-44, 0},
	{0x1.3b13c00000000p+0, -0x1.32c03376e3000p-2, -0x1.da27abf719ce1p-44, 0},
	{0x1.3991c00000000p+0, -0x1.2ba9ff38c6000p-2, 0x1.8c4f2258a4d76p-46, 0},
	{0x1.3813800000000p+0, -0x1.249cccebeb000p-2, 0x1.5a2e5b09e1682p-48, 0},
	{0x1.3698e00000000p+0, -0x1.1d983038a6000p-2, 0x1.a3398150f1d2cp-44, 0},
	{0x1.3521c00000000p+0, -0x1.169bba3115000p-2, -0x1.28c126de8bb29p-45, 0},
	{0x1.33ae400000000p+0, -0x1.0fa82c9b06000p-2, -0x1.5e96b9c82b324p-45, 0},
	{0x1.323e400000000p+0, -0x1.08bd17abe8000p-2, -0x1.7af0964393b89p-45, 0},
	{0x1.30d1a00000000p+0, -0x1.01da08fecb000p-2, 0x1.64df46dad33c1p-45, 0},
	{0x1.2f68400000000p+0, -0x1.f5fd1725fc000p-3, -0x1.50b6e44021d7dp-44, 0},
	{0x1.2e02600000000p+0, -0x1.e857fac74a000p-3, 0x1.210c98db4aa38p-44, 0},
	{0x1.2c9fc00000000p+0, -0x1.dac29ae356000p-3, 0x1.9622f6d3da7f7p-44, 0},
	{0x1.2b40400000000p+0, -0x1.cd3c066ac4000p-3, -0x1.ddcd61e279632p-44, 0},
	{0x1.29e4200000000p+0, -0x1.bfc6ff3a56000p-3, -0x1.ae965d23d92aep-44, 0},
	{0x1.288b000000000p+0, -0x1.b260190d32000p-3, 0x1.08048aeb38ea5p-44, 0},
	{0x1.2735000000000p+0, -0x1.a508d7ea6c000p-3, 0x1.70d323e2555efp-44, 0},
	{0x1.25e2200000000p+0, -0x1.97c184629c000p-3, -0x1.b6d20da48dcecp-45, 0},
	{0x1.2492400000000p+0, -0x1.8a892456dc000p-3, -0x1.9a47b959be5d0p-44, 0},
	{0x1.2345600000000p+0, -0x1.7d5ffcf67e000p-3, -0x1.c2ee8836f0644p-46, 0},
	{0x1.21fb800000000p+0, -0x1.704653e6f2000p-3, -0x1.7f3f0d4c9843cp-44, 0},
	{0x1.20b4800000000p+0, -0x1.633b27c3d6000p-3, 0x1.8b0c051def73ep-45, 0},
	{0x1.1f70400000000p+0, -0x1.563d71d580000p-3, 0x1.8de18e317924fp-46, 0},
	{0x1.1e2f000000000p+0, -0x1.4950053094000p-3, 0x1.a88a0c9a12febp-47, 0},
	{0x1.1cf0600000000p+0, -0x1.3c6f45c910000p-3, 0x1.32ff2c00c602ep-45, 0},
	{0x1.1bb4a00000000p+0, -0x1.2f9e08ff2e000p-3, -0x1.4eaee11398f96p-46, 0},
	{0x1.1a7ba00000000p+0, -0x1.22db440a72000p-3, -0x1.7a843f9e01933p-44, 0},
	{0x1.1945400000000p+0, -0x1.1625e6c590000p-3, 0x1.73333773fc603p-44, 0},
	{0x1.1811800000000p+0, -0x1.097e2d43bc000p-3, -0x1.586f4dd89cfa8p-44, 0},
	{0x1.16e0600000000p+0, -0x1.f9c8a7fa3c000p-4, -0x1.bac1a3ad6e978p-49, 0},
	{0x1.15b1e00000000p+0, -0x1.e0b12f9a24000p-4, -0x1.cbd51dea7ed42p-44, 0},
	{0x1.1486000000000p+0, -0x1.c7b66be0ec000p-4, -0x1.ce8bc9566d2c3p-44, 0},
	{0x1.135c800000000p+0, -0x1.aed37a9620000p-4, 0x1.f7a24c544eb84p-45, 0},
	{0x1.1235800000000p+0, -0x1.960b77fb70000p-4, 0x1.213fbbed6144ap-45, 0},
	{0x1.1111200000000p+0, -0x1.7d618c96dc000p-4, 0x1.98fd64a7b56e2p-44, 0},
	{0x1.0fef000000000p+0, -0x1.64ce0fab20000p-4, 0x1.6d2b8b50d7589p-46, 0},
	{0x1.0ecf600000000p+0, -0x1.4c56d9e0b8000p-4, -0x1.d0b8cecfbb6f7p-47, 0},
	{0x1.0db2000000000p+0, -0x1.33f6e70c80000p-4, 0x1.803d0fc140697p-44, 0},
	{0x1.0c97200000000p+0, -0x1.1bb41cbf6c000p-4, -0x1.f7a4cef0cc56ap-44, 0},
	{0x1.0b7e600000000p+0, -0x1.0386a9b010000p-4, 0x1.09e5a2d7a2157p-44, 0},
	{0x1.0a68200000000p+0, -0x1.d6ee7ae5a8000p-5, 0x1.5ad06f33283bap-44, 0},
	{0x1.0954000000000p+0, -0x1.a6fbed7680000p-5, -0x1.b1c66db7cd725p-45, 0},
	{0x1.0842200000000p+0, -0x1.773c011be0000p-5, 0x1.c28779ce92e45p-46, 0},
	{0x1.0732600000000p+0, -0x1.47a9ea5ae0000p-5, 0x1.2143ff80a5ae5p-44, 0},
	{0x1.0624e00000000p+0, -0x1.184c0d4160000p-5, 0x1.529f07f980ccap-45, 0},
	{0x1.0519800000000p+0, -0x1.d23b2a73a0000p-6, -0x1.2f2b0f942ce65p-45, 0},
	{0x1.0410400000000p+0, -0x1.743e8c0cd0000p-6, -0x1.64a2b299ae88bp-44, 0},
	{0x1.0309200000000p+0, -0x1.16a3c92a40000p-6, -0x1.661bda5d28fc5p-44, 0},
	{0x1.0204000000000p+0, -0x1.72c1f4cf00000p-7, -0x1.b4934580fe573p-45, 0},
	{0x1.0101000000000p+0, -0x1.720c2ab240000p-8, 0x1.daaeff928c04bp-45, 0},
	{0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0, 0},
	{0x1.fc08000000000p-1, 0x1.6fdf461d20000p-7, 0x1.c9efc46d9f6f7p-44, 0},
	{0x1.f81f800000000p-1, 0x1.6e79c4b150000p-6, -0x1.46a3af8f017bfp-44, 0},
	{0x1.f446600000000p-1, 0x1.11cc8d0c38000p-5, -0x1.0adaa79eb301fp-44, 0},
	{0x1.f07c200000000p-1, 0x1.6bad2043a8000p-5, 0x1.e43388e6d806fp-47, 0},
	{0x1.ecc0800000000p-1, 0x1.c4df382648000p-5, -0x1.b3a5421f11c14p-45, 0},
	{0x1.e913200000000p-1, 0x1.0eb34a7fa4000p-4, 0x1.fabc0a1312d27p-44, 0},
	{0x1.e573a00000000p-1, 0x1.3aa396bf7c000p-4, -0x1.eb013a5808b84p-44, 0},
	{0x1.e1e1e00000000p-1, 0x1.663f86c1d8000p-4, 0x1.443be6fb2e43cp-45, 0},
	{0x1.de5d600000000p-1, 0x1.918ac6e6a8000p-4, -0x1.c7e0af3d46fa2p-44, 0},
	{0x1.dae6000000000p-1, 0x1.bc84805ff8000p-4, 0x1.08fe843a85091p-44, 0},
	{0x1.d77b600000000p-1, 0x1.e72f037528000p-4, -0x1.4d94e1942e13fp-51, 0},
	{0x1.d41d400000000p-1, 0x1.08c594584c000p-3, -0x1.52d71450130a2p-44, 0},
	{0x1.d0cb600000000p-1, 0x1.1dccecbc18000p-3, 0x1.74b0f937c846cp-44, 0},
	{0x1.cd85600000000p-1, 0x1.32aed4fa14000p-3, 0x1.e83aa91b39464p-44, 0},
	{0x1.ca4b400000000p-1, 0x1.476a3a9b28000p-3, 0x1.a80fede423f67p-44, 0},
	{0x1.c71c800000000p-1, 0x1.5c01474aa2000p-3, -0x1.75bf46ad6daf5p-44, 0},
	{0x1.c3f9000000000p-1, 0x1.7073c56f30000p-3, 0x1.683b52acfc2cap-44, 0},
	{0x1.c0e0800000000p-1, 0x1.84c2552330000p-3, 0x1.8eb5d4edeeaeap-44, 0},
	{0x1.bdd2c00000000p-1, 0x1.98ed9f6ab0000p-3, -0x1.0340c5c615fbep-45, 0},
	{0x1.bacfa00000000p-1, 0x1.acf580c0e0000p-3, 0x1.f86cc36587ad8p-44, 0},
	{0x1.b7d6c00000000p-1, 0x1.c0db86d586000p-3, -0x1.64281fe6dd2ffp-44, 0},
	{0x1.b4e8200000000p-1, 0x1.d49ec505e4000p-3, -0x1.a1ec289b1871cp-45, 0},
	{0x1.b203600000000p-1, 0x1.e840d9de2c000p-3, -0x1.ca0b57c74a19cp-45, 0},
	{0x1.af28600000000p-1, 0x1.fbc1bc5aa2000p-3, -0x1.0501967452d76p-44, 0},
	{0x1.ac57000000000p-1, 0x1.0790b38055000p-2, -0x1.19dc31020d39cp-45, 0},
	{0x1.a98f000000000p-1, 0x1.11305b0d46000p-2, 0x1.decaf069d0e11p-48, 0},
	{0x1.a6d0200000000p-1, 0x1.1ac047af2b000p-2, -0x1.579c1e191f5bbp-46, 0},
	{0x1.a41a400000000p-1, 0x1.2440807632000p-2, 0x1.3f16b826b1e4ep-44, 0},
	{0x1.a16d400000000p-1, 0x1.2db10e5385000p-2, 0x1.a6931cb428347p-45, 0},
	{0x1.9ec8e00000000p-1, 0x1.37126e18e4000p-2, -0x1.02ef410dc17bap-45, 0},
	{0x1.9c2d200000000p-1, 0x1.40643c051e000p-2, 0x1.715c7eaa49f9fp-46, 0},
	{0x1.9999a00000000p-1, 0x1.49a76da78b000p-2, -0x1.f9444070749f8p-44, 0},
	{0x1.970e400000000p-1, 0x1.52dc1808a9000p-2, -0x1.ef8cc99e0a842p-44, 0},
	{0x1.948b000000000p-1, 0x1.5c01dd54f1000p-2, 0x1.7c315c08f48c9p-48, 0},
	{0x1.920fc00000000p-1, 0x1.6518d46fe7000p-2, -0x1.546bf0b4dcdfep-46, 0},
	{0x1.8f9c200000000p-1, 0x1.6e2202e1e1000p-2, -0x1.25f679ffb48b0p-44, 0},
	{0x1.8d30200000000p-1, 0x1.771d10f755000p-2, 0x1.91f170c2dc967p-44, 0},
	{0x1.8acba00000000p-1, 0x1.800a1ded85000p-2, -0x1.786087b57f15ap-45, 0},
	{0x1.886e600000000p-1, 0x1.88e9c392b8000p-2, -0x1.14fdc55c3df10p-48, 0},
	{0x1.8618600000000p-1, 0x1.91bbae5743000p-2, 0x1.32e35365a056bp-44, 0},
	{0x1.83c9800000000p-1, 0x1.9a8003d4a0000p-2, 0x1.7c7fb13fcdedbp-44, 0},
	{0x1.8181800000000p-1, 0x1.a337666d48000p-2, -0x1.ec89e8ddac793p-46, 0},
	{0x1.7f40600000000p-1, 0x1.abe186df48000p-2, -0x1.1a3edcb4671aap-44, 0},
	{0x1.7d06000000000p-1, 0x1.b47e9148fa000p-2, 0x1.85d729b3b93b5p-46, 0},
	{0x1.7ad2200000000p-1, 0x1.bd0f30c878000p-2, -0x1.2c455ecff97c1p-44, 0},
	{0x1.78a4c00000000p-1, 0x1.c5931a8fd8000p-2, 0x1.be619a1259858p-45, 0},
	{0x1.767dc00000000p-1, 0x1.ce0a816785000p-2, -0x1.7d39e633b8523p-44, 0},
	{0x1.745d200000000p-1, 0x1.d6751b6344000p-2, -0x1.de341d2f99618p-47, 0},
	{0x1.7242800000000p-1, 0x1.ded41d0166000p-2, -0x1.8d6c8fa736ce1p-46, 0},
	{0x1.702e000000000p-1, 0x1.e726c133bd000p-2, -0x1.f8928a2942a0ap-46, 0},
	{0x1.6e1f800000000p-1, 0x1.ef6d41affb000p-2, -0x1.a1da0ffb08621p-44, 0},
	{0x1.6c16c00000000p-1, 0x1.f7a85c5202000p-2, 0x1.2469ad04befcep-44, 0},
	{0x1.6a13c00000000p-1, 0x1.ffd7cf0976000p-2, 0x1.503ae7c08559dp-47, 0},
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

__EL_INLINE double log_s8_round(double hi, double P, double A, double BC, double err, double *b)
{
	double rest = (P + A) + BC;
	*b = hi + (rest - err);
	return hi + (rest + err);
}

/* log x: a and *b (returned), equal when they are log x rounded: x = bits u, a positive normal
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
__EL_INLINE double log_s8(uint64_t u, double zlo, int with_lo, double *b)
{
	int i;
	double invc, rh, rl;
	int k = __log_red(u, 0, &i, &invc, &rh, &rl);
	/* with_lo = 2: k < 100 known (log1p's fast path, 1 + x < 2^54) */
	if (with_lo == 2 || (with_lo && k < 100))
		rl += (zlo * __pow2(-k)) * invc;
	double kd = __el_i2d(k);
	double K = kd * LOG_LN2H + __math_log_tab128[i][1];   /* exact */
	double hi = K + rh;
	double lo = rh - (hi - K);                    /* exact: |K| > |rh| */
	double P = lo + (rl + (kd * LOG_LN2L + __math_log_tab128[i][2]));
	double r = rh + rl, A, BC;
	LOG_S8_SERIES(LN, r, A, BC);
	return log_s8_round(hi, P, A, BC, LOG_S8_ERR, b);
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
__EL_INLINE double logb_s8(uint64_t u, int ten, double *b)
{
	uint64_t tmp = u - LOG_OFF;
	int i = (int)((tmp >> 45) & 127);
	uint64_t zb = u - (tmp & (0xfffull << 52));
	double z = __dfrom(zb), ma = __dfrom(zb & ~0xffffffffull);
	double zr = z - ma;                           /* exact, < 2^-20 */
	const double *t = ten ? log10_tab[i] : log2_tab[i];
	double invc = t[0];
	double ra = ma * invc - 1.0;                  /* exact */
	double rb = zr * invc;                        /* exact */
	double kd = __el_i2d((int64_t)tmp >> 52);
	double r = ra + rb, A, BC, K, P, m, T;
	if (ten) {
		K = kd * L10_H + t[1];                /* exact */
		P = ra * L10_A;                       /* exact: 34 + 18 bits */
		m = ra * L10_B + rb * L10_S;
		T = t[2] + kd * L10_L;
		LOG_S8_SERIES(L10, r, A, BC);
	} else {
		K = kd + t[1];                        /* exact */
		P = ra * 0x1.71548p+0;                /* exact */
		m = ra * -0x1.35a8fa03d1106p-21 + rb * 0x1.71547652b82fep+0;
		T = t[2];
		LOG_S8_SERIES(L2, r, A, BC);
	}
	double hi = K + P;
	double lo = P - (hi - K);                     /* exact */
	return log_s8_round(hi, lo + (m + T), A, BC, ten ? LOG10_S8_ERR : LOG2_S8_ERR, b);
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
	/* fast path: positive normal x outside [1 - 2^-9, 1 + 2^-8) */
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		double yb, ya = log_s8(u, 0.0, 0, &yb);
		if (__builtin_expect(ya != yb, 0))
			return log_slow(x);
		return ya;
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
		if ((u & ((1ull << 52) - 1)) == 0)
			return __el_i2d((int64_t)(u >> 52) - 1023);   /* exact */
		double yb, ya = logb_s8(u, 0, &yb);
		if (__builtin_expect(ya != yb, 0))
			return log2_slow(x);
		return ya;
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
	/* positive normal x outside [1 - 2^-9, 1 + 2^-8): log2's own kernel */
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		if ((u & ((1ull << 52) - 1)) == 0)
			return __el_i2d((int64_t)(u >> 52) - 1023);   /* exact */
		double yb, ya = logb_s8(u, 0, &yb);
		if (__builtin_expect(ya != yb, 0))
			return log2_slow(x);
		return ya;
	}
	return log2_other(x);
}

/* The cases the fast path below leaves: as before session 8. */
static __attribute__((noinline)) double log10_other(double x)
{
	double r;
	uint64_t u = __dbits(x);
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		double yb, ya = logb_s8(u, 1, &yb);
		if (__builtin_expect(ya != yb, 0))
			return log10_slow(x);
		return ya;
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
	if (u - 0x0010000000000000ull < 0x7fe0000000000000ull && !LOG_S8_NEAR1(u)) {
		double yb, ya = logb_s8(u, 1, &yb);
		if (__builtin_expect(ya != yb, 0))
			return log10_slow(x);
		return ya;
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
			double yb, ya = log_s8(u, a.lo, 1, &yb);
			if (ya == yb)
				return ya;
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
	/* fast path: -2^53 < x, s = RN(1 + x) in [2^-1022, 2^53) outside [1 -
	 * 2^-9, 1 + 2^-8) (so x > -1, |x| > 2^-10, x < 2^53; 1 + x is exact
	 * for -2^53 < x <= -1, so no flag is raised there before the other
	 * path; NaN fails the comparison); 1 + x = s + lo exactly, lo folded
	 * into the reduced argument: s - 1 is exact (x <= -1/2: s = 1 + x
	 * exactly; s in [1/2, 2]: Sterbenz; 2 < s <= 2^53: s and 1 multiples
	 * of ulp(s) <= 2, |s - 1| < s), so lo = x - (s - 1) is RN of the
	 * rounding error of s, itself a double: exact */
	if (__builtin_isgreater(x, -0x1p53)) {
		double s = 1.0 + x;
		uint64_t u = __dbits(s);
		if (u - 0x0010000000000000ull < 0x4340000000000000ull - 0x0010000000000000ull && !LOG_S8_NEAR1(u)) {
			double lo = x - (s - 1.0);            /* exact */
			double yb, ya = log_s8(u, lo, 2, &yb);
			if (__builtin_expect(ya != yb, 0))
				return log1p_slow(x);
			return ya;
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
/* logf, log2f, log10f (session 8): the reduction from the float's bits
 * (the double tables' intervals: float bits 0x3f358000 + i 2^16 are double
 * bits LOG_OFF + i 2^45), z a float converted exactly, r = z invc - 1
 * exact (24 + 20 bits), p(r) = log1p(r) by the degree-7 series of
 * __logf_kernel (relative error below 2^-50, math_explog.h); then logf
 * as before: y = (k LN2H + T1h) + (k LN2L + (T1l + p)), the same
 * operations as __logf_kernel on the same r; log2f: y = (k + T2h) + (T2l
 * + RN(p/ln2)) with log2_tab (k + T2h exact); log10f: y = (k L10H + T10h)
 * + (k L10L + (T10l + RN(p/ln10))) with log10_tab (k L10H + T10h exact).
 * Next to 1 (k = 0, i = LOG_I1, T = 0) y = RN(p S) (log2f) or RN(RN(p S) +
 * 0) (log10f): 2^-50 + 2^-53 + S's 2^-53.5 relative; elsewhere |log_b x|
 * >= 2^-8.006 |log_b e| and the absolute errors (p S within 2^-49.5 |p S|
 * <= 2^-57.4 |S|... below 2^-56 |S| in all) give below 2^-47.9 relative,
 * plus the last rounding: below 2^-47.8, inside the 2^-44 that
 * __el_float_ok assumes.  Subnormal x and the special cases: the other
 * path (as before). */
__EL_INLINE double logf_s8_r(uint32_t ix, const double *tab, int stride, const double **row, double *kd)
{
	uint32_t tmp = ix - 0x3f358000u;
	int i = (int)((tmp >> 16) & 127);
	*kd = __el_i2d((int32_t)tmp >> 23);
	double z = __arch_f2d(__ffrom(ix - (tmp & 0xff800000u)));
	*row = tab + i * stride;
	double r = z * (*row)[0] - 1.0;               /* exact */
	double r2 = r * r;
	return r + r2 * ((-0.5 + r * LOGF_C3) + r2 * ((LOGF_C4 + r * LOGF_C5) + r2 * (LOGF_C6 + r * LOGF_C7)));
}

static __attribute__((noinline)) float logf_slow(float x)
{
	MATH_SLOW(logf);
	return __math_narrow(log(x));
}

static __attribute__((noinline)) float logf_other(float x)
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

float logf(float x)
{
	uint32_t ix = __fbits(x);
	if (ix - 0x00800000u < 0x7f000000u) {   /* positive normal */
		const double *t;
		double kd, p = logf_s8_r(ix, &__math_log_tab128[0][0], 3, &t, &kd);
		double y = (kd * LOG_LN2H + t[1]) + (kd * LOG_LN2L + (t[2] + p));
		if (__el_float_ok(y))
			return (float)y;
		return logf_slow(x);
	}
	return logf_other(x);
}

static __attribute__((noinline)) float log2f_slow(float x)
{
	MATH_SLOW(log2f);
	return __math_narrow(log2(x));
}

static __attribute__((noinline)) float log2f_other(float x)
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

float log2f(float x)
{
	uint32_t ix = __fbits(x);
	if (ix - 0x00800000u < 0x7f000000u) {
		const double *t;
		double kd, p = logf_s8_r(ix, &log2_tab[0][0], 4, &t, &kd);
		double y = (kd + t[1]) + (t[2] + p * 0x1.71547652b82fep+0);
		if (__el_float_ok(y))
			return (float)y;
		return log2f_slow(x);
	}
	return log2f_other(x);
}

static __attribute__((noinline)) float log10f_slow(float x)
{
	MATH_SLOW(log10f);
	return __math_narrow(log10(x));
}

static __attribute__((noinline)) float log10f_other(float x)
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

float log10f(float x)
{
	uint32_t ix = __fbits(x);
	if (ix - 0x00800000u < 0x7f000000u) {
		const double *t;
		double kd, p = logf_s8_r(ix, &log10_tab[0][0], 4, &t, &kd);
		double y = (kd * L10_H + t[1]) + (kd * L10_L + (t[2] + p * L10_S));
		if (__el_float_ok(y))
			return (float)y;
		return log10f_slow(x);
	}
	return log10f_other(x);
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
