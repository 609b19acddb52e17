/* isa.h — the instruction sets kiln emits kernels for (docs/architecture.md §4).
 *
 * avx512   16 float32 lanes, 32 vector registers, mask registers; the JIT
 *          compiles for x86-64-v4 (AVX-512 F, BW, CD, DQ, VL).
 * avx2     8 lanes, 16 registers; x86-64-v3 (AVX2, FMA, BMI2).
 * generic  plain C loops in Keras's layouts (the reference family), for any
 *          x86-64 (baseline SSE2); the compiler's vectoriser does what it can.
 * The ISA of a module is chosen at run time from CPUID and XGETBV (the CPU
 * has the instructions and the OS saves their registers); `--isa` overrides.
 */
#ifndef KILN_ISA_H
#define KILN_ISA_H

typedef struct kiln_isa {
    const char *name;       /* "avx512", "avx2", "generic" */
    int lanes;              /* float32 lanes of one vector register (generic: 1) */
    int registers;          /* architectural vector registers */
    const char *march;      /* the JIT's -march for this ISA */
    const char *what;       /* one line for people: "AVX-512 (x86-64-v4)" */
} kiln_isa;

/* The ISAs, widest first; NULL-name terminated. */
extern const kiln_isa kiln_isas[];

/* The ISA called `name`, or NULL. */
const kiln_isa *kiln_isa_named(const char *name);

/* 1 when this CPU and OS run code of `isa`: CPUID has every feature of its
 * -march level and XGETBV shows the OS saves the registers it uses. */
int kiln_isa_runs_here(const kiln_isa *isa);

/* The widest ISA that runs here. */
const kiln_isa *kiln_isa_host(void);

#endif /* KILN_ISA_H */
