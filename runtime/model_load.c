/* model_load.c — model files of every kind, overrides, imported weights
 * (see model_load.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "diag.h"
#include "json_pos.h"
#include "input.h"
#include "isa.h"
#include "kiln_limits.h"
#include "model_load.h"

/* ---- reading the file ------------------------------------------------------ */

static char *read_all(const char *path, long *len)
{
    /* a regular file only, and bounded: 16 MiB of JSON, or a binary Keras
     * file (.keras, .h5) with its weights; opened and read once */
    int64_t size;
    FILE *f = kiln_input_open(path, "model file", KILN_MAX_KERAS_FILE_BYTES, &size);
    if (!f) return NULL;
    char *buf = malloc((size_t)size + 1);
    if (!buf) KILN_BUG("out of memory (%lld bytes)", (long long)size);
    size_t got = size > 8 ? fread(buf, 1, 8, f) : 0;
    int binary = (got >= 4 && !memcmp(buf, "PK\3\4", 4)) || (got >= 8 && !memcmp(buf, "\211HDF\r\n\032\n", 8));
    if (!binary && size > KILN_MAX_MODEL_FILE_BYTES) {
        kiln_error_at(path, 0, 0, NULL, "%lld bytes, more than the %lld-byte limit for a model file",
                      (long long)size, (long long)KILN_MAX_MODEL_FILE_BYTES);
        free(buf);
        fclose(f);
        return NULL;
    }
    got += fread(buf + got, 1, (size_t)size - got, f);
    int err = ferror(f);
    fclose(f);
    if (err || (int64_t)got != size) {
        kiln_error_at(path, 0, 0, NULL, "cannot read the model file: %s", err ? "read error" : "it shrank while being read");
        free(buf);
        return NULL;
    }
    buf[size] = 0;
    *len = (long)size;
    return buf;
}

/* ---- overrides --------------------------------------------------------------- */

typedef struct {
    int kind;          /* 0 key, 1 index, 2 wildcard */
    char key[128];
    int index;
} seg;

/* PATH into segments; returns their count or -1. */
static int parse_path(const char *s, seg *out, int max)
{
    int n = 0;
    if (s[0] == '$') {
        s++;
        if (*s == '.') s++;
    }
    while (*s) {
        if (n == max) return -1;
        seg *g = &out[n];
        memset(g, 0, sizeof *g);
        if (*s == '[') {
            s++;
            if (*s == '*') {
                g->kind = 2;
                s++;
            } else {
                char *end;
                long v = strtol(s, &end, 10);
                if (end == s || v < 0) return -1;
                g->kind = 1, g->index = (int)v, s = end;
            }
            if (*s != ']') return -1;
            s++;
            if (*s && *s != '.' && *s != '[') return -1;
        } else {
            size_t k = 0;
            while (*s && *s != '.' && *s != '[') {
                if (k + 1 >= sizeof g->key) return -1;
                g->key[k++] = *s++;
            }
            if (!k) return -1;
            g->key[k] = 0;
        }
        n++;
        if (*s == '.') {
            s++;
            if (!*s || *s == '.' || *s == '[') return -1;
        }
    }
    return n;
}

typedef struct {
    long at;            /* offset of the edit */
    long del;           /* bytes replaced */
    char *ins;          /* text inserted (arena) */
} edit;

typedef struct {
    kiln_arena *a;
    const kiln_json_pos *pos;
    const char *text;
    const char *value;  /* compact JSON of the new value */
    edit *edits;
    int n_edits, cap;
    const char *err;    /* first problem, for the message */
} ov;

static void add_edit(ov *o, long at, long del, char *ins)
{
    if (o->n_edits == o->cap) {
        int cap = o->cap ? 2 * o->cap : 8;
        edit *e = KILN_NEW(o->a, edit, cap);
        if (o->n_edits) memcpy(e, o->edits, sizeof *e * (size_t)o->n_edits);
        o->edits = e, o->cap = cap;
    }
    o->edits[o->n_edits++] = (edit){at, del, ins};
}

static char *json_string(kiln_arena *a, const char *s)
{
    cJSON *v = cJSON_CreateString(s);
    char *t = cJSON_PrintUnformatted(v);
    char *r = kiln_arena_strdup(a, t);
    free(t);
    cJSON_Delete(v);
    return r;
}

/* The text of the remaining path as nested objects ending in the value:
 * ["a", "b"] -> "{\"b\": VALUE}" is for key a. */
static char *nested(ov *o, const seg *g, int n)
{
    if (n == 0) return kiln_arena_strdup(o->a, o->value);
    if (g[0].kind != 0) return NULL;
    char *inner = nested(o, g + 1, n - 1);
    if (!inner) return NULL;
    return kiln_arena_printf(o->a, "{%s: %s}", json_string(o->a, g[0].key), inner);
}

/* Walks node along g[0..n); records edits; returns matches made. */
static int walk(ov *o, const cJSON *node, const seg *g, int n, int wild_parent)
{
    if (n == 0) {
        const kiln_json_span *sp = kiln_json_pos_span(o->pos, node);
        if (!sp) KILN_BUG("override target without a position");
        add_edit(o, sp->start, sp->end - sp->start, kiln_arena_strdup(o->a, o->value));
        return 1;
    }
    if (g[0].kind == 0) {
        if (!cJSON_IsObject(node)) {
            if (!wild_parent) o->err = kiln_arena_printf(o->a, "'%s' is not inside an object", g[0].key);
            return 0;
        }
        const cJSON *child = cJSON_GetObjectItemCaseSensitive(node, g[0].key);
        if (child) return walk(o, child, g + 1, n - 1, wild_parent);
        if (wild_parent && n > 1) return 0;  /* [*]: only elements that have the parent */
        char *val = nested(o, g + 1, n - 1);
        if (!val) {
            o->err = kiln_arena_printf(o->a, "no '%s' to index into", g[0].key);
            return 0;
        }
        const kiln_json_span *sp = kiln_json_pos_span(o->pos, node);
        char *member = kiln_arena_printf(o->a, "%s: %s", json_string(o->a, g[0].key), val);
        const cJSON *last = node->child;
        while (last && last->next) last = last->next;
        if (last) {
            const kiln_json_span *ls = kiln_json_pos_span(o->pos, last);
            add_edit(o, ls->end, 0, kiln_arena_printf(o->a, ", %s", member));
        } else {
            add_edit(o, sp->start + 1, 0, member);
        }
        return 1;
    }
    if (!cJSON_IsArray(node)) {
        if (!wild_parent) o->err = "an index into something that is not an array";
        return 0;
    }
    int size = cJSON_GetArraySize(node);
    if (g[0].kind == 1) {
        if (g[0].index >= size) {
            if (!wild_parent)
                o->err = kiln_arena_printf(o->a, "index %d is past the end of an array of %d",
                                           g[0].index, size);
            return 0;
        }
        return walk(o, cJSON_GetArrayItem(node, g[0].index), g + 1, n - 1, wild_parent);
    }
    int made = 0;
    for (const cJSON *e = node->child; e; e = e->next) made += walk(o, e, g + 1, n - 1, 1);
    if (!made && !o->err) o->err = "[*] matched no element that has the rest of the path";
    return made;
}

static int by_offset_desc(const void *x, const void *y)
{
    const edit *a = x, *b = y;
    return a->at < b->at ? 1 : a->at > b->at ? -1 : 0;
}

int kiln_apply_override(char **text, const char *label, const char *spec, const char *flag,
                        kiln_arena *a)
{
    const char *eq = strchr(spec, '=');
    if (!eq || eq == spec) {
        kiln_error("%s '%s': expected PATH=VALUE, e.g. fit.epochs=40 or "
                   "layers[1].kernel_regularizer.l2=1e-5", flag, spec);
        return -1;
    }
    char *path = kiln_arena_alloc(a, (size_t)(eq - spec) + 1);
    memcpy(path, spec, (size_t)(eq - spec));
    seg g[32];
    int n = parse_path(path, g, 32);
    if (n <= 0) {
        kiln_error("%s '%s': '%s' is not a JSON path such as layers[2].units or fit.epochs", flag,
                   spec, path);
        return -1;
    }
    const char *vt = eq + 1;
    cJSON *pv = cJSON_Parse(vt);
    ov o;
    memset(&o, 0, sizeof o);
    o.a = a;
    if (pv) {
        char *c = cJSON_PrintUnformatted(pv);
        /* keep numbers as written (1e-5, not 1.0000000000000001e-05) */
        o.value = cJSON_IsNumber(pv) ? kiln_arena_strdup(a, vt) : kiln_arena_strdup(a, c);
        free(c);
        cJSON_Delete(pv);
    } else {
        o.value = json_string(a, vt);
    }
    long len = (long)strlen(*text);
    kiln_json_pos pos;
    kiln_json_pos_init(&pos, *text, len, a);
    cJSON *root = cJSON_ParseWithLength(*text, (size_t)len);
    if (!root) {
        kiln_error_at(label, 0, 0, NULL, "invalid JSON: cannot apply %s %s", flag, spec);
        return -1;
    }
    kiln_json_pos_index(&pos, root, a);
    o.pos = &pos;
    o.text = *text;
    int made = walk(&o, root, g, n, 0);
    cJSON_Delete(root);
    if (!made) {
        kiln_error("%s '%s': %s in %s", flag, spec, o.err ? o.err : "nothing to set", label);
        return -1;
    }
    qsort(o.edits, (size_t)o.n_edits, sizeof *o.edits, by_offset_desc);
    size_t cap = (size_t)len + 1;
    for (int i = 0; i < o.n_edits; i++) cap += strlen(o.edits[i].ins);
    char *out = kiln_arena_alloc(a, cap);
    memcpy(out, *text, (size_t)len + 1);
    long cur = len;
    for (int i = 0; i < o.n_edits; i++) {
        const edit *e = &o.edits[i];
        size_t il = strlen(e->ins);
        memmove(out + e->at + il, out + e->at + e->del, (size_t)(cur - e->at - e->del) + 1);
        memcpy(out + e->at, e->ins, il);
        cur += (long)il - e->del;
    }
    *text = out;
    return 0;
}

/* ---- loading -------------------------------------------------------------- */

/* A description as the files in models/ are laid out: one top-level key per
 * line, one layer per line, everything else compact. */
static char *format_model(const cJSON *m, kiln_arena *a)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
#define PUT(s)                                                          \
    do {                                                                \
        const char *s_ = (s);                                           \
        size_t l_ = strlen(s_);                                         \
        while (n + l_ + 1 > cap) buf = realloc(buf, cap *= 2);          \
        memcpy(buf + n, s_, l_), n += l_;                               \
    } while (0)
    PUT("{\n");
    for (const cJSON *e = m->child; e; e = e->next) {
        char *key = json_string(a, e->string);
        PUT("  ");
        PUT(key);
        PUT(": ");
        if (!strcmp(e->string, "layers") && cJSON_IsArray(e)) {
            PUT("[\n");
            for (const cJSON *l = e->child; l; l = l->next) {
                char *t = cJSON_PrintUnformatted(l);
                PUT("    ");
                PUT(t);
                PUT(l->next ? ",\n" : "\n");
                free(t);
            }
            PUT("  ]");
        } else {
            char *t = cJSON_PrintUnformatted(e);
            PUT(t);
            free(t);
        }
        PUT(e->next ? ",\n" : "\n");
    }
    PUT("}\n");
#undef PUT
    buf[n] = 0;
    char *r = kiln_arena_strdup(a, buf);
    free(buf);
    return r;
}

int kiln_load_model(const char *path, const kiln_load_options *o, kiln_arena *a,
                    kiln_loaded_model *out)
{
    memset(out, 0, sizeof *out);
    long len = 0;
    char *data = read_all(path, &len);
    if (!data) return -1;
    out->format = kiln_model_format_of(data, len);
    const char *label = path;
    char *text;
    int has_loss = 1;
    if (out->format == KILN_FILE_KILN && memchr(data, 0, (size_t)len)) {
        /* the parser reports the NUL byte where it is */
        kiln_parse_model_text(path, data, len, a, &out->model);
        free(data);
        return -1;
    }
    if (out->format == KILN_FILE_KILN) {
        text = kiln_arena_alloc(a, (size_t)len + 1);
        memcpy(text, data, (size_t)len + 1);
    } else {
        kiln_keras_file kf;
        if (kiln_keras_read(path, data, len, a, &kf) != 0) {
            free(data);
            return -1;
        }
        cJSON_AddStringToObject(kf.model, "comment",
                                kiln_arena_printf(a, "imported by kiln from %s (%s%s%s)", path,
                                                  kiln_model_format_name(out->format),
                                                  kf.keras_version ? ", Keras " : "",
                                                  kf.keras_version ? kf.keras_version : ""));
        text = format_model(kf.model, a);
        out->keras_version = kf.keras_version;
        out->weights = kf.weights, out->n_weights = kf.n_weights;
        kf.weights = NULL, kf.n_weights = 0;
        has_loss = kf.has_loss;
        kiln_keras_file_free(&kf);
        label = kiln_arena_printf(a, "%s (%s, as kiln JSON)", path,
                                  kiln_model_format_name(out->format));
    }
    free(data);
    const char *pre[2];
    int np = 0;
    if (o && o->loss) pre[np++] = kiln_arena_printf(a, "loss=%s", o->loss), has_loss = 1;
    if (o && o->optimizer) pre[np++] = kiln_arena_printf(a, "optimizer=%s", o->optimizer);
    for (int i = 0; i < np; i++)
        if (kiln_apply_override(&text, label, pre[i], i == 0 && o->loss ? "--loss" : "--optimizer",
                                a) != 0)
            goto fail;
    for (int i = 0; o && i < o->n_sets; i++) {
        if (!strncmp(o->sets[i], "loss=", 5) || !strncmp(o->sets[i], "$.loss=", 7)) has_loss = 1;
        if (kiln_apply_override(&text, label, o->sets[i], "--set", a) != 0) goto fail;
    }
    if (!has_loss) {
        kiln_error_at(path, 0, 0, NULL,
                      "the %s has no loss: it holds no %s (Keras writes it when the model was "
                      "compiled); give --loss sparse_categorical_crossentropy, "
                      "categorical_crossentropy, binary_crossentropy or mean_squared_error "
                      "(and --optimizer adam|sgd|JSON, default Adam)",
                      kiln_model_format_name(out->format),
                      out->format == KILN_FILE_KERAS_ARCHIVE ? "compile_config" : "training_config");
        goto fail;
    }
    out->json = text;
    if (kiln_parse_model_text(label, text, (long)strlen(text), a, &out->model) != 0) goto fail;
    out->model.file = kiln_arena_strdup(a, path);
    return 0;
fail:
    kiln_loaded_model_free(out);
    return -1;
}

void kiln_loaded_model_free(kiln_loaded_model *l)
{
    if (!l) return;
    for (int i = 0; i < l->n_weights; i++) free(l->weights[i].array.data);
    free(l->weights);
    l->weights = NULL;
    l->n_weights = 0;
}

/* ---- weights ---------------------------------------------------------------- */

int kiln_module_set_weights(kiln_module *m, const kiln_named_array *w, int n, const char *source)
{
    const kiln_module_desc *d = m->desc;
    int bad = 0;
    char *used = calloc((size_t)(n ? n : 1), 1);
    for (int i = 0; i < d->n_tensors; i++) {
        const kiln_tensor_desc *t = &d->tensors[i];
        if (t->role != KILN_ROLE_PARAM && t->role != KILN_ROLE_STATE) continue;
        int j = 0;
        while (j < n && strcmp(w[j].name, t->name)) j++;
        char want[96], have[96];
        int64_t td[4] = {0};
        for (int r = 0; r < t->rank && r < 4; r++) td[r] = t->dims[r];
        kiln_shape_str(want, sizeof want, t->rank, td);
        if (j == n) {
            kiln_error("%s: no weight '%s' %s for model '%s'", source, t->name, want, d->model);
            bad = 1;
            continue;
        }
        used[j] = 1;
        int same = w[j].array.dtype == KILN_F32 && w[j].array.rank == t->rank;
        for (int r = 0; same && r < t->rank; r++) same = w[j].array.dims[r] == t->dims[r];
        if (!same) {
            kiln_shape_str(have, sizeof have, w[j].array.rank, w[j].array.dims);
            kiln_error("%s: weight '%s' is %s; model '%s' has it %s", source, t->name, have,
                       d->model, want);
            bad = 1;
        }
    }
    for (int j = 0; j < n; j++)
        if (!used[j]) {
            kiln_error("%s: weight '%s' is no weight of model '%s'", source, w[j].name, d->model);
            bad = 1;
        }
    free(used);
    if (bad) return -1;
    for (int i = 0; i < d->n_tensors; i++) {
        const kiln_tensor_desc *t = &d->tensors[i];
        if (t->role != KILN_ROLE_PARAM && t->role != KILN_ROLE_STATE) continue;
        int j = 0;
        while (strcmp(w[j].name, t->name)) j++;
        memcpy(kiln_module_tensor_data(m, t), w[j].array.data,
               (size_t)kiln_array_count(&w[j].array) * sizeof(float));
    }
    memset(m->opt_m, 0, (size_t)d->n_params * sizeof(float));
    memset(m->opt_v, 0, (size_t)d->n_params * sizeof(float));
    m->step = 0;
    return 0;
}

int kiln_load_weights_file(kiln_module *m, const char *path, int with_optimizer)
{
    size_t n = strlen(path);
    if (n > 3 && !strcmp(path + n - 3, ".h5")) {
        kiln_arena a = {0};
        kiln_named_array *w;
        int k;
        int rc = kiln_keras_read_h5_weights(path, &a, &w, &k);
        if (!rc) {
            rc = kiln_module_set_weights(m, w, k, path);
            for (int i = 0; i < k; i++) free(w[i].array.data);
            free(w);
        }
        kiln_arena_free(&a);
        return rc;
    }
    return kiln_module_load_weights(m, path, with_optimizer);
}

kiln_module *kiln_load_module(const char *path, const kiln_load_options *o, const char *weights,
                              int batch, kiln_arena *a, kiln_loaded_model *lm)
{
    if (kiln_load_model(path, o, a, lm) != 0) return NULL;
    kiln_compile_options co = {0};
    co.batch = batch;
    kiln_compiled comp;
    if (kiln_compile(&lm->model, &co, a, &comp) != 0) return NULL;
    if (!kiln_isa_runs_here(comp.graph->isa)) {
        kiln_error("%s: this CPU cannot run %s kernels", path, comp.graph->isa->name);
        return NULL;
    }
    kiln_jit_options jo = {0};
    jo.mode = KILN_JIT_ORC;
    jo.opt_level = "-O3";
    jo.march = comp.graph->isa->march;
    jo.use_cache = 1;
    char display[1024];
    snprintf(display, sizeof display, "generated/%s/%s.c", lm->model.name, lm->model.name);
    kiln_module *m = kiln_module_jit(&comp, display, &jo);
    if (!m) return NULL;
    int rc;
    if (weights) rc = kiln_load_weights_file(m, weights, 0);
    else if (lm->n_weights) rc = kiln_module_set_weights(m, lm->weights, lm->n_weights, path);
    else {
        kiln_error("%s holds no weights: give its weights", path);
        rc = -1;
    }
    if (rc) {
        kiln_module_free(m);
        return NULL;
    }
    return m;
}
