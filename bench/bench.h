/* bench.h — kiln bench and kiln profile (docs/architecture.md §9).
 *
 *   kiln bench MODEL.json     the whole training step and batch-1 inference,
 *                             kiln beside PyTorch on the same batch, in one
 *                             invocation, with the measured FMA peak
 *   kiln profile MODEL.json   every kernel of an entry point on its own
 *                             (libffi, runtime/kcall.h), beside the same
 *                             oneDNN primitive
 *
 * Speed is measured here, never asserted in tests.  Times are wall-clock
 * (CLOCK_MONOTONIC), medians over repeats; GFLOP/s are the compiler's FLOP
 * counts of the kernels (the module descriptor's, a multiply-add = 2) over
 * those times; "% of peak" divides by kiln_peak_measure() of the module's ISA
 * at the thread count used (bench/peak.h).  The functions below return an
 * exit status for the CLI: 0, 1 (kiln or the system failed: JIT, a helper
 * that would not run) or 2 (a user error, reported through diag.h); they
 * print to stdout and never exit.
 */
#ifndef KILN_BENCH_H
#define KILN_BENCH_H

#include <stdint.h>

#include "kiln.h"
#include "model_load.h"
#include "module.h"

typedef struct {
    const char *model_path;   /* MODEL.json; NULL with peak_only */
    int batch;                /* training batch; 0: the model's fit.batch_size */
    int threads;              /* OpenMP threads of kiln; 0: every logical CPU */
    const char *isa;          /* "avx512", "avx2", "generic"; NULL: this CPU's widest */
    int steps;                /* timed training steps; 0: as many as fill ~2 s (10..2000) */
    int torch;                /* 1: run the PyTorch baseline too */
    int torch_required;       /* 1: --against torch was asked for: its failure fails the run */
    int json;                 /* 1: one JSON object on stdout instead of the table */
    const char *data;         /* "mnist", "fashion-mnist", DIR: the batch is the first samples
                                 of its training split; NULL: a random batch (seed 0) */
    int peak_only;            /* 1: only the FMA peak table */
    double peak_seconds;      /* per peak run (5 runs, best); 0: 0.06 s */
    int verbose;              /* JIT and cache notes, the torch commands, on stderr */
    kiln_load_options load;   /* --set overrides, --loss, --optimizer (model_load.h); the
                                 PyTorch baseline gets the description they make */
} kiln_bench_options;

/* kiln bench: see the top of this file and `kiln bench --help`. */
int kiln_bench(const kiln_bench_options *o);

typedef struct {
    const char *model_path;   /* MODEL.json */
    int batch;                /* 0: fit.batch_size */
    int threads;              /* 0: every logical CPU */
    const char *isa;          /* NULL: this CPU's widest */
    int repeats;              /* timed calls per kernel; 0: 10..1000, ~30 ms of calls */
    int entry;                /* ENTRY_TRAIN, ENTRY_EVAL or ENTRY_PREDICT (ir.h) */
    int json;                 /* 1: JSON on stdout */
    int onednn;               /* 1: time the oneDNN primitive of each kernel (--against onednn) */
    double peak_seconds;      /* per peak run; 0: 0.06 s */
    int verbose;
    kiln_load_options load;   /* --set overrides, --loss, --optimizer (model_load.h) */
} kiln_profile_options;

/* kiln profile: see the top of this file and `kiln profile --help`. */
int kiln_profile(const kiln_profile_options *o);

/* The path of bench/onednn_time, the oneDNN timer kiln profile runs
 * ($KILN_ONEDNN_TIME, else where the build put it); "" when kiln was built
 * without oneDNN. */
const char *kiln_onednn_timer(void);

/* ---- shared by both (bench_common.c) ------------------------------------ */

/* One training batch for a module, kiln's and PyTorch's alike. */
typedef struct {
    int n;                    /* samples: the module's compiled batch */
    int64_t per;              /* input elements per sample */
    float *x;                 /* (n, per) the model's float32 input (uint8 * in_scale) */
    float *y;                 /* (n, label_size) float32 targets (one-hot, dense, image) */
    int32_t *y_index;         /* (n) int32 class ids (sparse labels) */
    int32_t *classes;         /* (n) class ids, for every label kind (random for autoencoders) */
    const char *source;       /* "random (seed 0)" or "mnist train[0:32]" (static/owned) */
    char source_buf[256];
} kiln_bench_batch;

/* Fills b for module m (its compiled batch): with data NULL, pixels drawn
 * uniformly from 0..255 and class ids from 0..classes-1 (splitmix64, seed
 * 0); else the first samples of the training split of `data` (a --data
 * name or directory).  Labels are made as kiln_fit makes them; the model's
 * input noise is not applied (it is data-side and costs nothing in a step).
 * Returns 0, or -1 after reporting (dataset errors, too few samples, shape
 * mismatch, out of memory). */
int kiln_bench_batch_make(const kiln_module *m, const char *data, kiln_bench_batch *b);
void kiln_bench_batch_free(kiln_bench_batch *b);

/* A kiln_step of m on batch b: slabs, x, labels, nb = batch, learning rate
 * of the model file, step = m->step + 1, seed 0. */
kiln_step kiln_bench_step(const kiln_module *m, const kiln_bench_batch *b, float lr);

/* Median of v[0..n) (sorts v), 0 for n = 0. */
double kiln_median(double *v, int n);

/* The path of a helper kiln runs: $ENVVAR if set, else `fallback` (a path
 * fixed at build time). */
const char *kiln_bench_helper(const char *envvar, const char *fallback);

#endif /* KILN_BENCH_H */
