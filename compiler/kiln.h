/* kiln.h — the compiler's public entry: model file in, C module out.
 *
 * kiln_compile() runs the whole pipeline of docs/architecture.md §3
 *   parse → lower → infer_shapes → verify → autodiff → add_optimizer → verify
 *         → choose_layouts → fuse → schedule → plan_memory → verify_plan → emit_c
 * and never exits the process: errors are reported through diag.h and -1 is
 * returned.
 */
#ifndef KILN_H
#define KILN_H

#include <stdio.h>

#include "arena.h"
#include "ir.h"
#include "model.h"

typedef struct {
    int batch;               /* compiled batch size; 0: the model's fit.batch_size */
    const char *isa;         /* "generic", "avx2", "avx512"; NULL: from CPUID */
    int threads;             /* threads the module is compiled for: kernels that split a
                                reduction (backward-weights) cut it into this many chunks,
                                so results depend on it, never on the threads that run;
                                0: omp_get_max_threads() */
    const char *dump_after;  /* pass name, or "all": print the IR after it to dump_stream */
    FILE *dump_stream;       /* default stderr */
} kiln_compile_options;

typedef struct kiln_compiled {
    kiln_graph *graph;       /* the final graph (arena-owned) */
    char *source;            /* the C translation unit, NUL-terminated (arena-owned) */
    long source_len;         /* bytes */
    char *header;            /* a C header declaring the module's exports */
    char *descriptor_json;   /* the module descriptor as JSON (tensors, kernels, entries) */
} kiln_compiled;

/* Names --dump-after accepts, in pipeline order, NULL-terminated. */
extern const char *const kiln_pass_names[];

/* Compiles a parsed model. All output is allocated from `a`.
 * Returns 0, or -1 after reporting errors (unsupported layer combinations). */
int kiln_compile(const kiln_model *m, const kiln_compile_options *o, kiln_arena *a,
                 kiln_compiled *out);

/* The ISA chosen for this machine from CPUID and XGETBV: "avx512", "avx2" or
 * "generic" (isa.h kiln_isa_host). */
const char *kiln_host_isa(void);

/* Emits C for a finished graph and its kernel plan (emit_c.c). */
void kiln_emit_c(const kiln_graph *g, kiln_arena *a, kiln_compiled *out);

#endif /* KILN_H */
