/* keras_import.h — Keras's own model configs into kiln's model description.
 *
 * Keras describes a model as the JSON of `model.to_json()` / `get_config()`:
 *   Keras 1   {"class_name": "Sequential", "config": [{"class_name":
 *             "Convolution2D", "config": {"nb_filter": 32, "nb_row": 3, ...}}]}
 *             or "Model" with "inbound_nodes": [[["input_1", 0, 0]]]
 *   Keras 2   "Sequential" with "config" a list (2.0–2.2.2) or {"name", "layers"},
 *             "Model"/"Functional" with inbound_nodes, "batch_input_shape",
 *             "InputLayer", {"class_name": "L1L2", "config": {...}} objects;
 *             training settings in the .h5 attribute "training_config"
 *   Keras 3   every object {"module", "class_name", "config", "registered_name"}
 *             (+ "build_config"), dtype policies {"class_name": "DTypePolicy"},
 *             "batch_shape", inbound_nodes as {"args": [{"class_name":
 *             "__keras_tensor__", "config": {"keras_history": [...]}}]},
 *             training settings in "compile_config"
 *   TF.js     model.json's "modelTopology": the Keras 2 config (converter) or
 *             a Keras-style config written by TensorFlow.js itself.
 * kiln_keras_import() maps such a config onto kiln's own description
 * (docs/architecture.md §2): a linear chain of the layers kiln compiles, every
 * argument either carried over (renamed from Keras 1's names where needed) or
 * checked to be at the value kiln implements.  Anything else — a layer class,
 * an argument value, a branch in the graph — is an error at its line, column
 * and JSON path in the Keras text, naming what kiln would need; nothing is
 * approximated.  Two rewrites are exact and done: a Reshape right after the
 * input becomes the input's shape (a view: the same elements in the same
 * order), and a rank-2 input (H, W) that a Flatten or Reshape consumes becomes
 * (H, W, 1).
 *
 * The caller (runtime/keras_file.c) reads the files; this file does no I/O.
 */
#ifndef KILN_KERAS_IMPORT_H
#define KILN_KERAS_IMPORT_H

#include <cjson/cJSON.h>

#include "arena.h"
#include "json_pos.h"

/* Where a config came from, for messages: `file` as printed ("m.h5[model_config]",
 * "m.keras/config.json", "model.json") and the positions of the text its
 * nodes were parsed from (NULL: no line and column). */
typedef struct {
    const char *file;
    const kiln_json_pos *pos;
    const char *path;   /* JSON path of the config in its document ("$.modelTopology.
                           model_config", "$.compile_config"); NULL: "$" */
} kiln_keras_src;

/* The weights one imported layer has, in Keras's order of layer.weights
 * (Conv2D/Dense: kernel, bias; BatchNormalization: gamma, beta, moving_mean,
 * moving_variance, less gamma/beta when scale/center are false), each under
 * kiln's tensor name ("conv2d/kernel") — Keras's own names and layouts. */
typedef struct {
    const char *layer;         /* the layer's name (Keras's = kiln's) */
    const char *keras_class;   /* "Conv2D", "Dense", "BatchNormalization" */
    const char *v3_path;       /* where Keras 3 keeps its variables in model.weights.h5:
                                  "layers/<snake_case(class)>[_k]" (saving_lib's
                                  _save_container_state numbering) */
    int n;
    const char *names[4];      /* kiln tensor names, in Keras's order */
} kiln_keras_layer_weights;

typedef struct {
    cJSON *model;              /* kiln's model description (owned: cJSON_Delete) */
    int keras_major;           /* 1, 2 or 3 (0: TensorFlow.js-written) */
    int has_loss;              /* the training/compile config gave a loss */
    kiln_keras_layer_weights *weights;   /* layers with weights, in model order (arena) */
    int n_weights;
} kiln_keras_model;

/* Maps the Keras model config `config` (the object with "class_name" and
 * "config"), and optionally the training settings `training` (Keras 2's
 * training_config or Keras 3's compile_config, with its own source; NULL when
 * absent), onto *out.  `keras_version` (the file's, may be NULL) decides
 * Keras 1 vs 2 naming when the config itself does not.  `name` is the model's
 * name when the config has none.  Every problem is reported through diag.h as
 * FILE:LINE:COL: $.path: message; returns 0, or -1 after reporting. */
int kiln_keras_import(const cJSON *config, const kiln_keras_src *src, const cJSON *training,
                      const kiln_keras_src *training_src, const char *keras_version,
                      const char *name, kiln_arena *a, kiln_keras_model *out);

/* Keras's to_snake_case (keras/src/utils/naming.py): "MaxPooling2D" ->
 * "max_pooling2d", "LeakyReLU" -> "leaky_re_lu".  Arena-allocated. */
char *kiln_keras_snake_case(kiln_arena *a, const char *class_name);

#endif /* KILN_KERAS_IMPORT_H */
