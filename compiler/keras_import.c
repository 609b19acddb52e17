/* keras_import.c — Keras 1/2/3 and TensorFlow.js model configs into kiln's
 * model description (see keras_import.h for the formats).
 *
 *   keras-model := {"class_name": "Sequential", "config": [layer...] | {"layers": [layer...]}}
 *                | {"class_name": "Model" | "Functional", "config": {"layers":
 *                   [layer + "inbound_nodes"...], "input_layers", "output_layers"}}
 *   layer       := {"class_name": KerasClass, "config": {argument...},
 *                   "module"?, "registered_name"?, "build_config"?}
 *
 * Each Keras argument is either mapped onto kiln's (Keras 1's nb_filter,
 * nb_row/nb_col, subsample, border_mode, output_dim, init, W_regularizer, p,
 * bias are Keras 2's filters, kernel_size, strides, padding, units,
 * kernel_initializer, kernel_regularizer, rate, use_bias), or one that only
 * describes the Python object (name, trainable, dtype, build_config) and is
 * checked, or one whose value must be the one kiln implements (dilation_rate
 * 1, data_format channels_last, constraints null, ...).  Any other argument is
 * reported as not supported, naming it and its value.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "keras_import.h"

/* ---- context and messages ------------------------------------------------ */

typedef struct {
    kiln_arena *a;
    int errors;
    int major;                  /* 1, 2, 3 or 0 (TensorFlow.js) */
} K;

/* A config object being read: the node, its source and JSON path, and which
 * of its keys were consumed (at most 64 keys are tracked). */
typedef struct {
    K *k;
    const kiln_keras_src *src;
    const cJSON *node;
    const char *path;
    const char *cls;            /* the Keras class, for messages */
    const cJSON *used[64];
    int n_used;
} cfg;

static void kerr(K *k, const kiln_keras_src *src, const cJSON *node, const char *path,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void kerr(K *k, const kiln_keras_src *src, const cJSON *node, const char *path,
                 const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int line = 0, col = 0;
    const kiln_json_span *s = src && src->pos && node ? kiln_json_pos_span(src->pos, node) : NULL;
    if (s) kiln_json_pos_linecol(src->pos, s->key >= 0 ? s->key : s->start, &line, &col);
    kiln_error_at(src ? src->file : NULL, line, col, path, "%s", msg);
    k->errors++;
}

/* A value as short JSON text for messages ("[2, 2]", "\"causal\""). */
static const char *text_of(K *k, const cJSON *v)
{
    if (!v) return "nothing";
    char *s = cJSON_PrintUnformatted(v);
    if (!s) return "a value";
    const char *r;
    if (strlen(s) > 60) r = kiln_arena_printf(k->a, "%.56s ...", s);
    else r = kiln_arena_strdup(k->a, s);
    free(s);
    return r;
}

static const char *jkey(K *k, const char *base, const char *key)
{
    return kiln_arena_printf(k->a, "%s.%s", base, key);
}

static const char *jidx(K *k, const char *base, int i)
{
    return kiln_arena_printf(k->a, "%s[%d]", base, i);
}

/* ---- reading config objects ---------------------------------------------- */

static const char *base(const kiln_keras_src *s)
{
    return s && s->path ? s->path : "$";
}

static cfg cfg_of(K *k, const kiln_keras_src *src, const cJSON *node, const char *path,
                  const char *cls)
{
    cfg c;
    memset(&c, 0, sizeof c);
    c.k = k, c.src = src, c.node = node, c.path = path, c.cls = cls;
    return c;
}

static void mark(cfg *c, const cJSON *v)
{
    if (v && c->n_used < 64) c->used[c->n_used++] = v;
}

/* The member `key` (NULL when absent), marked as consumed. */
static const cJSON *take(cfg *c, const char *key)
{
    const cJSON *v = cJSON_IsObject(c->node) ? cJSON_GetObjectItemCaseSensitive(c->node, key)
                                            : NULL;
    mark(c, v);
    return v;
}

/* The first present of two spellings (Keras 2's name, then Keras 1's). */
static const cJSON *take2(cfg *c, const char *key, const char *old, const char **which)
{
    const cJSON *v = take(c, key);
    const cJSON *w = old ? take(c, old) : NULL;
    *which = v ? key : old;
    return v ? v : w;
}

static int matches(const cJSON *v, const char *json)
{
    cJSON *d = cJSON_Parse(json);
    if (!d) KILN_BUG("bad JSON literal %s", json);
    int eq = cJSON_Compare(v, d, 1);
    cJSON_Delete(d);
    return eq;
}

/* Argument `key` must be absent or one of the JSON values in `oks` (a
 * '|'-separated list); `need` says what kiln would need otherwise. */
static void fixed(cfg *c, const char *key, const char *oks, const char *need)
{
    const cJSON *v = take(c, key);
    if (!v) return;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", oks);
    for (char *s = strtok(buf, "|"); s; s = strtok(NULL, "|"))
        if (matches(v, s)) return;
    snprintf(buf, sizeof buf, "%s", oks);
    for (char *p = buf; *p; p++)
        if (*p == '|') *p = '/';
    kerr(c->k, c->src, v, jkey(c->k, c->path, key),
         "%s argument %s=%s is not supported: kiln compiles only %s=%s%s%s", c->cls, key,
         text_of(c->k, v), key, buf, need ? "; it would need " : "", need ? need : "");
}

/* Keys a layer config may hold that describe the Python object rather than
 * the computation; checked where they matter. */
static int is_object_key(const char *key)
{
    static const char *const keys[] = {"name", "trainable", "dtype", "batch_input_shape",
                                       "batch_shape", "input_shape", "input_dtype",
                                       "input_dim", "build_config", NULL};
    for (int i = 0; keys[i]; i++)
        if (!strcmp(key, keys[i])) return 1;
    return 0;
}

/* Reports every key of the config that nothing consumed. */
static void leftovers(cfg *c)
{
    if (!cJSON_IsObject(c->node)) return;
    for (const cJSON *e = c->node->child; e; e = e->next) {
        int used = is_object_key(e->string);
        for (int i = 0; i < c->n_used && !used; i++) used = c->used[i] == e;
        if (!used)
            kerr(c->k, c->src, e, jkey(c->k, c->path, e->string),
                 "%s argument '%s' (%s) is not supported by kiln: it compiles the arguments of "
                 "docs/architecture.md §2 only",
                 c->cls, e->string, text_of(c->k, e));
    }
}

/* A Keras serialized object: {"class_name": C, "config": {...}} (Keras 3 adds
 * "module" and "registered_name").  Returns the class name or NULL. */
static const char *obj_class(const cJSON *v, const cJSON **config)
{
    *config = NULL;
    if (!cJSON_IsObject(v)) return NULL;
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(v, "class_name");
    if (!cJSON_IsString(c)) return NULL;
    *config = cJSON_GetObjectItemCaseSensitive(v, "config");
    return c->valuestring;
}

/* "Custom>Adam" (tf.keras 2.11+) and "keras.optimizers.Adam" -> "Adam". */
static const char *bare_class(const char *s)
{
    const char *g = strrchr(s, '>');
    if (g) s = g + 1;
    const char *d = strrchr(s, '.');
    return d ? d + 1 : s;
}

/* Equal ignoring case and '_': "glorot_uniform" = "GlorotUniform". */
static int norm_eq(const char *a, const char *b)
{
    for (;;) {
        while (*a == '_') a++;
        while (*b == '_') b++;
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
        if (!*a) return 1;
        a++, b++;
    }
}

/* Keras's hyper-parameters are float32: the shortest decimal that reads back
 * as the same float (0.0010000000474974513 -> 0.001), which is what kiln keeps. */
static double f32(double v)
{
    float f = (float)v;
    char buf[32];
    for (int p = 1; p <= 9; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, f);
        if ((float)strtod(buf, NULL) == f) return strtod(buf, NULL);
    }
    return v;
}

static double num(const cJSON *v, double def)
{
    return cJSON_IsNumber(v) ? v->valuedouble : def;
}

/* ---- argument mappers ---------------------------------------------------- */

/* "dtype": "float32", null, or a DTypePolicy {"class_name": "DTypePolicy"|
 * "Policy", "config": {"name": "float32"}} (Keras 3 / tf.keras mixed precision). */
static void check_dtype(cfg *c)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(c->node, "dtype");
    if (!v || cJSON_IsNull(v)) return;
    if (cJSON_IsString(v) && !strcmp(v->valuestring, "float32")) return;
    const cJSON *pc;
    const char *cls = obj_class(v, &pc);
    const cJSON *name = pc ? cJSON_GetObjectItemCaseSensitive(pc, "name") : NULL;
    if (cls && (!strcmp(cls, "DTypePolicy") || !strcmp(cls, "Policy") ||
                !strcmp(cls, "FloatDTypePolicy")) &&
        cJSON_IsString(name) && !strcmp(name->valuestring, "float32"))
        return;
    kerr(c->k, c->src, v, jkey(c->k, c->path, "dtype"),
         "%s dtype %s is not supported: kiln computes in float32 only", c->cls, text_of(c->k, v));
}

static void check_trainable(cfg *c)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(c->node, "trainable");
    if (v && !cJSON_IsTrue(v))
        kerr(c->k, c->src, v, jkey(c->k, c->path, "trainable"),
             "%s trainable=%s is not supported: kiln trains every layer's weights (it would "
             "need frozen layers)", c->cls, text_of(c->k, v));
}

/* An initializer at Keras's default for its argument: `def` is "glorot_uniform",
 * "zeros" or "ones".  glorot_uniform is also VarianceScaling(scale=1,
 * mode="fan_avg", distribution="uniform"), which is how Keras 2.0-2.2 wrote it;
 * a seed only picks the random numbers and is accepted. */
static void check_init(cfg *c, const char *key, const char *old, const char *def)
{
    const char *which;
    const cJSON *v = take2(c, key, old, &which);
    if (!v || cJSON_IsNull(v)) return;
    if (cJSON_IsString(v) && (norm_eq(v->valuestring, def) ||
                              (!strcmp(def, "zeros") && norm_eq(v->valuestring, "zero")) ||
                              (!strcmp(def, "ones") && norm_eq(v->valuestring, "one"))))
        return;
    const cJSON *ic;
    const char *cls = obj_class(v, &ic);
    if (cls) {
        cls = bare_class(cls);
        if (norm_eq(cls, def) || (!strcmp(def, "zeros") && norm_eq(cls, "Zeros")) ||
            (!strcmp(def, "ones") && norm_eq(cls, "Ones")))
            return;
        if (!strcmp(def, "glorot_uniform") && !strcmp(cls, "VarianceScaling")) {
            const cJSON *mode = cJSON_GetObjectItemCaseSensitive(ic, "mode");
            const cJSON *dist = cJSON_GetObjectItemCaseSensitive(ic, "distribution");
            if (num(cJSON_GetObjectItemCaseSensitive(ic, "scale"), 1) == 1 &&
                cJSON_IsString(mode) && !strcmp(mode->valuestring, "fan_avg") &&
                cJSON_IsString(dist) && !strcmp(dist->valuestring, "uniform"))
                return;
        }
    }
    kerr(c->k, c->src, v, jkey(c->k, c->path, which),
         "%s %s=%s is not supported: kiln initializes %s with Keras's default '%s' only (it "
         "would need that initializer in runtime/module.c)",
         c->cls, which, text_of(c->k, v), key, def);
}

/* A regularizer into kiln's {"type": "l1_l2", "l1": F, "l2": F} (or null):
 * "l1"/"l2"/"l1_l2" strings (factor 0.01), {"class_name": "L1L2"|"L1"|"L2",
 * "config": {...}} (Keras 2 and 3), Keras 1's {"name": "WeightRegularizer",
 * "l1": F, "l2": F}. */
static void map_regularizer(cfg *c, const char *key, const char *old, cJSON *out,
                            const char *kiln_key)
{
    const char *which;
    const cJSON *v = take2(c, key, old, &which);
    if (!v || cJSON_IsNull(v)) return;
    const char *path = jkey(c->k, c->path, which);
    double l1 = 0, l2 = 0;
    int ok = 1;
    const cJSON *rc;
    const char *cls = obj_class(v, &rc);
    if (cJSON_IsString(v)) {
        const char *s = v->valuestring;
        if (!strcasecmp(s, "l1")) l1 = 0.01;
        else if (!strcasecmp(s, "l2")) l2 = 0.01;
        else if (!strcasecmp(s, "l1_l2")) l1 = l2 = 0.01;
        else ok = 0;
    } else if (cls) {
        cls = bare_class(cls);
        const cJSON *a1 = cJSON_GetObjectItemCaseSensitive(rc, "l1");
        const cJSON *a2 = cJSON_GetObjectItemCaseSensitive(rc, "l2");
        if (!strcasecmp(cls, "L1L2")) l1 = num(a1, 0), l2 = num(a2, 0);
        else if (!strcasecmp(cls, "L1")) l1 = num(a1, 0.01);
        else if (!strcasecmp(cls, "L2")) l2 = num(a2, 0.01);
        else ok = 0;
        for (const cJSON *e = rc ? rc->child : NULL; ok && e; e = e->next)
            if (strcmp(e->string, "l1") && strcmp(e->string, "l2")) ok = 0;
    } else if (cJSON_IsObject(v) && cJSON_GetObjectItemCaseSensitive(v, "name")) {
        const cJSON *n = cJSON_GetObjectItemCaseSensitive(v, "name");
        ok = cJSON_IsString(n) && (!strcmp(n->valuestring, "WeightRegularizer") ||
                                   !strcmp(n->valuestring, "L1L2Regularizer"));
        l1 = num(cJSON_GetObjectItemCaseSensitive(v, "l1"), 0);
        l2 = num(cJSON_GetObjectItemCaseSensitive(v, "l2"), 0);
    } else {
        ok = 0;
    }
    if (!ok || !(l1 >= 0) || !(l2 >= 0)) {
        kerr(c->k, c->src, v, path,
             "%s %s=%s is not supported: kiln's regularizers are l1, l2 and l1_l2 (L1L2)",
             c->cls, which, text_of(c->k, v));
        return;
    }
    if (l1 == 0 && l2 == 0) return;
    cJSON *r = cJSON_CreateObject();
    cJSON_AddStringToObject(r, "type", "l1_l2");
    cJSON_AddNumberToObject(r, "l1", f32(l1));
    cJSON_AddNumberToObject(r, "l2", f32(l2));
    cJSON_AddItemToObject(out, kiln_key, r);
}

static const char *const activations[] = {"linear", "relu", "softmax", "sigmoid",
                                          "tanh", "leaky_relu", NULL};

/* An activation name (Keras 3 may also write {"class_name": "function", ...}
 * for custom ones, which are not supported). */
static void map_activation(cfg *c, const char *key, cJSON *out, int required)
{
    const cJSON *v = take(c, key);
    if (!v) {
        if (required)
            kerr(c->k, c->src, c->node, c->path, "%s has no '%s'", c->cls, key);
        return;
    }
    if (cJSON_IsNull(v)) return;
    /* a serialized built-in function: {"class_name": "function", "config": "relu", ...} */
    const cJSON *fc;
    const char *fcls = obj_class(v, &fc);
    const cJSON *reg = cJSON_IsObject(v) ? cJSON_GetObjectItemCaseSensitive(v, "registered_name") : NULL;
    if (fcls && !strcmp(fcls, "function") && cJSON_IsString(fc) &&
        (!reg || cJSON_IsNull(reg) || (cJSON_IsString(reg) && !strcmp(reg->valuestring, "function"))))
        v = fc;
    for (int i = 0; cJSON_IsString(v) && activations[i]; i++)
        if (!strcmp(v->valuestring, activations[i])) {
            cJSON_AddStringToObject(out, "activation", activations[i]);
            return;
        }
    kerr(c->k, c->src, v, jkey(c->k, c->path, key),
         "%s activation %s is not supported: kiln's activations are linear, relu, softmax, "
         "sigmoid, tanh and leaky_relu", c->cls, text_of(c->k, v));
}

/* A positive int or a pair of positive ints, written as kiln's [a, b]. */
static int pair_of(const cJSON *v, int out[2])
{
    if (cJSON_IsNumber(v) && v->valuedouble >= 1 && v->valuedouble == (int)v->valuedouble) {
        out[0] = out[1] = (int)v->valuedouble;
        return 1;
    }
    if (cJSON_IsArray(v) && cJSON_GetArraySize(v) == 2) {
        for (int i = 0; i < 2; i++) {
            const cJSON *e = cJSON_GetArrayItem(v, i);
            if (!cJSON_IsNumber(e) || e->valuedouble < 1 || e->valuedouble != (int)e->valuedouble)
                return 0;
            out[i] = (int)e->valuedouble;
        }
        return 1;
    }
    return 0;
}

static void add_pair(cJSON *out, const char *key, const int p[2])
{
    cJSON_AddItemToObject(out, key, cJSON_CreateIntArray(p, 2));
}

static int map_pair(cfg *c, const cJSON *v, const char *which, cJSON *out, const char *kiln_key)
{
    int p[2];
    if (!pair_of(v, p)) {
        kerr(c->k, c->src, v, jkey(c->k, c->path, which),
             "%s %s: expected a positive integer or a pair of them, got %s", c->cls, which,
             text_of(c->k, v));
        return 0;
    }
    add_pair(out, kiln_key, p);
    return 1;
}

/* padding / Keras 1 border_mode: "valid" or "same". */
static void map_padding(cfg *c, cJSON *out)
{
    const char *which;
    const cJSON *v = take2(c, "padding", "border_mode", &which);
    if (!v) return;
    if (cJSON_IsString(v) && (!strcmp(v->valuestring, "valid") || !strcmp(v->valuestring, "same"))) {
        cJSON_AddStringToObject(out, "padding", v->valuestring);
        return;
    }
    kerr(c->k, c->src, v, jkey(c->k, c->path, which),
         "%s %s=%s is not supported: kiln pads 'valid' or 'same' only", c->cls, which,
         text_of(c->k, v));
}

/* data_format / Keras 1 dim_ordering: channels last only. */
static void check_channels_last(cfg *c)
{
    fixed(c, "data_format", "\"channels_last\"|null",
          "NCHW activations (kiln keeps Keras's default channels_last, NHWC)");
    fixed(c, "dim_ordering", "\"tf\"|\"default\"",
          "Theano's channels-first ordering (kiln keeps TensorFlow's 'tf' ordering, NHWC)");
}

static void map_bool(cfg *c, const char *key, const char *old, cJSON *out, const char *kiln_key)
{
    const char *which;
    const cJSON *v = take2(c, key, old, &which);
    if (!v) return;
    if (!cJSON_IsBool(v)) {
        kerr(c->k, c->src, v, jkey(c->k, c->path, which), "%s %s: expected true or false, got %s",
             c->cls, which, text_of(c->k, v));
        return;
    }
    cJSON_AddBoolToObject(out, kiln_key, cJSON_IsTrue(v));
}

static void map_number(cfg *c, const char *key, const char *old, cJSON *out,
                       const char *kiln_key, int required)
{
    const char *which;
    const cJSON *v = take2(c, key, old, &which);
    if (!v) {
        if (required) kerr(c->k, c->src, c->node, c->path, "%s has no '%s'", c->cls, key);
        return;
    }
    if (!cJSON_IsNumber(v)) {
        kerr(c->k, c->src, v, jkey(c->k, c->path, which), "%s %s: expected a number, got %s",
             c->cls, which, text_of(c->k, v));
        return;
    }
    cJSON_AddNumberToObject(out, kiln_key, f32(v->valuedouble));
}

/* ---- layers -------------------------------------------------------------- */

typedef enum { W_NONE, W_KERNEL_BIAS, W_BN } weight_kind;

typedef struct {
    cJSON *kiln;         /* the kiln layer, or NULL when the layer is folded away */
    weight_kind wk;
    int use_bias, center, scale;
} layer_out;

static void conv2d(cfg *c, cJSON *o, layer_out *lo)
{
    cJSON_AddStringToObject(o, "type", "Conv2D");
    const char *which;
    const cJSON *v = take2(c, "filters", "nb_filter", &which);
    if (cJSON_IsNumber(v) && v->valuedouble >= 1) cJSON_AddNumberToObject(o, "filters", v->valuedouble);
    else kerr(c->k, c->src, v ? v : c->node, v ? jkey(c->k, c->path, which) : c->path,
              "Conv2D needs a positive 'filters', got %s", text_of(c->k, v));
    const cJSON *ks = take(c, "kernel_size");
    const cJSON *nr = take(c, "nb_row"), *nc = take(c, "nb_col");
    if (ks) map_pair(c, ks, "kernel_size", o, "kernel_size");
    else if (cJSON_IsNumber(nr) && cJSON_IsNumber(nc))
        add_pair(o, "kernel_size", (int[]){(int)nr->valuedouble, (int)nc->valuedouble});
    else kerr(c->k, c->src, c->node, c->path, "Conv2D has no kernel_size (or nb_row, nb_col)");
    v = take2(c, "strides", "subsample", &which);
    if (v) map_pair(c, v, which, o, "strides");
    map_padding(c, o);
    map_activation(c, "activation", o, 0);
    const cJSON *ub = take2(c, "use_bias", "bias", &which);
    lo->use_bias = !ub || cJSON_IsTrue(ub);
    if (ub) cJSON_AddBoolToObject(o, "use_bias", lo->use_bias);
    check_init(c, "kernel_initializer", "init", "glorot_uniform");
    check_init(c, "bias_initializer", NULL, "zeros");
    map_regularizer(c, "kernel_regularizer", "W_regularizer", o, "kernel_regularizer");
    map_regularizer(c, "bias_regularizer", "b_regularizer", o, "bias_regularizer");
    check_channels_last(c);
    fixed(c, "dilation_rate", "1|[1, 1]", "dilated convolutions");
    fixed(c, "groups", "1", "grouped convolutions");
    fixed(c, "activity_regularizer", "null", "activity regularization");
    fixed(c, "kernel_constraint", "null", "weight constraints");
    fixed(c, "W_constraint", "null", "weight constraints");
    fixed(c, "bias_constraint", "null", "weight constraints");
    fixed(c, "b_constraint", "null", "weight constraints");
    fixed(c, "lora_rank", "null", "LoRA");
    take(c, "lora_alpha");  /* only used with a lora_rank */
    lo->wk = W_KERNEL_BIAS;
}

static void dense(cfg *c, cJSON *o, layer_out *lo)
{
    cJSON_AddStringToObject(o, "type", "Dense");
    const char *which;
    const cJSON *v = take2(c, "units", "output_dim", &which);
    if (cJSON_IsNumber(v) && v->valuedouble >= 1) cJSON_AddNumberToObject(o, "units", v->valuedouble);
    else kerr(c->k, c->src, v ? v : c->node, v ? jkey(c->k, c->path, which) : c->path,
              "Dense needs positive 'units', got %s", text_of(c->k, v));
    map_activation(c, "activation", o, 0);
    const cJSON *ub = take2(c, "use_bias", "bias", &which);
    lo->use_bias = !ub || cJSON_IsTrue(ub);
    if (ub) cJSON_AddBoolToObject(o, "use_bias", lo->use_bias);
    check_init(c, "kernel_initializer", "init", "glorot_uniform");
    check_init(c, "bias_initializer", NULL, "zeros");
    map_regularizer(c, "kernel_regularizer", "W_regularizer", o, "kernel_regularizer");
    map_regularizer(c, "bias_regularizer", "b_regularizer", o, "bias_regularizer");
    fixed(c, "activity_regularizer", "null", "activity regularization");
    fixed(c, "kernel_constraint", "null", "weight constraints");
    fixed(c, "W_constraint", "null", "weight constraints");
    fixed(c, "bias_constraint", "null", "weight constraints");
    fixed(c, "b_constraint", "null", "weight constraints");
    fixed(c, "lora_rank", "null", "LoRA");
    fixed(c, "quantization_config", "null", "quantized weights");
    take(c, "lora_alpha");
    lo->wk = W_KERNEL_BIAS;
}

static void maxpool(cfg *c, cJSON *o, layer_out *lo)
{
    cJSON_AddStringToObject(o, "type", "MaxPooling2D");
    const cJSON *v = take(c, "pool_size");
    if (v) map_pair(c, v, "pool_size", o, "pool_size");
    v = take(c, "strides");
    if (v && !cJSON_IsNull(v)) map_pair(c, v, "strides", o, "strides");
    map_padding(c, o);
    check_channels_last(c);
    (void)lo;
}

static void batchnorm(cfg *c, cJSON *o, layer_out *lo, int rank)
{
    cJSON_AddStringToObject(o, "type", "BatchNormalization");
    const cJSON *ax = take(c, "axis");
    /* the channel axis: -1, or its index (3 of NHWC, 1 of a vector), maybe as [i] */
    const cJSON *a0 = cJSON_IsArray(ax) && cJSON_GetArraySize(ax) == 1 ? cJSON_GetArrayItem(ax, 0) : ax;
    if (ax && !(cJSON_IsNumber(a0) && (a0->valuedouble == -1 || a0->valuedouble == rank)))
        kerr(c->k, c->src, ax, jkey(c->k, c->path, "axis"),
             "BatchNormalization axis=%s is not supported: kiln normalizes the channel axis (-1) "
             "only", text_of(c->k, ax));
    map_number(c, "momentum", NULL, o, "momentum", 0);
    map_number(c, "epsilon", NULL, o, "epsilon", 0);
    const cJSON *ce = take(c, "center"), *sc = take(c, "scale");
    lo->center = !ce || cJSON_IsTrue(ce);
    lo->scale = !sc || cJSON_IsTrue(sc);
    if (ce) cJSON_AddBoolToObject(o, "center", lo->center);
    if (sc) cJSON_AddBoolToObject(o, "scale", lo->scale);
    check_init(c, "beta_initializer", "beta_init", "zeros");
    check_init(c, "gamma_initializer", "gamma_init", "ones");
    check_init(c, "moving_mean_initializer", NULL, "zeros");
    check_init(c, "moving_variance_initializer", NULL, "ones");
    fixed(c, "beta_regularizer", "null", "regularized BatchNormalization weights");
    fixed(c, "gamma_regularizer", "null", "regularized BatchNormalization weights");
    fixed(c, "beta_constraint", "null", "weight constraints");
    fixed(c, "gamma_constraint", "null", "weight constraints");
    fixed(c, "synchronized", "false", "synchronized statistics");
    fixed(c, "renorm", "false", "batch renormalization");
    fixed(c, "renorm_clipping", "null", "batch renormalization");
    fixed(c, "renorm_momentum", "0.99", "batch renormalization");
    fixed(c, "fused", "null|true|false", NULL);
    fixed(c, "virtual_batch_size", "null", "virtual batches");
    fixed(c, "adjustment", "null", "adjusted statistics");
    fixed(c, "mode", "0", "Keras 1's feature-wise modes 1 and 2");
    lo->wk = W_BN;
}

static void dropout(cfg *c, cJSON *o)
{
    cJSON_AddStringToObject(o, "type", "Dropout");
    map_number(c, "rate", "p", o, "rate", 1);
    fixed(c, "noise_shape", "null", "dropout with a noise_shape");
    take(c, "seed");  /* picks the random numbers only; kiln's come from --seed */
}

static void leaky(cfg *c, cJSON *o)
{
    cJSON_AddStringToObject(o, "type", "LeakyReLU");
    const cJSON *a = take(c, "alpha"), *n = take(c, "negative_slope");
    const cJSON *v = n ? n : a;
    if (v) cJSON_AddNumberToObject(o, "alpha", f32(num(v, 0.3)));
}

/* Converts one layer config into *lo (kiln layer object, or NULL when the
 * layer is folded away), reporting what cannot be converted. */
static void convert_layer(K *k, const kiln_keras_src *src, const char *cls, const cJSON *config,
                          const char *path, int rank, layer_out *lo)
{
    memset(lo, 0, sizeof *lo);
    cfg c = cfg_of(k, src, config, path, cls);
    cJSON *o = cJSON_CreateObject();
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(config, "name");
    if (!strcmp(cls, "Conv2D") || !strcmp(cls, "Convolution2D")) conv2d(&c, o, lo);
    else if (!strcmp(cls, "Dense")) dense(&c, o, lo);
    else if (!strcmp(cls, "MaxPooling2D") || !strcmp(cls, "MaxPool2D")) maxpool(&c, o, lo);
    else if (!strcmp(cls, "BatchNormalization")) batchnorm(&c, o, lo, rank);
    else if (!strcmp(cls, "Dropout")) dropout(&c, o);
    else if (!strcmp(cls, "Flatten")) {
        cJSON_AddStringToObject(o, "type", "Flatten");
        check_channels_last(&c);
    } else if (!strcmp(cls, "Activation")) {
        cJSON_AddStringToObject(o, "type", "Activation");
        map_activation(&c, "activation", o, 1);
    } else if (!strcmp(cls, "ReLU")) {
        cJSON_AddStringToObject(o, "type", "ReLU");
        fixed(&c, "max_value", "null", "a capped ReLU");
        fixed(&c, "negative_slope", "0|0.0", "a leaky ReLU slope (use LeakyReLU)");
        fixed(&c, "threshold", "0|0.0", "a ReLU threshold");
    } else if (!strcmp(cls, "LeakyReLU")) {
        leaky(&c, o);
    } else if (!strcmp(cls, "Softmax")) {
        /* the Softmax layer over the last axis is Activation("softmax") */
        cJSON_AddStringToObject(o, "type", "Activation");
        cJSON_AddStringToObject(o, "activation", "softmax");
        fixed(&c, "axis", "-1|[-1]", "a softmax over another axis");
    } else if (!strcmp(cls, "Rescaling")) {
        cJSON_AddStringToObject(o, "type", "Rescaling");
        map_number(&c, "scale", NULL, o, "scale", 1);
        map_number(&c, "offset", NULL, o, "offset", 0);
    } else {
        kerr(k, src, cJSON_GetObjectItemCaseSensitive(config, "name") ? config : config, path,
             "Keras layer %s%s%s%s is not supported: kiln compiles Conv2D, MaxPooling2D, "
             "BatchNormalization, Dense, Dropout, Flatten, Activation, ReLU, LeakyReLU, Softmax, "
             "Rescaling, and a Reshape right after the input (it would need a %s op in "
             "compiler/ops.h, its lowering and its kernels)",
             cls, cJSON_IsString(name) ? " ('" : "", cJSON_IsString(name) ? name->valuestring : "",
             cJSON_IsString(name) ? "')" : "", cls);
        cJSON_Delete(o);
        return;
    }
    check_dtype(&c);
    check_trainable(&c);
    leftovers(&c);
    if (cJSON_IsString(name)) cJSON_AddStringToObject(o, "name", name->valuestring);
    lo->kiln = o;
}

/* ---- shapes -------------------------------------------------------------- */

/* [null, d1, ...] (batch first) into dims; returns the rank without the batch
 * axis, or -1. */
static int batch_shape(const cJSON *v, int dims[8])
{
    if (!cJSON_IsArray(v)) return -1;
    int n = cJSON_GetArraySize(v);
    if (n < 2 || n > 9) return -1;
    int r = 0;
    for (const cJSON *e = v->child->next; e; e = e->next) {
        if (!cJSON_IsNumber(e) || e->valuedouble < 1 || e->valuedouble != (int)e->valuedouble)
            return -1;
        dims[r++] = (int)e->valuedouble;
    }
    return r;
}

/* The input shape a layer config declares, or rank -1. */
static int declared_input(const cJSON *config, int dims[8], const cJSON **where)
{
    static const char *const keys[] = {"batch_input_shape", "batch_shape", NULL};
    for (int i = 0; keys[i]; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(config, keys[i]);
        if (v) {
            *where = v;
            return batch_shape(v, dims);
        }
    }
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(config, "input_shape");
    if (cJSON_IsArray(v)) {
        int r = 0;
        for (const cJSON *e = v->child; e && r < 8; e = e->next) {
            if (!cJSON_IsNumber(e) || e->valuedouble < 1) return -1;
            dims[r++] = (int)e->valuedouble;
        }
        *where = v;
        return r;
    }
    v = cJSON_GetObjectItemCaseSensitive(config, "input_dim");  /* Keras 1 Dense */
    if (cJSON_IsNumber(v) && v->valuedouble >= 1) {
        dims[0] = (int)v->valuedouble;
        *where = v;
        return 1;
    }
    *where = NULL;
    return -1;
}

/* ---- snake case ---------------------------------------------------------- */

/* keras/src/utils/naming.py to_snake_case: drop non-word characters, then
 * "(.)([A-Z][a-z]+)" -> "\1_\2", then "([a-z])([A-Z])" -> "\1_\2", lower. */
char *kiln_keras_snake_case(kiln_arena *a, const char *name)
{
    size_t n = strlen(name);
    char *s = kiln_arena_alloc(a, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (isalnum((unsigned char)name[i]) || name[i] == '_') s[k++] = name[i];
    s[k] = 0;
    char *t = kiln_arena_alloc(a, 2 * k + 1);
    size_t m = 0;
    for (size_t i = 0; i < k; i++) {
        if (i > 0 && isupper((unsigned char)s[i]) && i + 1 < k && islower((unsigned char)s[i + 1]))
            t[m++] = '_';
        t[m++] = s[i];
    }
    t[m] = 0;
    char *u = kiln_arena_alloc(a, 2 * m + 1);
    size_t q = 0;
    for (size_t i = 0; i < m; i++) {
        u[q++] = t[i];
        if (islower((unsigned char)t[i]) && i + 1 < m && isupper((unsigned char)t[i + 1]))
            u[q++] = '_';
    }
    u[q] = 0;
    for (size_t i = 0; i < q; i++) u[i] = (char)tolower((unsigned char)u[i]);
    return u;
}

/* ---- training settings ---------------------------------------------------- */

static const struct {
    const char *fn, *cls;
} losses[] = {
    {"sparse_categorical_crossentropy", "SparseCategoricalCrossentropy"},
    {"categorical_crossentropy", "CategoricalCrossentropy"},
    {"binary_crossentropy", "BinaryCrossentropy"},
    {"mean_squared_error", "MeanSquaredError"},
    {"mse", "MeanSquaredError"},
};

static void map_loss(K *k, const kiln_keras_src *src, const cJSON *v, const char *path,
                     cJSON *model, int *has_loss)
{
    if (!v || cJSON_IsNull(v)) return;
    /* a one-output dict {"dense_2": "..."} or list ["..."] */
    if ((cJSON_IsObject(v) && !cJSON_GetObjectItemCaseSensitive(v, "class_name")) ||
        cJSON_IsArray(v)) {
        if (cJSON_GetArraySize(v) != 1) {
            kerr(k, src, v, path, "%d losses: kiln compiles models with one output and one loss",
                 cJSON_GetArraySize(v));
            return;
        }
        map_loss(k, src, v->child, cJSON_IsArray(v) ? jidx(k, path, 0) : jkey(k, path, v->child->string),
                 model, has_loss);
        return;
    }
    const cJSON *lc = NULL;
    const char *name = cJSON_IsString(v) ? v->valuestring : obj_class(v, &lc);
    if (name) name = bare_class(name);
    for (size_t i = 0; name && i < sizeof losses / sizeof losses[0]; i++) {
        if (strcmp(name, losses[i].fn) && strcmp(name, losses[i].cls)) continue;
        if (lc) {
            cfg c = cfg_of(k, src, lc, jkey(k, path, "config"), losses[i].cls);
            take(&c, "name");
            fixed(&c, "from_logits", "false", "a loss on logits (kiln folds the output "
                                              "layer's softmax or sigmoid into the loss)");
            fixed(&c, "label_smoothing", "0|0.0", "label smoothing");
            fixed(&c, "reduction", "\"auto\"|\"sum_over_batch_size\"|null",
                  "another reduction than the batch mean");
            fixed(&c, "axis", "-1", "a loss over another axis");
            fixed(&c, "ignore_class", "null", "ignored classes");
            take(&c, "dtype");
            leftovers(&c);
        }
        cJSON_AddStringToObject(model, "loss", losses[i].fn);
        *has_loss = 1;
        return;
    }
    kerr(k, src, v, path,
         "loss %s is not supported: kiln's losses are sparse_categorical_crossentropy, "
         "categorical_crossentropy, binary_crossentropy and mean_squared_error",
         text_of(k, v));
}

static void map_metrics(K *k, const kiln_keras_src *src, const cJSON *v, const char *path,
                        cJSON *model)
{
    if (!v || cJSON_IsNull(v)) return;
    int accuracy = 0, i = 0;
    if (cJSON_IsObject(v) && !cJSON_GetObjectItemCaseSensitive(v, "class_name")) {
        if (cJSON_GetArraySize(v) != 1) {
            kerr(k, src, v, path, "metrics of %d outputs: kiln compiles one output",
                 cJSON_GetArraySize(v));
            return;
        }
        map_metrics(k, src, v->child, jkey(k, path, v->child->string), model);
        return;
    }
    if (!cJSON_IsArray(v)) {
        kerr(k, src, v, path, "expected a list of metrics, got %s", text_of(k, v));
        return;
    }
    for (const cJSON *e = v->child; e; e = e->next, i++) {
        if (cJSON_IsArray(e)) {  /* Keras 3 nests one list per output */
            map_metrics(k, src, e, jidx(k, path, i), model);
            continue;
        }
        const cJSON *mc = NULL;
        const char *cls = cJSON_IsString(e) ? e->valuestring : obj_class(e, &mc);
        const cJSON *mn = mc ? cJSON_GetObjectItemCaseSensitive(mc, "name") : NULL;
        const char *name = cJSON_IsString(mn) ? mn->valuestring : cls;
        static const char *const acc[] = {"accuracy", "acc", "sparse_categorical_accuracy",
                                          "categorical_accuracy", "SparseCategoricalAccuracy",
                                          "CategoricalAccuracy", NULL};
        int ok = 0;
        for (int j = 0; name && acc[j]; j++) ok |= !strcmp(name, acc[j]);
        for (int j = 0; cls && acc[j]; j++) ok |= !strcmp(bare_class(cls), acc[j]);
        if (ok) accuracy = 1;
        else
            kerr(k, src, e, jidx(k, path, i),
                 "metric %s is not supported: kiln computes the accuracy metric only",
                 text_of(k, e));
    }
    if (accuracy && !cJSON_GetObjectItemCaseSensitive(model, "metrics")) {
        cJSON *m = cJSON_AddArrayToObject(model, "metrics");
        cJSON_AddItemToArray(m, cJSON_CreateString("accuracy"));
    }
}

static void map_optimizer(K *k, const kiln_keras_src *src, const cJSON *v, const char *path,
                          cJSON *model)
{
    if (!v || cJSON_IsNull(v)) return;
    if (cJSON_IsString(v)) {
        if (!strcasecmp(v->valuestring, "adam") || !strcasecmp(v->valuestring, "sgd"))
            cJSON_AddStringToObject(model, "optimizer", v->valuestring);
        else
            kerr(k, src, v, path, "optimizer %s is not supported: kiln has Adam and SGD",
                 text_of(k, v));
        return;
    }
    const cJSON *oc;
    const char *cls = obj_class(v, &oc);
    if (!cls) {
        kerr(k, src, v, path, "expected an optimizer {\"class_name\": ..., \"config\": ...}, got %s",
             text_of(k, v));
        return;
    }
    cls = bare_class(cls);
    int adam = !strcasecmp(cls, "Adam"), sgd = !strcasecmp(cls, "SGD");
    if (!adam && !sgd) {
        kerr(k, src, v, jkey(k, path, "class_name"),
             "optimizer %s is not supported: kiln has Adam and SGD (it would need that update "
             "rule in compiler/add_optimizer.c)", cls);
        return;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "type", adam ? "Adam" : "SGD");
    cfg c = cfg_of(k, src, oc, jkey(k, path, "config"), adam ? "Adam" : "SGD");
    const char *which;
    const cJSON *lr = take2(&c, "learning_rate", "lr", &which);
    if (lr && !cJSON_IsNumber(lr))
        kerr(k, src, lr, jkey(k, c.path, which),
             "a learning-rate schedule (%s) is not supported: kiln trains with a constant rate "
             "(ReduceLROnPlateau aside)", text_of(k, lr));
    else if (lr)
        cJSON_AddNumberToObject(o, "learning_rate", f32(lr->valuedouble));
    if (adam) {
        map_number(&c, "beta_1", NULL, o, "beta_1", 0);
        map_number(&c, "beta_2", NULL, o, "beta_2", 0);
        const cJSON *eps = take(&c, "epsilon");
        if (cJSON_IsNumber(eps)) cJSON_AddNumberToObject(o, "epsilon", f32(eps->valuedouble));
        fixed(&c, "amsgrad", "false", "AMSGrad");
    } else {
        map_number(&c, "momentum", NULL, o, "momentum", 0);
        map_bool(&c, "nesterov", NULL, o, "nesterov");
    }
    take(&c, "name");
    fixed(&c, "decay", "0|0.0", "a decaying learning rate");
    fixed(&c, "weight_decay", "null|0|0.0", "decoupled weight decay");
    fixed(&c, "clipnorm", "null", "gradient clipping");
    fixed(&c, "clipvalue", "null", "gradient clipping");
    fixed(&c, "global_clipnorm", "null", "gradient clipping");
    fixed(&c, "use_ema", "false", "an exponential moving average of the weights");
    fixed(&c, "loss_scale_factor", "null", "loss scaling");
    fixed(&c, "gradient_accumulation_steps", "null", "gradient accumulation");
    /* execution details of the Python optimizer, no part of the update */
    take(&c, "ema_momentum");
    take(&c, "ema_overwrite_frequency");
    take(&c, "jit_compile");
    take(&c, "is_legacy_optimizer");
    leftovers(&c);
    cJSON_AddItemToObject(model, "optimizer", o);
}

/* Keras 2 training_config {"loss", "metrics", "optimizer_config", ...} or
 * Keras 3 compile_config {"optimizer", "loss", "metrics", ...}. */
static void map_training(K *k, const kiln_keras_src *src, const cJSON *t, cJSON *model,
                         int *has_loss)
{
    if (!t || cJSON_IsNull(t)) return;
    const char *b = base(src);
    if (!cJSON_IsObject(t)) {
        kerr(k, src, t, b, "expected the training configuration object, got %s", text_of(k, t));
        return;
    }
    cfg c = cfg_of(k, src, t, b, "compile()");
    map_loss(k, src, take(&c, "loss"), jkey(k, b, "loss"), model, has_loss);
    map_metrics(k, src, take(&c, "metrics"), jkey(k, b, "metrics"), model);
    const char *which;
    const cJSON *opt = take2(&c, "optimizer_config", "optimizer", &which);
    map_optimizer(k, src, opt, jkey(k, b, which), model);
    fixed(&c, "loss_weights", "null", "weighted losses of several outputs");
    fixed(&c, "weighted_metrics", "null|[]", "weighted metrics");
    fixed(&c, "sample_weight_mode", "null", "sample weights");
    /* how Keras runs the step, not what it computes */
    take(&c, "run_eagerly");
    take(&c, "steps_per_execution");
    take(&c, "jit_compile");
    take(&c, "auto_scale_loss");
    leftovers(&c);
}

/* ---- the model ------------------------------------------------------------ */

/* The inbound layer name of a Functional layer's single input, or NULL
 * (reported) when it has none or several. */
static const char *single_inbound(K *k, const kiln_keras_src *src, const cJSON *layer,
                                  const char *path)
{
    const cJSON *nodes = cJSON_GetObjectItemCaseSensitive(layer, "inbound_nodes");
    const char *npath = jkey(k, path, "inbound_nodes");
    if (!cJSON_IsArray(nodes) || cJSON_GetArraySize(nodes) != 1) {
        kerr(k, src, nodes ? nodes : layer, npath,
             "this layer is called %d times: kiln compiles a linear chain, each layer called "
             "once on the previous layer's output", nodes ? cJSON_GetArraySize(nodes) : 0);
        return NULL;
    }
    const cJSON *node = nodes->child;
    const cJSON *hist = NULL;
    int n_in = 0;
    if (cJSON_IsArray(node)) {  /* Keras 1/2: [["prev", 0, 0, {}], ...] */
        n_in = cJSON_GetArraySize(node);
        hist = node->child;
    } else if (cJSON_IsObject(node)) {  /* Keras 3: {"args": [keras_tensor], "kwargs": {}} */
        const cJSON *args = cJSON_GetObjectItemCaseSensitive(node, "args");
        n_in = cJSON_GetArraySize(args);
        const cJSON *t = args ? args->child : NULL;
        if (cJSON_IsArray(t) && cJSON_GetArraySize(t) == 1) t = t->child;  /* [tensor] */
        const cJSON *tc;
        const char *cls = obj_class(t, &tc);
        if (cls && !strcmp(cls, "__keras_tensor__"))
            hist = cJSON_GetObjectItemCaseSensitive(tc, "keras_history");
    }
    const cJSON *name = cJSON_IsArray(hist) ? hist->child : NULL;
    if (n_in != 1 || !cJSON_IsString(name)) {
        const cJSON *ln = cJSON_GetObjectItemCaseSensitive(layer, "name");
        kerr(k, src, node, jidx(k, npath, 0),
             "layer '%s' takes %d inputs: kiln compiles a linear chain of one-input layers (it "
             "would need merge layers such as Add or Concatenate)",
             cJSON_IsString(ln) ? ln->valuestring : "?", n_in);
        return NULL;
    }
    return name->valuestring;
}

int kiln_keras_import(const cJSON *config, const kiln_keras_src *src, const cJSON *training,
                      const kiln_keras_src *training_src, const char *keras_version,
                      const char *name, kiln_arena *a, kiln_keras_model *out)
{
    memset(out, 0, sizeof *out);
    K k = {a, 0, 2};
    const cJSON *body;
    const char *top = obj_class(config, &body);
    if (!top) {
        kerr(&k, src, config, base(src), "expected a Keras model config {\"class_name\": "
             "\"Sequential\", \"config\": ...}, got %s", text_of(&k, config));
        return -1;
    }
    if (cJSON_GetObjectItemCaseSensitive(config, "module")) k.major = 3;
    else if (keras_version && keras_version[0] == '1') k.major = 1;
    else if (keras_version && !strncmp(keras_version, "tfjs", 4)) k.major = 0;
    int functional = !strcmp(top, "Model") || !strcmp(top, "Functional");
    if (strcmp(top, "Sequential") && !functional) {
        kerr(&k, src, cJSON_GetObjectItemCaseSensitive(config, "class_name"),
             jkey(&k, base(src), "class_name"),
             "a %s model is not supported: kiln imports Sequential models and Functional ones "
             "that are linear chains (a subclassed model has no config kiln can read)", top);
        return -1;
    }
    const cJSON *layers = cJSON_IsArray(body) ? body : cJSON_GetObjectItemCaseSensitive(body, "layers");
    const char *cpath0 = jkey(&k, base(src), "config");
    const char *lpath = cJSON_IsArray(body) ? cpath0 : jkey(&k, cpath0, "layers");
    if (!cJSON_IsArray(layers) || !layers->child) {
        kerr(&k, src, body ? body : config, cpath0, "the model has no layers");
        return -1;
    }
    const cJSON *mname = cJSON_IsObject(body) ? cJSON_GetObjectItemCaseSensitive(body, "name") : NULL;

    cJSON *model = cJSON_CreateObject();
    cJSON_AddStringToObject(model, "name", cJSON_IsString(mname) ? mname->valuestring : name);
    cJSON *kl = cJSON_CreateArray();
    int n = cJSON_GetArraySize(layers);
    out->weights = KILN_NEW(a, kiln_keras_layer_weights, n);

    int dims[8], rank = -1;
    const cJSON *shape_at = NULL;
    int i = 0, first = 1;           /* first: no computing layer seen yet */
    const char *prev = NULL;        /* previous layer's name (Functional chain) */
    int snake_used_n = 0;
    const char **snake_names = KILN_NEW(a, const char *, n);
    int *snake_count = KILN_NEW(a, int, n);
    for (const cJSON *L = layers->child; L; L = L->next, i++) {
        const char *path = jidx(&k, lpath, i);
        const cJSON *lc;
        const char *cls = obj_class(L, &lc);
        if (!cls || !cJSON_IsObject(lc)) {
            kerr(&k, src, L, path, "expected a layer {\"class_name\": ..., \"config\": ...}, got %s",
                 text_of(&k, L));
            continue;
        }
        const cJSON *reg = cJSON_GetObjectItemCaseSensitive(L, "registered_name");
        if (reg && !cJSON_IsNull(reg) && !(cJSON_IsString(reg) && !strcmp(reg->valuestring, cls)))
            kerr(&k, src, reg, jkey(&k, path, "registered_name"),
                 "custom layer %s is not supported: kiln compiles Keras's built-in layers only",
                 text_of(&k, reg));
        const cJSON *lname = cJSON_GetObjectItemCaseSensitive(lc, "name");
        if (!cJSON_IsString(lname)) lname = cJSON_GetObjectItemCaseSensitive(L, "name");
        const char *lnm = cJSON_IsString(lname) ? lname->valuestring : NULL;
        const char *cpath = jkey(&k, path, "config");

        /* where Keras 3 keeps this layer's variables: Sequential.layers omits
         * the InputLayer, Functional.layers keeps it */
        const char *v3 = NULL;
        if (strcmp(cls, "InputLayer") || functional) {
            const char *sn = kiln_keras_snake_case(a, cls);
            int j = 0;
            while (j < snake_used_n && strcmp(snake_names[j], sn)) j++;
            if (j == snake_used_n) snake_names[snake_used_n] = sn, snake_count[snake_used_n++] = 0;
            else snake_count[j]++;
            v3 = snake_count[j] ? kiln_arena_printf(a, "layers/%s_%d", sn, snake_count[j])
                                : kiln_arena_printf(a, "layers/%s", sn);
        }

        if (functional) {
            if (!strcmp(cls, "InputLayer")) {
                if (i != 0)
                    kerr(&k, src, L, path, "a second input: kiln compiles models with one input");
            } else {
                const char *in = single_inbound(&k, src, L, path);
                if (in && prev && strcmp(in, prev))
                    kerr(&k, src, L, jkey(&k, path, "inbound_nodes"),
                         "layer '%s' takes its input from '%s', not from the layer before it "
                         "('%s'): kiln compiles linear chains only",
                         lnm ? lnm : cls, in, prev);
            }
        }
        prev = lnm;

        if (!strcmp(cls, "InputLayer")) {
            int d[8];
            const cJSON *w;
            int r = declared_input(lc, d, &w);
            if (r < 0) {
                kerr(&k, src, w ? w : lc, cpath,
                     "InputLayer: expected a batch_input_shape [null, dims...] of positive sizes, "
                     "got %s", text_of(&k, w));
            } else if (rank < 0) {
                rank = r, shape_at = w;
                memcpy(dims, d, sizeof d);
            }
            cfg c = cfg_of(&k, src, lc, cpath, "InputLayer");
            fixed(&c, "sparse", "false|null", "sparse inputs");
            fixed(&c, "ragged", "false", "ragged inputs");
            take(&c, "optional");
            check_dtype(&c);
            leftovers(&c);
            continue;
        }
        if (rank < 0) {
            const cJSON *w;
            int r = declared_input(lc, dims, &w);
            if (r > 0) rank = r, shape_at = w;
        }
        if (!strcmp(cls, "Reshape")) {
            const cJSON *ts = cJSON_GetObjectItemCaseSensitive(lc, "target_shape");
            int t[8], tr = 0, unknown = -1;
            long long prod = 1, in_count = 1;
            for (int d = 0; d < rank; d++) in_count *= dims[d];
            for (const cJSON *e = cJSON_IsArray(ts) ? ts->child : NULL; e && tr < 8; e = e->next) {
                int v = cJSON_IsNumber(e) ? (int)e->valuedouble : 0;
                if (v == -1 && unknown < 0) unknown = tr;
                else if (v < 1) { tr = -1; break; }
                else prod *= v;
                t[tr++] = v;
            }
            if (tr > 0 && unknown >= 0 && prod > 0 && in_count % prod == 0)
                t[unknown] = (int)(in_count / prod), prod = in_count;
            cfg c = cfg_of(&k, src, lc, cpath, "Reshape");
            take(&c, "target_shape");
            check_dtype(&c);
            leftovers(&c);
            if (!first) {
                kerr(&k, src, L, path,
                     "a Reshape after other layers is not supported: kiln folds a Reshape right "
                     "after the input into the input's shape only (it would need a Reshape op)");
            } else if (rank < 0) {
                kerr(&k, src, L, path, "Reshape: the model declares no input shape before it");
            } else if (tr < 1 || prod != in_count || (tr != 1 && tr != 3)) {
                kerr(&k, src, ts ? ts : lc, jkey(&k, cpath, "target_shape"),
                     "Reshape to %s: kiln folds a Reshape of the input into an input of shape [N] "
                     "or [H, W, C] with the same %lld elements only", text_of(&k, ts), in_count);
            } else {
                rank = tr;
                memcpy(dims, t, sizeof t);
            }
            continue;
        }
        if (first && rank == 2) {
            if (!strcmp(cls, "Flatten")) {
                dims[2] = 1;  /* (H, W) flattened = (H, W, 1) flattened */
                rank = 3;
            }
        }
        layer_out lo;
        convert_layer(&k, src, cls, lc, cpath, rank, &lo);
        first = 0;
        if (!lo.kiln) continue;
        cJSON_AddItemToArray(kl, lo.kiln);
        if (lo.wk != W_NONE) {
            kiln_keras_layer_weights *w = &out->weights[out->n_weights++];
            const char *ln = lnm ? kiln_arena_strdup(a, lnm) : kiln_keras_snake_case(a, cls);
            w->layer = ln;
            w->keras_class = kiln_arena_strdup(a, cls);
            w->v3_path = v3;
            if (lo.wk == W_KERNEL_BIAS) {
                w->names[w->n++] = kiln_arena_printf(a, "%s/kernel", ln);
                if (lo.use_bias) w->names[w->n++] = kiln_arena_printf(a, "%s/bias", ln);
            } else {
                if (lo.scale) w->names[w->n++] = kiln_arena_printf(a, "%s/gamma", ln);
                if (lo.center) w->names[w->n++] = kiln_arena_printf(a, "%s/beta", ln);
                w->names[w->n++] = kiln_arena_printf(a, "%s/moving_mean", ln);
                w->names[w->n++] = kiln_arena_printf(a, "%s/moving_variance", ln);
            }
        }
    }
    if (rank < 0) {
        kerr(&k, src, config, base(src),
             "the model declares no input shape (no InputLayer and no batch_input_shape on its "
             "first layer): it was saved unbuilt");
    } else if (rank != 1 && rank != 3) {
        kerr(&k, src, shape_at, base(src),
             "an input of rank %d is not supported: kiln takes [N] vectors or [H, W, C] images "
             "(a rank-2 input is read as [H, W, 1] when a Flatten or Reshape takes it)", rank);
    } else {
        cJSON *in = cJSON_AddObjectToObject(model, "input");
        cJSON_AddItemToObject(in, "shape", cJSON_CreateIntArray(dims, rank));
    }
    if (functional && cJSON_IsObject(body)) {
        /* the outputs must be the last layer's */
        const cJSON *ol = cJSON_GetObjectItemCaseSensitive(body, "output_layers");
        const cJSON *o0 = cJSON_IsArray(ol) ? ol->child : NULL;
        if (cJSON_IsArray(o0)) {
            if (cJSON_GetArraySize(ol) != 1)
                kerr(&k, src, ol, jkey(&k, cpath0, "output_layers"),
                     "%d outputs: kiln compiles models with one output", cJSON_GetArraySize(ol));
            o0 = o0->child;
        }
        if (cJSON_IsString(o0) && prev && strcmp(o0->valuestring, prev))
            kerr(&k, src, ol, jkey(&k, cpath0, "output_layers"),
                 "the output is layer '%s', not the last layer '%s': kiln compiles linear chains",
                 o0->valuestring, prev);
    }
    cJSON_AddItemToObject(model, "layers", kl);
    map_training(&k, training_src ? training_src : src, training, model, &out->has_loss);
    out->keras_major = k.major;
    if (k.errors) {
        cJSON_Delete(model);
        return -1;
    }
    out->model = model;
    return 0;
}
