/* denoise.c — seed 003's autoencoder figures (see denoise.h). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "denoise.h"
#include "evaluate.h"
#include "plot.h"
#include "train.h"

static kiln_input_noise noise_at(double level, uint64_t seed)
{
    kiln_input_noise n = {0};
    n.salt_and_pepper = 1;
    n.level = (float)level;
    n.seed = seed;
    return n;
}

/* Rows idx[0..n) of `set` as the autoencoder's float32 input, with noise of
 * `level` (none at 0), in chunks of at most 4096 rows. */
static int noisy_rows(kiln_module *ae, const kiln_dataset *set, const int64_t *idx, int64_t n,
                      double level, uint64_t seed, float *x, float *scratch, int32_t *ids)
{
    const kiln_module_desc *d = ae->desc;
    int64_t per = (int64_t)set->h * set->w * set->c;
    kiln_input_noise noise = noise_at(level, seed);
    (void)d;
    for (int64_t i = 0; i < n; i += 4096) {
        int nb = (int)(n - i < 4096 ? n - i : 4096);
        if (kiln_fill_batch(ae, set, idx + i, nb, level > 0 ? &noise : NULL, 0, x + i * per, ids,
                            scratch) != 0)
            return -1;
    }
    return 0;
}

int kiln_denoise_samples(kiln_module *ae, const kiln_dataset *set, int64_t first, int count,
                         const double *levels, int nl, uint64_t seed, int h, int w,
                         const char *out, const char *title)
{
    int64_t per = (int64_t)h * w;
    int rows = 3 * nl;
    float *img = calloc((size_t)(rows * count * per), sizeof(float));
    float *scratch = calloc((size_t)(count * per), sizeof(float));
    int32_t *ids = calloc((size_t)count, sizeof(int32_t));
    int64_t *idx = calloc((size_t)count, sizeof(int64_t));
    char (*names)[32] = calloc((size_t)rows, sizeof *names);
    const char **labels = calloc((size_t)rows, sizeof *labels);
    int rc = img && scratch && ids && idx && names && labels ? 0 : -1;
    if (rc) kiln_error("out of memory (%d x %d images)", rows, count);
    for (int i = 0; !rc && i < count; i++) idx[i] = first + i;
    for (int l = 0; l < nl && !rc; l++) {
        float *orig = img + (size_t)(3 * l) * count * per;
        float *noisy = orig + (size_t)count * per, *rec = noisy + (size_t)count * per;
        rc = noisy_rows(ae, set, idx, count, 0, seed, orig, scratch, ids);
        if (!rc) rc = noisy_rows(ae, set, idx, count, levels[l], seed, noisy, scratch, ids);
        kiln_array xa = {KILN_F32, 2, {count, per}, noisy};
        if (!rc) rc = kiln_predict(ae, &xa, rec);
        snprintf(names[3 * l + 1], sizeof names[0], "noise %g", levels[l]);
        labels[3 * l] = "original";
        labels[3 * l + 1] = names[3 * l + 1];
        labels[3 * l + 2] = "output";
    }
    if (!rc) rc = kiln_plot_images(out, img, rows, count, h, w, labels, title);
    free(img), free(scratch), free(ids), free(idx), free(names), free(labels);
    return rc;
}

int kiln_denoise_accuracy(kiln_module *clf, kiln_module *ae, const kiln_dataset *set,
                          const double *levels, int nl, uint64_t seed, double *acc_noisy,
                          double *acc_denoised, const char *out, const char *title)
{
    const kiln_module_desc *dc = clf->desc, *da = ae->desc;
    int64_t per = (int64_t)set->h * set->w * set->c, n = set->n;
    if (da->in_scale != dc->in_scale) {
        kiln_error("the autoencoder scales its inputs by %g, the classifier by %g: the denoised "
                   "images must be the classifier's input as they are", da->in_scale, dc->in_scale);
        return -1;
    }
    float *x = malloc((size_t)(n * per) * sizeof(float));
    float *den = malloc((size_t)(n * per) * sizeof(float));
    float *scratch = malloc((size_t)((n < 4096 ? n : 4096) * per) * sizeof(float));
    int32_t *ids = malloc((size_t)(n < 4096 ? n : 4096) * sizeof(int32_t));
    int64_t *idx = malloc((size_t)n * sizeof(int64_t));
    int rc = x && den && scratch && ids && idx ? 0 : -1;
    if (rc) kiln_error("out of memory (%" PRId64 " images)", n);
    for (int64_t i = 0; !rc && i < n; i++) idx[i] = i;
    if (!rc) printf("noise   accuracy (noisy)   accuracy (denoised)\n");
    for (int l = 0; l < nl && !rc; l++) {
        rc = noisy_rows(ae, set, idx, n, levels[l], seed, x, scratch, ids);
        kiln_array xa = {KILN_F32, 2, {n, per}, x};
        if (!rc) rc = kiln_predict(ae, &xa, den);
        for (int k = 0; k < 2 && !rc; k++) {
            kiln_eval_arrays ea = {0};
            ea.n = n;
            ea.x = (kiln_array){KILN_F32, 2, {n, per}, k ? den : x};
            ea.ids = set->labels;
            ea.classes = kiln_label_classes(dc);
            double loss;
            rc = kiln_evaluate_arrays(clf, &ea, &loss, k ? &acc_denoised[l] : &acc_noisy[l], NULL);
        }
        if (!rc) printf("%-7g %-18.4f %.4f\n", levels[l], acc_noisy[l], acc_denoised[l]);
    }
    if (!rc && out) {
        double *y = malloc(sizeof(double) * (size_t)(2 * nl));
        for (int l = 0; l < nl; l++) y[l] = acc_denoised[l], y[nl + l] = acc_noisy[l];
        const char *names[2] = {"denoised images", "noisy images"};
        rc = kiln_plot_lines(out, 2, names, nl, levels, y, "Noise level", "Accuracy",
                             title ? title : "Noise level vs accuracy of the classifier");
        free(y);
    }
    free(x), free(den), free(scratch), free(ids), free(idx);
    return rc;
}
