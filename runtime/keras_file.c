/* keras_file.c — Keras's model files in and out (see keras_file.h).
 *
 * Containers through their own libraries: libzip for .keras archives, HDF5
 * (Debian's serial libhdf5, C API) for .h5 files and model.weights.h5 — read
 * from memory (the core driver and a file image) when it comes out of a zip.
 * The configs inside go to compiler/keras_import.c.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <hdf5.h>
#include <zip.h>

#include "diag.h"
#include "input.h"
#include "json_pos.h"
#include "kiln_limits.h"
#include "keras_file.h"
#include "keras_import.h"

/* ---- formats -------------------------------------------------------------- */

kiln_model_format kiln_model_format_of(const char *head, long len)
{
    if (len >= 4 && !memcmp(head, "PK\3\4", 4)) return KILN_FILE_KERAS_ARCHIVE;
    if (len >= 8 && !memcmp(head, "\211HDF\r\n\032\n", 8)) return KILN_FILE_KERAS_H5;
    cJSON *root = cJSON_ParseWithLength(head, (size_t)len);
    kiln_model_format f = KILN_FILE_KILN;
    if (cJSON_IsObject(root)) {
        if (cJSON_GetObjectItemCaseSensitive(root, "modelTopology")) f = KILN_FILE_TFJS;
        else if (cJSON_GetObjectItemCaseSensitive(root, "class_name") &&
                 cJSON_GetObjectItemCaseSensitive(root, "config"))
            f = KILN_FILE_KERAS_JSON;
    }
    cJSON_Delete(root);
    return f;
}

const char *kiln_model_format_name(kiln_model_format f)
{
    switch (f) {
    case KILN_FILE_KILN: return "kiln JSON";
    case KILN_FILE_KERAS_JSON: return "Keras JSON";
    case KILN_FILE_TFJS: return "TensorFlow.js model.json";
    case KILN_FILE_KERAS_ARCHIVE: return "Keras archive (.keras)";
    case KILN_FILE_KERAS_H5: return "Keras HDF5 (.h5)";
    }
    return "?";
}

/* ---- JSON documents with positions ---------------------------------------- */

typedef struct {
    cJSON *root;
    kiln_json_pos pos;
    kiln_keras_src src;
} jdoc;

/* Parses text[0, len) (copied into the arena) as the document `label`. */
static int jdoc_parse(jdoc *d, const char *label, const char *text, long len, kiln_arena *a)
{
    memset(d, 0, sizeof *d);
    char *t = kiln_arena_alloc(a, (size_t)len + 1);
    memcpy(t, text, (size_t)len);
    t[len] = 0;
    kiln_json_pos_init(&d->pos, t, len, a);
    d->src.file = kiln_arena_strdup(a, label);
    d->src.pos = &d->pos;
    const char *end = NULL;
    d->root = cJSON_ParseWithLengthOpts(t, (size_t)len + 1, &end, 0);
    long tail = d->root && end ? (long)(end - t) : -1;
    while (tail >= 0 && tail < len && (unsigned char)t[tail] <= 32) tail++;
    if (!d->root || tail < len) {
        char msg[256];
        long off = kiln_json_syntax_error(t, len, msg, sizeof msg);
        int line = 0, col = 0;
        if (off >= 0) kiln_json_pos_linecol(&d->pos, off, &line, &col);
        else snprintf(msg, sizeof msg, "cannot be read as JSON");
        kiln_error_at(d->src.file, line, col, NULL, "invalid JSON: %s", msg);
        cJSON_Delete(d->root);
        d->root = NULL;
        return -1;
    }
    kiln_json_pos_index(&d->pos, d->root, a);
    return 0;
}

static const char *file_stem(kiln_arena *a, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    char *s = kiln_arena_alloc(a, n + 1);
    memcpy(s, base, n);
    for (size_t i = 0; i < n; i++)
        if (!(s[i] == '_' || (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'z') ||
              (s[i] >= 'A' && s[i] <= 'Z')))
            s[i] = '_';
    return n ? s : "model";
}

/* ---- weights: Keras names -> kiln names ------------------------------------ */

/* The kiln weight kind of a Keras weight name ("conv2d/kernel:0" -> "kernel",
 * Keras 1 "convolution2d_1_W" -> "kernel"), or NULL. */
static const char *weight_kind(const char *wname)
{
    static const char *const kinds[] = {"kernel", "bias", "gamma", "beta", "moving_mean",
                                        "moving_variance", NULL};
    static const struct { const char *suffix, *kind; } k1[] = {
        {"_W", "kernel"}, {"_b", "bias"}, {"_gamma", "gamma"}, {"_beta", "beta"},
        {"_running_mean", "moving_mean"}, {"_running_std", "moving_variance"},
    };
    char buf[256];
    snprintf(buf, sizeof buf, "%s", wname);
    char *colon = strrchr(buf, ':');
    if (colon) *colon = 0;
    const char *last = strrchr(buf, '/');
    last = last ? last + 1 : buf;
    for (int i = 0; kinds[i]; i++)
        if (!strcmp(last, kinds[i])) return kinds[i];
    size_t n = strlen(last);
    for (size_t i = 0; i < sizeof k1 / sizeof k1[0]; i++) {
        size_t m = strlen(k1[i].suffix);
        if (n > m && !strcmp(last + n - m, k1[i].suffix)) return k1[i].kind;
    }
    return NULL;
}

static void free_weights(kiln_named_array *w, int n)
{
    for (int i = 0; i < n; i++) free(w[i].array.data);
    free(w);
}

/* ---- HDF5 helpers ---------------------------------------------------------- */

static void h5_quiet(void)
{
    H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
}

/* A string or string-array attribute of `obj` as arena strings; *n = 0 for an
 * empty (float64) array; returns NULL when absent or not strings.  Keras
 * splits long lists into name0, name1, ... (HDF5_OBJECT_HEADER_LIMIT). */
static char **attr_strings_one(hid_t obj, const char *name, kiln_arena *a, int *n)
{
    *n = 0;
    if (H5Aexists(obj, name) <= 0) return NULL;
    hid_t at = H5Aopen(obj, name, H5P_DEFAULT);
    if (at < 0) return NULL;
    hid_t t = H5Aget_type(at), sp = H5Aget_space(at);
    hssize_t np = H5Sget_simple_extent_npoints(sp);
    char **out = NULL;
    if (H5Tget_class(t) != H5T_STRING) {
        out = np == 0 ? KILN_NEW(a, char *, 1) : NULL;
    } else if (np >= 0) {
        out = KILN_NEW(a, char *, np + 1);
        hid_t mt = H5Tcopy(H5T_C_S1);
        if (H5Tis_variable_str(t) > 0) {
            H5Tset_size(mt, H5T_VARIABLE);
            char **buf = calloc((size_t)np + 1, sizeof *buf);
            if (buf && H5Aread(at, mt, buf) >= 0) {
                for (hssize_t i = 0; i < np; i++) out[i] = kiln_arena_strdup(a, buf[i] ? buf[i] : "");
                H5Dvlen_reclaim(mt, sp, H5P_DEFAULT, buf);
                *n = (int)np;
            } else {
                out = NULL;
            }
            free(buf);
        } else {
            size_t sz = H5Tget_size(t);
            H5Tset_size(mt, sz);
            H5Tset_strpad(mt, H5T_STR_NULLPAD);  /* numpy's |S: no room for a NUL */
            char *buf = calloc((size_t)np * sz + 1, 1);
            if (buf && H5Aread(at, mt, buf) >= 0) {
                for (hssize_t i = 0; i < np; i++) {
                    char *s = kiln_arena_alloc(a, sz + 1);
                    memcpy(s, buf + (size_t)i * sz, sz);
                    out[i] = s;
                }
                *n = (int)np;
            } else {
                out = NULL;
            }
            free(buf);
        }
        H5Tclose(mt);
    }
    H5Sclose(sp);
    H5Tclose(t);
    H5Aclose(at);
    return out;
}

static char **attr_strings(hid_t obj, const char *name, kiln_arena *a, int *n)
{
    char **s = attr_strings_one(obj, name, a, n);
    if (s) return s;
    /* chunked: name0, name1, ... */
    int total = 0;
    char **all = NULL;
    for (int c = 0;; c++) {
        char nm[128];
        snprintf(nm, sizeof nm, "%s%d", name, c);
        int k;
        char **part = attr_strings_one(obj, nm, a, &k);
        if (!part) break;
        char **grown = KILN_NEW(a, char *, total + k + 1);
        if (total) memcpy(grown, all, sizeof *all * (size_t)total);
        memcpy(grown + total, part, sizeof *part * (size_t)k);
        all = grown, total += k;
    }
    *n = total;
    return all;
}

static const char *attr_string(hid_t obj, const char *name, kiln_arena *a)
{
    int n;
    char **s = attr_strings(obj, name, a, &n);
    return s && n == 1 ? s[0] : NULL;
}

/* Reads dataset `name` (relative to loc) as float32 into *out; -1 when absent. */
static int read_f32(hid_t loc, const char *name, kiln_array *out)
{
    memset(out, 0, sizeof *out);
    if (H5Lexists(loc, name, H5P_DEFAULT) <= 0) return -1;
    hid_t d = H5Dopen2(loc, name, H5P_DEFAULT);
    if (d < 0) return -1;
    hid_t sp = H5Dget_space(d);
    int rank = H5Sget_simple_extent_ndims(sp);
    hsize_t dims[8] = {0};
    int rc = -1;
    if (rank >= 0 && rank <= 8) {
        H5Sget_simple_extent_dims(sp, dims, NULL);
        out->dtype = KILN_F32;
        out->rank = rank;
        int64_t cnt = 1;
        for (int i = 0; i < rank; i++) out->dims[i] = (int64_t)dims[i], cnt *= (int64_t)dims[i];
        out->data = malloc((size_t)(cnt > 0 ? cnt : 1) * sizeof(float));
        if (out->data && H5Dread(d, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, out->data) >= 0)
            rc = 0;
    }
    H5Sclose(sp);
    H5Dclose(d);
    if (rc) kiln_array_free(out);
    return rc;
}

/* Opens HDF5 bytes held in memory (a model.weights.h5 out of a zip). */
static hid_t h5_open_image(const void *buf, size_t len)
{
    hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
    H5Pset_fapl_core(fapl, 1 << 16, 0);
    H5Pset_file_image(fapl, (void *)buf, len);
    hid_t f = H5Fopen("model.weights.h5", H5F_ACC_RDONLY, fapl);
    H5Pclose(fapl);
    return f;
}

/* The weights of a Keras 1/2 layer-group file (model_weights or a
 * save_weights root): every layer group's weight_names, in order. */
static int read_layer_groups(hid_t g, const char *label, kiln_arena *a, kiln_named_array **out,
                             int *n_out)
{
    int nl;
    char **layers = attr_strings(g, "layer_names", a, &nl);
    if (!layers) {
        kiln_error_at(label, 0, 0, NULL, "no 'layer_names' attribute: not a Keras weights group");
        return -1;
    }
    int cap = 16, n = 0, bad = 0;
    kiln_named_array *w = calloc((size_t)cap, sizeof *w);
    for (int i = 0; i < nl; i++) {
        if (H5Lexists(g, layers[i], H5P_DEFAULT) <= 0) {
            kiln_error_at(label, 0, 0, NULL, "layer '%s' of layer_names has no group", layers[i]);
            bad = 1;
            continue;
        }
        hid_t lg = H5Gopen2(g, layers[i], H5P_DEFAULT);
        int nw;
        char **wn = attr_strings(lg, "weight_names", a, &nw);
        for (int j = 0; wn && j < nw; j++) {
            const char *kind = weight_kind(wn[j]);
            if (!kind) {
                kiln_error_at(label, 0, 0, NULL,
                              "weight '%s' of layer '%s': kiln knows kernel, bias, gamma, beta, "
                              "moving_mean and moving_variance only", wn[j], layers[i]);
                bad = 1;
                continue;
            }
            if (n == cap) {
                cap *= 2;
                kiln_named_array *g2 = realloc(w, (size_t)cap * sizeof *w);
                if (!g2) KILN_BUG("out of memory");
                w = g2;
                memset(w + n, 0, (size_t)(cap - n) * sizeof *w);
            }
            if (read_f32(lg, wn[j], &w[n].array) != 0) {
                kiln_error_at(label, 0, 0, NULL, "layer '%s': cannot read weight dataset '%s'",
                              layers[i], wn[j]);
                bad = 1;
                continue;
            }
            w[n++].name = kiln_arena_printf(a, "%s/%s", layers[i], kind);
        }
        H5Gclose(lg);
    }
    if (bad) {
        free_weights(w, n);
        return -1;
    }
    *out = w;
    *n_out = n;
    return 0;
}

int kiln_keras_read_h5_weights(const char *path, kiln_arena *a, kiln_named_array **out, int *n)
{
    h5_quiet();
    *out = NULL, *n = 0;
    hid_t f = H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
    if (f < 0) {
        kiln_error_at(path, 0, 0, NULL, "cannot open as an HDF5 file");
        return -1;
    }
    int rc;
    if (H5Lexists(f, "model_weights", H5P_DEFAULT) > 0) {
        hid_t g = H5Gopen2(f, "model_weights", H5P_DEFAULT);
        rc = read_layer_groups(g, path, a, out, n);
        H5Gclose(g);
    } else {
        rc = read_layer_groups(f, path, a, out, n);
    }
    H5Fclose(f);
    return rc;
}

/* ---- the kiln settings Keras has no place for ------------------------------ */

/* Merges {"input": {"rescale"}, "fit", "target", "input_noise", "comment"}
 * that kiln's exporter stored into the converted model. */
static void merge_kiln_extras(cJSON *model, const cJSON *extra)
{
    if (!cJSON_IsObject(extra)) return;
    for (const cJSON *e = extra->child; e; e = e->next) {
        if (!strcmp(e->string, "input") && cJSON_IsObject(e)) {
            cJSON *in = cJSON_GetObjectItemCaseSensitive(model, "input");
            for (const cJSON *x = e->child; in && x; x = x->next)
                if (strcmp(x->string, "shape"))
                    cJSON_AddItemToObject(in, x->string, cJSON_Duplicate(x, 1));
        } else if (!strcmp(e->string, "fit") || !strcmp(e->string, "target") ||
                   !strcmp(e->string, "input_noise") || !strcmp(e->string, "comment")) {
            cJSON_DeleteItemFromObjectCaseSensitive(model, e->string);
            cJSON_AddItemToObject(model, e->string, cJSON_Duplicate(e, 1));
        }
    }
}

/* ---- readers ---------------------------------------------------------------- */

/* The .keras archive's weights: layer i's datasets vars/0.. at its v3 path. */
static int read_v3_weights(hid_t f, const char *label, const kiln_keras_model *km, kiln_arena *a,
                           kiln_keras_file *out)
{
    int total = 0, bad = 0;
    for (int i = 0; i < km->n_weights; i++) total += km->weights[i].n;
    kiln_named_array *w = calloc((size_t)(total ? total : 1), sizeof *w);
    int n = 0;
    for (int i = 0; i < km->n_weights; i++) {
        const kiln_keras_layer_weights *lw = &km->weights[i];
        for (int j = 0; j < lw->n; j++) {
            char ds[512];
            snprintf(ds, sizeof ds, "%s/vars/%d", lw->v3_path, j);
            if (H5Lexists(f, lw->v3_path, H5P_DEFAULT) <= 0 || read_f32(f, ds, &w[n].array) != 0) {
                kiln_error_at(label, 0, 0, NULL,
                              "layer '%s' (%s): no dataset %s, which Keras 3 writes for its "
                              "weight %s", lw->layer, lw->keras_class, ds, lw->names[j]);
                bad = 1;
                continue;
            }
            w[n++].name = lw->names[j];
        }
    }
    if (bad) {
        free_weights(w, n);
        return -1;
    }
    (void)a;
    out->weights = w;
    out->n_weights = n;
    return 0;
}

static int read_archive(const char *path, const char *data, long len, kiln_arena *a,
                        kiln_keras_file *out)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, (zip_uint64_t)len, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!z) {
        kiln_error_at(path, 0, 0, NULL, "not a readable zip archive: %s", zip_error_strerror(&ze));
        if (src) zip_source_free(src);
        zip_error_fini(&ze);
        return -1;
    }
    zip_error_fini(&ze);
    char *member[3] = {NULL, NULL, NULL};
    long mlen[3] = {0, 0, 0};
    static const char *const names[3] = {"config.json", "metadata.json", "model.weights.h5"};
    int rc = 0;
    for (int i = 0; i < 3; i++) {
        zip_stat_t st;
        zip_int64_t idx = zip_name_locate(z, names[i], 0);
        if (idx < 0 || zip_stat_index(z, (zip_uint64_t)idx, 0, &st) != 0) continue;
        zip_file_t *zf = zip_fopen_index(z, (zip_uint64_t)idx, 0);
        member[i] = malloc((size_t)st.size + 1);
        if (!zf || !member[i] || zip_fread(zf, member[i], st.size) != (zip_int64_t)st.size) {
            kiln_error_at(path, 0, 0, NULL, "cannot read %s from the archive", names[i]);
            rc = -1;
        }
        if (zf) zip_fclose(zf);
        mlen[i] = (long)st.size;
    }
    zip_close(z);
    if (!rc && !member[0]) {
        kiln_error_at(path, 0, 0, NULL,
                      "the archive has no config.json: a .keras file holds config.json, "
                      "metadata.json and model.weights.h5");
        rc = -1;
    }
    jdoc cfg, meta;
    memset(&meta, 0, sizeof meta);
    char label[4096];
    snprintf(label, sizeof label, "%s/config.json", path);
    if (!rc && jdoc_parse(&cfg, label, member[0], mlen[0], a) != 0) rc = -1;
    if (!rc && member[1]) {
        snprintf(label, sizeof label, "%s/metadata.json", path);
        if (jdoc_parse(&meta, label, member[1], mlen[1], a) != 0) rc = -1;
    }
    kiln_keras_model km;
    memset(&km, 0, sizeof km);
    if (!rc) {
        const cJSON *kv = meta.root ? cJSON_GetObjectItemCaseSensitive(meta.root, "keras_version") : NULL;
        out->keras_version = cJSON_IsString(kv) ? kiln_arena_strdup(a, kv->valuestring) : NULL;
        const cJSON *cc = cJSON_GetObjectItemCaseSensitive(cfg.root, "compile_config");
        kiln_keras_src ts = cfg.src;
        ts.path = "$.compile_config";
        if (kiln_keras_import(cfg.root, &cfg.src, cc, &ts, out->keras_version,
                              file_stem(a, path), a, &km) != 0)
            rc = -1;
    }
    if (!rc) {
        out->model = km.model;
        out->has_loss = km.has_loss;
        if (meta.root) merge_kiln_extras(out->model, cJSON_GetObjectItemCaseSensitive(meta.root, "kiln"));
        if (member[2]) {
            h5_quiet();
            hid_t f = h5_open_image(member[2], (size_t)mlen[2]);
            snprintf(label, sizeof label, "%s/model.weights.h5", path);
            if (f < 0) {
                kiln_error_at(label, 0, 0, NULL, "not a readable HDF5 file");
                rc = -1;
            } else {
                rc = read_v3_weights(f, label, &km, a, out);
                H5Fclose(f);
            }
        }
    }
    cJSON_Delete(cfg.root);
    cJSON_Delete(meta.root);
    for (int i = 0; i < 3; i++) free(member[i]);
    return rc;
}

static int read_h5(const char *path, kiln_arena *a, kiln_keras_file *out)
{
    h5_quiet();
    hid_t f = H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
    if (f < 0) {
        kiln_error_at(path, 0, 0, NULL, "cannot open as an HDF5 file");
        return -1;
    }
    const char *mc = attr_string(f, "model_config", a);
    const char *tc = attr_string(f, "training_config", a);
    const char *kx = attr_string(f, "kiln", a);
    out->keras_version = attr_string(f, "keras_version", a);
    int rc = 0;
    if (!mc) {
        int nl;
        if (attr_strings(f, "layer_names", a, &nl))
            kiln_error_at(path, 0, 0, NULL,
                          "this .h5 file holds weights only (model.save_weights): give the model's "
                          "architecture (model.to_json(), or a kiln model file) as the model and "
                          "this file as --weights");
        else
            kiln_error_at(path, 0, 0, NULL,
                          "no 'model_config' attribute: not a model saved by Keras's model.save");
        H5Fclose(f);
        return -1;
    }
    char label[4096];
    jdoc cfg, trn, ext;
    memset(&trn, 0, sizeof trn);
    memset(&ext, 0, sizeof ext);
    snprintf(label, sizeof label, "%s[model_config]", path);
    if (jdoc_parse(&cfg, label, mc, (long)strlen(mc), a) != 0) rc = -1;
    snprintf(label, sizeof label, "%s[training_config]", path);
    if (!rc && tc && jdoc_parse(&trn, label, tc, (long)strlen(tc), a) != 0) rc = -1;
    snprintf(label, sizeof label, "%s[kiln]", path);
    if (!rc && kx && jdoc_parse(&ext, label, kx, (long)strlen(kx), a) != 0) rc = -1;
    kiln_keras_model km;
    if (!rc && kiln_keras_import(cfg.root, &cfg.src, trn.root, &trn.src, out->keras_version,
                                 file_stem(a, path), a, &km) != 0)
        rc = -1;
    if (!rc) {
        out->model = km.model;
        out->has_loss = km.has_loss;
        merge_kiln_extras(out->model, ext.root);
        if (H5Lexists(f, "model_weights", H5P_DEFAULT) > 0) {
            hid_t g = H5Gopen2(f, "model_weights", H5P_DEFAULT);
            snprintf(label, sizeof label, "%s[model_weights]", path);
            rc = read_layer_groups(g, label, a, &out->weights, &out->n_weights);
            H5Gclose(g);
        }
    }
    cJSON_Delete(cfg.root);
    cJSON_Delete(trn.root);
    cJSON_Delete(ext.root);
    H5Fclose(f);
    return rc;
}

/* TF.js weights: the shards of each manifest group concatenated, sliced in
 * the order of its "weights". */
static int read_tfjs_weights(const char *path, const cJSON *manifest, kiln_arena *a,
                             kiln_keras_file *out)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) slash[1] = 0;
    else dir[0] = 0;
    int cap = 16, n = 0, bad = 0, gi = 0;
    kiln_named_array *w = calloc((size_t)cap, sizeof *w);
    for (const cJSON *g = cJSON_IsArray(manifest) ? manifest->child : NULL; g; g = g->next, gi++) {
        const cJSON *paths = cJSON_GetObjectItemCaseSensitive(g, "paths");
        const cJSON *ws = cJSON_GetObjectItemCaseSensitive(g, "weights");
        size_t blen = 0, bcap = 0;
        unsigned char *buf = NULL;
        for (const cJSON *p = cJSON_IsArray(paths) ? paths->child : NULL; p; p = p->next) {
            if (!cJSON_IsString(p)) continue;
            char file[8192];
            const char *rel = p->valuestring;
            if (!strncmp(rel, "./", 2)) rel += 2;
            snprintf(file, sizeof file, "%s%s", dir, rel);
            int64_t fsize;
            FILE *fp = kiln_input_open(file, "weights shard", KILN_MAX_KERAS_FILE_BYTES, &fsize);
            if (!fp) {
                bad = 1;
                continue;
            }
            for (;;) {
                if (blen + 65536 > bcap) {
                    bcap = bcap ? 2 * bcap : 1 << 20;
                    unsigned char *nb = realloc(buf, bcap);
                    if (!nb) KILN_BUG("out of memory");
                    buf = nb;
                }
                size_t got = fread(buf + blen, 1, bcap - blen, fp);
                blen += got;
                if (!got) break;
            }
            fclose(fp);
        }
        size_t off = 0;
        for (const cJSON *e = cJSON_IsArray(ws) ? ws->child : NULL; e && !bad; e = e->next) {
            const cJSON *nm = cJSON_GetObjectItemCaseSensitive(e, "name");
            const cJSON *sh = cJSON_GetObjectItemCaseSensitive(e, "shape");
            const cJSON *dt = cJSON_GetObjectItemCaseSensitive(e, "dtype");
            const cJSON *q = cJSON_GetObjectItemCaseSensitive(e, "quantization");
            const char *name = cJSON_IsString(nm) ? nm->valuestring : "?";
            if (q || !cJSON_IsString(dt) || strcmp(dt->valuestring, "float32")) {
                kiln_error_at(path, 0, 0, NULL,
                              "weight '%s': only unquantized float32 weights are supported", name);
                bad = 1;
                break;
            }
            kiln_array arr = {KILN_F32, 0, {0}, NULL};
            int64_t cnt = 1;
            for (const cJSON *d = cJSON_IsArray(sh) ? sh->child : NULL; d && arr.rank < 8; d = d->next)
                arr.dims[arr.rank++] = (int64_t)d->valuedouble, cnt *= (int64_t)d->valuedouble;
            size_t bytes = (size_t)cnt * 4;
            if (off + bytes > blen) {
                kiln_error_at(path, 0, 0, NULL,
                              "weights group %d: the shards hold %zu bytes, weight '%s' needs "
                              "bytes %zu..%zu", gi, blen, name, off, off + bytes);
                bad = 1;
                break;
            }
            const char *kind = weight_kind(name);
            char layer[256];
            snprintf(layer, sizeof layer, "%s", name);
            char *ls = strrchr(layer, '/');
            if (ls) *ls = 0;
            char *lp = strrchr(layer, '/');
            const char *lname = lp ? lp + 1 : layer;
            if (kind && ls) {
                if (n == cap) {
                    cap *= 2;
                    kiln_named_array *g2 = realloc(w, (size_t)cap * sizeof *w);
                    if (!g2) KILN_BUG("out of memory");
                    w = g2;
                }
                arr.data = malloc(bytes ? bytes : 1);
                memcpy(arr.data, buf + off, bytes);  /* little-endian float32, as on x86-64 */
                w[n].name = kiln_arena_printf(a, "%s/%s", lname, kind);
                w[n++].array = arr;
            }
            off += bytes;
        }
        free(buf);
    }
    if (bad) {
        free_weights(w, n);
        return -1;
    }
    out->weights = w;
    out->n_weights = n;
    return 0;
}

int kiln_keras_read(const char *path, const char *data, long len, kiln_arena *a,
                    kiln_keras_file *out)
{
    memset(out, 0, sizeof *out);
    out->format = kiln_model_format_of(data, len);
    if (out->format == KILN_FILE_KERAS_ARCHIVE) return read_archive(path, data, len, a, out);
    if (out->format == KILN_FILE_KERAS_H5) return read_h5(path, a, out);
    jdoc d;
    if (jdoc_parse(&d, path, data, len, a) != 0) return -1;
    int rc = 0;
    kiln_keras_model km;
    if (out->format == KILN_FILE_TFJS) {
        const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(d.root, "format");
        const cJSON *top = cJSON_GetObjectItemCaseSensitive(d.root, "modelTopology");
        if (cJSON_IsString(fmt) && strcmp(fmt->valuestring, "layers-model")) {
            kiln_error_at(path, 0, 0, "$.format",
                          "a TensorFlow.js %s has no Keras layers to import (kiln imports "
                          "\"layers-model\" files: converted Keras models or tf.LayersModel.save)",
                          fmt->valuestring);
            cJSON_Delete(d.root);
            return -1;
        }
        const cJSON *cfg = cJSON_GetObjectItemCaseSensitive(top, "model_config");
        const cJSON *trn = cJSON_GetObjectItemCaseSensitive(top, "training_config");
        const cJSON *kv = cJSON_GetObjectItemCaseSensitive(top, "keras_version");
        kiln_keras_src cs = d.src, ts = d.src;
        cs.path = cfg ? "$.modelTopology.model_config" : "$.modelTopology";
        ts.path = "$.modelTopology.training_config";
        if (!cfg) cfg = top;
        out->keras_version = cJSON_IsString(kv) ? kiln_arena_strdup(a, kv->valuestring) : NULL;
        rc = kiln_keras_import(cfg, &cs, trn, &ts, out->keras_version, file_stem(a, path),
                               a, &km);
        if (!rc) {
            out->model = km.model;
            out->has_loss = km.has_loss;
            const cJSON *man = cJSON_GetObjectItemCaseSensitive(d.root, "weightsManifest");
            if (man) rc = read_tfjs_weights(path, man, a, out);
        }
    } else if (out->format == KILN_FILE_KERAS_JSON) {
        const cJSON *kv = cJSON_GetObjectItemCaseSensitive(d.root, "keras_version");
        out->keras_version = cJSON_IsString(kv) ? kiln_arena_strdup(a, kv->valuestring) : NULL;
        const cJSON *cc = cJSON_GetObjectItemCaseSensitive(d.root, "compile_config");
        kiln_keras_src ts = d.src;
        ts.path = "$.compile_config";
        rc = kiln_keras_import(d.root, &d.src, cc, &ts, out->keras_version, file_stem(a, path),
                               a, &km);
        if (!rc) out->model = km.model, out->has_loss = km.has_loss;
    }
    cJSON_Delete(d.root);
    return rc;
}

void kiln_keras_file_free(kiln_keras_file *f)
{
    if (!f) return;
    cJSON_Delete(f->model);
    free_weights(f->weights, f->n_weights);
    memset(f, 0, sizeof *f);
}
