/* evaluate.c — evaluation with predicted classes, over datasets and arrays
 * (evaluate.h). */
#include "evaluate.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "report.h"

static int64_t in_elems(const kiln_module_desc *d)
{
    int64_t p = 1;
    for (int i = 0; i < d->in_rank && i < 3; i++) p *= d->in_dims[i];
    return p;
}

/* What a module's labels are, by the rule kiln_fill_batch follows (train.h,
 * "Labels"): class ids (sparse, one-hot, or dense of the outputs' size) or
 * an image of the input's size. */
enum { TARGET_CLASS, TARGET_IMAGE, TARGET_BAD };

static int target_kind(const kiln_module_desc *d)
{
    switch (d->label_kind) {
    case KILN_LABEL_SPARSE:
    case KILN_LABEL_ONEHOT: return TARGET_CLASS;
    case KILN_LABEL_INPUT: return d->label_size == in_elems(d) ? TARGET_IMAGE : TARGET_BAD;
    case KILN_LABEL_DENSE:
        if (d->label_size == in_elems(d)) return TARGET_IMAGE;
        if (d->label_size == d->out_size) return TARGET_CLASS;
        return TARGET_BAD;
    }
    return TARGET_BAD;
}

int kiln_label_classes(const kiln_module_desc *d)
{
    if (target_kind(d) != TARGET_CLASS) return 0;
    return d->label_kind == KILN_LABEL_SPARSE ? d->out_size : d->label_size;
}

static const char *dtype_name(kiln_dtype t)
{
    switch (t) {
    case KILN_F32: return "float32";
    case KILN_I32: return "int32";
    case KILN_I64: return "int64";
    case KILN_U8: return "uint8";
    case KILN_F64: return "float64";
    }
    return "?";
}

void kiln_eval_arrays_free(kiln_eval_arrays *a)
{
    kiln_array_free(&a->x);
    free(a->ids);
    free(a->targets);
    memset(a, 0, sizeof *a);
}

/* Class ids from Y (n,) / (n, 1) integers or (n, classes) one-hot floats. */
static int read_ids(const kiln_module_desc *d, const char *ypath, const kiln_array *y,
                    int64_t n, int classes, int32_t *ids)
{
    char shape[160];
    kiln_shape_str(shape, sizeof shape, y->rank, y->dims);
    int column = y->rank == 1 || (y->rank == 2 && y->dims[1] == 1);
    int is_int = y->dtype == KILN_I32 || y->dtype == KILN_I64 || y->dtype == KILN_U8;
    int is_float = y->dtype == KILN_F32 || y->dtype == KILN_F64;
    if (is_int && column) {
        for (int64_t i = 0; i < n; i++) {
            int64_t c = y->dtype == KILN_I32   ? ((const int32_t *)y->data)[i]
                        : y->dtype == KILN_I64 ? ((const int64_t *)y->data)[i]
                                               : ((const uint8_t *)y->data)[i];
            if (c < 0 || c >= classes) {
                kiln_error("%s: class id %" PRId64 " of row %" PRId64 " is outside 0..%d, the "
                           "classes of model '%s'", ypath, c, i, classes - 1, d->model);
                return -1;
            }
            ids[i] = (int32_t)c;
        }
        return 0;
    }
    if (is_float && y->rank == 2 && y->dims[1] == classes && classes > 1) {
        for (int64_t i = 0; i < n; i++) {
            int64_t ones = 0, hot = -1;
            for (int c = 0; c < classes; c++) {
                double v = y->dtype == KILN_F32 ? ((const float *)y->data)[i * classes + c]
                                                : ((const double *)y->data)[i * classes + c];
                if (v == 1.0) {
                    ones++;
                    hot = c;
                } else if (v != 0.0) {
                    ones = -1;
                    break;
                }
            }
            if (ones != 1) {
                kiln_error("%s: row %" PRId64 " is not one-hot: expected a single 1 among "
                           "zeros, as keras.utils.to_categorical makes, or give integer class "
                           "ids (n,)", ypath, i);
                return -1;
            }
            ids[i] = (int32_t)hot;
        }
        return 0;
    }
    if (is_float && column)
        kiln_error("%s: %s %s labels: class ids must be integers (int32, int64 or uint8), "
                   "e.g. y.astype(numpy.int64), or one-hot rows (%" PRId64 ", %d)", ypath,
                   dtype_name(y->dtype), shape, n, classes);
    else
        kiln_error("%s: labels %s %s: model '%s' takes (%" PRId64 ",) integer class ids in "
                   "0..%d or (%" PRId64 ", %d) one-hot float32", ypath, dtype_name(y->dtype),
                   shape, d->model, n, classes - 1, n, classes);
    return -1;
}

int kiln_eval_arrays_load(const kiln_module_desc *d, const char *xpath, const char *ypath,
                          kiln_eval_arrays *out)
{
    memset(out, 0, sizeof *out);
    kiln_array x = {0}, y = {0};
    char shape[160], want_shape[64];
    int64_t want = in_elems(d);
    int64_t dims[3];
    for (int i = 0; i < d->in_rank && i < 3; i++) dims[i] = d->in_dims[i];
    kiln_shape_str(want_shape, sizeof want_shape, d->in_rank, dims);

    if (kiln_npy_read(xpath, &x) != 0) return -1;
    kiln_shape_str(shape, sizeof shape, x.rank, x.dims);
    if (x.dtype != KILN_F32 && x.dtype != KILN_U8) {
        kiln_error("%s: inputs are %s %s; expected float32 or uint8 (n, ...)", xpath,
                   dtype_name(x.dtype), shape);
        goto fail;
    }
    if (x.rank < 1 || x.dims[0] < 1) {
        kiln_error("%s: inputs %s: expected an array (n, ...) with n >= 1", xpath, shape);
        goto fail;
    }
    int64_t n = x.dims[0], per = kiln_array_count(&x) / n;
    if (per != want || (x.rank == 1 && want != 1)) {
        kiln_error("%s: inputs %s have %" PRId64 " elements per sample, but model '%s' takes "
                   "input %s (%" PRId64 " elements)", xpath, shape, per, d->model, want_shape,
                   want);
        goto fail;
    }

    if (kiln_npy_read(ypath, &y) != 0) goto fail;
    kiln_shape_str(shape, sizeof shape, y.rank, y.dims);
    if (y.rank < 1 || y.dims[0] != n) {
        kiln_error("%s: %" PRId64 " rows of labels %s, but %s has %" PRId64 " samples", ypath,
                   y.rank ? y.dims[0] : 0, shape, xpath, n);
        goto fail;
    }
    int kind = target_kind(d);
    if (kind == TARGET_BAD) {
        kiln_error("model '%s': label kind %d with %d elements per sample matches neither the "
                   "%d outputs nor the %" PRId64 "-element input",
                   d->model, d->label_kind, d->label_size, d->out_size, want);
        goto fail;
    }
    if (kind == TARGET_CLASS) {
        out->classes = kiln_label_classes(d);
        out->ids = malloc((size_t)n * sizeof *out->ids);
        if (!out->ids) goto oom;
        if (read_ids(d, ypath, &y, n, out->classes, out->ids) != 0) goto fail;
    } else {
        int64_t ty = kiln_array_count(&y) / n;
        if ((y.dtype != KILN_F32 && y.dtype != KILN_U8) || ty != d->label_size) {
            kiln_error("%s: targets %s %s: model '%s' takes images like its input, %s "
                       "(%d elements per sample), float32 or uint8", ypath,
                       dtype_name(y.dtype), shape, d->model, want_shape, d->label_size);
            goto fail;
        }
        out->targets = malloc((size_t)(n * ty) * sizeof *out->targets);
        if (!out->targets) goto oom;
        kiln_input_rows(d, &y, 0, n, out->targets);
    }
    kiln_array_free(&y);
    out->n = n;
    out->x = x;
    return 0;

oom:
    kiln_error("out of memory reading %s and %s", xpath, ypath);
fail:
    kiln_array_free(&x);
    if (y.data) kiln_array_free(&y);
    free(out->ids);
    free(out->targets);
    memset(out, 0, sizeof *out);
    return -1;
}

/* ---- the evaluation loop --------------------------------------------------- */

/* Where a batch comes from: a dataset (through kiln_fill_batch, as
 * kiln_evaluate does) or arrays. */
typedef struct {
    const kiln_dataset *d;
    const kiln_input_noise *noise;
    int64_t *idx;                 /* (batch) sample indices, for d */
    const kiln_eval_arrays *a;
} batch_source;

/* Rows [start, start + nb) into x (nb, per-sample) and y_index (nb) or
 * y (nb, label_size). */
static int fill(const kiln_module *m, const batch_source *src, int64_t start, int nb, float *x,
                int32_t *y_index, float *y)
{
    const kiln_module_desc *d = m->desc;
    if (src->d) {
        for (int i = 0; i < nb; i++) src->idx[i] = start + i;
        /* stream 0: the evaluation draws of the input noise (train.h) */
        return kiln_fill_batch(m, src->d, src->idx, nb, src->noise, 0, x, y_index, y);
    }
    const kiln_eval_arrays *a = src->a;
    kiln_input_rows(d, &a->x, start, nb, x);
    if (a->targets) {
        memcpy(y, a->targets + start * d->label_size, (size_t)nb * (size_t)d->label_size * sizeof *y);
    } else if (d->label_kind == KILN_LABEL_SPARSE) {
        memcpy(y_index, a->ids + start, (size_t)nb * sizeof *y_index);
    } else {
        for (int b = 0; b < nb; b++) {
            float *t = y + (int64_t)b * d->label_size;
            memset(t, 0, (size_t)d->label_size * sizeof *t);
            t[a->ids[start + b]] = 1.0f;
        }
    }
    return 0;
}

static int eval_loop(kiln_module *m, int64_t n, const batch_source *src, double *loss,
                     double *accuracy, int32_t *pred)
{
    const kiln_module_desc *d = m->desc;
    if (!m->eval_step || (pred && !m->predict)) {
        kiln_error("module '%s' has no %s", d->model, m->eval_step ? "predict" : "eval_step");
        return -1;
    }
    size_t B = (size_t)d->batch;
    float *x = malloc(B * (size_t)in_elems(d) * sizeof *x);
    float *y = calloc(B * (size_t)(d->label_size > 0 ? d->label_size : 1), sizeof *y);
    int32_t *y_index = calloc(B, sizeof *y_index);
    float *out = pred ? malloc(B * (size_t)d->out_size * sizeof *out) : NULL;
    int64_t *idx = malloc(B * sizeof *idx);
    int rc = 0;
    if (!x || !y || !y_index || (pred && !out) || !idx) {
        kiln_error("out of memory allocating evaluation buffers (batch %d)", d->batch);
        rc = -1;
    }
    batch_source s = *src;
    s.idx = idx;
    double sl = 0, sm = 0;
    kiln_step held = kiln_module_step(m);
    kiln_module_hold_weights(m, &held);  /* eval and predict share one weight copy */
    for (int64_t start = 0; rc == 0 && start < n; start += d->batch) {
        int nb = (int)(n - start < d->batch ? n - start : d->batch);
        if (fill(m, &s, start, nb, x, y_index, y) != 0) {
            rc = -1;
            break;
        }
        kiln_step st = kiln_module_step(m);
        st.x = x;
        if (d->label_kind == KILN_LABEL_SPARSE) st.y_index = y_index;
        else st.y = y;
        st.nb = nb;
        st.training = 0;
        st.step = m->step;
        st.weights_version = held.weights_version;
        st.weights_cached = held.weights_cached;
        m->eval_step(&st);
        sl += st.loss * nb;
        sm += st.metric;
        if (pred) {
            kiln_step p = kiln_module_step(m);
            p.x = x;
            p.out = out;
            p.nb = nb;
            p.training = 0;
            p.step = m->step;
            p.weights_version = held.weights_version;
            p.weights_cached = held.weights_cached;
            m->predict(&p);
            kiln_argmax_rows(out, nb, d->out_size, pred + start);
        }
    }
    free(x);
    free(y);
    free(y_index);
    free(out);
    free(idx);
    if (rc) return rc;
    *loss = sl / (double)n;
    *accuracy = d->has_accuracy ? sm / (double)n : NAN;
    return 0;
}

int kiln_evaluate_arrays(kiln_module *m, const kiln_eval_arrays *a, double *loss,
                         double *accuracy, int32_t *pred)
{
    batch_source src = {0};
    src.a = a;
    return eval_loop(m, a->n, &src, loss, accuracy, pred);
}

int kiln_evaluate_dataset(kiln_module *m, const kiln_dataset *d, const kiln_input_noise *noise,
                          double *loss, double *accuracy, int32_t *pred)
{
    if (kiln_check_dataset(m, d, "evaluation data")) return -1;
    batch_source src = {0};
    src.d = d;
    src.noise = noise;
    return eval_loop(m, d->n, &src, loss, accuracy, pred);
}
