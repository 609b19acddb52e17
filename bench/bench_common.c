/* bench_common.c — what kiln bench and kiln profile share (bench.h). */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "data.h"
#include "diag.h"
#include "evaluate.h"
#include "train.h"

static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int kiln_bench_batch_make(const kiln_module *m, const char *data, kiln_bench_batch *b)
{
    const kiln_module_desc *d = m->desc;
    memset(b, 0, sizeof *b);
    b->n = d->batch;
    b->per = 1;
    for (int i = 0; i < d->in_rank; i++) b->per *= d->in_dims[i];
    int classes = kiln_label_classes(d);
    if (classes < 1) classes = d->out_size < 10 ? d->out_size : 10;
    kiln_dataset ds = {0};
    int own = 0;
    if (data) {
        if (kiln_load_dataset(data, "train", &ds) != 0) return -1;
        own = 1;
        int64_t per = (int64_t)ds.h * ds.w * ds.c;
        if (per != b->per) {
            kiln_error("%s: samples are %dx%dx%d (%" PRId64 " elements) but model '%s' takes %"
                       PRId64 " per sample; pick the dataset the model was written for", data,
                       ds.h, ds.w, ds.c, per, d->model, b->per);
            kiln_dataset_free(&ds);
            return -1;
        }
        if (ds.n < b->n) {
            kiln_error("%s: %" PRId64 " training samples, fewer than one batch of %d", data, ds.n,
                       b->n);
            kiln_dataset_free(&ds);
            return -1;
        }
        snprintf(b->source_buf, sizeof b->source_buf, "%s train[0:%d]", data, b->n);
    } else {
        ds.n = b->n;
        ds.h = (int)b->per, ds.w = 1, ds.c = 1;
        ds.classes = classes;
        ds.images = malloc((size_t)(b->n * b->per));
        ds.labels = malloc((size_t)b->n * sizeof(int32_t));
        if (!ds.images || !ds.labels) {
            free(ds.images);
            free(ds.labels);
            kiln_error("out of memory (a batch of %d)", b->n);
            return -1;
        }
        uint64_t s = 0;
        for (int64_t i = 0; i < b->n * b->per; i++) ds.images[i] = (uint8_t)(splitmix64(&s) >> 56);
        for (int i = 0; i < b->n; i++) ds.labels[i] = (int32_t)(splitmix64(&s) % (uint64_t)classes);
        snprintf(b->source_buf, sizeof b->source_buf, "random (seed 0)");
    }
    b->source = b->source_buf;
    size_t ly = (size_t)(d->label_size > 0 ? d->label_size : 1);
    b->x = calloc((size_t)(b->n * b->per), sizeof(float));
    b->y = calloc((size_t)b->n * ly, sizeof(float));
    b->y_index = calloc((size_t)b->n, sizeof(int32_t));
    b->classes = calloc((size_t)b->n, sizeof(int32_t));
    int64_t *idx = calloc((size_t)b->n, sizeof(int64_t));
    int rc = -1;
    if (!b->x || !b->y || !b->y_index || !b->classes || !idx) {
        kiln_error("out of memory (a batch of %d)", b->n);
    } else {
        for (int i = 0; i < b->n; i++) idx[i] = i, b->classes[i] = ds.labels[i];
        rc = kiln_fill_batch(m, &ds, idx, b->n, NULL, 0, b->x, b->y_index, b->y);
    }
    free(idx);
    if (own) kiln_dataset_free(&ds);
    else free(ds.images), free(ds.labels);
    if (rc != 0) kiln_bench_batch_free(b);
    return rc;
}

void kiln_bench_batch_free(kiln_bench_batch *b)
{
    free(b->x), free(b->y), free(b->y_index), free(b->classes);
    b->x = b->y = NULL, b->y_index = b->classes = NULL;
}

kiln_step kiln_bench_step(const kiln_module *m, const kiln_bench_batch *b, float lr)
{
    kiln_step s = kiln_module_step(m);
    s.x = b->x;
    s.y = b->y;
    s.y_index = b->y_index;
    s.nb = b->n;
    s.training = 1;
    s.step = m->step + 1;
    s.learning_rate = lr;
    s.seed = 0;
    return s;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double kiln_median(double *v, int n)
{
    if (n <= 0) return 0;
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

const char *kiln_bench_helper(const char *envvar, const char *fallback)
{
    const char *e = getenv(envvar);
    return e && *e ? e : fallback;
}
