/* peak.h — the machine's measured FP32 FMA peak, per ISA and thread count
 * (docs/architecture.md §9): the yardstick of every "% of peak" kiln bench
 * and kiln profile print.
 *
 * The probe runs chains of dependent fused multiply-adds, a <- a * b + c, on
 * vector registers: 24 independent zmm chains for AVX-512, 12 ymm chains for
 * AVX2 — more than 2 FMA ports x 4 cycles of latency, so both ports stay
 * busy on every x86 core kiln targets (Intel's 2-port cores, AMD Zen 3/4/5),
 * and few enough to stay in registers (26 of 32 zmm, 14 of 16 ymm).  An FMA
 * counts 2 FLOPs per lane (16 lanes zmm, 8 ymm).  With T threads, each
 * thread of one OpenMP parallel region runs the same loop and the figure is
 * their total.  One binary holds both probes (functions compiled with
 * __attribute__((target(...)))); an ISA the CPU or OS lacks
 * (kiln_isa_runs_here) is never run.
 */
#ifndef KILN_PEAK_H
#define KILN_PEAK_H

#include "isa.h"

/* The CPU's model name ("model name" of the first processor in
 * /proc/cpuinfo), or "unknown CPU". A static string. */
const char *kiln_cpu_model(void);

/* Logical CPUs OpenMP may use (omp_get_num_procs), >= 1. */
int kiln_cpu_count(void);

/* 1 when `isa` has an FMA probe here: avx512 and avx2 do; generic (plain C,
 * no FMA) has none. */
int kiln_peak_has_probe(const kiln_isa *isa);

/* Measured FP32 peak of `isa` with `threads` OpenMP threads, in GFLOP/s
 * (10^9 FLOP per second, all threads together): the best of `runs` runs of
 * about `seconds` each (after one untimed warm-up run, which also lets the
 * core settle at the clock it sustains under that ISA).  Returns 0 when the
 * ISA has no probe or does not run on this CPU — never executing it then. */
double kiln_peak_measure(const kiln_isa *isa, int threads, double seconds, int runs);

/* Seconds since an arbitrary origin (CLOCK_MONOTONIC). */
double kiln_now(void);

#endif /* KILN_PEAK_H */
