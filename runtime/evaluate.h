/* evaluate.h — Keras's model.evaluate with each sample's predicted class kept,
 * over a dataset split or over arrays read from .npy files (kiln evaluate
 * --report, --x/--y).
 *
 * Loss and accuracy are computed exactly as kiln_evaluate computes them
 * (train.h): eval_step over batches of desc->batch in order, the last one
 * partial; loss = sum over batches of loss * nb / n, accuracy = the summed
 * per-batch metric / n.  So an array holding a split's samples gives the
 * same numbers, to the bit, as the split itself.  The predicted class of a
 * sample is the argmax of predict's outputs for it (kiln_argmax_rows, first
 * maximum as numpy.argmax), predict being run on the very batch eval_step saw.
 *
 * Arrays are the model's input as kiln_predict takes them (kiln_input_rows:
 * uint8 values times the model's input.rescale, float32 as they are) and are
 * evaluated as given: the model's input noise is not applied to them (corrupt
 * them beforehand, as seed 003 does with its x_test_seasoned).
 */
#ifndef KILN_EVALUATE_H
#define KILN_EVALUATE_H

#include <stdint.h>

#include "data.h"
#include "formats.h"
#include "module.h"
#include "train.h"

/* An evaluation set read from X.npy and Y.npy for one module. */
typedef struct {
    int64_t n;          /* samples (rows of X and Y), >= 1 */
    kiln_array x;       /* (n, ...) float32 or uint8, per-sample elements = prod(desc->in_dims) */
    int32_t *ids;       /* (n) true class ids in 0..classes-1, for models whose labels are
                           classes (sparse or one-hot); NULL otherwise */
    float *targets;     /* (n, desc->label_size) float32 targets, for models whose target
                           is an image (autoencoders); NULL otherwise */
    int classes;        /* number of classes of a class-label model, else 0 */
} kiln_eval_arrays;

/* Reads X from xpath and Y from ypath and checks them against module
 * descriptor d.  X: float32 or uint8, (n, ...) with the model's per-sample
 * element count.  Y, for a model whose labels are classes: integer class ids
 * (int32, int64 or uint8) of shape (n,) or (n, 1), or float32/float64 one-hot
 * rows (n, classes) as keras.utils.to_categorical makes them (exactly one 1
 * per row, zeros elsewhere); for a model whose target is an image: uint8 or
 * float32 (n, ...) with the target's per-sample element count, converted as
 * X is.  Every problem (missing or corrupt file, wrong dtype or shape, rows
 * that differ between X and Y, a class id out of range, a float id, a row
 * that is not one-hot) is reported naming the file and what was expected;
 * returns -1 then, with *out empty, else 0.  Release with
 * kiln_eval_arrays_free. */
int kiln_eval_arrays_load(const kiln_module_desc *d, const char *xpath, const char *ypath,
                          kiln_eval_arrays *out);
void kiln_eval_arrays_free(kiln_eval_arrays *a);

/* Number of classes of a model whose labels are classes (the ids a label
 * may take, train.h "Labels"), or 0 for one whose target is an image. */
int kiln_label_classes(const kiln_module_desc *d);

/* Evaluates `a` with m's eval_step: *loss and *accuracy (NAN when the model
 * has no accuracy) as described at the top; when pred is not NULL it
 * receives the predicted class of each sample (a->n).  Returns 0 or -1
 * (reported: no eval_step or predict, out of memory). */
int kiln_evaluate_arrays(kiln_module *m, const kiln_eval_arrays *a, double *loss,
                         double *accuracy, int32_t *pred);

/* kiln_evaluate of dataset `d` (its samples checked by kiln_check_dataset,
 * the model's input noise `noise` applied, may be NULL), with the predicted
 * class of each sample written to pred (d->n) when pred is not NULL.
 * Returns 0 or -1 (reported). */
int kiln_evaluate_dataset(kiln_module *m, const kiln_dataset *d, const kiln_input_noise *noise,
                          double *loss, double *accuracy, int32_t *pred);

#endif /* KILN_EVALUATE_H */
