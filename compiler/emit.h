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

/* The C element type of tensor t. */
static inline const char *ctype(const kiln_tensor *t)
{
    return t->dtype == DT_I32 ? "int32_t" : t->dtype == DT_U8 ? "uint8_t" : "float";
}

/* "=" or "+=" for a backward output. */
static inline const char *store(const kiln_node *n) { return n->a.accumulate ? "+=" : "="; }

/* The C name of tensor t in kernel bodies and entry points. */
static inline const char *NAME(const emitter *E, int t) { return E->tname[t]; }

/* Physical geometry of an image tensor (rank 4, batched) in its layout:
 * element (n, h, w, c) lies at
 *   block 0:  ((n * Hp + h + top) * Wp + w + left) * cpad + c
 *   block b:  (((n * CB + c / b) * Hp + h + top) * Wp + w + left) * b + c % b
 * with Hp, Wp the rows and columns including the halo. */
typedef struct {
    int H, W, C, cpad, block, CB, top, left, Hp, Wp;
    long sample;     /* elements per sample */
    long cblock;     /* elements per channel block (block > 0) */
    long row, pixel; /* elements per stored row and per pixel */
} kiln_geom;
kiln_geom kiln_geometry(const kiln_tensor *t);

/* The C expression of the address of element (n, h, w, c) of image tensor
 * t, with the coordinates given as C expressions (without the halo). */
const char *kiln_image_at(kiln_arena *a, const kiln_tensor *t, const char *n, const char *h, const char *w,
                          const char *c);

/* Prints a loop that zeroes the halo of image tensor t (named `name`) for
 * its samples n < nb, as one static work-sharing loop; nothing when t has
 * no halo. */
void kiln_emit_zero_halo(emitter *E, int t);

/* Helper functions a kernel needs, printed before it (its microkernels). */
void kiln_emit_conv_helpers(emitter *E, const kiln_kernel *k);
void kiln_emit_gemm_helpers(emitter *E, const kiln_kernel *k);

/* Kernel bodies, one entry per family; each dispatches on the anchor op. */
void kiln_emit_conv(emitter *E, const kiln_kernel *k);
void kiln_emit_gemm(emitter *E, const kiln_kernel *k);
void kiln_emit_eltwise(emitter *E, const kiln_kernel *k);
void kiln_emit_pool(emitter *E, const kiln_kernel *k);
void kiln_emit_bn(emitter *E, const kiln_kernel *k);
/* A max-pooling backward (with the ReLU backward of the pooled activation)
 * whose gradient only the kernel's last node reads (fuse.c: a batch
 * normalization's backward, or a first layer's backward-weights) is part of
 * that node's kernel: the last node is emitted as usual, and each dy vector
 * it reads is made where it reads it (kiln_emit_pooled_dy), so the
 * full-size dy is never stored. */
void kiln_emit_bn_bwd_from_pool(emitter *E, const kiln_kernel *k);
void kiln_emit_conv_bwd_weights_from_pool(emitter *E, const kiln_kernel *k);

/* The pooling backward fused before the last node of the kernel being
 * emitted (above), or NULL. */
const kiln_node *kiln_fused_pool_bwd(const emitter *E);

/* Prints `vf NAME = ...;` (at indent IND): the gradient that pooling
 * backward would have stored at sample n (the C variable), channel block CB,
 * row H, column W (C expressions): the pooled gradient of the pixel's window
 * where the forward's argmax names the pixel as the window's first maximum
 * (and, with the ReLU backward, that maximum was positive), else 0. */
void kiln_emit_pooled_dy(emitter *E, const char *ind, const char *name, const char *cb, const char *h, const char *w);

/* ---- the convolution problem (emit_conv.c), shared with emit_winograd.c ---- */

/* A direct convolution on blocked layouts, as both the forward and the
 * backward-data compute it:
 *   y[n, i, j, o] (=|+=) act(b[o] + sum_{cb, p, q, c} x[n, i*sh + p - pt, j*sw + q - pl, c] w'[..])
 * forward: x the input, w' the kernel in FORM_CONV_W, y the output;
 * backward-data: x = dy (zero-extended by its halo), w' the flipped,
 * transposed kernel (FORM_CONV_WT), y = dx, computed phase by phase: the
 * rows h of dx with (h + pt) mod s = phi take the taps p = phi + s*t of the
 * kernel at dy rows (h + pt - phi)/s - t, so each phase is a stride-1
 * correlation of dy with T of the taps (stride 1: one phase, every tap),
 * written to every s-th row and column of dx.  No multiply by a zero of a
 * dilated dy. */
typedef struct {
    int x, w, y, bias;        /* tensor ids; bias -1 without */
    int KH, KW;               /* the weight tensor's taps */
    int icpb, icbn;           /* input channels per weight block, and blocks */
    int iclast;               /* channels that exist in the last block (<= icpb): the
                                 padding channels' weights are zero, so they are skipped */
    long wocb;                /* weight elements per output-channel block */
    int relu, accumulate;     /* epilogue */
    int mask;                 /* backward-data with a ReLU backward fused: y of that ReLU
                                 (dx' = y > 0 ? dx : 0), -1 without */
    int pkh, pkw;             /* forward with a max-pooling in the epilogue: its window
                                 (= strides), else 0; y is then the pooled tensor */
    int argmax;               /* and the argmax it writes (fuse.c add_argmax), or -1 */
    int nph;                  /* phases: 1, or sh * sw for a strided backward-data */
    struct conv_phase {
        int th, tw;           /* its taps (0: no tap reaches these pixels, they are 0) */
        int p0, q0, ps, qs;   /* which weight taps: p0 + ps*kh, q0 + qs*kw */
        int rows, cols;       /* output pixels of the phase */
        int y_r0, y_c0, y_rs, y_cs;  /* output pixel (u, v) is y row y_r0 + u*y_rs, ... */
        int x_r0, x_c0, x_rs, x_cs;  /* and reads x from row x_r0 + u*x_rs + kh, ... */
        char tag[16];         /* "" or "_p01": names its microkernels */
    } ph[16];
} kiln_conv_problem;

/* The problem kernel k (a blocked forward or backward-data convolution)
 * computes: its tensors, taps, channel blocks, epilogue and phases. */
kiln_conv_problem kiln_conv_problem_of(const emitter *E, const kiln_kernel *k);

/* Winograd F(m x m, 3x3) kernels (emit_winograd.c), for the forward,
 * backward-data and backward-weights kernels schedule.c gives
 * tile.winograd = m: their helper functions, and the body. */
void kiln_emit_winograd_helpers(emitter *E, const kiln_kernel *k);
void kiln_emit_winograd(emitter *E, const kiln_kernel *k);

/* Prints the maximum of a max-pooling window whose n elements are the
 * vectors e[0..n) (row-major): `vf m`, the first maximum (a later element
 * only when strictly greater), `vi at` its index (when argmax), and `vf mx`,
 * NaN when any element is NaN, else m, or max(m, 0) with relu.  What the
 * convolution's and batch normalization's pooling epilogues store. */
void kiln_emit_window_max(emitter *E, const char *ind, const char *const *e, int n, int argmax, int relu);
/* One softmax row (Keras's softmax: exp(z - max z) / sum exp(z - max z)):
 * the statements, at indentation ind, that read K logits at z and write K
 * probabilities at y (both C pointer expressions); the softmax kernel and a
 * Dense forward with the softmax in its epilogue print the same ones. */
void kiln_emit_softmax_row(emitter *E, const char *ind, const char *z, const char *y, int K);
void kiln_emit_loss(emitter *E, const kiln_kernel *k);
/* The gradient of a regularizer node n (OP_REG_BWD) at one weight, the C
 * expression of the weight w: l1 * sign(w) + 2 * l2 * w (Keras's
 * regularizers.L1L2: the penalty l1 * sum |w| + l2 * sum w^2), with only the
 * terms the node has.  The separate pass and the optimizer's update that
 * takes it in (fuse.c) print the same expression. */
const char *kiln_reg_grad_term(emitter *E, const kiln_node *n, const char *w);
void kiln_emit_opt(emitter *E, const kiln_kernel *k);
void kiln_emit_reorder(emitter *E, const kiln_kernel *k);

#endif /* KILN_EMIT_H */
