/* callbacks.h — Keras's training callbacks, run by kiln_fit (train.h).
 *
 * Each callback is a kiln_callback (model.h) — from the model file's
 * fit.callbacks or a flag of `kiln train` — with the arguments and defaults
 * of its keras.callbacks class, and acts at the points of Keras's Callback
 * API, in list order:
 *   on_train_begin      kiln_callbacks_train_begin
 *   on_train_batch_end  kiln_callbacks_batch_end
 *   on_epoch_end        kiln_callbacks_epoch_end   (after validation)
 *   on_train_end        kiln_callbacks_train_end
 * Epochs are 0-based here, as in Keras's callback arguments; messages and
 * ModelCheckpoint's {epoch} say epoch + 1, as Keras does.
 *
 * Semantics (the Keras documentation of each class and its source, Keras 2.x
 * tf.keras and Keras 3 keras.callbacks, which agree unless said):
 *
 * Monitors.  A monitor names a quantity of the epoch's logs: loss,
 * accuracy, val_loss or val_accuracy.  mode "auto" is "max" for a name that
 * contains "acc" and "min" otherwise; "x improves on ref" means
 * x < ref (min) or x > ref (max); NaN never improves.
 *
 * EarlyStopping(monitor, min_delta, patience, mode, baseline,
 * restore_best_weights, start_from_epoch, verbose).  best starts at +inf
 * (min) or -inf (max), wait at 0.  At the end of epoch e (skipped while
 * e < start_from_epoch): if restore_best_weights and no weights are kept yet,
 * keep the current ones (best epoch e); wait += 1; if current, moved by
 * min_delta against the direction (current + |min_delta| for min,
 * current - |min_delta| for max), improves on best: best = current, best
 * epoch = e, keep the weights (restore_best_weights), and wait = 0 only if
 * there is no baseline or current improves on it too.  Otherwise, if
 * wait >= patience and e > 0: stop training after this epoch.  At the end of
 * training: "Epoch <e+1>: early stopping" (verbose), and with
 * restore_best_weights the kept weights (parameters and state; the optimizer
 * is left alone, as Keras's set_weights does) replace the model's, with
 * "Restoring model weights from the end of the best epoch: <best+1>."
 * (verbose).  Weights are restored only when training was stopped early, as
 * Keras 2 does (Keras 3 also restores at the end of a run that was not).
 *
 * ModelCheckpoint(filepath, monitor, verbose, save_best_only,
 * save_weights_only, mode, initial_value_threshold).  At the end of every
 * epoch: path = filepath.format(epoch=e+1, **logs) (pyformat.h; the fields
 * are epoch, loss, accuracy, val_loss, val_accuracy, learning_rate).
 * save_best_only: best starts at initial_value_threshold or +-inf; when
 * current improves on best (no min_delta), print "Epoch <e+1>: <monitor>
 * improved from <best %.5f> to <current %.5f>, saving model to <path>",
 * best = current and save; else "Epoch <e+1>: <monitor> did not improve from
 * <best %.5f>".  Otherwise "Epoch <e+1>: saving model to <path>" and save.
 * (Messages only with verbose.)  Saving creates the file's directory if need
 * be and writes kiln's safetensors checkpoint atomically (module.h):
 * save_weights_only the weights only, else weights and optimizer state.
 * kiln never writes weights that are not finite, nor the checkpoint of an
 * epoch cut short by TerminateOnNaN: such a save is skipped with a note.
 *
 * ReduceLROnPlateau(monitor, factor, patience, mode, min_delta, cooldown,
 * min_lr, verbose).  best starts at +-inf, wait and cooldown_counter at 0.
 * At the end of epoch e: if cooldown_counter > 0: cooldown_counter -= 1 and
 * wait = 0.  If current improves on best by more than min_delta
 * (current < best - min_delta for min, > best + min_delta for max): best =
 * current, wait = 0.  Else, if cooldown_counter == 0: wait += 1, and when
 * wait >= patience and lr > min_lr: lr = max(lr * factor, min_lr) for the
 * following epochs, "Epoch <e+1>: ReduceLROnPlateau reducing learning rate
 * to <lr>." (verbose; lr as the shortest decimal of the float32 rate, where
 * Keras prints the double of its float32 product), cooldown_counter =
 * cooldown, wait = 0.  With a ReduceLROnPlateau the logs, and so the
 * history, CSVLogger and ModelCheckpoint's fields, carry "learning_rate":
 * the rate the epoch trained with.
 *
 * TerminateOnNaN().  At the end of every training batch b (0-based within
 * the epoch): when the epoch's running mean loss (Keras's logs["loss"]) is
 * NaN or infinite, print "Batch <b>: Invalid loss, terminating training" and
 * stop after this batch; the cut epoch still ends as in Keras (validation,
 * logs), but no checkpoint is written from then on (ModelCheckpoint here,
 * kiln_fit's save_path there).
 *
 * CSVLogger(filename, separator, append).  At the start of training the file
 * is opened for writing (append: for appending, and with no header when its
 * first line is not empty).  At the end of every epoch one row: "epoch" (the
 * 0-based epoch) then the logged quantities in sorted order (accuracy,
 * learning_rate, loss, val_accuracy, val_loss, those the run has), each as
 * Python's repr of the double; the header names them; flushed every row.
 *
 * TensorBoard(log_dir, update_freq).  Event files (tfevents.h) in
 * log_dir/train and, when the run validates, log_dir/validation (created if
 * need be).  At the end of every epoch e: train: epoch_loss, epoch_accuracy,
 * epoch_learning_rate at step e; validation: evaluation_loss_vs_iterations
 * and evaluation_accuracy_vs_iterations at step = the optimizer's iterations
 * (kiln_module.step), then epoch_loss and epoch_accuracy of the validation at
 * step e (Keras 3's scalars; Keras 2 writes epoch_learning_rate only for a
 * schedule).  update_freq N >= 1 ("batch" is 1): also batch_loss and
 * batch_accuracy (the epoch's running means, Keras's batch logs) at step t
 * for every global train step t (1-based, counted from the start of this
 * fit) with t % N == 0.  Values are float32 simple_values.  Graphs,
 * histograms, images and profiles are not written.
 */
#ifndef KILN_CALLBACKS_H
#define KILN_CALLBACKS_H

#include <stdint.h>
#include <stdio.h>

#include "model.h"
#include "module.h"

struct kiln_epoch_record;

/* What the callbacks see of the run. */
typedef struct {
    kiln_module *module;     /* weights are saved (checkpoints), kept and restored */
    int has_accuracy;        /* the epoch logs carry accuracy */
    int has_val;             /* ... and val_loss (val_accuracy) */
    FILE *out;               /* messages; NULL: stdout */
    /* called before a message is printed in the middle of an epoch (TerminateOnNaN),
     * to end a half-drawn progress line; may be NULL */
    void (*end_line)(void *ctx);
    void *ctx;
} kiln_callback_run;

typedef struct kiln_callbacks kiln_callbacks;

/* kiln_callbacks_batch_end / _epoch_end return values */
enum { KILN_CB_CONTINUE = 0, KILN_CB_STOP = 1, KILN_CB_ERROR = -1 };

/* Checks, writing nothing, that callbacks cbs[0, n) can run in a run with
 * or without accuracy and validation: every monitor is logged (a val_*
 * monitor needs validation data), ModelCheckpoint's filepath formats with
 * the fields the run logs, and each output path can be written (its
 * directory exists or can be created; CSVLogger's directory must exist).
 * Every problem is reported through diag.h at the callback's position;
 * returns 0 or -1. */
int kiln_callbacks_check(const kiln_callback *cbs, int n, int has_accuracy, int has_val);

/* kiln_callbacks_check, then the callbacks' state (nothing opened yet).
 * cbs must outlive it.  Returns NULL after reporting. */
kiln_callbacks *kiln_callbacks_new(const kiln_callback *cbs, int n, const kiln_callback_run *run);

/* on_train_begin: resets every callback and opens CSVLogger's file and
 * TensorBoard's event files.  0, or -1 after reporting an I/O error. */
int kiln_callbacks_train_begin(kiln_callbacks *c);

/* on_train_batch_end of batch `batch` (0-based) of epoch `epoch` (0-based);
 * `step` counts the train steps of this fit from 1; loss and accuracy are the
 * epoch's running means (accuracy NAN without the metric).  Returns
 * KILN_CB_STOP when training must stop after this batch, KILN_CB_ERROR after
 * reporting a write error, else KILN_CB_CONTINUE. */
int kiln_callbacks_batch_end(kiln_callbacks *c, int epoch, int batch, int64_t step, double loss,
                             double accuracy);

/* on_epoch_end of r->epoch - 1 with r's logs (NAN for absent values;
 * r->learning_rate the rate the epoch used).  *learning_rate is the
 * optimizer's rate and may be lowered (ReduceLROnPlateau).  Returns
 * KILN_CB_STOP when training must stop (EarlyStopping, or an epoch cut by
 * TerminateOnNaN), KILN_CB_ERROR after reporting a write error. */
int kiln_callbacks_epoch_end(kiln_callbacks *c, const struct kiln_epoch_record *r,
                             float *learning_rate);

/* on_train_end: EarlyStopping's message and weight restore; closes files.
 * 0, or -1 after reporting. */
int kiln_callbacks_train_end(kiln_callbacks *c);

/* Releases the state and closes any open file (an interrupted fit calls
 * this without kiln_callbacks_train_end: nothing is restored).  NULL is
 * ignored. */
void kiln_callbacks_free(kiln_callbacks *c);

/* The callbacks' state, for a checkpoint's training position (module.h):
 * per callback "TYPE:BEST:WAIT:BEST_EPOCH:STOPPED_EPOCH:COOLDOWN", ';'
 * between them, BEST as %.17g.  EarlyStopping's kept best weights are not
 * part of it (a resumed restore_best_weights keeps the best weights seen
 * since the resume).  0, or -1 when it does not fit in n bytes. */
int kiln_callbacks_state(const kiln_callbacks *c, char *buf, size_t n);

/* Restores a state kiln_callbacks_state gave, after train_begin: the same
 * callbacks in the same order.  0, or -1 (nothing changed) when it does not
 * match them. */
int kiln_callbacks_restore(kiln_callbacks *c, const char *state);

/* 1 when the logs carry learning_rate (a ReduceLROnPlateau is present). */
int kiln_callbacks_log_learning_rate(const kiln_callbacks *c);

/* The 1-based epoch after which EarlyStopping stopped training, or 0. */
int kiln_callbacks_stopped_epoch(const kiln_callbacks *c);

/* 1 when TerminateOnNaN stopped training. */
int kiln_callbacks_terminated_on_nan(const kiln_callbacks *c);

#endif /* KILN_CALLBACKS_H */
