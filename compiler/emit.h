/* emit.h — what the emitters share (docs/architecture.md §4).
 *
 * emit_c.c assembles the module (banner, ABI, ISA prelude, kernels, entry
 * points, descriptor); one file per kernel family prints kernel bodies:
 *   emit_conv.c     convolution forward, backward-data, backward-weights
 *   emit_gemm.c     Dense forward, backward-data, backward-weights
 *   emit_eltwise.c  activations and their gradients, dropout, rescaling, output
 *   emit_pool.c     max-pooling forward and backward
 *   emit_bn.c       batch normalization
 *   emit_loss.c     softmax, losses and their gradients, regularizers
 *   emit_opt.c      Adam and SGD over the slabs
 *   emit_reorder.c  layout changes
 * A kernel body runs inside its entry point's one OpenMP parallel region:
 * it shares work out with `#pragma omp for schedule(static)` (a barrier at
 * its end) or runs serial parts under `#pragma omp single`.
 */
#ifndef KILN_EMIT_H
#define KILN_EMIT_H

#include <stdarg.h>
#include <stddef.h>

#include "ir.h"
#include "kiln.h"

/* A growing string. */
typedef struct {
    char *s;
    size_t len, cap;
} sbuf;

/* printf onto b. */
void kiln_sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define P kiln_sb_printf

typedef struct {
    const kiln_graph *g;
    const kiln_isa *isa;
    kiln_arena *a;
    sbuf *b;                /* where kernel text goes */
    char **tname;           /* C identifier per tensor */
    const kiln_kernel *k;   /* the kernel being emitted */
} emitter;

#define I1 "    "
#define I2 "        "
#define I3 "            "
#define I4 "                "
#define I5 "                    "

/* A float constant as C source that round-trips exactly ("0.5f", "INFINITY"). */
const char *kiln_emit_float(kiln_arena *a, double v);
#define flt kiln_emit_float

static inline const kiln_tensor *T(const emitter *E, int id) { return &E->g->t[id]; }

/* "=" or "+=" for a backward output. */
static inline const char *store(const kiln_node *n) { return n->a.accumulate ? "+=" : "="; }

/* The C name of tensor t in kernel bodies and entry points. */
static inline const char *NAME(const emitter *E, int t) { return E->tname[t]; }

/* Kernel bodies, one entry per family; each dispatches on the anchor op. */
void kiln_emit_conv(emitter *E, const kiln_kernel *k);
void kiln_emit_gemm(emitter *E, const kiln_kernel *k);
void kiln_emit_eltwise(emitter *E, const kiln_kernel *k);
void kiln_emit_pool(emitter *E, const kiln_kernel *k);
void kiln_emit_bn(emitter *E, const kiln_kernel *k);
void kiln_emit_loss(emitter *E, const kiln_kernel *k);
void kiln_emit_opt(emitter *E, const kiln_kernel *k);
void kiln_emit_reorder(emitter *E, const kiln_kernel *k);

#endif /* KILN_EMIT_H */
