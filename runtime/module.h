/* module.h — a loaded kiln module: its descriptor, entry points and slabs.
 *
 * A module is either JIT-compiled from the C that kiln_compile() emits
 * (kiln_module_jit) or linked into the program (kiln_module_bind, as the
 * tests do).  The runtime knows nothing model-specific: everything it needs
 * (slab sizes, tensor names, shapes, initializers) comes from the descriptor
 * of kiln_abi.h.
 *
 * Slabs are float32, 64-byte aligned, zero-filled at bind time:
 *   params, grads, opt_m, opt_v   desc->n_params elements each
 *   state                         desc->n_state elements
 *   arena                         desc->n_arena elements
 *
 * Checkpoints are safetensors files (docs/architecture.md §6) holding
 *   <name>                every PARAM and STATE tensor under its descriptor
 *                         name and Keras layout ("conv2d/kernel" (kh, kw, in, out),
 *                         "batch_normalization/moving_mean" (C), ...), F32;
 *   optimizer/m/<name>    the optimizer's first moment (Adam m, SGD velocity)
 *   optimizer/v/<name>    the optimizer's second moment (Adam v), per PARAM;
 *   __metadata__          {"format": "kiln", "model": <model name>,
 *                          "step": "<optimizer steps done>", and, once kiln_fit
 *                          has run, the training position (kiln_train_pos)}.
 */
#ifndef KILN_MODULE_H
#define KILN_MODULE_H

#include <stdint.h>

#include "jit.h"
#include "kiln.h"
#include "kiln_abi.h"

/* Where a training run is.  kiln_fit keeps it current and every full
 * checkpoint records it in its __metadata__, so that `kiln train --resume`
 * continues exactly where the run was (train.h):
 *   "epoch"            complete epochs            "epoch_step"  steps done in the next one
 *   "epoch_loss_sum", "epoch_metric_sum", "epoch_seen"   that epoch's running sums (%.17g)
 *   "learning_rate"    the rate of the next step (%.9g of the float32)
 *   "seed"             the run's shuffling, dropout and noise seed
 *   "callbacks"        the callbacks' state (kiln_callbacks_state) */
typedef struct {
    int valid;                  /* 1: a run set it (or a checkpoint held it) */
    int64_t epochs_done;        /* complete epochs */
    int64_t epoch_step;         /* train steps done in epoch epochs_done + 1 */
    double loss_sum, metric_sum;/* that epoch's sum of nb * batch loss, of batch metrics */
    int64_t seen;               /* that epoch's samples */
    float learning_rate;        /* the optimizer's rate for the next step */
    uint64_t seed;              /* kiln_fit_options.seed of the run */
    char callbacks[1024];       /* the callbacks' state, "" for none */
} kiln_train_pos;

typedef struct {
    const kiln_module_desc *desc;   /* the module's descriptor (owned by the module code) */
    kiln_entry_fn train_step;       /* training forward, loss, backward, optimizer update */
    kiln_entry_fn eval_step;        /* inference forward, loss, metric; no update */
    kiln_entry_fn predict;          /* inference forward, writes kiln_step.out */
    kiln_jit *jit;                  /* the JIT'd code, or NULL for a bound module */
    float *params;                  /* (n_params) trainable weights */
    float *grads;                   /* (n_params) d<param>, same offsets as params */
    float *opt_m;                   /* (n_params) optimizer first moment / SGD velocity */
    float *opt_v;                   /* (n_params) optimizer second moment */
    float *state;                   /* (n_state) non-trainable weights */
    float *arena;                   /* (n_arena) activations */
    int64_t step;                   /* optimizer steps done (kiln_step.step of the last update);
                                       saturates at INT64_MAX, never wraps */
    kiln_train_pos pos;             /* where training is (kiln_fit), saved in checkpoints */
    uint64_t holds;                 /* kiln_module_hold_weights calls so far */
    uint64_t weights_cached;        /* the hold whose weight copies the arena has (kiln_abi.h) */
} kiln_module;

/* Binds a descriptor and its entry points (any of which may be NULL when the
 * caller never uses it) and allocates the six slabs, zeroed.  Checks that the
 * descriptor's abi_version is KILN_ABI_VERSION and that every tensor lies
 * inside its slab.  Returns a module to release with kiln_module_free, or NULL
 * after reporting the problem through diag.h. */
kiln_module *kiln_module_bind(const kiln_module_desc *desc, kiln_entry_fn train,
                              kiln_entry_fn eval, kiln_entry_fn predict);

/* JIT-compiles the C source of `c` (a kiln_compiled from kiln.h; its
 * source/source_len are used) with options `o` (NULL: ORC, -O3, native, with
 * cache), looks up KILN_SYM_DESC, KILN_SYM_TRAIN, KILN_SYM_EVAL and
 * KILN_SYM_PREDICT, checks the ABI version and binds.  `display_path` is the
 * file name Clang's diagnostics refer to ("generated/<model>/<model>.c"; it
 * need not exist).  The compiled source may be freed afterwards.  Returns the
 * module or NULL after reporting the error (compile error, missing symbol,
 * ABI mismatch). */
kiln_module *kiln_module_jit(const kiln_compiled *c, const char *display_path,
                             const kiln_jit_options *o);

/* A kiln_step for this module: zeroed, with the six slab pointers set and
 * step = m->step (the caller fills x, labels, nb and the rest). */
kiln_step kiln_module_step(const kiln_module *m);

/* Declares that m's params and state stay unchanged for every eval_step and
 * predict call made with `s` from now on, so that the calls after the first
 * reuse the weight copies at the top of the arena instead of redoing them
 * (kiln_abi.h, "Held weights").  Each call starts a new hold: s gets
 * weights_version = ++m->holds and weights_cached = &m->weights_cached, so
 * the first call under it copies again.  Changing params or state (training,
 * loading, initializing) while `s` is still used breaks the promise: take a
 * new hold after any change.  Leave it out and every call copies. */
void kiln_module_hold_weights(kiln_module *m, kiln_step *s);

/* Releases the slabs, the JIT'd code and the module itself. NULL is ignored. */
void kiln_module_free(kiln_module *m);

/* The descriptor entry called `name`, or NULL. */
const kiln_tensor_desc *kiln_module_find_tensor(const kiln_module *m, const char *name);

/* Address of a tensor's storage: params/grads/opt_m/opt_v/state/arena + offset
 * according to its role; NULL for INPUT and LABEL tensors (caller-supplied). */
float *kiln_module_tensor_data(const kiln_module *m, const kiln_tensor_desc *t);

/* Keras initializers for every PARAM and STATE tensor, in descriptor order:
 *   glorot_uniform  U(-l, l), l = sqrt(6 / (fan_in + fan_out))  (Glorot & Bengio 2010,
 *                   Keras GlorotUniform)
 *   zeros, ones     constants;  none: left as zero.
 * Random numbers come from one splitmix64 stream (Steele, Lea & Flood 2014)
 * seeded with `seed` and drawn in descriptor order, element order within a
 * tensor; u = (z >> 40) * 2^-24 in [0, 1), w = (2u - 1) * l.  The same seed
 * gives the same weights on every machine.  Also zeroes grads, opt_m, opt_v
 * and sets step to 0: the module is a freshly built model. */
void kiln_module_init_weights(kiln_module *m, uint64_t seed);

/* Writes the checkpoint described at the top of this file to `path`,
 * atomically (temporary file + rename, via formats.h).  Returns 0, or -1
 * after reporting the I/O error. */
int kiln_module_save(const kiln_module *m, const char *path);

/* The weights only: every PARAM and STATE tensor, metadata format and model,
 * no optimizer state and no step (Keras's save_weights); loading it with
 * with_optimizer 1 starts a fresh optimizer.  Atomic; 0 or -1 (reported). */
int kiln_module_save_weights(const kiln_module *m, const char *path);

/* 1 when every parameter and state value is finite (no NaN or infinity):
 * kiln never writes a checkpoint that is not (train.h). */
int kiln_module_weights_finite(const kiln_module *m);

/* Loads a checkpoint written by kiln_module_save (or any safetensors file
 * with the same names and Keras layouts).  Every PARAM and STATE tensor must
 * be present as F32 with exactly its descriptor shape; all problems are
 * reported, each naming the file, the tensor, and the expected and found
 * shapes.  Tensors the module does not know are ignored.
 *   with_optimizer 0: only weights are read; moments and step are untouched.
 *   with_optimizer 1: if the file holds any "optimizer/" tensor, every
 *                     optimizer/m/<p> and optimizer/v/<p> must be present and
 *                     well-shaped and they, and metadata "step", are loaded;
 *                     a file with no optimizer state zeroes the moments and
 *                     sets step to 0 (a fresh optimizer on loaded weights);
 *                     the training position (kiln_train_pos) is loaded into
 *                     m->pos when the file has one (m->pos.valid), each field
 *                     checked.
 * A file whose metadata names another format than "kiln" (a kiln-grad file)
 * or another model is refused.
 * Returns 0, or -1 with the module left exactly as it was. */
int kiln_module_load_weights(kiln_module *m, const char *path, int with_optimizer);

/* One training-mode forward and backward pass without applying the update:
 * runs train_step on `s` (caller sets x, y or y_index, nb, learning_rate,
 * seed; slabs and step are filled in here, step = m->step + 1), then restores
 * params, opt_m, opt_v, state and step to what they were.  Afterwards
 * m->grads holds the gradient of the loss (regularization included) w.r.t.
 * every parameter and s->loss / s->metric the batch's loss and metric.
 * Returns 0, or -1 if there is no train_step or memory ran out. */
int kiln_module_gradients(kiln_module *m, kiln_step *s);

/* "(3, 3, 1, 32)" for a tensor's dims into buf (size n); returns buf. */
char *kiln_shape_str(char *buf, int n, int rank, const int64_t *dims);

#endif /* KILN_MODULE_H */
