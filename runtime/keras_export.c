/* keras_export.c — kiln models into Keras's own files (keras_file.h):
 *
 *   M.keras  a zip with, in this order and stored uncompressed as Keras's
 *            zipfile writes them, metadata.json {"keras_version", "date_saved"},
 *            config.json (serialize_keras_object of a Sequential: every object
 *            {"module", "class_name", "config", "registered_name"}, layers with
 *            "build_config", the model's "build_config" and "compile_config"),
 *            model.weights.h5 (the groups vars, layers/<snake_case(class)>[_k]/vars
 *            with datasets 0, 1, ... in layer.weights order)
 *            — keras/src/saving/saving_lib.py, Keras 3;
 *   M.h5     HDF5 with root attributes backend, keras_version, model_config,
 *            training_config (JSON, fixed-length strings as h5py stores bytes),
 *            group model_weights {layer_names, backend, keras_version} and per
 *            layer (sorted by name) a group {weight_names: ["conv2d/kernel:0",
 *            ...]} holding those datasets (weightless layers: an empty float64
 *            weight_names) — tf.keras 2's save_model_to_hdf5.
 * keras_version is the version whose layout is written ("3.3.3", "2.15.0");
 * an attribute / metadata entry "kiln" keeps what Keras has no place for.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <hdf5.h>
#include <zip.h>

#include "diag.h"
#include "output.h"
#include "keras_file.h"
#include "keras_import.h"

#define KERAS3_LAYOUT "3.3.3"
#define KERAS2_LAYOUT "2.15.0"

/* The shortest decimal that reads back as the float f (0.001f -> 0.001). */
static double dec(float f)
{
    char buf[32];
    for (int p = 1; p <= 9; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, f);
        if ((float)strtod(buf, NULL) == f) return strtod(buf, NULL);
    }
    return f;
}

/* ---- shapes through the layers (Keras's output-shape rules) ---------------- */

typedef struct {
    int rank;      /* without the batch */
    int d[3];
} shp;

static cJSON *shape_json(const shp *s)
{
    cJSON *a = cJSON_CreateArray();
    cJSON_AddItemToArray(a, cJSON_CreateNull());
    for (int i = 0; i < s->rank; i++) cJSON_AddItemToArray(a, cJSON_CreateNumber(s->d[i]));
    return a;
}

static int out_len(int in, int k, int s, int same)
{
    return same ? (in + s - 1) / s : (in - k) / s + 1;
}

static shp next_shape(const kiln_layer *L, shp in)
{
    shp o = in;
    switch (L->type) {
    case LAYER_CONV2D:
        o.d[0] = out_len(in.d[0], L->kernel_size[0], L->strides[0], L->padding_same);
        o.d[1] = out_len(in.d[1], L->kernel_size[1], L->strides[1], L->padding_same);
        o.d[2] = L->filters;
        break;
    case LAYER_MAXPOOLING2D:
        o.d[0] = out_len(in.d[0], L->pool_size[0], L->strides[0], L->padding_same);
        o.d[1] = out_len(in.d[1], L->pool_size[1], L->strides[1], L->padding_same);
        break;
    case LAYER_FLATTEN:
        o.rank = 1;
        o.d[0] = in.rank == 3 ? in.d[0] * in.d[1] * in.d[2] : in.d[0];
        break;
    case LAYER_DENSE:
        o.d[o.rank - 1] = L->filters;
        break;
    default: break;
    }
    return o;
}

/* ---- configs ---------------------------------------------------------------- */

static cJSON *k3obj(const char *module, const char *cls, cJSON *config)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "module", module);
    cJSON_AddStringToObject(o, "class_name", cls);
    cJSON_AddItemToObject(o, "config", config ? config : cJSON_CreateObject());
    cJSON_AddNullToObject(o, "registered_name");
    return o;
}

/* An initializer / regularizer / policy in the dialect of Keras v (2 or 3). */
static cJSON *kobj(int v, const char *module, const char *cls, cJSON *config)
{
    if (v == 3) return k3obj(module, cls, config);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "class_name", cls);
    cJSON_AddItemToObject(o, "config", config ? config : cJSON_CreateObject());
    return o;
}

static cJSON *init(int v, const char *cls)
{
    cJSON *c = cJSON_CreateObject();
    if (!strcmp(cls, "GlorotUniform")) cJSON_AddNullToObject(c, "seed");
    return kobj(v, "keras.initializers", cls, c);
}

static cJSON *regularizer(int v, const kiln_regularizer *r)
{
    if (!r->active || (r->l1 == 0 && r->l2 == 0)) return cJSON_CreateNull();
    cJSON *c = cJSON_CreateObject();
    cJSON_AddNumberToObject(c, "l1", dec(r->l1));
    cJSON_AddNumberToObject(c, "l2", dec(r->l2));
    return kobj(v, "keras.regularizers", "L1L2", c);
}

static cJSON *dtype(int v)
{
    if (v != 3) return cJSON_CreateString("float32");
    cJSON *c = cJSON_CreateObject();
    cJSON_AddStringToObject(c, "name", "float32");
    return k3obj("keras", "DTypePolicy", c);
}

static const char *act_name(kiln_activation a)
{
    static const char *const n[] = {"linear", "relu", "softmax", "sigmoid", "tanh", "leaky_relu"};
    return n[a];
}

static cJSON *pair(const int p[2])
{
    return cJSON_CreateIntArray(p, 2);
}

static const char *keras_class(kiln_layer_type t)
{
    switch (t) {
    case LAYER_RESCALING: return "Rescaling";
    case LAYER_CONV2D: return "Conv2D";
    case LAYER_MAXPOOLING2D: return "MaxPooling2D";
    case LAYER_BATCHNORMALIZATION: return "BatchNormalization";
    case LAYER_DENSE: return "Dense";
    case LAYER_DROPOUT: return "Dropout";
    case LAYER_FLATTEN: return "Flatten";
    case LAYER_RELU: return "ReLU";
    case LAYER_LEAKYRELU: return "LeakyReLU";
    case LAYER_ACTIVATION: return "Activation";
    }
    return "?";
}

/* One layer's config as Keras v's get_config() gives it. */
static cJSON *layer_config(int v, const kiln_layer *L)
{
    cJSON *c = cJSON_CreateObject();
    cJSON_AddStringToObject(c, "name", L->name);
    cJSON_AddBoolToObject(c, "trainable", 1);
    cJSON_AddItemToObject(c, "dtype", dtype(v));
    switch (L->type) {
    case LAYER_RESCALING:
        cJSON_AddNumberToObject(c, "scale", dec(L->scale));
        cJSON_AddNumberToObject(c, "offset", dec(L->offset));
        break;
    case LAYER_CONV2D:
        cJSON_AddNumberToObject(c, "filters", L->filters);
        cJSON_AddItemToObject(c, "kernel_size", pair(L->kernel_size));
        cJSON_AddItemToObject(c, "strides", pair(L->strides));
        cJSON_AddStringToObject(c, "padding", L->padding_same ? "same" : "valid");
        cJSON_AddStringToObject(c, "data_format", "channels_last");
        cJSON_AddItemToObject(c, "dilation_rate", pair((int[]){1, 1}));
        cJSON_AddNumberToObject(c, "groups", 1);
        /* FALLTHROUGH: the arguments Conv2D shares with Dense */
    case LAYER_DENSE:
        if (L->type == LAYER_DENSE) cJSON_AddNumberToObject(c, "units", L->filters);
        cJSON_AddStringToObject(c, "activation", act_name(L->activation));
        cJSON_AddBoolToObject(c, "use_bias", L->use_bias);
        cJSON_AddItemToObject(c, "kernel_initializer", init(v, "GlorotUniform"));
        cJSON_AddItemToObject(c, "bias_initializer", init(v, "Zeros"));
        cJSON_AddItemToObject(c, "kernel_regularizer", regularizer(v, &L->kernel_regularizer));
        cJSON_AddItemToObject(c, "bias_regularizer", regularizer(v, &L->bias_regularizer));
        if (v != 3 || L->type == LAYER_CONV2D) cJSON_AddNullToObject(c, "activity_regularizer");
        cJSON_AddNullToObject(c, "kernel_constraint");
        cJSON_AddNullToObject(c, "bias_constraint");
        break;
    case LAYER_MAXPOOLING2D:
        cJSON_AddItemToObject(c, "pool_size", pair(L->pool_size));
        cJSON_AddStringToObject(c, "padding", L->padding_same ? "same" : "valid");
        cJSON_AddItemToObject(c, "strides", pair(L->strides));
        cJSON_AddStringToObject(c, "data_format", "channels_last");
        break;
    case LAYER_BATCHNORMALIZATION:
        cJSON_AddNumberToObject(c, "axis", -1);
        cJSON_AddNumberToObject(c, "momentum", dec(L->momentum));
        cJSON_AddNumberToObject(c, "epsilon", dec(L->epsilon));
        cJSON_AddBoolToObject(c, "center", L->center);
        cJSON_AddBoolToObject(c, "scale", L->scale_gamma);
        cJSON_AddItemToObject(c, "beta_initializer", init(v, "Zeros"));
        cJSON_AddItemToObject(c, "gamma_initializer", init(v, "Ones"));
        cJSON_AddItemToObject(c, "moving_mean_initializer", init(v, "Zeros"));
        cJSON_AddItemToObject(c, "moving_variance_initializer", init(v, "Ones"));
        cJSON_AddNullToObject(c, "beta_regularizer");
        cJSON_AddNullToObject(c, "gamma_regularizer");
        cJSON_AddNullToObject(c, "beta_constraint");
        cJSON_AddNullToObject(c, "gamma_constraint");
        if (v == 3) cJSON_AddBoolToObject(c, "synchronized", 0);
        break;
    case LAYER_DROPOUT:
        cJSON_AddNumberToObject(c, "rate", dec(L->rate));
        cJSON_AddNullToObject(c, "seed");
        cJSON_AddNullToObject(c, "noise_shape");
        break;
    case LAYER_FLATTEN:
        cJSON_AddStringToObject(c, "data_format", "channels_last");
        break;
    case LAYER_RELU:
        cJSON_AddNullToObject(c, "max_value");
        cJSON_AddNumberToObject(c, "negative_slope", 0.0);
        cJSON_AddNumberToObject(c, "threshold", 0.0);
        break;
    case LAYER_LEAKYRELU:
        cJSON_AddNumberToObject(c, v == 3 ? "negative_slope" : "alpha", dec(L->alpha));
        break;
    case LAYER_ACTIVATION:
        cJSON_AddStringToObject(c, "activation", act_name(L->activation));
        break;
    }
    return c;
}

static const char *loss_name(kiln_loss l)
{
    switch (l) {
    case LOSS_SPARSE_CATEGORICAL_CROSSENTROPY: return "sparse_categorical_crossentropy";
    case LOSS_CATEGORICAL_CROSSENTROPY: return "categorical_crossentropy";
    case LOSS_BINARY_CROSSENTROPY: return "binary_crossentropy";
    case LOSS_MEAN_SQUARED_ERROR: return "mean_squared_error";
    }
    return "?";
}

static cJSON *optimizer_config(int v, const kiln_optimizer *o)
{
    cJSON *c = cJSON_CreateObject();
    int adam = o->type == OPT_ADAM;
    cJSON_AddStringToObject(c, "name", v == 3 ? (adam ? "adam" : "SGD") : (adam ? "Adam" : "SGD"));
    cJSON_AddNumberToObject(c, "learning_rate", dec(o->learning_rate));
    if (v == 3) {
        cJSON_AddNullToObject(c, "weight_decay");
        cJSON_AddNullToObject(c, "clipnorm");
        cJSON_AddNullToObject(c, "global_clipnorm");
        cJSON_AddNullToObject(c, "clipvalue");
        cJSON_AddBoolToObject(c, "use_ema", 0);
        cJSON_AddNumberToObject(c, "ema_momentum", 0.99);
        cJSON_AddNullToObject(c, "ema_overwrite_frequency");
    } else {
        cJSON_AddNumberToObject(c, "decay", 0.0);
    }
    if (adam) {
        cJSON_AddNumberToObject(c, "beta_1", dec(o->beta_1));
        cJSON_AddNumberToObject(c, "beta_2", dec(o->beta_2));
        cJSON_AddNumberToObject(c, "epsilon", dec(o->epsilon));
        cJSON_AddBoolToObject(c, "amsgrad", 0);
    } else {
        cJSON_AddNumberToObject(c, "momentum", dec(o->momentum));
        cJSON_AddBoolToObject(c, "nesterov", o->nesterov);
    }
    if (v == 3) return k3obj("keras.optimizers", adam ? "Adam" : "SGD", c);
    return kobj(2, NULL, adam ? "Adam" : "SGD", c);
}

static cJSON *metrics(const kiln_model *m)
{
    cJSON *a = cJSON_CreateArray();
    if (m->metric_accuracy) cJSON_AddItemToArray(a, cJSON_CreateString("accuracy"));
    return a;
}

static shp input_shape(const kiln_model *m)
{
    shp s = {m->input_rank, {0}};
    for (int i = 0; i < m->input_rank; i++) s.d[i] = m->input_shape[i];
    return s;
}

/* Keras 3's config.json of the model. */
static cJSON *keras3_config(const kiln_model *m)
{
    cJSON *cfg = cJSON_CreateObject();
    cJSON_AddStringToObject(cfg, "name", m->name);
    cJSON_AddBoolToObject(cfg, "trainable", 1);
    cJSON_AddItemToObject(cfg, "dtype", dtype(3));
    cJSON *layers = cJSON_AddArrayToObject(cfg, "layers");
    shp s = input_shape(m);
    cJSON *ic = cJSON_CreateObject();
    cJSON_AddItemToObject(ic, "batch_shape", shape_json(&s));
    cJSON_AddStringToObject(ic, "dtype", "float32");
    cJSON_AddBoolToObject(ic, "sparse", 0);
    cJSON_AddStringToObject(ic, "name", "input_layer");
    cJSON_AddItemToArray(layers, k3obj("keras.layers", "InputLayer", ic));
    for (int i = 0; i < m->n_layers; i++) {
        const kiln_layer *L = &m->layers[i];
        cJSON *o = k3obj("keras.layers", keras_class(L->type), layer_config(3, L));
        cJSON *bc = cJSON_AddObjectToObject(o, "build_config");
        cJSON_AddItemToObject(bc, "input_shape", shape_json(&s));
        cJSON_AddItemToArray(layers, o);
        s = next_shape(L, s);
    }
    shp in = input_shape(m);
    cJSON_AddItemToObject(cfg, "build_input_shape", shape_json(&in));
    cJSON *root = k3obj("keras", "Sequential", cfg);
    cJSON *bc = cJSON_AddObjectToObject(root, "build_config");
    cJSON_AddItemToObject(bc, "input_shape", shape_json(&in));
    cJSON *cc = cJSON_AddObjectToObject(root, "compile_config");
    cJSON_AddItemToObject(cc, "optimizer", optimizer_config(3, &m->optimizer));
    cJSON_AddStringToObject(cc, "loss", loss_name(m->loss));
    cJSON_AddNullToObject(cc, "loss_weights");
    cJSON_AddItemToObject(cc, "metrics", metrics(m));
    cJSON_AddNullToObject(cc, "weighted_metrics");
    cJSON_AddBoolToObject(cc, "run_eagerly", 0);
    cJSON_AddNumberToObject(cc, "steps_per_execution", 1);
    cJSON_AddBoolToObject(cc, "jit_compile", 0);
    return root;
}

/* tf.keras 2's model_config and training_config. */
static cJSON *keras2_config(const kiln_model *m, cJSON **training)
{
    cJSON *cfg = cJSON_CreateObject();
    cJSON_AddStringToObject(cfg, "name", m->name);
    cJSON *layers = cJSON_AddArrayToObject(cfg, "layers");
    shp s = input_shape(m);
    cJSON *ic = cJSON_CreateObject();
    cJSON_AddItemToObject(ic, "batch_input_shape", shape_json(&s));
    cJSON_AddStringToObject(ic, "dtype", "float32");
    cJSON_AddBoolToObject(ic, "sparse", 0);
    cJSON_AddBoolToObject(ic, "ragged", 0);
    char nm[160];
    snprintf(nm, sizeof nm, "%s_input", m->layers[0].name);
    cJSON_AddStringToObject(ic, "name", nm);
    cJSON *il = cJSON_CreateObject();
    cJSON_AddStringToObject(il, "class_name", "InputLayer");
    cJSON_AddItemToObject(il, "config", ic);
    cJSON_AddItemToArray(layers, il);
    for (int i = 0; i < m->n_layers; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "class_name", keras_class(m->layers[i].type));
        cJSON_AddItemToObject(o, "config", layer_config(2, &m->layers[i]));
        cJSON_AddItemToArray(layers, o);
    }
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "class_name", "Sequential");
    cJSON_AddItemToObject(root, "config", cfg);
    cJSON *t = cJSON_CreateObject();
    cJSON_AddStringToObject(t, "loss", loss_name(m->loss));
    cJSON_AddItemToObject(t, "metrics", metrics(m));
    cJSON_AddNullToObject(t, "weighted_metrics");
    cJSON_AddNullToObject(t, "loss_weights");
    cJSON_AddItemToObject(t, "optimizer_config", optimizer_config(2, &m->optimizer));
    *training = t;
    return root;
}

/* What kiln's description holds beyond Keras's: input.rescale, fit, target,
 * input_noise (copied from the description). */
static cJSON *kiln_extras(const cJSON *desc)
{
    cJSON *x = cJSON_CreateObject();
    cJSON_AddStringToObject(x, "format", "kiln model settings Keras has no place for");
    const cJSON *in = cJSON_GetObjectItemCaseSensitive(desc, "input");
    const cJSON *rs = in ? cJSON_GetObjectItemCaseSensitive(in, "rescale") : NULL;
    if (rs) {
        cJSON *i = cJSON_AddObjectToObject(x, "input");
        cJSON_AddItemToObject(i, "rescale", cJSON_Duplicate(rs, 1));
    }
    static const char *const keys[] = {"fit", "target", "input_noise", NULL};
    for (int k = 0; keys[k]; k++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(desc, keys[k]);
        if (v) cJSON_AddItemToObject(x, keys[k], cJSON_Duplicate(v, 1));
    }
    return x;
}

/* ---- the weights, in Keras's order -------------------------------------------- */

/* The arrays of layer L in layer.weights order; n of them (0..4); -1 when
 * one is missing (reported). */
static int layer_weights(const kiln_layer *L, const kiln_named_array *w, int nw,
                         const kiln_named_array *out[4], const char *kinds[4])
{
    const char *want[4];
    int n = 0;
    if (L->type == LAYER_CONV2D || L->type == LAYER_DENSE) {
        want[n++] = "kernel";
        if (L->use_bias) want[n++] = "bias";
    } else if (L->type == LAYER_BATCHNORMALIZATION) {
        if (L->scale_gamma) want[n++] = "gamma";
        if (L->center) want[n++] = "beta";
        want[n++] = "moving_mean";
        want[n++] = "moving_variance";
    }
    int bad = 0;
    for (int i = 0; i < n; i++) {
        char name[256];
        snprintf(name, sizeof name, "%s/%s", L->name, want[i]);
        out[i] = NULL;
        kinds[i] = want[i];
        for (int j = 0; j < nw && !out[i]; j++)
            if (!strcmp(w[j].name, name) && w[j].array.dtype == KILN_F32) out[i] = &w[j];
        if (!out[i]) {
            kiln_error("no float32 weight '%s' to export", name);
            bad = 1;
        }
    }
    return bad ? -1 : n;
}

/* ---- HDF5 writing --------------------------------------------------------------- */

static int attr_str(hid_t obj, const char *name, const char *s)
{
    size_t n = strlen(s);
    hid_t t = H5Tcopy(H5T_C_S1);
    H5Tset_size(t, n ? n : 1);
    H5Tset_strpad(t, H5T_STR_NULLPAD);
    hid_t sp = H5Screate(H5S_SCALAR);
    hid_t at = H5Acreate2(obj, name, t, sp, H5P_DEFAULT, H5P_DEFAULT);
    int rc = at >= 0 && H5Awrite(at, t, n ? s : "") >= 0 ? 0 : -1;
    if (at >= 0) H5Aclose(at);
    H5Sclose(sp);
    H5Tclose(t);
    return rc;
}

/* A list of names as numpy's |S array (h5py writes lists of bytes so); an
 * empty list as np.asarray([]), float64 of shape (0,), as Keras writes it. */
static int attr_strs(hid_t obj, const char *name, const char *const *s, int n)
{
    hsize_t dims[1] = {(hsize_t)n};
    hid_t sp = H5Screate_simple(1, dims, NULL);
    int rc;
    if (n == 0) {
        hid_t at = H5Acreate2(obj, name, H5T_IEEE_F64LE, sp, H5P_DEFAULT, H5P_DEFAULT);
        double dummy = 0;
        rc = at >= 0 && H5Awrite(at, H5T_NATIVE_DOUBLE, &dummy) >= 0 ? 0 : -1;
        if (at >= 0) H5Aclose(at);
        H5Sclose(sp);
        return rc;
    }
    size_t m = 1;
    for (int i = 0; i < n; i++)
        if (strlen(s[i]) > m) m = strlen(s[i]);
    char *buf = calloc((size_t)n, m);
    for (int i = 0; i < n; i++) memcpy(buf + (size_t)i * m, s[i], strlen(s[i]));
    hid_t t = H5Tcopy(H5T_C_S1);
    H5Tset_size(t, m);
    H5Tset_strpad(t, H5T_STR_NULLPAD);
    hid_t at = H5Acreate2(obj, name, t, sp, H5P_DEFAULT, H5P_DEFAULT);
    rc = at >= 0 && H5Awrite(at, t, buf) >= 0 ? 0 : -1;
    if (at >= 0) H5Aclose(at);
    H5Tclose(t);
    H5Sclose(sp);
    free(buf);
    return rc;
}

/* A float32 dataset `name` under loc (intermediate groups created, as h5py
 * does for "conv2d/kernel:0"). */
static int dset_f32(hid_t loc, const char *name, const kiln_array *a)
{
    hsize_t dims[8];
    for (int i = 0; i < a->rank; i++) dims[i] = (hsize_t)a->dims[i];
    hid_t sp = a->rank ? H5Screate_simple(a->rank, dims, NULL) : H5Screate(H5S_SCALAR);
    hid_t lcpl = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(lcpl, 1);
    hid_t d = H5Dcreate2(loc, name, H5T_IEEE_F32LE, sp, lcpl, H5P_DEFAULT, H5P_DEFAULT);
    int rc = d >= 0 && H5Dwrite(d, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, a->data) >= 0
                 ? 0 : -1;
    if (d >= 0) H5Dclose(d);
    H5Pclose(lcpl);
    H5Sclose(sp);
    return rc;
}

static hid_t group(hid_t loc, const char *name)
{
    hid_t lcpl = H5Pcreate(H5P_LINK_CREATE);
    H5Pset_create_intermediate_group(lcpl, 1);
    hid_t g = H5Gcreate2(loc, name, lcpl, H5P_DEFAULT, H5P_DEFAULT);
    H5Pclose(lcpl);
    return g;
}

static int by_name(const void *x, const void *y)
{
    const kiln_layer *a = *(const kiln_layer *const *)x, *b = *(const kiln_layer *const *)y;
    return strcmp(a->name, b->name);
}

/* tf.keras 2's model_weights group (layer groups sorted by name). */
static int write_v2_weights(hid_t f, const kiln_model *m, const kiln_named_array *w, int nw)
{
    hid_t mw = group(f, "model_weights");
    const char **names = calloc((size_t)m->n_layers, sizeof *names);
    for (int i = 0; i < m->n_layers; i++) names[i] = m->layers[i].name;
    int rc = attr_strs(mw, "layer_names", names, m->n_layers);
    rc |= attr_str(mw, "backend", "tensorflow");
    rc |= attr_str(mw, "keras_version", KERAS2_LAYOUT);
    const kiln_layer **sorted = calloc((size_t)m->n_layers, sizeof *sorted);
    for (int i = 0; i < m->n_layers; i++) sorted[i] = &m->layers[i];
    qsort(sorted, (size_t)m->n_layers, sizeof *sorted, by_name);
    for (int i = 0; i < m->n_layers && !rc; i++) {
        const kiln_layer *L = sorted[i];
        const kiln_named_array *arr[4];
        const char *kinds[4];
        int n = layer_weights(L, w, nw, arr, kinds);
        if (n < 0) {
            rc = -1;
            break;
        }
        hid_t g = group(mw, L->name);
        char wn[4][256];
        const char *wp[4];
        for (int j = 0; j < n; j++) {
            snprintf(wn[j], sizeof wn[j], "%s/%s:0", L->name, kinds[j]);
            wp[j] = wn[j];
        }
        rc |= attr_strs(g, "weight_names", wp, n);
        for (int j = 0; j < n && !rc; j++) rc |= dset_f32(g, wn[j], &arr[j]->array);
        H5Gclose(g);
    }
    free(sorted);
    free(names);
    H5Gclose(mw);
    return rc;
}

/* Keras 3's model.weights.h5 layout. */
static int write_v3_weights(hid_t f, const kiln_model *m, kiln_arena *a, const kiln_named_array *w,
                            int nw)
{
    hid_t v = group(f, "vars");
    H5Gclose(v);
    const char **snake = KILN_NEW(a, const char *, m->n_layers);
    int *count = KILN_NEW(a, int, m->n_layers), ns = 0, rc = 0;
    for (int i = 0; i < m->n_layers && !rc; i++) {
        const kiln_layer *L = &m->layers[i];
        const char *sn = kiln_keras_snake_case(a, keras_class(L->type));
        int j = 0;
        while (j < ns && strcmp(snake[j], sn)) j++;
        if (j == ns) snake[ns] = sn, count[ns++] = 0;
        else count[j]++;
        char path[512];
        if (count[j]) snprintf(path, sizeof path, "layers/%s_%d/vars", sn, count[j]);
        else snprintf(path, sizeof path, "layers/%s/vars", sn);
        hid_t g = group(f, path);
        if (g < 0) {
            rc = -1;
            break;
        }
        const kiln_named_array *arr[4];
        const char *kinds[4];
        int n = layer_weights(L, w, nw, arr, kinds);
        if (n < 0) rc = -1;
        for (int k = 0; k < n && !rc; k++) {
            char idx[16];
            snprintf(idx, sizeof idx, "%d", k);
            rc |= dset_f32(g, idx, &arr[k]->array);
        }
        H5Gclose(g);
    }
    return rc;
}

/* ---- files -------------------------------------------------------------------- */

static char *print(const cJSON *j)
{
    return cJSON_PrintUnformatted(j);
}

/* libzip and HDF5 write a scratch file; kiln_output puts it in place. */
static int finish(const char *tmp, const char *path, int rc)
{
    if (rc) {
        unlink(tmp);
        return rc;
    }
    return kiln_output_install(tmp, path, NULL);
}

static int write_h5(const char *path, const kiln_model *m, const cJSON *desc,
                    const kiln_named_array *w, int nw)
{
    char tmp[4096];
    if (kiln_output_scratch(tmp, sizeof tmp)) return -1;
    H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
    hid_t f = H5Fcreate(tmp, H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (f < 0) {
        kiln_error("%s: cannot create the HDF5 file (scratch %s)", path, tmp);
        unlink(tmp);
        return -1;
    }
    cJSON *training;
    cJSON *mc = keras2_config(m, &training);
    cJSON *x = kiln_extras(desc);
    char *smc = print(mc), *str = print(training), *sx = print(x);
    int rc = attr_str(f, "backend", "tensorflow");
    rc |= attr_str(f, "keras_version", KERAS2_LAYOUT);
    rc |= attr_str(f, "model_config", smc);
    rc |= attr_str(f, "training_config", str);
    rc |= attr_str(f, "kiln", sx);
    if (!rc) rc = write_v2_weights(f, m, w, nw);
    free(smc), free(str), free(sx);
    cJSON_Delete(mc), cJSON_Delete(training), cJSON_Delete(x);
    if (H5Fclose(f) < 0) rc = -1;
    if (rc && !kiln_error_count()) kiln_error("%s: writing the HDF5 file failed", path);
    return finish(tmp, path, rc);
}

static int write_archive(const char *path, const kiln_model *m, const cJSON *desc,
                         const kiln_named_array *w, int nw)
{
    kiln_arena a = {0};
    H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
    /* model.weights.h5 in memory: the core driver without a backing store */
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fapl_core(fapl, 1 << 16, 0);
    hid_t f = H5Fcreate("model.weights.h5", H5F_ACC_TRUNC, H5P_DEFAULT, fapl);
    H5Pclose(fapl);
    int rc = f < 0 ? -1 : write_v3_weights(f, m, &a, w, nw);
    void *image = NULL;
    ssize_t isz = 0;
    if (!rc) {
        H5Fflush(f, H5F_SCOPE_GLOBAL);
        isz = H5Fget_file_image(f, NULL, 0);
        image = isz > 0 ? malloc((size_t)isz) : NULL;
        if (!image || H5Fget_file_image(f, image, (size_t)isz) != isz) rc = -1;
    }
    if (f >= 0) H5Fclose(f);
    kiln_arena_free(&a);
    cJSON *meta = cJSON_CreateObject();
    cJSON_AddStringToObject(meta, "keras_version", KERAS3_LAYOUT);
    char date[32];
    time_t now = time(NULL);
    const char *sde = getenv("SOURCE_DATE_EPOCH");  /* reproducible builds */
    if (sde) now = (time_t)strtoll(sde, NULL, 10);
    strftime(date, sizeof date, "%Y-%m-%d@%H:%M:%S", localtime(&now));
    cJSON_AddStringToObject(meta, "date_saved", date);
    cJSON_AddItemToObject(meta, "kiln", kiln_extras(desc));
    cJSON *cfg = keras3_config(m);
    char *smeta = print(meta), *scfg = print(cfg);
    cJSON_Delete(meta), cJSON_Delete(cfg);
    char tmp[4096];
    if (!rc && kiln_output_scratch(tmp, sizeof tmp)) rc = -1;
    int zerr = 0;
    zip_t *z = rc ? NULL : zip_open(tmp, ZIP_CREATE | ZIP_TRUNCATE, &zerr);
    if (!rc && !z) {
        kiln_error("%s: cannot create the archive (libzip error %d)", path, zerr);
        unlink(tmp);
        rc = -1;
    }
    const char *names[3] = {"metadata.json", "config.json", "model.weights.h5"};
    const void *data[3] = {smeta, scfg, image};
    size_t len[3] = {strlen(smeta), strlen(scfg), (size_t)isz};
    for (int i = 0; z && i < 3 && !rc; i++) {
        zip_source_t *src = zip_source_buffer(z, data[i], len[i], 0);
        zip_int64_t idx = src ? zip_file_add(z, names[i], src, ZIP_FL_ENC_UTF_8) : -1;
        if (idx < 0) {
            if (src) zip_source_free(src);
            kiln_error("%s: cannot add %s: %s", path, names[i], zip_strerror(z));
            rc = -1;
            break;
        }
        zip_set_file_compression(z, (zip_uint64_t)idx, ZIP_CM_STORE, 0);  /* as zipfile.ZIP_STORED */
    }
    if (z) {
        if (rc) zip_discard(z);
        else if (zip_close(z) != 0) {
            kiln_error("%s: cannot write the archive: %s", path, zip_strerror(z));
            zip_discard(z);
            rc = -1;
        }
    }
    free(smeta), free(scfg), free(image);
    if (rc && !kiln_error_count()) kiln_error("%s: writing the archive failed", path);
    return z ? finish(tmp, path, rc) : rc;
}

int kiln_keras_write(const char *path, const kiln_model *m, const cJSON *kiln_json,
                     const kiln_named_array *weights, int n_weights)
{
    size_t n = strlen(path);
    if (n > 6 && !strcmp(path + n - 6, ".keras")) return write_archive(path, m, kiln_json, weights, n_weights);
    if (n > 3 && !strcmp(path + n - 3, ".h5")) return write_h5(path, m, kiln_json, weights, n_weights);
    kiln_error("%s: Keras files end in .keras (Keras 3) or .h5 (Keras 2)", path);
    return -1;
}
