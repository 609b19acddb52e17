/* keras_file.h — Keras's model files in and out: JSON configs, TensorFlow.js
 * model.json, .keras archives and legacy .h5 files.
 *
 * Reading (kiln_keras_read) turns any of them into kiln's model description
 * (compiler/keras_import.h) plus the weights the file holds, under kiln's
 * tensor names and Keras's layouts ("conv2d/kernel" (kh, kw, in, out)):
 *   Keras JSON   model.to_json() (Keras 1, 2, 3); no weights
 *   TF.js        model.json {"modelTopology": config | {"model_config",
 *                "training_config"}, "weightsManifest": [{"paths": [shard
 *                files beside model.json], "weights": [{"name", "shape",
 *                "dtype": "float32"}]}]}: the shards concatenated, weights in
 *                manifest order, matched by name ("Conv2D_1/kernel")
 *   .keras       a zip (libzip) of config.json (Keras 3 serialization, with
 *                compile_config), metadata.json ({"keras_version", "date_saved"})
 *                and model.weights.h5, where layer i's variables are the
 *                datasets layers/<snake_case(class)>[_k]/vars/0, 1, ...
 *                (keras/src/saving/saving_lib.py)
 *   .h5          HDF5 (libhdf5): root attributes keras_version, backend,
 *                model_config (JSON), training_config (JSON); group
 *                model_weights with attribute layer_names, one group per
 *                layer with attribute weight_names ("conv2d/kernel:0") naming
 *                its datasets (keras/src/legacy/saving/legacy_h5_format.py);
 *                a weights-only file (save_weights) has layer_names at the root
 * Weight names map onto kiln's by their last component (kernel, bias, gamma,
 * beta, moving_mean, moving_variance; Keras 1's _W, _b, _running_mean,
 * _running_std).
 *
 * Writing (kiln_keras_write) produces a .keras archive exactly as Keras 3's
 * saving_lib lays it out, or an .h5 file exactly as tf.keras 2's
 * save_model_to_hdf5 does, from a parsed kiln model and its weights; kiln's
 * own settings that Keras has no place for (input.rescale, fit, target,
 * input_noise) travel in metadata.json's / the root attribute's "kiln" entry,
 * which Keras ignores and kiln reads back.
 */
#ifndef KILN_KERAS_FILE_H
#define KILN_KERAS_FILE_H

#include <cjson/cJSON.h>

#include "arena.h"
#include "formats.h"
#include "model.h"

typedef enum {
    KILN_FILE_KILN,          /* kiln's own model description */
    KILN_FILE_KERAS_JSON,    /* model.to_json() */
    KILN_FILE_TFJS,          /* TensorFlow.js model.json */
    KILN_FILE_KERAS_ARCHIVE, /* .keras */
    KILN_FILE_KERAS_H5       /* legacy .h5 (model_config + weights) */
} kiln_model_format;

/* A model file read: kiln's description of it and the weights it holds. */
typedef struct {
    kiln_model_format format;
    const char *keras_version;   /* the file's ("2.1.6", "3.3.3", "tfjs-layers 0.8.3"), or NULL */
    cJSON *model;                /* kiln's description (owned); NULL for KILN_FILE_KILN */
    int has_loss;                /* the file's training settings named a loss */
    kiln_named_array *weights;   /* weights under kiln names (names in the arena, data
                                    malloc'd), n_weights of them; NULL when none */
    int n_weights;
} kiln_keras_file;

/* What a file's first bytes say it is: zip -> archive, HDF5 signature -> h5,
 * JSON with "modelTopology" -> TF.js, with "class_name" -> Keras JSON, else
 * kiln.  `head` is the file's text or first bytes (len of them). */
kiln_model_format kiln_model_format_of(const char *head, long len);

/* The human name of a format: "kiln JSON", "Keras JSON", "TensorFlow.js
 * model.json", "Keras archive (.keras)", "Keras HDF5 (.h5)". */
const char *kiln_model_format_name(kiln_model_format f);

/* Reads the Keras file at `path` whose bytes are data[0, len) (already read
 * by the caller) into *out.  Errors (unreadable archive or HDF5 structure,
 * unsupported layers or arguments, missing or ill-shaped weights) are
 * reported through diag.h with the file (and, for JSON, line, column and
 * JSON path); returns 0, or -1 after reporting.  Free with
 * kiln_keras_file_free. */
int kiln_keras_read(const char *path, const char *data, long len, kiln_arena *a,
                    kiln_keras_file *out);

void kiln_keras_file_free(kiln_keras_file *f);

/* Reads the weights of a Keras weights file (model.save_weights() .h5, or a
 * full .h5 model) into kiln names; returns 0 or -1 (reported). */
int kiln_keras_read_h5_weights(const char *path, kiln_arena *a, kiln_named_array **out, int *n);

/* Writes model `m` (parsed from `kiln_json`, the description it came from)
 * with `weights` (every PARAM and STATE tensor of the model under its kiln
 * name, F32, Keras layout) to `path`: a .keras archive or an .h5 file, by the
 * name's extension.  Written to a temporary file and renamed.  Returns 0, or
 * -1 after reporting (a layer Keras has no equivalent for, a missing weight,
 * an I/O error). */
int kiln_keras_write(const char *path, const kiln_model *m, const cJSON *kiln_json,
                     const kiln_named_array *weights, int n_weights);

#endif /* KILN_KERAS_FILE_H */
