/* model_load.h — every model file kiln takes, with --set overrides.
 *
 * kiln_load_model() is what the CLI calls wherever it takes MODEL: a kiln
 * model description, or a Keras file (keras_file.h: model.to_json() of Keras
 * 1/2/3, TensorFlow.js model.json, .keras, .h5) converted to one, then the
 * overrides applied, then parsed and validated by compiler/parse.c exactly
 * as a model file is.
 *
 * An override `PATH=VALUE` (kiln --set) changes one field of the description:
 *   PATH  := segment ('.' key | '[' index ']' | '[*]')*,  segment := key | '$'
 *            e.g. layers[6].kernel_regularizer.l1, fit.epochs, input.rescale;
 *            [*] is every element of an array that has the rest of the path's
 *            parent (layers[*].kernel_regularizer.l2: every layer with a
 *            regularizer object), at least one
 *   VALUE := JSON text (1e-5, 40, true, [3, 3], {"type": "l2", "l2": 0.01},
 *            "same"), or else a bare string (mnist, categorical_crossentropy)
 * The value's text replaces the old value's in the description's text (a
 * missing last key is added to its object, missing objects on the way are
 * created), so the description is validated with every other position as
 * in the file, and an invalid override is reported at the file's line of the
 * field it set.
 */
#ifndef KILN_MODEL_LOAD_H
#define KILN_MODEL_LOAD_H

#include "arena.h"
#include "formats.h"
#include "keras_file.h"
#include "model.h"
#include "module.h"

typedef struct {
    const char *const *sets;  /* "PATH=VALUE" overrides, applied in order */
    int n_sets;
    const char *loss;         /* --loss NAME: a loss (applied as --set loss=NAME first) */
    const char *optimizer;    /* --optimizer NAME|JSON (as --set optimizer=...) */
} kiln_load_options;

typedef struct {
    kiln_model model;          /* parsed (arena-allocated) */
    kiln_model_format format;  /* what the file was */
    const char *keras_version; /* the Keras file's, or NULL */
    char *json;                /* the description that was parsed: after conversion and
                                  overrides (arena, NUL-terminated) */
    kiln_named_array *weights; /* weights the file holds (Keras files), kiln names and
                                  Keras layouts, n_weights of them; NULL when none */
    int n_weights;
} kiln_loaded_model;

/* Loads `path` into *out (see above).  Errors — unreadable file, a Keras
 * construct kiln does not compile, a bad override, an invalid description —
 * are all reported through diag.h; returns 0 or -1. */
int kiln_load_model(const char *path, const kiln_load_options *o, kiln_arena *a,
                    kiln_loaded_model *out);

/* Frees the weights (the rest lives in the arena). */
void kiln_loaded_model_free(kiln_loaded_model *l);

/* Applies one override "PATH=VALUE" to the JSON text *text (arena string),
 * replacing *text; `flag` names it in messages ("--set"). 0 or -1 (reported). */
int kiln_apply_override(char **text, const char *label, const char *spec, const char *flag,
                        kiln_arena *a);

/* Sets every PARAM and STATE tensor of `m` from `w` (n arrays, kiln names,
 * F32 in the descriptor's shape); `source` names them in messages.  Missing,
 * ill-shaped or unknown arrays are all reported and nothing is changed.
 * The optimizer is reset (moments zero, step 0): a freshly loaded model, as
 * keras.models.load_model gives.  0 or -1. */
int kiln_module_set_weights(kiln_module *m, const kiln_named_array *w, int n, const char *source);

/* Loads weights from a file by its kind: a Keras .h5 (model.save_weights or
 * model.save) through keras_file.h, anything else as a kiln safetensors
 * checkpoint (kiln_module_load_weights, with_optimizer as there). 0 or -1. */
int kiln_load_weights_file(kiln_module *m, const char *path, int with_optimizer);

/* A second model of a verb (plot denoise's autoencoder): loaded as above,
 * compiled for this CPU (batch 0: its fit.batch_size), JIT-compiled with the
 * cache, with the weights of `weights` (kiln_load_weights_file) or else
 * those the file holds (none: an error).  Returns the module, or NULL after
 * reporting; *lm and the arena live as long as it. */
kiln_module *kiln_load_module(const char *path, const kiln_load_options *o, const char *weights,
                              int batch, kiln_arena *a, kiln_loaded_model *lm);

#endif /* KILN_MODEL_LOAD_H */
