/* ir.h — the graph IR: index-based, arena-allocated, topologically ordered.
 *
 * A kiln_graph holds tensors and nodes in arrays; nodes refer to tensors by
 * id and are kept in topological order.  Each node belongs to one or more
 * entry points (train_step, eval_step, predict) through a bit mask; an entry
 * runs its nodes in array order.  Op semantics are documented in ops.h.
 */
#ifndef KILN_IR_H
#define KILN_IR_H

#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "isa.h"
#include "kiln_abi.h"
#include "model.h"

typedef enum {
#define OP(id, name, nin, nout, shape, grad, flags) OP_##id,
#include "ops.h"
#undef OP
    OP__COUNT
} kiln_op;

enum {
    OPF_ELEMENTWISE = 1,
    OPF_LOSS = 2,
    OPF_BACKWARD = 4,
    OPF_OPTIMIZER = 8
};

typedef struct {
    const char *name;
    int nin, nout;
    int flags;
} kiln_op_info;

extern const kiln_op_info kiln_ops[OP__COUNT];

/* Entry points (bit mask in kiln_node.entries). */
enum {
    ENTRY_TRAIN = 1,    /* kiln_train_step: training forward, loss, backward, update */
    ENTRY_EVAL = 2,     /* kiln_eval_step: inference forward, loss, metric */
    ENTRY_PREDICT = 4   /* kiln_predict: inference forward, outputs */
};

typedef enum { DT_F32 = 0, DT_I32 = 1, DT_U8 = 2 } kiln_dt;

#define KILN_MAX_IN 6
#define KILN_MAX_OUT 3

/* Arrangements of a tensor's elements besides Keras's (kiln_tensor.form). */
enum kiln_form {
    FORM_KERAS = 0,      /* Keras's order: NHWC, HWIO, (in, out), or nChw{b}c when blocked */
    FORM_CONV_W = 1,     /* a conv kernel (KH, KW, C, F) for the blocked forward:
                            (ceil(F/b), ceil(C/icb), KH, KW, icb, b), zero-padded */
    FORM_VEC = 2,        /* a per-channel vector (a bias) zero-padded to cpad */
    FORM_CONV_WT = 3,    /* a conv kernel (KH, KW, C, F) for the blocked backward-data:
                            (ceil(C/b), ceil(F/b), KH, KW, b (f), b (c)), taps flipped:
                            [cb][fb][p][q][f][c] = w[KH-1-p][KW-1-q][c][f] */
    FORM_GEMM_W = 4,     /* a Dense kernel (K, M) with its rows padded to cpad columns */
    FORM_GEMM_WT = 5     /* a Dense kernel (K, M) transposed to (M, cpad): [m][k] = w[k][m] */
};

typedef struct {
    const char *name;    /* "conv2d/kernel", "conv2d_out", "dconv2d_out", "m_conv2d/kernel" */
    const char *origin;  /* JSON path of the layer it came from ("$.layers[1]"), or "" */
    int role;            /* enum kiln_role */
    kiln_dt dtype;
    int rank;            /* 1..4 */
    int dims[4];         /* Keras layout; dims[0] is the batch when `batched` */
    int batched;
    int alias;           /* -1, or the tensor whose storage this one views (Flatten) */
    int64_t size;        /* elements for the full compiled batch */
    int64_t offset;      /* element offset in its slab (params/grads/.../arena) */
    int init, fan_in, fan_out;   /* parameters and state: enum kiln_init */
    int grad;            /* id of d<this>, or -1 */
    int param;           /* grads/moments: id of their parameter; else -1 */
    int trainable_grad;  /* computation depends on a parameter (needs a gradient) */
    /* Physical layout (choose_layouts.c; docs/architecture.md §4).  block 0:
     * Keras's layout, dense.  block 8 or 16: channels blocked — images
     * nChw{8,16}c, i.e. (N, ceil(C/b), H + halo, W + halo, b), 2-D (N, K)
     * tensors (N, ceil(K/b) * b); weights pre-blocked per their kernel. */
    int block;           /* 0, 8 or 16 */
    int form;            /* enum kiln_form: how a weight copy is arranged */
    int icb;             /* FORM_CONV_W: input channels per block (block, or C of a Keras input) */
    int cpad;            /* channels (last Keras axis) padded to the block */
    int halo[4];         /* zero rows/columns kept around H, W: top, left, bottom, right */
    int64_t storage;     /* elements of the physical layout, full batch (plan_memory) */
    int kernel_local;    /* 1: produced and consumed inside one kernel, never stored */
    int held;            /* 1: an inference entry's copy of a weight, placed above every
                            plan so it survives between calls (plan_memory.c) */
    int to_out;          /* 1: predict's model output, which the kernel that makes it writes
                            straight into kiln_step.out (fuse.c: the OUTPUT node then has
                            no kernel); it has no place in the arena (the descriptor's role
                            KILN_ROLE_OUTPUT) */
    int argmax;          /* a convolution's output whose max-pooling is computed in the
                            convolution's epilogue (fuse.c): the 1-byte argmax tensor the
                            pooling backward reads instead of this one, which is never
                            stored; else -1 */
} kiln_tensor;

typedef struct {
    int kh, kw, sh, sw;       /* window and strides (conv, pool) */
    int same;                 /* padding: 0 'valid', 1 'same' (shape rule sets the pads) */
    int pad_top, pad_left;    /* Keras 'same': total = max((O-1)*s + k - I, 0), top = total/2 */
    float scale, offset;      /* RESCALE */
    float alpha;              /* LEAKY_RELU slope */
    float momentum, epsilon;  /* BN */
    float rate;               /* DROPOUT */
    int salt;                 /* DROPOUT: which dropout layer (0, 1, ...) */
    float l1, l2;             /* REG */
    int accumulate;           /* backward: add into outputs instead of writing */
    /* optimizer */
    float beta_1, beta_2, opt_epsilon, sgd_momentum;
    int nesterov;
} kiln_attrs;

typedef struct {
    kiln_op op;
    int in[KILN_MAX_IN];   /* tensor ids, -1 for absent optional inputs */
    int nin;
    int out[KILN_MAX_OUT]; /* tensor ids, -1 for absent optional outputs */
    int nout;
    kiln_attrs a;
    const char *name;      /* node name, e.g. "conv2d", "dconv2d.data" */
    const char *origin;    /* JSON path of its layer */
    int entries;           /* ENTRY_* mask */
    int group;             /* the kernel that covers it (fuse.c), -1 before */
} kiln_node;

/* ---- the kernel plan (docs/architecture.md §4) ----
 * The graph says what is computed; the plan says how: which nodes one
 * emitted function covers, with which register tile and parallel axis.
 * choose_layouts sets tensor layouts (and adds REORDER nodes where they
 * change), fuse groups nodes into kernels, schedule picks tiles, threads and
 * scratch, plan_memory places what the kernels store. */
typedef enum {
    FAM_CONV_FWD,          /* convolution forward (+ bias, activation epilogue) */
    FAM_CONV_BWD_DATA,     /* convolution backward-data */
    FAM_CONV_BWD_WEIGHTS,  /* convolution backward-weights (+ bias gradient) */
    FAM_GEMM,              /* Dense forward, backward-data, backward-weights */
    FAM_ELTWISE,           /* elementwise: activations, their gradients, dropout, rescaling */
    FAM_POOL,              /* max-pooling forward and backward */
    FAM_BN,                /* batch normalization */
    FAM_LOSS,              /* softmax, losses and their gradients, regularizers, output */
    FAM_OPTIMIZER,         /* Adam / SGD over the slabs */
    FAM_REORDER,           /* layout changes */
    FAM__COUNT
} kiln_family;

/* How a kernel's work is shared among the threads of the entry's one
 * parallel region (static, so results depend only on the thread count). */
typedef enum {
    PAR_SINGLE,            /* one thread (omp single) */
    PAR_BATCH,             /* samples n < nb */
    PAR_ROWS,              /* rows of the output (samples x output rows) */
    PAR_ELEMENTS,          /* flat elements / parameters */
    PAR_CHANNELS,          /* channel blocks (per-channel reductions) */
    PAR_TAPS,              /* filter taps x channel blocks of a weight gradient */
    PAR_OUTPUT_ROWS        /* rows of a weight-gradient matrix */
} kiln_parallel;

/* A register tile: oc_vectors output-channel vectors x (oh_regs x ow_regs)
 * output pixels, stepping ic_block input channels at a time.  A
 * backward-weights kernel with dy_scalars > 0 is vectorised over input
 * channels instead: oh_regs x ow_regs filter taps x dy_scalars output
 * channels of accumulators, each a vector of ic_block input channels, with
 * dy broadcast (schedule.c). */
typedef struct {
    int oc_vectors, oh_regs, ow_regs, ic_block;
    int dy_scalars;
    int col_taps;  /* forward/backward-data: > 0 when the weights of a row's column taps
                      are held in registers together, each broadcast input serving every
                      tap that reads it (up to col_taps taps) */
    int winograd;  /* a 3x3 stride-1 convolution by Winograd F(m x m, 3x3)
                      (emit_winograd.c): m = 2 or 4, 0 direct.  Its tile is then the
                      Winograd-domain product's: forward and backward-data, oc_vectors
                      output-channel vectors x ow_regs tiles; backward-weights,
                      oc_vectors dy vectors x ow_regs input channels; oh_regs tiles per
                      block of the transforms' scratch */
    int k_split;   /* GEMM forward at a batch of one: partial sums over the reduction per
                      accumulator, added pairwise at the end (one row's few accumulators
                      would each wait on its last FMA); 0 or 1: one */
} kiln_tile;

#define KILN_MAX_FUSED 8
#define KILN_MAX_KIN 8
#define KILN_MAX_KOUT 4

typedef struct {
    kiln_family family;
    int anchor;                     /* the node the kernel is named after */
    int nodes[KILN_MAX_FUSED];      /* nodes covered, in graph order */
    int n_nodes;
    int in[KILN_MAX_KIN], n_in;     /* boundary tensors read (its signature, with out) */
    int out[KILN_MAX_KOUT], n_out;  /* boundary tensors written */
    int scratch[2];                 /* arena scratch tensors (schedule.c), -1 none */
    int entries;                    /* ENTRY_* mask */
    kiln_tile tile;
    kiln_tile tile2;                /* a strided backward-data whose gradient feeds the first
                                       layer's backward-weights in the same kernel (fuse.c): that
                                       backward-weights' tile; tile is the backward-data's */
    kiln_parallel parallel;
    int partial_sums;               /* per-thread private partial sums, reduced in a fixed order */
    int weight_copy;                /* a REORDER of parameters or state in eval/predict only: skipped
                                       while the caller holds the weights (kiln_abi.h) */
    const char *name;               /* k07_conv2d_fwd_n128_h26w26c32: the C symbol */
} kiln_kernel;

typedef struct {
    kiln_arena *arena;
    const kiln_model *model;
    int batch;                   /* compiled batch size N */

    kiln_tensor *t;
    int nt, cap_t;
    kiln_node *n;
    int nn, cap_n;

    int x;                       /* input tensor (N, H, W, C) or (N, K) */
    int label;                   /* label tensor: int32 (N) or float (N, ...) */
    int out_train, out_infer;    /* model outputs (after the final activation) */
    int label_kind;              /* enum kiln_label */
    int *layer_out;              /* per model layer: its output tensor in the inference
                                    forward (kiln_model.layers order), for `kiln summary` */
    int n_dropout;

    int64_t n_params, n_state, n_arena;  /* slab sizes in elements */

    const kiln_isa *isa;         /* what the kernels are emitted for */
    int threads;                 /* chunks of split reductions (kiln_compile_options.threads) */
    kiln_kernel *k;              /* the kernel plan, in execution order (fuse.c) */
    int nk;
} kiln_graph;

/* Tensor and node constructors (ir.c). Names are copied into the arena. */
int kiln_graph_add_tensor(kiln_graph *g, const char *name, const char *origin,
                          int role, kiln_dt dt, int rank, const int *dims, int batched);
int kiln_graph_add_node(kiln_graph *g, kiln_op op, const char *name, const char *origin,
                        int entries, const int *in, int nin, const int *out, int nout,
                        const kiln_attrs *a);
/* Storage owner of tensor id (follows aliases). */
int kiln_tensor_storage(const kiln_graph *g, int id);
/* Elements per sample of a batched tensor (size / N), or size. */
int64_t kiln_tensor_per_sample(const kiln_graph *g, int id);

/* Shape rule of one node (infer_shapes.c): sets the dims of its forward
 * outputs from its inputs, or checks them for backward nodes. Returns 0, or
 * -1 after reporting a user error against the node's origin. */
int kiln_infer_node(kiln_graph *g, int node);

/* Checks tensor t against kiln's size limits (kiln_limits.h: its batch, its
 * elements, its elements per sample), reporting a violation at node's
 * model-file origin (node -1: at the tensor's own origin) with the tensor's
 * name, shape, size and the limit.  kiln_infer_node applies it to every
 * forward output.  Returns 0 or -1 (reported). */
int kiln_check_limits(kiln_graph *g, int node, int t);

/* Work of one node for the full compiled batch: floating-point operations
 * (a multiply-add counts 2). */
double kiln_node_flops(const kiln_graph *g, const kiln_node *n);

/* Work one kernel does for the full compiled batch (the module descriptor's
 * counts): the FLOPs of its nodes — of a convolution with a max-pooling in
 * its epilogue only the pixels of whole windows, the ones it computes — and
 * the bytes of its boundary tensors, read and written once each (what a
 * fused kernel keeps in registers costs none). */
void kiln_kernel_cost(const kiln_graph *g, const kiln_kernel *k, double *flops, double *bytes);

/* A Winograd F(m x m, 3x3) forward whose fused max-pooling has kh x kw
 * windows (strides the same) that m x m tiles do not hold whole: the output
 * rows of a band of whole tiles and whole windows, lcm(m, kh), which the
 * kernel computes and then pools; 0 when each tile holds whole windows
 * (schedule.c, emit_winograd.c). */
static inline int kiln_winograd_band(int m, int kh, int kw)
{
    if (m % kh == 0 && m % kw == 0) return 0;
    int l = m;
    while (l % kh) l += m;
    return l;
}

/* Pipeline phases (one file each; docs/architecture.md §3). Each returns 0 or -1 after
 * reporting user errors through diag.h; internal violations abort. */
int kiln_lower(kiln_graph *g, const kiln_model *m, int batch);   /* lower.c */
int kiln_infer_shapes(kiln_graph *g);                            /* infer_shapes.c */
void kiln_verify(const kiln_graph *g, const char *after);       /* verify.c */
void kiln_autodiff(kiln_graph *g);                               /* autodiff.c */
void kiln_add_optimizer(kiln_graph *g);                          /* add_optimizer.c */
/* The family of the kernel an op's node belongs to (fuse.c), and its name
 * ("conv_fwd", "gemm", ...) for dumps. */
kiln_family kiln_family_of(kiln_op op);
const char *kiln_family_name(kiln_family f);
void kiln_choose_layouts(kiln_graph *g);                         /* choose_layouts.c */
/* The layout block (ir.h kiln_tensor.block) kernel k reads or writes
 * tensor t in: what its family's emitter is written for (choose_layouts.c). */
int kiln_layout_expected(const kiln_graph *g, const kiln_kernel *k, int t);
void kiln_fuse(kiln_graph *g);                                   /* fuse.c */
void kiln_schedule(kiln_graph *g);                               /* schedule.c */
void kiln_plan_memory(kiln_graph *g);                            /* plan_memory.c */
/* The plan's invariants (verify.c): every node of an entry in exactly one
 * kernel, kernel boundaries agree on layouts, scratch is planned. */
void kiln_verify_plan(const kiln_graph *g, const char *after);

/* Text dump of the IR (--dump-after) and Graphviz (--dot); once the plan
 * exists, kiln_dump also lists the layouts and the kernels. */
void kiln_dump(const kiln_graph *g, FILE *f);
void kiln_dump_dot(const kiln_graph *g, FILE *f);

#endif /* KILN_IR_H */
