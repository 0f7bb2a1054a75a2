/* Layouts a program sees (docs/abi.md), with the values GCC and Clang give
 * them on x86_64 Linux (on aarch64: aarch64 Linux's, which differ in one
 * case, ABI_S7_SIZE/ABI_S7_ALIGN).  tests/host/test_abi.c checks these expectations
 * against the host's compiler; tests/uefi/t_abi.c against uefi-cc's; and
 * abi.c beside this file against each way to build a program from an
 * installed tree (uefi-cc, pkg-config with plain clang, CMake, Meson:
 * tests/uefi/suites/tools.sh).  ABI_CASES(X) calls X(name, expression) for
 * each. */
#ifndef TESTS_ABI_CASES_H
#define TESTS_ABI_CASES_H

#include <stddef.h>

enum abi_e { ABI_A, ABI_B, ABI_C, ABI_D, ABI_E, ABI_F };
struct abi_s1 { enum abi_e e : 3; int x : 5; };
struct abi_s2 { char a; int b : 4; char c; };
struct abi_s3 { unsigned char a : 4; unsigned short b : 12; unsigned int c : 9; };
struct abi_s4 { int a : 1; long long b : 40; char c; };
struct abi_s5 { char a; long long b : 7; };
struct abi_s6 { short a : 3; int b : 20; char c : 2; };
struct abi_s7 { char c; int : 0; char d; };
/* An unnamed zero-width bit-field aligns the next member on both, and, by
 * AAPCS64, the struct too on aarch64 (GCC and Clang for aarch64 Linux:
 * 8 bytes, alignment 4; x86_64 Linux: 5 and 1). */
#if defined(__aarch64__)
#define ABI_S7_SIZE 8
#define ABI_S7_ALIGN 4
#else
#define ABI_S7_SIZE 5
#define ABI_S7_ALIGN 1
#endif
struct abi_s8 { unsigned a : 20; unsigned long long b : 30; };
struct abi_s9 { char a; long long b; short c; double d; };
struct abi_packed { char a; int b; } __attribute__((packed));
struct abi_aligned { char a; int b __attribute__((aligned(16))); };
struct abi_flex { short n; int v[]; };
union abi_u { char c[5]; int i; };

static inline int abi_enum_bitfield(void)
{
	volatile struct abi_s1 v = { ABI_A, 0 };
	v.e = ABI_F;
	return v.e;
}
static inline int abi_int_bitfield(void)
{
	volatile struct abi_s1 v = { ABI_A, 0 };
	v.x = -3;
	return v.x;
}
static inline unsigned abi_unsigned_wrap(void)
{
	volatile struct abi_s3 v = { 0, 0, 0 };
	v.a = 15;
	v.a++;
	return v.a;
}

#define ABI_CASES(X) \
	X("enum bit-field : 3 holding 5 reads 5", abi_enum_bitfield() == 5) \
	X("int bit-field : 5 holding -3 reads -3", abi_int_bitfield() == -3) \
	X("unsigned bit-field wraps", abi_unsigned_wrap() == 0) \
	X("enum {A..F} is unsigned int", (enum abi_e)-1 > 0) \
	X("sizeof(enum) == 4", sizeof(enum abi_e) == 4) \
	X("struct { enum e:3; int x:5; }: 4 bytes", sizeof(struct abi_s1) == 4) \
	X("struct { char; int:4; char; }: 4 bytes", sizeof(struct abi_s2) == 4) \
	X("... its last char at offset 2", offsetof(struct abi_s2, c) == 2) \
	X("struct { uchar:4; ushort:12; uint:9; }: 4 bytes", sizeof(struct abi_s3) == 4) \
	X("struct { int:1; llong:40; char; }: 8 bytes", sizeof(struct abi_s4) == 8) \
	X("struct { char; llong:7; }: 8 bytes", sizeof(struct abi_s5) == 8) \
	X("struct { short:3; int:20; char:2; }: 4 bytes", sizeof(struct abi_s6) == 4) \
	X("struct { char; int:0; char; }: 5 bytes (aarch64: 8)", sizeof(struct abi_s7) == ABI_S7_SIZE) \
	X("... alignment 1 (aarch64: 4)", _Alignof(struct abi_s7) == ABI_S7_ALIGN) \
	X("struct { unsigned:20; ullong:30; }: 8 bytes", sizeof(struct abi_s8) == 8) \
	X("struct { char; llong; short; double; }: 32 bytes", sizeof(struct abi_s9) == 32) \
	X("... double at offset 24", offsetof(struct abi_s9, d) == 24) \
	X("packed struct: 5 bytes", sizeof(struct abi_packed) == 5) \
	X("aligned(16) member: 32 bytes", sizeof(struct abi_aligned) == 32 && _Alignof(struct abi_aligned) == 16) \
	X("flexible array member at offset 4", offsetof(struct abi_flex, v) == 4 && sizeof(struct abi_flex) == 4) \
	X("union { char[5]; int; }: 8 bytes", sizeof(union abi_u) == 8) \
	X("_Alignof(double) == 8, long long 8", _Alignof(double) == 8 && _Alignof(long long) == 8) \
	X("_Bool, pointers", sizeof(_Bool) == 1 && sizeof(void *) == 8)

#endif
