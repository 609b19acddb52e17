/* isa.c — the instruction sets and which of them this machine runs (isa.h).
 *
 * Features, from the Intel SDM vol. 2A (CPUID) and vol. 1 §13 (XCR0):
 *   leaf 1 ECX: bit 12 FMA, 27 OSXSAVE, 28 AVX
 *   leaf 7 EBX: bit 3 BMI1, 5 AVX2, 8 BMI2, 16 AVX512F, 17 AVX512DQ,
 *               28 AVX512CD, 30 AVX512BW, 31 AVX512VL
 *   XCR0: bits 1-2 SSE and AVX (YMM) state; 5-7 opmask, ZMM_Hi256, Hi16_ZMM.
 */
#include "isa.h"

#include <cpuid.h>
#include <stdint.h>
#include <string.h>

const kiln_isa kiln_isas[] = {
    {"avx512", 16, 32, "x86-64-v4", "AVX-512 (x86-64-v4: F, BW, CD, DQ, VL)"},
    {"avx2", 8, 16, "x86-64-v3", "AVX2 and FMA (x86-64-v3)"},
    {"generic", 1, 16, "x86-64", "plain C for any x86-64"},
    {NULL, 0, 0, NULL, NULL},
};

const kiln_isa *kiln_isa_named(const char *name)
{
    for (const kiln_isa *i = kiln_isas; name && i->name; i++)
        if (!strcmp(i->name, name)) return i;
    return NULL;
}

static uint64_t xgetbv0(void)
{
    uint32_t lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

int kiln_isa_runs_here(const kiln_isa *isa)
{
    if (!isa) return 0;
    if (!strcmp(isa->name, "generic")) return 1;
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int fma = (c >> 12) & 1, osxsave = (c >> 27) & 1, avx = (c >> 28) & 1;
    if (!osxsave || !avx || !fma) return 0;
    uint64_t xcr0 = xgetbv0();
    if ((xcr0 & 0x6) != 0x6) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    int avx2 = (b >> 5) & 1, bmi1 = (b >> 3) & 1, bmi2 = (b >> 8) & 1;
    if (!avx2 || !bmi1 || !bmi2) return 0;
    if (!strcmp(isa->name, "avx2")) return 1;
    int f = (b >> 16) & 1, dq = (b >> 17) & 1, cd = (b >> 28) & 1, bw = (b >> 30) & 1,
        vl = (b >> 31) & 1;
    return f && dq && cd && bw && vl && (xcr0 & 0xe0) == 0xe0;
}

const kiln_isa *kiln_isa_host(void)
{
    for (const kiln_isa *i = kiln_isas; i->name; i++)
        if (kiln_isa_runs_here(i)) return i;
    return &kiln_isas[2];
}
