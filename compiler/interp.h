/* interp.h — the reference interpreter: a naive, double-precision oracle.
 *
 * kiln_interp runs a kiln_graph straight from the formulas of ops.h, one
 * plain loop nest per op, in double precision.  The compiled modules (emitted
 * C, float32) are compared against it (docs/architecture.md §8), and the gradient checks
 * (tests/test_gradcheck.c) compare its backward ops against finite
 * differences.  It shares no code with any emitter and does not depend on the
 * memory plan: tensor offsets are ignored, every storage tensor gets its own
 * zeroed buffer, and an alias (Flatten) views its target's buffer.
 *
 * Layouts are Keras's (ops.h): images NHWC, conv kernels (KH, KW, C, F),
 * dense kernels (K, M).  Buffers are dense row-major doubles, a batched tensor
 * holding all `dims[0]` (= compiled batch N) rows; a run touches rows n < nb
 * only, so rows n >= nb of every batched output are left as they were.
 *
 * Failures are internal bugs (a malformed graph, a label out of range, out of
 * memory): they abort through KILN_BUG with file and line.
 */
#ifndef KILN_INTERP_H
#define KILN_INTERP_H

#include <stdint.h>

#include "ir.h"

typedef struct kiln_interp kiln_interp;

/* A new interpreter for g (which must outlive it): one zeroed double buffer
 * of t.size elements per storage tensor (t.alias == -1), including params,
 * grads, moments, state, inputs, labels and activations, plus the output
 * buffer of the OUTPUT node (N rows of its input's per-sample size). */
kiln_interp *kiln_interp_new(const kiln_graph *g);

/* The buffer of tensor_id (aliases resolved with kiln_tensor_storage): t.size
 * doubles in the tensor's Keras layout.  The caller fills the input, labels,
 * parameters and state through it and reads results from it.  int32 label
 * tensors are held as doubles too (class ids 0..K-1 as exact integers). */
double *kiln_interp_tensor(kiln_interp *ip, int tensor_id);

/* Runs, in array order, every node n with n.entries & entry_mask
 * (ENTRY_TRAIN / ENTRY_EVAL / ENTRY_PREDICT of ir.h).
 *   nb             valid samples, 1 <= nb <= g->batch; batched loops run n < nb
 *   step           optimizer step t (1-based; Adam's bias correction) and the
 *                  dropout stream's step (kiln_uniform)
 *   learning_rate  of ADAM_UPDATE / SGD_UPDATE
 *   seed           dropout stream (kiln_uniform(seed, step, salt, e))
 * Loss and metric are reset to 0 first; loss ops then set them and REG ops
 * add to the loss, as in kiln_step. */
void kiln_interp_run(kiln_interp *ip, int entry_mask, int nb, int64_t step,
                     double learning_rate, uint64_t seed);

/* The loss of the last run: the mean over nb samples set by the loss op plus
 * what REG ops added (kiln_step.loss). */
double kiln_interp_loss(const kiln_interp *ip);
/* The metric of the last run: sum over the nb samples of accuracy, 0..nb
 * (kiln_step.metric); 0 for MSE. */
double kiln_interp_metric(const kiln_interp *ip);

/* What the last OUTPUT node copied: (nb, kiln_interp_output_size) doubles,
 * row-major; NULL when the graph has no OUTPUT node. */
double *kiln_interp_output(kiln_interp *ip);
/* Elements per sample of the output (kiln_module_desc.out_size); 0 if none. */
int64_t kiln_interp_output_size(const kiln_interp *ip);

void kiln_interp_free(kiln_interp *ip);

#endif /* KILN_INTERP_H */
