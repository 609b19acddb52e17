/* denoise.h — seed 003's autoencoder figures: test images, their noisy
 * copies and the autoencoder's reconstructions; a classifier's accuracy on
 * noisy and on denoised images.
 *
 * Noise is kiln's salt-and-pepper input noise (train.h "Input noise") at the
 * given level, drawn from `seed` on evaluation stream 0, applied to the
 * dataset's uint8 pixels before the autoencoder's input.rescale — the seed's
 * salt_and_pepper(x_test, level) on [0, 1] data.  Figures go through plot.h.
 */
#ifndef KILN_DENOISE_H
#define KILN_DENOISE_H

#include <stdint.h>

#include "data.h"
#include "module.h"

/* Draws, for each of the nl noise levels, three rows of `count` test images
 * from index `first` of `set`: the images, the noisy images and the outputs
 * of autoencoder `ae` for the noisy ones, each h x w grey.  The caller has
 * checked that ae outputs h * w values per sample.  0 or -1 (reported). */
int kiln_denoise_samples(kiln_module *ae, const kiln_dataset *set, int64_t first, int count,
                         const double *levels, int nl, uint64_t seed, int h, int w,
                         const char *out, const char *title);

/* For each noise level: the accuracy of classifier `clf` on `set`'s noisy
 * images (as float32 arrays, kiln_evaluate_arrays) and on `ae`'s outputs for
 * them, into acc_noisy[l] and acc_denoised[l]; prints a table on stdout and,
 * with `out`, draws both against the level.  The models must take the same
 * images at the same input.rescale (checked).  0 or -1 (reported). */
int kiln_denoise_accuracy(kiln_module *clf, kiln_module *ae, const kiln_dataset *set,
                          const double *levels, int nl, uint64_t seed, double *acc_noisy,
                          double *acc_denoised, const char *out, const char *title);

#endif /* KILN_DENOISE_H */
