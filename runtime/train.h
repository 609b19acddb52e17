/* train.h — Keras's fit / evaluate / predict behaviour over a kiln module
 * (docs/architecture.md §6).
 *
 * Batches.  Each epoch visits every training sample exactly once, in an
 * order shuffled by Fisher–Yates with a splitmix64 stream seeded from
 * (seed, epoch) — so epoch e's order depends only on the seed and e.  The
 * last, smaller batch runs with kiln_step.nb = the remainder; the module
 * computes it exactly.  Images (uint8, NHWC) become float32 with their raw
 * 0..255 values (the model's own Rescaling layer scales them); the number of
 * elements per sample must equal the product of the descriptor's in_dims
 * (an MLP taking [784] reads 28x28x1 images as 784 floats).
 *
 * Labels, by desc->label_kind:
 *   SPARSE  kiln_step.y_index: (nb) int32 class ids
 *   ONEHOT  kiln_step.y: (nb, label_size) float32 one-hot of the class id
 *   DENSE   kiln_step.y: one-hot of the class id when label_size is the
 *           number of outputs; the clean image when label_size is the
 *           per-sample input size; any other size is an error
 *   INPUT   kiln_step.y: (nb, H, W, C) the clean image as float32 (autoencoders)
 *
 * Input scaling.  uint8 data enter the model as value * desc->in_scale (the
 * model file's input.rescale, 1 without one): x = 255 * (1/255) = 1.0 for a
 * white MNIST pixel.  float32 arrays given to predict or grad are the model's
 * input as they are (Keras's model.predict(x) on preprocessed x).
 *
 * Input noise ("input_noise": salt_and_pepper(level)): each element of x —
 * never of y — is, with probability `level`, set to 0 or 255 (before the
 * scaling) with equal odds, which is the seed's input*a + (a==0)*b on [0, 1]
 * data.  Draw for element e of sample i: u = kiln_uniform(noise seed, stream,
 * 0xA5A5, i * per_sample + e); u < level/2 → 0, u < level → 255.  Training
 * uses stream 1 every epoch (each sample corrupted once, as the seed corrupts
 * its arrays before fit), or stream = epoch (1-based) with every_epoch;
 * evaluation uses stream 0, so a sample is corrupted the same way at every
 * validation (val_loss is comparable across epochs, as with Keras's fixed
 * x_test_noisy) and never the way the training sample of the same index is.
 *
 * Metrics.  The loss reported for an epoch is the mean over samples of each
 * batch's loss weighted by its nb (Keras's running mean); accuracy is the sum
 * of the module's per-batch metric (correct samples) divided by the samples.
 */
#ifndef KILN_TRAIN_H
#define KILN_TRAIN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "callbacks.h"
#include "data.h"
#include "formats.h"
#include "module.h"
#include "output.h"

/* kiln_fit return values. */
enum {
    KILN_FIT_OK = 0,
    KILN_FIT_ERROR = -1,       /* reported through diag.h */
    KILN_FIT_INTERRUPTED = 1   /* SIGINT or SIGTERM (kiln_history.signal): the CLI exits
                                  130 or 143 */
};

typedef struct {
    int salt_and_pepper;       /* 1: salt-and-pepper noise on x */
    float level;               /* probability that an element is corrupted, 0..1 */
    uint64_t seed;             /* noise stream */
    int every_epoch;           /* 1: a new training corruption every epoch; 0: one, drawn once */
} kiln_input_noise;

typedef struct {
    int epochs;                 /* >= 1 */
    uint64_t seed;              /* shuffling, dropout (kiln_step.seed) and noise */
    float learning_rate;        /* kiln_step.learning_rate, > 0 */
    int shuffle;                /* 1: shuffle every epoch (Keras default); 0: in order;
                                   2: Keras's "batch": the order of batch-sized chunks of
                                   the (unshuffled) training set is shuffled every epoch */
    double validation_split;    /* 0 < F < 1: hold out the LAST fraction F of the training
                                   set, taken before shuffling: samples [split_at, n) with
                                   split_at = floor(n * (1 - F)) (Keras); 0: use `val` */
    const kiln_dataset *val;    /* validation data when validation_split is 0; NULL: none */
    const kiln_dataset *test;   /* evaluated once after training; NULL: none */
    kiln_input_noise noise;     /* applied to x of every set */
    const char *save_path;      /* checkpoint written at the end, or on SIGINT; NULL: none.
                                   Never written from weights that are not finite, nor
                                   after TerminateOnNaN stopped training (a note says so) */
    int resume;                 /* 1: continue the run m->pos describes (a checkpoint loaded
                                   with its optimizer state and position): epoch
                                   pos.epochs_done + 1 from step pos.epoch_step, its rate and
                                   callback state; `epochs` still counts from the run's start.
                                   The shuffling, dropout and noise streams depend only on
                                   (seed, epoch, step), so 2 epochs straight equal 1 epoch,
                                   a resume and 1 more, bit for bit */
    const kiln_callback *callbacks; /* Keras callbacks, run in this order (callbacks.h) */
    int n_callbacks;
    int verbose;                /* 0 silent, 1 Keras progress (default) */
    FILE *progress;             /* where progress goes; NULL: stdout */
    int tty;                    /* -1: isatty(progress); 1: redraw the bar with \r; 0: only
                                   finished lines */
} kiln_fit_options;

/* Fills `o` with the defaults: 1 epoch, seed 0, lr 1e-3, shuffle, no
 * validation, verbose 1 on stdout, tty auto. */
void kiln_fit_defaults(kiln_fit_options *o);

/* One epoch of history: Keras's epoch logs. Times in seconds (wall clock,
 * training + validation). */
typedef struct kiln_epoch_record {
    int epoch;                  /* 1-based */
    double seconds;
    double loss, accuracy;      /* training; accuracy NAN when the model has none */
    double val_loss, val_accuracy; /* NAN without validation */
    double learning_rate;       /* the rate this epoch trained with (the float32 rate as
                                   its shortest decimal: 0.001, not 0.0010000000474974513) */
} kiln_epoch_record;

typedef struct {
    const char *model;          /* descriptor's model name (not owned) */
    int has_accuracy, has_val, has_test;
    int has_learning_rate;      /* the records' learning_rate is logged (a ReduceLROnPlateau
                                   ran, as Keras logs it) */
    kiln_epoch_record *epochs;  /* n completed epochs (an epoch cut by TerminateOnNaN counts) */
    int n, cap;
    double test_loss, test_accuracy;  /* final evaluation on opt.test */
    int64_t samples_per_epoch;  /* training samples per epoch */
    int interrupted;            /* 1 if SIGINT or SIGTERM stopped training */
    int signal;                 /* which: SIGINT or SIGTERM (the CLI exits 130 or 143) */
    int stopped_epoch;          /* 1-based epoch after which EarlyStopping stopped, or 0 */
    int terminated_on_nan;      /* 1 if TerminateOnNaN stopped training */
    char *model_owned;          /* kiln_history_read: the model name it owns (h->model) */
} kiln_history;

/* Trains `m` on `train` for o->epochs epochs as Keras's model.fit does (see
 * the top of this file), validating every epoch (validation_split or val) and
 * evaluating `test` at the end.  Writes progress per o->verbose.  A SIGINT
 * or SIGTERM during fit lets the current step finish, then stops: the epoch in progress
 * is not recorded, the checkpoint is saved if o->save_path is set, a note is
 * printed, and KILN_FIT_INTERRUPTED is returned (the handler is removed
 * again before returning; a second Ctrl-C kills the process).  On success
 * the checkpoint is saved to o->save_path too.  `h` (may be NULL) receives
 * the history; release it with kiln_history_free.
 * Callbacks (o->callbacks, callbacks.h) are checked before training starts
 * and run at the end of every train step and every epoch, as Keras's fit
 * runs them: on_train_batch_end after each step (the running loss), then
 * the bar line of the epoch, then on_epoch_end with the epoch's logs (their
 * messages on lines of their own, after the bar line).  A callback that stops
 * training ends it after the current batch (TerminateOnNaN: that epoch is
 * still validated and recorded, as in Keras) or epoch (EarlyStopping);
 * ReduceLROnPlateau's rate is the kiln_step.learning_rate of the following
 * steps.
 * Errors (sample shape or labels that do not fit the module, empty data,
 * callbacks that cannot run, checkpoint or log write failure) are reported
 * and KILN_FIT_ERROR returned. */
int kiln_fit(kiln_module *m, const kiln_dataset *train, const kiln_fit_options *o,
             kiln_history *h);

/* Evaluates `d` with eval_step (inference mode, no update) in batches of
 * desc->batch, the last one partial.  *loss: mean loss over the samples;
 * *accuracy: correct / samples (NAN when the model has no accuracy).
 * `noise` may be NULL.  Returns 0 or -1 (reported). */
int kiln_evaluate(kiln_module *m, const kiln_dataset *d, const kiln_input_noise *noise,
                  double *loss, double *accuracy);

/* Runs predict over `x`, an array (n, ...) of float32 or uint8 whose
 * per-sample element count equals the product of desc->in_dims, writing
 * (n, desc->out_size) float32 into `out`.  Returns 0 or -1 (reported). */
int kiln_predict(kiln_module *m, const kiln_array *x, float *out);

/* Fills a batch the way kiln_fit does: rows idx[0..nb-1] of `d` into x
 * (nb, per-sample) float32, scaled by desc->in_scale, and the labels into
 * y_index or y per desc->label_kind (see above).  `noise` may be NULL;
 * `stream` selects its draws (0 evaluation, 1.. training, see above).
 * Exposed for `kiln grad` and the tests.  Returns 0, or -1 when a label is
 * out of range (reported). */
int kiln_fill_batch(const kiln_module *m, const kiln_dataset *d, const int64_t *idx, int nb,
                    const kiln_input_noise *noise, int64_t stream, float *x, int32_t *y_index,
                    float *y);

/* Rows [first, first + n) of `x` (float32 or uint8, (rows, ...)) as the
 * model's float32 input in dst (n * per-sample elements): uint8 values are
 * multiplied by desc->in_scale, float32 values copied as they are.  The
 * caller has checked the per-sample element count. */
void kiln_input_rows(const kiln_module_desc *d, const kiln_array *x, int64_t first, int64_t n,
                     float *dst);

/* Checks that samples of `d` fit module `m` (element count, label kind and
 * range); reports naming `what` ("training data") and returns -1 if not. */
int kiln_check_dataset(const kiln_module *m, const kiln_dataset *d, const char *what);

/* Writes the history as JSON (path ends in .json) or CSV (.csv), atomically.
 *   JSON: {"model": ..., "samples_per_epoch": n, "interrupted": false,
 *          "epochs": [{"epoch": 1, "seconds": s, "loss": l, "accuracy": a,
 *                      "val_loss": vl, "val_accuracy": va}, ...],
 *          "test_loss": tl, "test_accuracy": ta}
 *         accuracy fields only when the model has accuracy, val_* only with
 *         validation, test_* only after a final evaluation; "learning_rate"
 *         per epoch with has_learning_rate, and "stopped_epoch" (EarlyStopping)
 *         and "terminated_on_nan": true when a callback stopped training.
 *   CSV:  header "epoch,seconds,loss[,accuracy][,val_loss[,val_accuracy]][,learning_rate]",
 *         one row per epoch, and a last row with epoch "test" holding the
 *         test loss (and accuracy) in the loss (and accuracy) columns.
 * Returns 0, or -1 on an unknown extension or I/O error (reported). */
int kiln_history_write(const kiln_history *h, const char *path);
void kiln_history_free(kiln_history *h);

/* Reads a JSON history kiln_history_write wrote (history.c): the epochs
 * (epoch numbers positive and increasing, loss present, the other fields
 * numbers when present), samples_per_epoch, stopped_epoch, the test result
 * and the flags.  A regular file of at most 64 MiB.  `text` is len bytes of
 * it already in memory.  Returns 0, or -1 after reporting "PATH: not a kiln
 * history file: WHY" (h is then empty).  Free with kiln_history_free. */
int kiln_history_read(const char *path, kiln_history *h);
int kiln_history_read_text(const char *path, const char *text, size_t len, kiln_history *h);

/* kiln_write_file_atomic (one buffer to a file, atomically) is in
 * base/output.h, with the writer every output goes through. */

#endif /* KILN_TRAIN_H */
