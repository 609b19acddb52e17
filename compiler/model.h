/* model.h — the parsed model description (docs/architecture.md §2), before lowering.
 *
 * parse.c fills a kiln_model from a Keras-style JSON file; lower.c turns it
 * into the graph IR.  Every field keeps Keras's name and default.  Strings
 * live in the model's arena and are freed with it.
 */
#ifndef KILN_MODEL_H
#define KILN_MODEL_H

#include "arena.h"

typedef enum {
    LAYER_RESCALING,           /* y = x * scale + offset */
    LAYER_CONV2D,              /* Keras Conv2D, NHWC, kernel (kh, kw, in, out) */
    LAYER_MAXPOOLING2D,        /* Keras MaxPooling2D */
    LAYER_BATCHNORMALIZATION,  /* Keras BatchNormalization, axis -1 */
    LAYER_DENSE,               /* Keras Dense, kernel (in, out) */
    LAYER_DROPOUT,             /* Keras Dropout(rate), inverted scaling */
    LAYER_FLATTEN,             /* Keras Flatten, H, W, C order */
    LAYER_RELU,                /* Keras ReLU layer (max_value/threshold unsupported) */
    LAYER_LEAKYRELU,           /* Keras LeakyReLU(alpha=0.3) (Keras 3: negative_slope) */
    LAYER_ACTIVATION           /* Keras Activation(activation) */
} kiln_layer_type;

typedef enum {
    ACT_LINEAR,
    ACT_RELU,
    ACT_SOFTMAX,
    ACT_SIGMOID,
    ACT_TANH,
    ACT_LEAKY_RELU  /* tf.nn.leaky_relu, alpha 0.2 */
} kiln_activation;

typedef enum {
    LOSS_SPARSE_CATEGORICAL_CROSSENTROPY,
    LOSS_CATEGORICAL_CROSSENTROPY,
    LOSS_BINARY_CROSSENTROPY,
    LOSS_MEAN_SQUARED_ERROR
} kiln_loss;

typedef enum { OPT_ADAM, OPT_SGD } kiln_optimizer_type;

/* Keras regularizers: loss += l1 * sum|w| + l2 * sum w^2.
 * Keras defaults: "l1" -> l1 0.01, "l2" -> l2 0.01, "l1_l2" -> 0.01 each. */
typedef struct {
    int active;
    float l1, l2;
} kiln_regularizer;

typedef struct {
    kiln_layer_type type;
    const char *name;   /* given or Keras's default: conv2d, conv2d_1, dense, ... */
    const char *path;   /* JSON path of the layer object, e.g. "$.layers[3]" */
    int line, col;      /* position of the layer object in the file */

    /* Rescaling */
    float scale, offset;
    /* Conv2D / Dense */
    int filters;                /* Conv2D filters, Dense units */
    int kernel_size[2];         /* kh, kw */
    int strides[2];             /* Conv2D and MaxPooling2D */
    int padding_same;           /* 0 valid, 1 same */
    kiln_activation activation; /* Conv2D, Dense, Activation */
    int use_bias;
    kiln_regularizer kernel_regularizer, bias_regularizer;
    /* MaxPooling2D */
    int pool_size[2];
    /* BatchNormalization */
    float momentum, epsilon;
    int center, scale_gamma;    /* Keras center / scale */
    /* Dropout */
    float rate;
    /* LeakyReLU (layer) and leaky_relu (activation) */
    float alpha;
} kiln_layer;

typedef struct {
    kiln_optimizer_type type;
    float learning_rate;   /* Adam 1e-3, SGD 1e-2 */
    float beta_1, beta_2;  /* Adam 0.9, 0.999 */
    float epsilon;         /* Adam 1e-7 */
    float momentum;        /* SGD 0 */
    int nesterov;          /* SGD false */
} kiln_optimizer;

/* Keras's training callbacks, fit.callbacks (keras.callbacks.*): each keeps
 * its class's argument names and defaults; runtime/callbacks.h runs them. */
typedef enum {
    CB_EARLY_STOPPING,        /* EarlyStopping */
    CB_MODEL_CHECKPOINT,      /* ModelCheckpoint */
    CB_REDUCE_LR_ON_PLATEAU,  /* ReduceLROnPlateau */
    CB_TERMINATE_ON_NAN,      /* TerminateOnNaN */
    CB_CSV_LOGGER,            /* CSVLogger */
    CB_TENSORBOARD            /* TensorBoard */
} kiln_callback_type;

/* mode: "auto" (max for a monitor whose name contains "acc", else min), "min", "max" */
typedef enum { CB_MODE_AUTO, CB_MODE_MIN, CB_MODE_MAX } kiln_monitor_mode;

typedef struct {
    kiln_callback_type type;
    /* where it was given, for messages: the model file, position and JSON
     * path ("$.fit.callbacks[1]"), or file NULL, line 0 and path the flag
     * ("--early-stopping") */
    const char *file, *path;
    int line, col;

    /* EarlyStopping, ModelCheckpoint, ReduceLROnPlateau */
    const char *monitor;       /* "val_loss" (default), "loss", "accuracy", "val_accuracy" */
    kiln_monitor_mode mode;    /* auto */
    int verbose;               /* 0: silent; >= 1: print what the callback does */
    double min_delta;          /* EarlyStopping 0 (Keras uses |min_delta|), ReduceLROnPlateau 1e-4 */
    int patience;              /* EarlyStopping 0, ReduceLROnPlateau 10 (epochs) */
    int has_baseline;          /* EarlyStopping baseline / ModelCheckpoint
                                  initial_value_threshold given (not null) */
    double baseline;
    /* EarlyStopping */
    int restore_best_weights;  /* false */
    int start_from_epoch;      /* 0: epochs before monitoring starts */
    /* ModelCheckpoint: filepath, a Python format string over epoch (1-based)
     * and the logged quantities; CSVLogger: filename; TensorBoard: log_dir ("logs") */
    const char *filepath;
    int save_best_only;        /* false */
    int save_weights_only;     /* false: weights and optimizer state (kiln's full checkpoint) */
    /* ReduceLROnPlateau: new_lr = max(lr * factor, min_lr) */
    double factor;             /* 0.1, in (0, 1) */
    int cooldown;              /* 0 epochs */
    double min_lr;             /* 0 */
    /* CSVLogger */
    char separator;            /* ',' */
    int append;                /* false */
    /* TensorBoard: 0 "epoch"; N >= 1 also batch scalars every N train steps ("batch" = 1) */
    int update_freq;
} kiln_callback;

/* Fills cb with the Keras defaults of its class (as above), no position. */
void kiln_callback_defaults(kiln_callback *cb, kiln_callback_type type);

/* The Keras class name of a callback type: "EarlyStopping", ... */
const char *kiln_callback_class(kiln_callback_type type);

typedef struct {
    const char *file;          /* path the model was read from */
    const char *name;          /* "name", default: file stem */
    int input_shape[3];        /* H, W, C (an MLP on vectors: 1, 1, N is not used; see rank) */
    int input_rank;            /* 1 or 3 */
    float input_rescale;       /* "input": {"rescale": F}: uint8 data enter the model as
                                  value * F (the seeds' x / 255 preprocessing, Keras's
                                  ImageDataGenerator(rescale=...)); 1 when absent */
    kiln_layer *layers;
    int n_layers;
    kiln_loss loss;
    kiln_optimizer optimizer;
    int metric_accuracy;       /* "metrics": ["accuracy"] */
    int target_is_input;       /* "target": "input" (autoencoders) */
    /* "fit" */
    const char *dataset;       /* "mnist", "fashion-mnist", "cifar10", or NULL */
    int batch_size;            /* 32 */
    int epochs;                /* 1 */
    float validation_split;    /* 0: validate on the test split (or none, below) */
    int validation_data;       /* "validation_data": "test" (1, kiln's default when the key
                                  is absent) or null (0: no validation, Keras's default) */
    int shuffle;               /* 1 true (Keras default), 0 false, 2 "batch" (Keras: shuffle
                                  in batch-sized chunks, the order of whole batches) */
    kiln_callback *callbacks;  /* "callbacks": [{"type": "EarlyStopping", ...}, ...] */
    int n_callbacks;
    /* "input_noise" */
    int noise_salt_and_pepper; /* 1 when {"type": "salt_and_pepper"} */
    float noise_level;
    int noise_every_epoch;     /* "redraw": "once" (0, default: the corruption of each
                                  training sample is drawn once, as the seed corrupts its
                                  arrays before fit) or "every_epoch" (1) */
} kiln_model;

/* Parses the model file at `path` into `m`, allocating from `a`.
 * Reports every error found through diag.h as
 *   FILE:LINE:COL: $.json.path: expected ..., got ...
 * Returns 0 on success, -1 if any error was reported (m is then unusable). */
int kiln_parse_model_file(const char *path, kiln_arena *a, kiln_model *m);

/* Same, from text in memory; `path` is only used in messages. */
int kiln_parse_model_text(const char *path, const char *text, long len,
                          kiln_arena *a, kiln_model *m);

#endif /* KILN_MODEL_H */
