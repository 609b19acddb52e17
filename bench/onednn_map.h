/* onednn_map.h — the oneDNN primitive that does what one kiln kernel does
 * (kiln profile --against onednn, docs/architecture.md §9).
 *
 * A kernel is mapped by its anchor node (ir.h kiln_kernel.anchor):
 *   CONV2D              convolution forward (forward_training in train_step,
 *                       forward_inference in eval_step / predict), with bias
 *                       when the layer has one and the activation the kernel
 *                       fuses as an eltwise post-op
 *   CONV2D_BWD_DATA     convolution backward-data
 *   CONV2D_BWD_WEIGHTS  convolution backward-weights (+ diff_bias when the
 *                       kernel computes the bias gradient)
 *   DENSE, DENSE_BWD_DATA, DENSE_BWD_WEIGHTS   inner product, the same passes
 *   MAXPOOL             max pooling forward (forward_training keeps a
 *                       workspace for backward), MAXPOOL_BWD  its backward
 * Anything else has no counterpart.  Shapes are oneDNN's (N, C, H, W) of
 * kiln's NHWC tensors: minibatch, channels, spatial sizes, window, strides,
 * and Keras's padding as explicit pads: 'same' adds total =
 * max((O - 1) * s + k - I, 0) rows of which TF/Keras put total / 2 on top
 * and the rest at the bottom (the odd one at the bottom/right), the pad_top /
 * pad_left of kiln's shape rule; 'valid' pads nothing (the bottom pad is
 * clamped at 0 where floor division drops input rows).  oneDNN's shape rule
 * is O = (I + pad_l + pad_r - k) / s + 1 (floor).
 */
#ifndef KILN_ONEDNN_MAP_H
#define KILN_ONEDNN_MAP_H

#include "ir.h"

typedef struct {
    char prim[8];         /* "conv", "ip", "pool" */
    char pass[16];        /* "fwd_training", "fwd_inference", "bwd_data", "bwd_weights", "bwd" */
    int mb;               /* minibatch N */
    int ic, ih, iw;       /* source: channels, height, width (ip: ih = iw = 1, ic = K) */
    int oc, oh, ow;       /* destination (pool: oc = ic) */
    int kh, kw, sh, sw;   /* window and strides (ip: 1) */
    int pt, pl, pb, pr;   /* pads: top, left, bottom, right */
    int bias;             /* conv/ip forward: adds a bias; bwd_weights: computes diff_bias */
    char post[16];        /* forward: fused activation as an eltwise post-op ("relu"), or "" */
} kiln_onednn_problem;

/* Maps kernel k of g, run in entry point `entry` (ENTRY_TRAIN, ENTRY_EVAL,
 * ENTRY_PREDICT), to its oneDNN problem.  Returns 1 and fills p, or 0 when
 * the kernel has no oneDNN counterpart. */
int kiln_onednn_problem_of(const kiln_graph *g, const kiln_kernel *k, int entry,
                           kiln_onednn_problem *p);

/* The max-pooling kernel k computes in its epilogue (a convolution with the
 * pooling fused, fuse.c), as the oneDNN pooling forward a library build runs
 * after the convolution: 1 and p filled, or 0 when k has none.  kiln profile
 * times both primitives and compares kiln's one kernel with their sum. */
int kiln_onednn_epilogue_pool(const kiln_graph *g, const kiln_kernel *k, int entry, kiln_onednn_problem *p);

/* The ReLU backward kernel k folds in after its anchor (a convolution's
 * backward-data, fuse.c), as the oneDNN eltwise backward (relu, on the
 * gradient's (N, C, H, W)) a library build runs after it: 1 and p filled, or
 * 0 when k has none.  kiln profile times both primitives and compares kiln's
 * one kernel with their sum, as for a fused pooling. */
int kiln_onednn_epilogue_relu_bwd(const kiln_graph *g, const kiln_kernel *k, kiln_onednn_problem *p);

/* Every oneDNN primitive a library build runs for what kernel k does, in
 * the order it runs them: the anchor's problem (with the forward's
 * activation as its post-op), then a fused max-pooling forward, a fused ReLU
 * backward (eltwise backward on the gradient it writes), a backward-weights
 * fused after a pooling backward.  Returns how many (at most max) were put
 * in p[], or 0 when a node of k has no oneDNN counterpart here (batch
 * normalization): kiln profile then compares nothing rather than part of
 * the kernel. */
int kiln_onednn_kernel_problems(const kiln_graph *g, const kiln_kernel *k, int entry, kiln_onednn_problem *p,
                                int max);

/* The problem as one input line of bench/onednn_time:
 *   "conv fwd_training mb=32 ic=1 ih=28 iw=28 oc=32 oh=26 ow=26 kh=3 kw=3
 *    sh=1 sw=1 pt=0 pl=0 pb=0 pr=0 bias=1 post=relu"
 * (one line; post= only with a post-op).  Returns buf. */
char *kiln_onednn_problem_line(const kiln_onednn_problem *p, char *buf, int n);

/* "conv fwd_training + relu", "ip bwd_weights", "pool bwd" into buf. */
char *kiln_onednn_problem_what(const kiln_onednn_problem *p, char *buf, int n);

#endif /* KILN_ONEDNN_MAP_H */
