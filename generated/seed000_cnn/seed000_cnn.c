/* seed000_cnn.c — emitted by kiln from models/seed000_cnn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 131552, state 128, arena 12945472.
 * Entry points: kiln_train_step, kiln_eval_step, kiln_predict; descriptor kiln_module. */

#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- kiln_abi.h, verbatim ---- */
/* kiln_abi.h — the contract between the kiln runtime and an emitted module.
 *
 * Every module that `kiln compile` emits carries a verbatim copy of this file
 * (the build embeds it in the compiler), so a generated .c file compiles on its
 * own with no include path.  Bump KILN_ABI_VERSION on any change.
 *
 * Slabs (all float32, 64-byte aligned, sizes in elements from the descriptor):
 *   params  n_params   trainable parameters, one after another, Keras layouts
 *   grads   n_params   d<param>, same offsets as params
 *   opt_m   n_params   Adam first moment m_<param> / SGD momentum velocity
 *   opt_v   n_params   Adam second moment v_<param>
 *   state   n_state    non-trainable weights (BatchNormalization moving stats)
 *   arena   n_arena    activations; a static plan reuses it within a step
 */
#ifndef KILN_ABI_H
#define KILN_ABI_H

#include <stdint.h>

#define KILN_ABI_VERSION 1

/* Tensor roles in the descriptor. */
enum kiln_role {
    KILN_ROLE_INPUT = 0,  /* the batch input x, NHWC float32 */
    KILN_ROLE_LABEL = 1,  /* targets: int32 class ids or float32 dense targets */
    KILN_ROLE_PARAM = 2,  /* trainable weight, in the params slab */
    KILN_ROLE_GRAD = 3,   /* gradient of a weight, in the grads slab */
    KILN_ROLE_STATE = 4,  /* non-trainable weight, in the state slab */
    KILN_ROLE_OPT_M = 5,  /* optimizer first moment, in opt_m */
    KILN_ROLE_OPT_V = 6,  /* optimizer second moment, in opt_v */
    KILN_ROLE_ACT = 7     /* activation or saved value, in the arena */
};

/* Initializers (Keras defaults). fan_in/fan_out in kiln_tensor_desc. */
enum kiln_init {
    KILN_INIT_NONE = 0,
    KILN_INIT_ZEROS = 1,
    KILN_INIT_ONES = 2,
    KILN_INIT_GLOROT_UNIFORM = 3 /* U(-l, l), l = sqrt(6 / (fan_in + fan_out)) */
};

/* Label kinds: what the runtime must put in kiln_step.y / y_index. */
enum kiln_label {
    KILN_LABEL_SPARSE = 0,  /* y_index: (nb) int32 class ids */
    KILN_LABEL_ONEHOT = 1,  /* y: (nb, classes) float32 one-hot */
    KILN_LABEL_DENSE = 2,   /* y: (nb, outputs) float32 targets */
    KILN_LABEL_INPUT = 3    /* y: (nb, H, W, C) float32, the clean input */
};

typedef struct kiln_tensor_desc {
    const char *name;    /* Keras name: "conv2d/kernel", "dconv2d/kernel", "conv2d_out" */
    int role;            /* enum kiln_role */
    int rank;            /* 1..4 */
    int dims[4];         /* Keras layout; for batched tensors dims[0] is the batch */
    const char *layout;  /* "HWIO", "IO", "O", "C", "NHWC", "NC", "N" */
    int64_t offset;      /* element offset in the tensor's slab */
    int64_t size;        /* elements */
    int init;            /* enum kiln_init */
    int fan_in, fan_out; /* for glorot_uniform */
} kiln_tensor_desc;

typedef struct kiln_kernel_desc {
    const char *name;      /* k07_conv2d_fwd_n128_h26w26c32, also the C symbol */
    const char *signature; /* the kernel's C prototype */
    double flops;          /* per full batch */
    double bytes;          /* tensor bytes read + written, per full batch */
    int entries;           /* entry points that run it: 1 train_step, 2 eval_step, 4 predict */
} kiln_kernel_desc;

typedef struct kiln_module_desc {
    int abi_version;       /* KILN_ABI_VERSION */
    const char *model;     /* model name from the JSON */
    int batch;             /* compiled batch size (kiln_step.nb <= batch) */
    int in_rank;           /* per-sample input rank */
    int in_dims[3];        /* per-sample input shape, e.g. 28 28 1 */
    int out_size;          /* per-sample output elements (predict) */
    int label_kind;        /* enum kiln_label */
    int label_size;        /* per-sample label elements (1 for sparse) */
    int has_accuracy;      /* metric is accuracy (else only loss) */
    int64_t n_params, n_state, n_arena;
    int n_tensors;
    const kiln_tensor_desc *tensors;
    int n_kernels;
    const kiln_kernel_desc *kernels;
    const char *isa;       /* "generic", "avx2", "avx512" */
} kiln_module_desc;

/* Arguments of one entry-point call. The runtime fills the inputs; the
 * module writes loss, metric and (predict) out. */
typedef struct kiln_step {
    float *params, *grads, *opt_m, *opt_v, *state, *arena; /* slabs, see above */
    const float *x;          /* (nb, H, W, C) input, float32 0..255 or as given */
    const int32_t *y_index;  /* (nb) class ids, for KILN_LABEL_SPARSE */
    const float *y;          /* (nb, label_size), other label kinds */
    float *out;              /* predict: (nb, out_size) model outputs */
    int nb;                  /* valid samples in this batch, 1..batch */
    int training;            /* reserved, 1 in train_step */
    int64_t step;            /* optimizer step t (1-based) of this update */
    float learning_rate;     /* current learning rate */
    uint64_t seed;           /* dropout stream; mixed with step per call */
    double loss;             /* out: mean loss over nb samples, + regularization */
    double metric;           /* out: sum over samples of accuracy (0..nb) */
} kiln_step;

typedef void (*kiln_entry_fn)(kiln_step *s);

/* Uniform [0, 1) from a counter-based hash (splitmix64's finalizer, Steele et
 * al., "Fast splittable pseudorandom number generators", 2014): the dropout
 * mask of element i of dropout layer `salt` at optimizer step `step`. Pure, so
 * the emitted kernels, the reference interpreter and any thread count agree. */
__attribute__((unused)) static inline float kiln_uniform(uint64_t seed, int64_t step, uint32_t salt, int64_t i)
{
    uint64_t z = seed ^ ((uint64_t)step * 0x9E3779B97F4A7C15ull)
               ^ ((uint64_t)salt << 48) ^ ((uint64_t)i * 0xD1B54A32D192ED03ull);
    z ^= z >> 30; z *= 0xBF58476D1CE4E5B9ull;
    z ^= z >> 27; z *= 0x94D049BB133111EBull;
    z ^= z >> 31;
    return (float)(z >> 40) * 0x1p-24f;
}

/* Symbols every module exports. */
#define KILN_SYM_DESC "kiln_module"
#define KILN_SYM_TRAIN "kiln_train_step"
#define KILN_SYM_EVAL "kiln_eval_step"
#define KILN_SYM_PREDICT "kiln_predict"

#endif /* KILN_ABI_H */

/* ---- kernels ---- */

/* k00_rescale_n128_h28w28c1 — node n0 "rescaling" (rescale), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out rescaling_out              (128, 28, 28, 1) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k00_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 784; e < (long)(n + 1) * 784; e++) {
            rescaling_out[e] = x[e] * 0.00392156886f + 0.0f;
        }
    }
}

/* k01_conv2d_fwd_n128_h28w28c32 — node n1 "conv2d" (conv2d), from $.layers[1]
 *   in  rescaling_out              (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   out conv2d_out                 (128, 28, 28, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k01_conv2d_fwd_n128_h28w28c32(const float *restrict rescaling_out, const float *restrict conv2d_kernel, float *restrict conv2d_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 28; i++) {
            for (int j = 0; j < 28; j++) {
                float acc[32];
                for (int f = 0; f < 32; f++) acc[f] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = rescaling_out + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 32;
                        for (int c = 0; c < 1; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 32; f++) acc[f] += xv * wp[c * 32 + f];
                        }
                    }
                }
                float *yp = conv2d_out + (((long)n * 28 + i) * 28 + j) * 32;
                for (int f = 0; f < 32; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k02_batchnorm_fwd_training_n128_h28w28c32 — node n2 "batch_normalization" (bn_train), from $.layers[2]
 *   in  conv2d_out                 (128, 28, 28, 32) NHWC
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization/beta   (32) C
 *   in  batch_normalization/moving_mean (32) C
 *   in  batch_normalization/moving_variance (32) C
 *   out batch_normalization_out    (128, 28, 28, 32) NHWC
 *   out batch_normalization_mean   (32) C
 *   out batch_normalization_invstd (32) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k02_batchnorm_fwd_training_n128_h28w28c32(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, int nb)
{
    const long rows = (long)nb * 784;  /* M: values per channel */
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += conv2d_out[r * 32 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = conv2d_out[r * 32 + c0 + c] - s[c];
                ss[c] += d * d;
            }
        float scale[16], shift[16];
        for (int c = 0; c < cn; c++) {
            const double var = ss[c] / (double)rows;  /* biased, as Keras */
            const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
            batch_normalization_mean[c0 + c] = (float)s[c];
            batch_normalization_invstd[c0 + c] = invstd;
            batch_normalization_moving_mean[c0 + c] = batch_normalization_moving_mean[c0 + c] * 0.99000001f + (float)s[c] * 0.00999999046f;
            batch_normalization_moving_variance[c0 + c] = batch_normalization_moving_variance[c0 + c] * 0.99000001f + (float)var * 0.00999999046f;
            scale[c] = invstd * batch_normalization_gamma[c0 + c];
            shift[c] = batch_normalization_beta[c0 + c] - (float)s[c] * scale[c];
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) batch_normalization_out[r * 32 + c0 + c] = conv2d_out[r * 32 + c0 + c] * scale[c] + shift[c];
    }
}

/* k03_relu_n128_h28w28c32 — node n3 "re_lu.relu" (relu), from $.layers[3]
 *   in  batch_normalization_out    (128, 28, 28, 32) NHWC
 *   out re_lu_out                  (128, 28, 28, 32) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k03_relu_n128_h28w28c32(const float *restrict batch_normalization_out, float *restrict re_lu_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 25088; e < (long)(n + 1) * 25088; e++) {
            re_lu_out[e] = batch_normalization_out[e] > 0.0f ? batch_normalization_out[e] : (batch_normalization_out[e] != batch_normalization_out[e] ? batch_normalization_out[e] : 0.0f);
        }
    }
}

/* k04_maxpool_fwd_n128_h14w14c32 — node n4 "max_pooling2d" (maxpool), from $.layers[4]
 *   in  re_lu_out                  (128, 28, 28, 32) NHWC
 *   out max_pooling2d_out          (128, 14, 14, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k04_maxpool_fwd_n128_h14w14c32(const float *restrict re_lu_out, float *restrict max_pooling2d_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float m[32];
                for (int c = 0; c < 32; c++) m[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = re_lu_out + (((long)n * 28 + h) * 28 + v) * 32;
                        /* NaN-propagating max */
                        for (int c = 0; c < 32; c++) m[c] = (xp[c] > m[c] || xp[c] != xp[c]) ? xp[c] : m[c];
                    }
                }
                float *yp = max_pooling2d_out + (((long)n * 14 + i) * 14 + j) * 32;
                for (int c = 0; c < 32; c++) yp[c] = m[c];
            }
        }
    }
}

/* k05_conv2d_fwd_n128_h14w14c16 — node n5 "conv2d_1" (conv2d), from $.layers[5]
 *   in  max_pooling2d_out          (128, 14, 14, 32) NHWC
 *   in  conv2d_1/kernel            (3, 3, 32, 16) HWIO
 *   in  conv2d_1/bias              (16) C
 *   out conv2d_1_pre               (128, 14, 14, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k05_conv2d_fwd_n128_h14w14c16(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float acc[16];
                for (int f = 0; f < 16; f++) acc[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = max_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 32;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 512;
                        for (int c = 0; c < 32; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 16; f++) acc[f] += xv * wp[c * 16 + f];
                        }
                    }
                }
                float *yp = conv2d_1_pre + (((long)n * 14 + i) * 14 + j) * 16;
                for (int f = 0; f < 16; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k06_relu_n128_h14w14c16 — node n6 "conv2d_1.relu" (relu), from $.layers[5]
 *   in  conv2d_1_pre               (128, 14, 14, 16) NHWC
 *   out conv2d_1_out               (128, 14, 14, 16) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k06_relu_n128_h14w14c16(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3136; e < (long)(n + 1) * 3136; e++) {
            conv2d_1_out[e] = conv2d_1_pre[e] > 0.0f ? conv2d_1_pre[e] : (conv2d_1_pre[e] != conv2d_1_pre[e] ? conv2d_1_pre[e] : 0.0f);
        }
    }
}

/* k07_maxpool_fwd_n128_h7w7c16 — node n7 "max_pooling2d_1" (maxpool), from $.layers[6]
 *   in  conv2d_1_out               (128, 14, 14, 16) NHWC
 *   out max_pooling2d_1_out        (128, 7, 7, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k07_maxpool_fwd_n128_h7w7c16(const float *restrict conv2d_1_out, float *restrict max_pooling2d_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                float m[16];
                for (int c = 0; c < 16; c++) m[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = conv2d_1_out + (((long)n * 14 + h) * 14 + v) * 16;
                        /* NaN-propagating max */
                        for (int c = 0; c < 16; c++) m[c] = (xp[c] > m[c] || xp[c] != xp[c]) ? xp[c] : m[c];
                    }
                }
                float *yp = max_pooling2d_1_out + (((long)n * 7 + i) * 7 + j) * 16;
                for (int c = 0; c < 16; c++) yp[c] = m[c];
            }
        }
    }
}

/* k08_conv2d_fwd_n128_h7w7c24 — node n8 "conv2d_2" (conv2d), from $.layers[7]
 *   in  max_pooling2d_1_out        (128, 7, 7, 16) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 24) HWIO
 *   out conv2d_2_out               (128, 7, 7, 24) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k08_conv2d_fwd_n128_h7w7c24(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel, float *restrict conv2d_2_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                float acc[24];
                for (int f = 0; f < 24; f++) acc[f] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 7) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 7) continue;
                        const float *xp = max_pooling2d_1_out + (((long)n * 7 + h) * 7 + v) * 16;
                        const float *wp = conv2d_2_kernel + (p * 3 + q) * 384;
                        for (int c = 0; c < 16; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 24; f++) acc[f] += xv * wp[c * 24 + f];
                        }
                    }
                }
                float *yp = conv2d_2_out + (((long)n * 7 + i) * 7 + j) * 24;
                for (int f = 0; f < 24; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k09_batchnorm_fwd_training_n128_h7w7c24 — node n9 "batch_normalization_1" (bn_train), from $.layers[8]
 *   in  conv2d_2_out               (128, 7, 7, 24) NHWC
 *   in  batch_normalization_1/gamma (24) C
 *   in  batch_normalization_1/beta (24) C
 *   in  batch_normalization_1/moving_mean (24) C
 *   in  batch_normalization_1/moving_variance (24) C
 *   out batch_normalization_1_out  (128, 7, 7, 24) NHWC
 *   out batch_normalization_1_mean (24) C
 *   out batch_normalization_1_invstd (24) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k09_batchnorm_fwd_training_n128_h7w7c24(const float *restrict conv2d_2_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, int nb)
{
    const long rows = (long)nb * 49;  /* M: values per channel */
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 24; c0 += 16) {
        const int cn = 24 - c0 < 16 ? 24 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += conv2d_2_out[r * 24 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = conv2d_2_out[r * 24 + c0 + c] - s[c];
                ss[c] += d * d;
            }
        float scale[16], shift[16];
        for (int c = 0; c < cn; c++) {
            const double var = ss[c] / (double)rows;  /* biased, as Keras */
            const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
            batch_normalization_1_mean[c0 + c] = (float)s[c];
            batch_normalization_1_invstd[c0 + c] = invstd;
            batch_normalization_1_moving_mean[c0 + c] = batch_normalization_1_moving_mean[c0 + c] * 0.99000001f + (float)s[c] * 0.00999999046f;
            batch_normalization_1_moving_variance[c0 + c] = batch_normalization_1_moving_variance[c0 + c] * 0.99000001f + (float)var * 0.00999999046f;
            scale[c] = invstd * batch_normalization_1_gamma[c0 + c];
            shift[c] = batch_normalization_1_beta[c0 + c] - (float)s[c] * scale[c];
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) batch_normalization_1_out[r * 24 + c0 + c] = conv2d_2_out[r * 24 + c0 + c] * scale[c] + shift[c];
    }
}

/* k10_relu_n128_h7w7c24 — node n10 "re_lu_1.relu" (relu), from $.layers[9]
 *   in  batch_normalization_1_out  (128, 7, 7, 24) NHWC
 *   out re_lu_1_out                (128, 7, 7, 24) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k10_relu_n128_h7w7c24(const float *restrict batch_normalization_1_out, float *restrict re_lu_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1176; e < (long)(n + 1) * 1176; e++) {
            re_lu_1_out[e] = batch_normalization_1_out[e] > 0.0f ? batch_normalization_1_out[e] : (batch_normalization_1_out[e] != batch_normalization_1_out[e] ? batch_normalization_1_out[e] : 0.0f);
        }
    }
}

/* k11_dense_fwd_n128_k100 — node n11 "dense" (dense), from $.layers[11]
 *   in  flatten_out                (128, 1176) NC
 *   in  dense/kernel               (1176, 100) IO
 *   in  dense/bias                 (100) C
 *   out dense_pre                  (128, 100) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k11_dense_fwd_n128_k100(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[100];
        for (int m = 0; m < 100; m++) acc[m] = dense_bias[m];
        for (int k = 0; k < 1176; k++) {
            const float xv = flatten_out[(long)n * 1176 + k];
            for (int m = 0; m < 100; m++) acc[m] += xv * dense_kernel[k * 100 + m];
        }
        for (int m = 0; m < 100; m++) dense_pre[(long)n * 100 + m] = acc[m];
    }
}

/* k12_relu_n128_k100 — node n12 "dense.relu" (relu), from $.layers[11]
 *   in  dense_pre                  (128, 100) NC
 *   out dense_out                  (128, 100) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k12_relu_n128_k100(const float *restrict dense_pre, float *restrict dense_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 100; e < (long)(n + 1) * 100; e++) {
            dense_out[e] = dense_pre[e] > 0.0f ? dense_pre[e] : (dense_pre[e] != dense_pre[e] ? dense_pre[e] : 0.0f);
        }
    }
}

/* k13_dropout_n128_k100 — node n13 "dropout" (dropout), from $.layers[12]
 *   in  dense_out                  (128, 100) NC
 *   out dropout_out                (128, 100) NC
 *   out dropout_mask               (128, 100) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k13_dropout_n128_k100(const float *restrict dense_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
{
    const float keep_scale = 1.42857146f;  /* 1 / (1 - rate) */
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 100; e < (long)(n + 1) * 100; e++) {
            const float u = kiln_uniform(seed, step, 0, e);
            dropout_mask[e] = u >= 0.300000012f ? keep_scale : 0.0f;
            dropout_out[e] = dense_out[e] * dropout_mask[e];
        }
    }
}

/* k14_dense_fwd_n128_k48 — node n14 "dense_1" (dense), from $.layers[13]
 *   in  dropout_out                (128, 100) NC
 *   in  dense_1/kernel             (100, 48) IO
 *   in  dense_1/bias               (48) C
 *   out dense_1_pre                (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k14_dense_fwd_n128_k48(const float *restrict dropout_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[48];
        for (int m = 0; m < 48; m++) acc[m] = dense_1_bias[m];
        for (int k = 0; k < 100; k++) {
            const float xv = dropout_out[(long)n * 100 + k];
            for (int m = 0; m < 48; m++) acc[m] += xv * dense_1_kernel[k * 48 + m];
        }
        for (int m = 0; m < 48; m++) dense_1_pre[(long)n * 48 + m] = acc[m];
    }
}

/* k15_relu_n128_k48 — node n15 "dense_1.relu" (relu), from $.layers[13]
 *   in  dense_1_pre                (128, 48) NC
 *   out dense_1_out                (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k15_relu_n128_k48(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 48; e < (long)(n + 1) * 48; e++) {
            dense_1_out[e] = dense_1_pre[e] > 0.0f ? dense_1_pre[e] : (dense_1_pre[e] != dense_1_pre[e] ? dense_1_pre[e] : 0.0f);
        }
    }
}

/* k16_dense_fwd_n128_k10 — node n16 "dense_2" (dense), from $.layers[14]
 *   in  dense_1_out                (128, 48) NC
 *   in  dense_2/kernel             (48, 10) IO
 *   in  dense_2/bias               (10) C
 *   out dense_2_pre                (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k16_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[10];
        for (int m = 0; m < 10; m++) acc[m] = dense_2_bias[m];
        for (int k = 0; k < 48; k++) {
            const float xv = dense_1_out[(long)n * 48 + k];
            for (int m = 0; m < 10; m++) acc[m] += xv * dense_2_kernel[k * 10 + m];
        }
        for (int m = 0; m < 10; m++) dense_2_pre[(long)n * 10 + m] = acc[m];
    }
}

/* k17_rescale_n128_h28w28c1 — node n17 "rescaling_infer" (rescale), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out rescaling_out_infer        (128, 28, 28, 1) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k17_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 784; e < (long)(n + 1) * 784; e++) {
            rescaling_out_infer[e] = x[e] * 0.00392156886f + 0.0f;
        }
    }
}

/* k18_conv2d_fwd_n128_h28w28c32 — node n18 "conv2d_infer" (conv2d), from $.layers[1]
 *   in  rescaling_out_infer        (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   out conv2d_out_infer           (128, 28, 28, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k18_conv2d_fwd_n128_h28w28c32(const float *restrict rescaling_out_infer, const float *restrict conv2d_kernel, float *restrict conv2d_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 28; i++) {
            for (int j = 0; j < 28; j++) {
                float acc[32];
                for (int f = 0; f < 32; f++) acc[f] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = rescaling_out_infer + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 32;
                        for (int c = 0; c < 1; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 32; f++) acc[f] += xv * wp[c * 32 + f];
                        }
                    }
                }
                float *yp = conv2d_out_infer + (((long)n * 28 + i) * 28 + j) * 32;
                for (int f = 0; f < 32; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k19_batchnorm_fwd_inference_n128_h28w28c32 — node n19 "batch_normalization_infer" (bn_infer), from $.layers[2]
 *   in  conv2d_out_infer           (128, 28, 28, 32) NHWC
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization/beta   (32) C
 *   in  batch_normalization/moving_mean (32) C
 *   in  batch_normalization/moving_variance (32) C
 *   out batch_normalization_out_infer (128, 28, 28, 32) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k19_batchnorm_fwd_inference_n128_h28w28c32(const float *restrict conv2d_out_infer, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out_infer, int nb)
{
    float scale[32], shift[32];
    for (int c = 0; c < 32; c++) {
        scale[c] = batch_normalization_gamma[c] / sqrtf(batch_normalization_moving_variance[c] + 0.00100000005f);
        shift[c] = batch_normalization_beta[c] - batch_normalization_moving_mean[c] * scale[c];
    }
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++)
        for (long r = (long)n * 784; r < (long)(n + 1) * 784; r++)
            for (int c = 0; c < 32; c++) batch_normalization_out_infer[r * 32 + c] = conv2d_out_infer[r * 32 + c] * scale[c] + shift[c];
}

/* k20_relu_n128_h28w28c32 — node n20 "re_lu.relu_infer" (relu), from $.layers[3]
 *   in  batch_normalization_out_infer (128, 28, 28, 32) NHWC
 *   out re_lu_out_infer            (128, 28, 28, 32) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k20_relu_n128_h28w28c32(const float *restrict batch_normalization_out_infer, float *restrict re_lu_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 25088; e < (long)(n + 1) * 25088; e++) {
            re_lu_out_infer[e] = batch_normalization_out_infer[e] > 0.0f ? batch_normalization_out_infer[e] : (batch_normalization_out_infer[e] != batch_normalization_out_infer[e] ? batch_normalization_out_infer[e] : 0.0f);
        }
    }
}

/* k21_maxpool_fwd_n128_h14w14c32 — node n21 "max_pooling2d_infer" (maxpool), from $.layers[4]
 *   in  re_lu_out_infer            (128, 28, 28, 32) NHWC
 *   out max_pooling2d_out_infer    (128, 14, 14, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k21_maxpool_fwd_n128_h14w14c32(const float *restrict re_lu_out_infer, float *restrict max_pooling2d_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float m[32];
                for (int c = 0; c < 32; c++) m[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = re_lu_out_infer + (((long)n * 28 + h) * 28 + v) * 32;
                        /* NaN-propagating max */
                        for (int c = 0; c < 32; c++) m[c] = (xp[c] > m[c] || xp[c] != xp[c]) ? xp[c] : m[c];
                    }
                }
                float *yp = max_pooling2d_out_infer + (((long)n * 14 + i) * 14 + j) * 32;
                for (int c = 0; c < 32; c++) yp[c] = m[c];
            }
        }
    }
}

/* k22_conv2d_fwd_n128_h14w14c16 — node n22 "conv2d_1_infer" (conv2d), from $.layers[5]
 *   in  max_pooling2d_out_infer    (128, 14, 14, 32) NHWC
 *   in  conv2d_1/kernel            (3, 3, 32, 16) HWIO
 *   in  conv2d_1/bias              (16) C
 *   out conv2d_1_pre_infer         (128, 14, 14, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k22_conv2d_fwd_n128_h14w14c16(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float acc[16];
                for (int f = 0; f < 16; f++) acc[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = max_pooling2d_out_infer + (((long)n * 14 + h) * 14 + v) * 32;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 512;
                        for (int c = 0; c < 32; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 16; f++) acc[f] += xv * wp[c * 16 + f];
                        }
                    }
                }
                float *yp = conv2d_1_pre_infer + (((long)n * 14 + i) * 14 + j) * 16;
                for (int f = 0; f < 16; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k23_relu_n128_h14w14c16 — node n23 "conv2d_1.relu_infer" (relu), from $.layers[5]
 *   in  conv2d_1_pre_infer         (128, 14, 14, 16) NHWC
 *   out conv2d_1_out_infer         (128, 14, 14, 16) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k23_relu_n128_h14w14c16(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3136; e < (long)(n + 1) * 3136; e++) {
            conv2d_1_out_infer[e] = conv2d_1_pre_infer[e] > 0.0f ? conv2d_1_pre_infer[e] : (conv2d_1_pre_infer[e] != conv2d_1_pre_infer[e] ? conv2d_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k24_maxpool_fwd_n128_h7w7c16 — node n24 "max_pooling2d_1_infer" (maxpool), from $.layers[6]
 *   in  conv2d_1_out_infer         (128, 14, 14, 16) NHWC
 *   out max_pooling2d_1_out_infer  (128, 7, 7, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k24_maxpool_fwd_n128_h7w7c16(const float *restrict conv2d_1_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                float m[16];
                for (int c = 0; c < 16; c++) m[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = conv2d_1_out_infer + (((long)n * 14 + h) * 14 + v) * 16;
                        /* NaN-propagating max */
                        for (int c = 0; c < 16; c++) m[c] = (xp[c] > m[c] || xp[c] != xp[c]) ? xp[c] : m[c];
                    }
                }
                float *yp = max_pooling2d_1_out_infer + (((long)n * 7 + i) * 7 + j) * 16;
                for (int c = 0; c < 16; c++) yp[c] = m[c];
            }
        }
    }
}

/* k25_conv2d_fwd_n128_h7w7c24 — node n25 "conv2d_2_infer" (conv2d), from $.layers[7]
 *   in  max_pooling2d_1_out_infer  (128, 7, 7, 16) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 24) HWIO
 *   out conv2d_2_out_infer         (128, 7, 7, 24) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k25_conv2d_fwd_n128_h7w7c24(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel, float *restrict conv2d_2_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                float acc[24];
                for (int f = 0; f < 24; f++) acc[f] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 7) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 7) continue;
                        const float *xp = max_pooling2d_1_out_infer + (((long)n * 7 + h) * 7 + v) * 16;
                        const float *wp = conv2d_2_kernel + (p * 3 + q) * 384;
                        for (int c = 0; c < 16; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 24; f++) acc[f] += xv * wp[c * 24 + f];
                        }
                    }
                }
                float *yp = conv2d_2_out_infer + (((long)n * 7 + i) * 7 + j) * 24;
                for (int f = 0; f < 24; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k26_batchnorm_fwd_inference_n128_h7w7c24 — node n26 "batch_normalization_1_infer" (bn_infer), from $.layers[8]
 *   in  conv2d_2_out_infer         (128, 7, 7, 24) NHWC
 *   in  batch_normalization_1/gamma (24) C
 *   in  batch_normalization_1/beta (24) C
 *   in  batch_normalization_1/moving_mean (24) C
 *   in  batch_normalization_1/moving_variance (24) C
 *   out batch_normalization_1_out_infer (128, 7, 7, 24) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k26_batchnorm_fwd_inference_n128_h7w7c24(const float *restrict conv2d_2_out_infer, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_infer, int nb)
{
    float scale[24], shift[24];
    for (int c = 0; c < 24; c++) {
        scale[c] = batch_normalization_1_gamma[c] / sqrtf(batch_normalization_1_moving_variance[c] + 0.00100000005f);
        shift[c] = batch_normalization_1_beta[c] - batch_normalization_1_moving_mean[c] * scale[c];
    }
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++)
        for (long r = (long)n * 49; r < (long)(n + 1) * 49; r++)
            for (int c = 0; c < 24; c++) batch_normalization_1_out_infer[r * 24 + c] = conv2d_2_out_infer[r * 24 + c] * scale[c] + shift[c];
}

/* k27_relu_n128_h7w7c24 — node n27 "re_lu_1.relu_infer" (relu), from $.layers[9]
 *   in  batch_normalization_1_out_infer (128, 7, 7, 24) NHWC
 *   out re_lu_1_out_infer          (128, 7, 7, 24) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k27_relu_n128_h7w7c24(const float *restrict batch_normalization_1_out_infer, float *restrict re_lu_1_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1176; e < (long)(n + 1) * 1176; e++) {
            re_lu_1_out_infer[e] = batch_normalization_1_out_infer[e] > 0.0f ? batch_normalization_1_out_infer[e] : (batch_normalization_1_out_infer[e] != batch_normalization_1_out_infer[e] ? batch_normalization_1_out_infer[e] : 0.0f);
        }
    }
}

/* k28_dense_fwd_n128_k100 — node n28 "dense_infer" (dense), from $.layers[11]
 *   in  flatten_out_infer          (128, 1176) NC
 *   in  dense/kernel               (1176, 100) IO
 *   in  dense/bias                 (100) C
 *   out dense_pre_infer            (128, 100) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k28_dense_fwd_n128_k100(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[100];
        for (int m = 0; m < 100; m++) acc[m] = dense_bias[m];
        for (int k = 0; k < 1176; k++) {
            const float xv = flatten_out_infer[(long)n * 1176 + k];
            for (int m = 0; m < 100; m++) acc[m] += xv * dense_kernel[k * 100 + m];
        }
        for (int m = 0; m < 100; m++) dense_pre_infer[(long)n * 100 + m] = acc[m];
    }
}

/* k29_relu_n128_k100 — node n29 "dense.relu_infer" (relu), from $.layers[11]
 *   in  dense_pre_infer            (128, 100) NC
 *   out dense_out_infer            (128, 100) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k29_relu_n128_k100(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 100; e < (long)(n + 1) * 100; e++) {
            dense_out_infer[e] = dense_pre_infer[e] > 0.0f ? dense_pre_infer[e] : (dense_pre_infer[e] != dense_pre_infer[e] ? dense_pre_infer[e] : 0.0f);
        }
    }
}

/* k30_dense_fwd_n128_k48 — node n30 "dense_1_infer" (dense), from $.layers[13]
 *   in  dense_out_infer            (128, 100) NC
 *   in  dense_1/kernel             (100, 48) IO
 *   in  dense_1/bias               (48) C
 *   out dense_1_pre_infer          (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k30_dense_fwd_n128_k48(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[48];
        for (int m = 0; m < 48; m++) acc[m] = dense_1_bias[m];
        for (int k = 0; k < 100; k++) {
            const float xv = dense_out_infer[(long)n * 100 + k];
            for (int m = 0; m < 48; m++) acc[m] += xv * dense_1_kernel[k * 48 + m];
        }
        for (int m = 0; m < 48; m++) dense_1_pre_infer[(long)n * 48 + m] = acc[m];
    }
}

/* k31_relu_n128_k48 — node n31 "dense_1.relu_infer" (relu), from $.layers[13]
 *   in  dense_1_pre_infer          (128, 48) NC
 *   out dense_1_out_infer          (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k31_relu_n128_k48(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 48; e < (long)(n + 1) * 48; e++) {
            dense_1_out_infer[e] = dense_1_pre_infer[e] > 0.0f ? dense_1_pre_infer[e] : (dense_1_pre_infer[e] != dense_1_pre_infer[e] ? dense_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k32_dense_fwd_n128_k10 — node n32 "dense_2_infer" (dense), from $.layers[14]
 *   in  dense_1_out_infer          (128, 48) NC
 *   in  dense_2/kernel             (48, 10) IO
 *   in  dense_2/bias               (10) C
 *   out dense_2_pre_infer          (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k32_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[10];
        for (int m = 0; m < 10; m++) acc[m] = dense_2_bias[m];
        for (int k = 0; k < 48; k++) {
            const float xv = dense_1_out_infer[(long)n * 48 + k];
            for (int m = 0; m < 10; m++) acc[m] += xv * dense_2_kernel[k * 10 + m];
        }
        for (int m = 0; m < 10; m++) dense_2_pre_infer[(long)n * 10 + m] = acc[m];
    }
}

/* k33_softmax_n128_k10 — node n33 "dense_2.softmax_infer" (softmax), from $.layers[14]
 *   in  dense_2_pre_infer          (128, 10) NC
 *   out dense_2_out_infer          (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k33_softmax_n128_k10(const float *restrict dense_2_pre_infer, float *restrict dense_2_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (long r = 0; r < (long)nb * 1; r++) {
        const float *z = dense_2_pre_infer + r * 10;
        float *y = dense_2_out_infer + r * 10;
        float mx = z[0];
        for (int k = 1; k < 10; k++) mx = z[k] > mx ? z[k] : mx;
        float sum = 0.0f;
        for (int k = 0; k < 10; k++) { y[k] = expf(z[k] - mx); sum += y[k]; }
        for (int k = 0; k < 10; k++) y[k] /= sum;
    }
}

/* k34_softmax_ce_sparse_n128_k10 — node n34 "loss" (softmax_ce_sparse), from $.loss
 *   in  dense_2_pre                (128, 10) NC
 *   in  y                          (128) N
 *   out probs                      (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k34_softmax_ce_sparse_n128_k10(const float *restrict dense_2_pre, const int32_t *restrict y, float *restrict probs, int nb, double *restrict loss, double *restrict metric)
{
    double total = 0.0, hits = 0.0;
    for (int n = 0; n < nb; n++) {
        const float *z = dense_2_pre + (long)n * 10;
        float *p = probs + (long)n * 10;
        int arg = 0;
        for (int k = 1; k < 10; k++) if (z[k] > z[arg]) arg = k;
        const float mx = z[arg];
        double sum = 0.0;
        for (int k = 0; k < 10; k++) { p[k] = expf(z[k] - mx); sum += p[k]; }
        for (int k = 0; k < 10; k++) p[k] = (float)(p[k] / sum);
        const double lse = mx + log(sum);
        const int label = y[n];
        total += lse - z[label];
        hits += arg == label;
    }
    *loss = total / nb;
    *metric = hits;
}

/* k35_softmax_ce_sparse_n128_k10 — node n35 "loss_eval" (softmax_ce_sparse), from $.loss
 *   in  dense_2_pre_infer          (128, 10) NC
 *   in  y                          (128) N
 *   out probs_eval                 (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k35_softmax_ce_sparse_n128_k10(const float *restrict dense_2_pre_infer, const int32_t *restrict y, float *restrict probs_eval, int nb, double *restrict loss, double *restrict metric)
{
    double total = 0.0, hits = 0.0;
    for (int n = 0; n < nb; n++) {
        const float *z = dense_2_pre_infer + (long)n * 10;
        float *p = probs_eval + (long)n * 10;
        int arg = 0;
        for (int k = 1; k < 10; k++) if (z[k] > z[arg]) arg = k;
        const float mx = z[arg];
        double sum = 0.0;
        for (int k = 0; k < 10; k++) { p[k] = expf(z[k] - mx); sum += p[k]; }
        for (int k = 0; k < 10; k++) p[k] = (float)(p[k] / sum);
        const double lse = mx + log(sum);
        const int label = y[n];
        total += lse - z[label];
        hits += arg == label;
    }
    *loss = total / nb;
    *metric = hits;
}

/* k36_output_n128_k10 — node n36 "output" (output), from $.layers
 *   in  dense_2_out_infer          (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k36_output_n128_k10(const float *restrict dense_2_out_infer, float *restrict out, int nb)
{
    memcpy(out, dense_2_out_infer, sizeof(float) * (size_t)nb * 10);
}

/* k37_softmax_ce_sparse_bwd_n128_k10 — node n37 "dloss" (softmax_ce_sparse_bwd), from $.loss
 *   in  probs                      (128, 10) NC
 *   in  y                          (128) N
 *   out ddense_2_pre               (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k37_softmax_ce_sparse_bwd_n128_k10(const float *restrict probs, const int32_t *restrict y, float *restrict ddense_2_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *p = probs + (long)n * 10;
        float *d = ddense_2_pre + (long)n * 10;
        const float inv = 1.0f / (float)nb;
        for (int k = 0; k < 10; k++) d[k] = p[k] * inv;
        d[y[n]] -= inv;
    }
}

/* k38_dense_bwd_data_n128_k48 — node n38 "ddense_2.data" (dense_bwd_data), from $.layers[14]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_2/kernel             (48, 10) IO
 *   out ddense_1_out               (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k38_dense_bwd_data_n128_k48(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, int nb)
{
    /* Transposed kernel wt[m][k] = w[k][m]: the innermost loop runs over k. */
    static float wt[480] __attribute__((aligned(64)));
    for (int k = 0; k < 48; k++)
        for (int m = 0; m < 10; m++) wt[m * 48 + k] = dense_2_kernel[k * 10 + m];
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[48] = {0};
        for (int m = 0; m < 10; m++) {
            const float d = ddense_2_pre[(long)n * 10 + m];
            for (int k = 0; k < 48; k++) acc[k] += d * wt[m * 48 + k];
        }
        for (int k = 0; k < 48; k++) ddense_1_out[(long)n * 48 + k] = acc[k];
    }
}

/* k39_dense_bwd_weights_48x10 — node n39 "ddense_2.weights" (dense_bwd_weights), from $.layers[14]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_1_out                (128, 48) NC
 *   out ddense_2/kernel            (48, 10) IO
 *   out ddense_2/bias              (10) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k39_dense_bwd_weights_48x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp parallel for schedule(static)
    for (int k = 0; k < 48; k++) {
        float acc[10] = {0};
        for (int n = 0; n < nb; n++) {
            const float xv = dense_1_out[(long)n * 48 + k];
            for (int m = 0; m < 10; m++) acc[m] += xv * ddense_2_pre[(long)n * 10 + m];
        }
        for (int m = 0; m < 10; m++) ddense_2_kernel[k * 10 + m] = acc[m];
    }
    float accb[10] = {0};
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 10; m++) accb[m] += ddense_2_pre[(long)n * 10 + m];
    for (int m = 0; m < 10; m++) ddense_2_bias[m] = accb[m];
}

/* k40_relu_bwd_n128_k48 — node n40 "ddense_1.relu" (relu_bwd), from $.layers[13]
 *   in  ddense_1_out               (128, 48) NC
 *   in  dense_1_out                (128, 48) NC
 *   out ddense_1_pre               (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k40_relu_bwd_n128_k48(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 48; e < (long)(n + 1) * 48; e++) {
            ddense_1_pre[e] = dense_1_out[e] > 0.0f ? ddense_1_out[e] : 0.0f;
        }
    }
}

/* k41_dense_bwd_data_n128_k100 — node n41 "ddense_1.data" (dense_bwd_data), from $.layers[13]
 *   in  ddense_1_pre               (128, 48) NC
 *   in  dense_1/kernel             (100, 48) IO
 *   out ddropout_out               (128, 100) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k41_dense_bwd_data_n128_k100(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddropout_out, int nb)
{
    /* Transposed kernel wt[m][k] = w[k][m]: the innermost loop runs over k. */
    static float wt[4800] __attribute__((aligned(64)));
    for (int k = 0; k < 100; k++)
        for (int m = 0; m < 48; m++) wt[m * 100 + k] = dense_1_kernel[k * 48 + m];
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[100] = {0};
        for (int m = 0; m < 48; m++) {
            const float d = ddense_1_pre[(long)n * 48 + m];
            for (int k = 0; k < 100; k++) acc[k] += d * wt[m * 100 + k];
        }
        for (int k = 0; k < 100; k++) ddropout_out[(long)n * 100 + k] = acc[k];
    }
}

/* k42_dense_bwd_weights_100x48 — node n42 "ddense_1.weights" (dense_bwd_weights), from $.layers[13]
 *   in  ddense_1_pre               (128, 48) NC
 *   in  dropout_out                (128, 100) NC
 *   out ddense_1/kernel            (100, 48) IO
 *   out ddense_1/bias              (48) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k42_dense_bwd_weights_100x48(const float *restrict ddense_1_pre, const float *restrict dropout_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp parallel for schedule(static)
    for (int k = 0; k < 100; k++) {
        float acc[48] = {0};
        for (int n = 0; n < nb; n++) {
            const float xv = dropout_out[(long)n * 100 + k];
            for (int m = 0; m < 48; m++) acc[m] += xv * ddense_1_pre[(long)n * 48 + m];
        }
        for (int m = 0; m < 48; m++) ddense_1_kernel[k * 48 + m] = acc[m];
    }
    float accb[48] = {0};
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 48; m++) accb[m] += ddense_1_pre[(long)n * 48 + m];
    for (int m = 0; m < 48; m++) ddense_1_bias[m] = accb[m];
}

/* k43_dropout_bwd_n128_k100 — node n43 "ddropout" (dropout_bwd), from $.layers[12]
 *   in  ddropout_out               (128, 100) NC
 *   in  dropout_mask               (128, 100) NC
 *   out ddense_out                 (128, 100) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k43_dropout_bwd_n128_k100(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict ddense_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 100; e < (long)(n + 1) * 100; e++) {
            ddense_out[e] = ddropout_out[e] * dropout_mask[e];
        }
    }
}

/* k44_relu_bwd_n128_k100 — node n44 "ddense.relu" (relu_bwd), from $.layers[11]
 *   in  ddense_out                 (128, 100) NC
 *   in  dense_out                  (128, 100) NC
 *   out ddense_pre                 (128, 100) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k44_relu_bwd_n128_k100(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 100; e < (long)(n + 1) * 100; e++) {
            ddense_pre[e] = dense_out[e] > 0.0f ? ddense_out[e] : 0.0f;
        }
    }
}

/* k45_dense_bwd_data_n128_k1176 — node n45 "ddense.data" (dense_bwd_data), from $.layers[11]
 *   in  ddense_pre                 (128, 100) NC
 *   in  dense/kernel               (1176, 100) IO
 *   out dflatten_out               (128, 1176) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k45_dense_bwd_data_n128_k1176(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, int nb)
{
    /* Transposed kernel wt[m][k] = w[k][m]: the innermost loop runs over k. */
    static float wt[117600] __attribute__((aligned(64)));
    for (int k = 0; k < 1176; k++)
        for (int m = 0; m < 100; m++) wt[m * 1176 + k] = dense_kernel[k * 100 + m];
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[1176] = {0};
        for (int m = 0; m < 100; m++) {
            const float d = ddense_pre[(long)n * 100 + m];
            for (int k = 0; k < 1176; k++) acc[k] += d * wt[m * 1176 + k];
        }
        for (int k = 0; k < 1176; k++) dflatten_out[(long)n * 1176 + k] = acc[k];
    }
}

/* k46_dense_bwd_weights_1176x100 — node n46 "ddense.weights" (dense_bwd_weights), from $.layers[11]
 *   in  ddense_pre                 (128, 100) NC
 *   in  flatten_out                (128, 1176) NC
 *   out ddense/kernel              (1176, 100) IO
 *   out ddense/bias                (100) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k46_dense_bwd_weights_1176x100(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp parallel for schedule(static)
    for (int k = 0; k < 1176; k++) {
        float acc[100] = {0};
        for (int n = 0; n < nb; n++) {
            const float xv = flatten_out[(long)n * 1176 + k];
            for (int m = 0; m < 100; m++) acc[m] += xv * ddense_pre[(long)n * 100 + m];
        }
        for (int m = 0; m < 100; m++) ddense_kernel[k * 100 + m] = acc[m];
    }
    float accb[100] = {0};
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 100; m++) accb[m] += ddense_pre[(long)n * 100 + m];
    for (int m = 0; m < 100; m++) ddense_bias[m] = accb[m];
}

/* k47_relu_bwd_n128_h7w7c24 — node n47 "dre_lu_1.relu" (relu_bwd), from $.layers[9]
 *   in  dre_lu_1_out               (128, 7, 7, 24) NHWC
 *   in  re_lu_1_out                (128, 7, 7, 24) NHWC
 *   out dbatch_normalization_1_out (128, 7, 7, 24) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k47_relu_bwd_n128_h7w7c24(const float *restrict dre_lu_1_out, const float *restrict re_lu_1_out, float *restrict dbatch_normalization_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1176; e < (long)(n + 1) * 1176; e++) {
            dbatch_normalization_1_out[e] = re_lu_1_out[e] > 0.0f ? dre_lu_1_out[e] : 0.0f;
        }
    }
}

/* k48_batchnorm_bwd_n128_h7w7c24 — node n48 "dbatch_normalization_1" (bn_bwd), from $.layers[8]
 *   in  dbatch_normalization_1_out (128, 7, 7, 24) NHWC
 *   in  conv2d_2_out               (128, 7, 7, 24) NHWC
 *   in  batch_normalization_1/gamma (24) C
 *   in  batch_normalization_1_mean (24) C
 *   in  batch_normalization_1_invstd (24) C
 *   out dconv2d_2_out              (128, 7, 7, 24) NHWC
 *   out dbatch_normalization_1/gamma (24) C
 *   out dbatch_normalization_1/beta (24) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k48_batchnorm_bwd_n128_h7w7c24(const float *restrict dbatch_normalization_1_out, const float *restrict conv2d_2_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_2_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, int nb)
{
    const long rows = (long)nb * 49;
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 24; c0 += 16) {
        const int cn = 24 - c0 < 16 ? 24 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_2_out[r * 24 + c0 + c] - batch_normalization_1_mean[c0 + c]) * batch_normalization_1_invstd[c0 + c];
                sdy[c] += dbatch_normalization_1_out[r * 24 + c0 + c];
                sdyx[c] += dbatch_normalization_1_out[r * 24 + c0 + c] * xhat;
            }
        for (int c = 0; c < cn; c++) {
            dbatch_normalization_1_gamma[c0 + c] = (float)sdyx[c];
            dbatch_normalization_1_beta[c0 + c] = (float)sdy[c];
        }
        /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
        float k[16], mdy[16], mdyx[16];
        for (int c = 0; c < cn; c++) {
            k[c] = batch_normalization_1_gamma[c0 + c] * batch_normalization_1_invstd[c0 + c];
            mdy[c] = (float)(sdy[c] / (double)rows);
            mdyx[c] = (float)(sdyx[c] / (double)rows);
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_2_out[r * 24 + c0 + c] - batch_normalization_1_mean[c0 + c]) * batch_normalization_1_invstd[c0 + c];
                dconv2d_2_out[r * 24 + c0 + c] = k[c] * (dbatch_normalization_1_out[r * 24 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k49_conv2d_bwd_data_n128_h7w7c16 — node n49 "dconv2d_2.data" (conv2d_bwd_data), from $.layers[7]
 *   in  dconv2d_2_out              (128, 7, 7, 24) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 24) HWIO
 *   out dmax_pooling2d_1_out       (128, 7, 7, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k49_conv2d_bwd_data_n128_h7w7c16(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_kernel, float *restrict dmax_pooling2d_1_out, int nb)
{
    /* Transposed kernel wt[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    static float wt[3456] __attribute__((aligned(64)));
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 16; c++)
            for (int f = 0; f < 24; f++) wt[(pq * 24 + f) * 16 + c] = conv2d_2_kernel[(pq * 16 + c) * 24 + f];
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 7; h++) {
            for (int v = 0; v < 7; v++) {
                float acc[16] = {0};
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 7) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 7) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_2_out + (((long)n * 7 + i) * 7 + j) * 24;
                        const float *wp = wt + (p * 3 + q) * 384;
                        for (int f = 0; f < 24; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 16; c++) acc[c] += d * wp[f * 16 + c];
                        }
                    }
                }
                float *dxp = dmax_pooling2d_1_out + (((long)n * 7 + h) * 7 + v) * 16;
                for (int c = 0; c < 16; c++) dxp[c] = acc[c];
            }
        }
    }
}

/* k50_conv2d_bwd_weights_3x3x16x24 — node n50 "dconv2d_2.weights" (conv2d_bwd_weights), from $.layers[7]
 *   in  dconv2d_2_out              (128, 7, 7, 24) NHWC
 *   in  max_pooling2d_1_out        (128, 7, 7, 16) NHWC
 *   out dconv2d_2/kernel           (3, 3, 16, 24) HWIO
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k50_conv2d_bwd_weights_3x3x16x24(const float *restrict dconv2d_2_out, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp parallel for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 16;
        const int cn = 16 - c0 < 16 ? 16 - c0 : 16;
        float acc[16][24];
        memset(acc, 0, sizeof acc);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 7; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 7) continue;
                for (int j = 0; j < 7; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 7) continue;
                    const float *xp = max_pooling2d_1_out + (((long)n * 7 + h) * 7 + v) * 16 + c0;
                    const float *dyp = dconv2d_2_out + (((long)n * 7 + i) * 7 + j) * 24;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 24; f++) acc[c][f] += xv * dyp[f];
                    }
                }
            }
        }
        for (int c = 0; c < cn; c++)
            for (int f = 0; f < 24; f++) dconv2d_2_kernel[((p * 3 + q) * 16 + c0 + c) * 24 + f] = acc[c][f];
    }
}

/* k51_maxpool_bwd_n128_h14w14c16 — node n51 "dmax_pooling2d_1" (maxpool_bwd), from $.layers[6]
 *   in  dmax_pooling2d_1_out       (128, 7, 7, 16) NHWC
 *   in  conv2d_1_out               (128, 14, 14, 16) NHWC
 *   out dconv2d_1_out              (128, 14, 14, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k51_maxpool_bwd_n128_h14w14c16(const float *restrict dmax_pooling2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dconv2d_1_out + (long)n * 3136;
        const float *xn = conv2d_1_out + (long)n * 3136;
        memset(dxn, 0, sizeof(float) * 3136);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                float m[16];
                int at[16];
                for (int c = 0; c < 16; c++) { m[c] = -INFINITY; at[c] = -1; }
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 14) continue;
                        const int base = (h * 14 + v) * 16;
                        for (int c = 0; c < 16; c++)
                            if (xn[base + c] > m[c] || at[c] < 0) { m[c] = xn[base + c]; at[c] = base + c; }
                    }
                }
                const float *dyp = dmax_pooling2d_1_out + (((long)n * 7 + i) * 7 + j) * 16;
                for (int c = 0; c < 16; c++) dxn[at[c]] += dyp[c];
            }
        }
    }
}

/* k52_relu_bwd_n128_h14w14c16 — node n52 "dconv2d_1.relu" (relu_bwd), from $.layers[5]
 *   in  dconv2d_1_out              (128, 14, 14, 16) NHWC
 *   in  conv2d_1_out               (128, 14, 14, 16) NHWC
 *   out dconv2d_1_pre              (128, 14, 14, 16) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k52_relu_bwd_n128_h14w14c16(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3136; e < (long)(n + 1) * 3136; e++) {
            dconv2d_1_pre[e] = conv2d_1_out[e] > 0.0f ? dconv2d_1_out[e] : 0.0f;
        }
    }
}

/* k53_conv2d_bwd_data_n128_h14w14c32 — node n53 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[5]
 *   in  dconv2d_1_pre              (128, 14, 14, 16) NHWC
 *   in  conv2d_1/kernel            (3, 3, 32, 16) HWIO
 *   out dmax_pooling2d_out         (128, 14, 14, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k53_conv2d_bwd_data_n128_h14w14c32(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dmax_pooling2d_out, int nb)
{
    /* Transposed kernel wt[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    static float wt[4608] __attribute__((aligned(64)));
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 32; c++)
            for (int f = 0; f < 16; f++) wt[(pq * 16 + f) * 32 + c] = conv2d_1_kernel[(pq * 32 + c) * 16 + f];
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 14; h++) {
            for (int v = 0; v < 14; v++) {
                float acc[32] = {0};
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 14) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 14) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_1_pre + (((long)n * 14 + i) * 14 + j) * 16;
                        const float *wp = wt + (p * 3 + q) * 512;
                        for (int f = 0; f < 16; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 32; c++) acc[c] += d * wp[f * 32 + c];
                        }
                    }
                }
                float *dxp = dmax_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 32;
                for (int c = 0; c < 32; c++) dxp[c] = acc[c];
            }
        }
    }
}

/* k54_conv2d_bwd_weights_3x3x32x16 — node n54 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[5]
 *   in  dconv2d_1_pre              (128, 14, 14, 16) NHWC
 *   in  max_pooling2d_out          (128, 14, 14, 32) NHWC
 *   out dconv2d_1/kernel           (3, 3, 32, 16) HWIO
 *   out dconv2d_1/bias             (16) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k54_conv2d_bwd_weights_3x3x32x16(const float *restrict dconv2d_1_pre, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 32 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp parallel for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 32;
        const int cn = 32 - c0 < 32 ? 32 - c0 : 32;
        float acc[32][16];
        memset(acc, 0, sizeof acc);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 14; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 14) continue;
                for (int j = 0; j < 14; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 14) continue;
                    const float *xp = max_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 32 + c0;
                    const float *dyp = dconv2d_1_pre + (((long)n * 14 + i) * 14 + j) * 16;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 16; f++) acc[c][f] += xv * dyp[f];
                    }
                }
            }
        }
        for (int c = 0; c < cn; c++)
            for (int f = 0; f < 16; f++) dconv2d_1_kernel[((p * 3 + q) * 32 + c0 + c) * 16 + f] = acc[c][f];
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    float accb[16] = {0};
    for (long r = 0; r < (long)nb * 196; r++)
        for (int f = 0; f < 16; f++) accb[f] += dconv2d_1_pre[r * 16 + f];
    for (int f = 0; f < 16; f++) dconv2d_1_bias[f] = accb[f];
}

/* k55_maxpool_bwd_n128_h28w28c32 — node n55 "dmax_pooling2d" (maxpool_bwd), from $.layers[4]
 *   in  dmax_pooling2d_out         (128, 14, 14, 32) NHWC
 *   in  re_lu_out                  (128, 28, 28, 32) NHWC
 *   out dre_lu_out                 (128, 28, 28, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k55_maxpool_bwd_n128_h28w28c32(const float *restrict dmax_pooling2d_out, const float *restrict re_lu_out, float *restrict dre_lu_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dre_lu_out + (long)n * 25088;
        const float *xn = re_lu_out + (long)n * 25088;
        memset(dxn, 0, sizeof(float) * 25088);
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                float m[32];
                int at[32];
                for (int c = 0; c < 32; c++) { m[c] = -INFINITY; at[c] = -1; }
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 28) continue;
                        const int base = (h * 28 + v) * 32;
                        for (int c = 0; c < 32; c++)
                            if (xn[base + c] > m[c] || at[c] < 0) { m[c] = xn[base + c]; at[c] = base + c; }
                    }
                }
                const float *dyp = dmax_pooling2d_out + (((long)n * 14 + i) * 14 + j) * 32;
                for (int c = 0; c < 32; c++) dxn[at[c]] += dyp[c];
            }
        }
    }
}

/* k56_relu_bwd_n128_h28w28c32 — node n56 "dre_lu.relu" (relu_bwd), from $.layers[3]
 *   in  dre_lu_out                 (128, 28, 28, 32) NHWC
 *   in  re_lu_out                  (128, 28, 28, 32) NHWC
 *   out dbatch_normalization_out   (128, 28, 28, 32) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k56_relu_bwd_n128_h28w28c32(const float *restrict dre_lu_out, const float *restrict re_lu_out, float *restrict dbatch_normalization_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 25088; e < (long)(n + 1) * 25088; e++) {
            dbatch_normalization_out[e] = re_lu_out[e] > 0.0f ? dre_lu_out[e] : 0.0f;
        }
    }
}

/* k57_batchnorm_bwd_n128_h28w28c32 — node n57 "dbatch_normalization" (bn_bwd), from $.layers[2]
 *   in  dbatch_normalization_out   (128, 28, 28, 32) NHWC
 *   in  conv2d_out                 (128, 28, 28, 32) NHWC
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization_mean   (32) C
 *   in  batch_normalization_invstd (32) C
 *   out dconv2d_out                (128, 28, 28, 32) NHWC
 *   out dbatch_normalization/gamma (32) C
 *   out dbatch_normalization/beta  (32) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k57_batchnorm_bwd_n128_h28w28c32(const float *restrict dbatch_normalization_out, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, int nb)
{
    const long rows = (long)nb * 784;
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_out[r * 32 + c0 + c] - batch_normalization_mean[c0 + c]) * batch_normalization_invstd[c0 + c];
                sdy[c] += dbatch_normalization_out[r * 32 + c0 + c];
                sdyx[c] += dbatch_normalization_out[r * 32 + c0 + c] * xhat;
            }
        for (int c = 0; c < cn; c++) {
            dbatch_normalization_gamma[c0 + c] = (float)sdyx[c];
            dbatch_normalization_beta[c0 + c] = (float)sdy[c];
        }
        /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
        float k[16], mdy[16], mdyx[16];
        for (int c = 0; c < cn; c++) {
            k[c] = batch_normalization_gamma[c0 + c] * batch_normalization_invstd[c0 + c];
            mdy[c] = (float)(sdy[c] / (double)rows);
            mdyx[c] = (float)(sdyx[c] / (double)rows);
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_out[r * 32 + c0 + c] - batch_normalization_mean[c0 + c]) * batch_normalization_invstd[c0 + c];
                dconv2d_out[r * 32 + c0 + c] = k[c] * (dbatch_normalization_out[r * 32 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k58_conv2d_bwd_weights_3x3x1x32 — node n58 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_out                (128, 28, 28, 32) NHWC
 *   in  rescaling_out              (128, 28, 28, 1) NHWC
 *   out dconv2d/kernel             (3, 3, 1, 32) HWIO
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k58_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_out, const float *restrict rescaling_out, float *restrict dconv2d_kernel, int nb)
{
    /* One work unit per filter tap (p, q) and block of 1 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp parallel for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 1;
        const int cn = 1 - c0 < 1 ? 1 - c0 : 1;
        float acc[1][32];
        memset(acc, 0, sizeof acc);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 28; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 28) continue;
                for (int j = 0; j < 28; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 28) continue;
                    const float *xp = rescaling_out + (((long)n * 28 + h) * 28 + v) * 1 + c0;
                    const float *dyp = dconv2d_out + (((long)n * 28 + i) * 28 + j) * 32;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 32; f++) acc[c][f] += xv * dyp[f];
                    }
                }
            }
        }
        for (int c = 0; c < cn; c++)
            for (int f = 0; f < 32; f++) dconv2d_kernel[((p * 3 + q) * 1 + c0 + c) * 32 + f] = acc[c][f];
    }
}

/* k59_adam_update_p131552 — node n59 "adam" (adam_update), from $.optimizer
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k59_adam_update_p131552(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    #pragma omp parallel for schedule(static)
    for (long i = 0; i < 131552; i++) {
        const float gi = g[i];
        const float mi = 0.899999976f * m[i] + 0.100000024f * gi;
        const float vi = 0.999000013f * v[i] + 0.000999987125f * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr_t * mi / (sqrtf(vi) + 1.00000001e-07f);
    }
}

/* ---- entry points ---- */

/* One training step: forward in training mode, loss, backward, optimizer update. */
void kiln_train_step(kiln_step *s)
{
    const int nb = s->nb;
    float *const P = s->params;
    float *const G = s->grads;
    float *const M = s->opt_m;
    float *const V = s->opt_v;
    float *const S = s->state;
    float *const A = s->arena;
    (void)A;
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const rescaling_out = A + 12845056;  /* rescaling_out (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_out = A + 0;  /* conv2d_out (128, 28, 28, 32) */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (32) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (32) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (32) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (32) */
    float *const batch_normalization_out = A + 3211264;  /* batch_normalization_out (128, 28, 28, 32) */
    float *const batch_normalization_mean = A + 12945408;  /* batch_normalization_mean (32) */
    float *const batch_normalization_invstd = A + 12945440;  /* batch_normalization_invstd (32) */
    float *const re_lu_out = A + 6422528;  /* re_lu_out (128, 28, 28, 32) */
    float *const max_pooling2d_out = A + 3211264;  /* max_pooling2d_out (128, 14, 14, 32) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 32, 16) */
    float *const conv2d_1_bias = P + 4960;  /* conv2d_1/bias (16) */
    float *const conv2d_1_pre = A + 4014080;  /* conv2d_1_pre (128, 14, 14, 16) */
    float *const conv2d_1_out = A + 4415488;  /* conv2d_1_out (128, 14, 14, 16) */
    float *const max_pooling2d_1_out = A + 4315136;  /* max_pooling2d_1_out (128, 7, 7, 16) */
    float *const conv2d_2_kernel = P + 4976;  /* conv2d_2/kernel (3, 3, 16, 24) */
    float *const conv2d_2_out = A + 4014080;  /* conv2d_2_out (128, 7, 7, 24) */
    float *const batch_normalization_1_gamma = P + 8432;  /* batch_normalization_1/gamma (24) */
    float *const batch_normalization_1_beta = P + 8464;  /* batch_normalization_1/beta (24) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (24) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (24) */
    float *const batch_normalization_1_out = A + 4164608;  /* batch_normalization_1_out (128, 7, 7, 24) */
    float *const batch_normalization_1_mean = A + 5117952;  /* batch_normalization_1_mean (24) */
    float *const batch_normalization_1_invstd = A + 5117984;  /* batch_normalization_1_invstd (24) */
    float *const re_lu_1_out = A + 4816896;  /* re_lu_1_out (128, 7, 7, 24) */
    float *const flatten_out = A + 4816896;  /* flatten_out (128, 1176) */
    float *const dense_kernel = P + 8496;  /* dense/kernel (1176, 100) */
    float *const dense_bias = P + 126096;  /* dense/bias (100) */
    float *const dense_pre = A + 4164608;  /* dense_pre (128, 100) */
    float *const dense_out = A + 4177408;  /* dense_out (128, 100) */
    float *const dropout_out = A + 4164608;  /* dropout_out (128, 100) */
    float *const dropout_mask = A + 4190208;  /* dropout_mask (128, 100) */
    float *const dense_1_kernel = P + 126208;  /* dense_1/kernel (100, 48) */
    float *const dense_1_bias = P + 131008;  /* dense_1/bias (48) */
    float *const dense_1_pre = A + 4203008;  /* dense_1_pre (128, 48) */
    float *const dense_1_out = A + 4209152;  /* dense_1_out (128, 48) */
    float *const dense_2_kernel = P + 131056;  /* dense_2/kernel (48, 10) */
    float *const dense_2_bias = P + 131536;  /* dense_2/bias (10) */
    float *const dense_2_pre = A + 4203008;  /* dense_2_pre (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs = A + 4204288;  /* probs (128, 10) */
    float *const ddense_2_pre = A + 4215296;  /* ddense_2_pre (128, 10) */
    float *const ddense_1_out = A + 4203008;  /* ddense_1_out (128, 48) */
    float *const ddense_2_kernel = G + 131056;  /* ddense_2/kernel (48, 10) */
    float *const ddense_2_bias = G + 131536;  /* ddense_2/bias (10) */
    float *const ddense_1_pre = A + 4215808;  /* ddense_1_pre (128, 48) */
    float *const ddropout_out = A + 4203008;  /* ddropout_out (128, 100) */
    float *const ddense_1_kernel = G + 126208;  /* ddense_1/kernel (100, 48) */
    float *const ddense_1_bias = G + 131008;  /* ddense_1/bias (48) */
    float *const ddense_out = A + 4164608;  /* ddense_out (128, 100) */
    float *const ddense_pre = A + 4967424;  /* ddense_pre (128, 100) */
    float *const dflatten_out = A + 4164608;  /* dflatten_out (128, 1176) */
    float *const ddense_kernel = G + 8496;  /* ddense/kernel (1176, 100) */
    float *const ddense_bias = G + 126096;  /* ddense/bias (100) */
    float *const dre_lu_1_out = A + 4164608;  /* dre_lu_1_out (128, 7, 7, 24) */
    float *const dbatch_normalization_1_out = A + 4967424;  /* dbatch_normalization_1_out (128, 7, 7, 24) */
    float *const dconv2d_2_out = A + 4164608;  /* dconv2d_2_out (128, 7, 7, 24) */
    float *const dbatch_normalization_1_gamma = G + 8432;  /* dbatch_normalization_1/gamma (24) */
    float *const dbatch_normalization_1_beta = G + 8464;  /* dbatch_normalization_1/beta (24) */
    float *const dmax_pooling2d_1_out = A + 4816896;  /* dmax_pooling2d_1_out (128, 7, 7, 16) */
    float *const dconv2d_2_kernel = G + 4976;  /* dconv2d_2/kernel (3, 3, 16, 24) */
    float *const dconv2d_1_out = A + 4014080;  /* dconv2d_1_out (128, 14, 14, 16) */
    float *const dconv2d_1_pre = A + 4816896;  /* dconv2d_1_pre (128, 14, 14, 16) */
    float *const dmax_pooling2d_out = A + 9633792;  /* dmax_pooling2d_out (128, 14, 14, 32) */
    float *const dconv2d_1_kernel = G + 352;  /* dconv2d_1/kernel (3, 3, 32, 16) */
    float *const dconv2d_1_bias = G + 4960;  /* dconv2d_1/bias (16) */
    float *const dre_lu_out = A + 3211264;  /* dre_lu_out (128, 28, 28, 32) */
    float *const dbatch_normalization_out = A + 9633792;  /* dbatch_normalization_out (128, 28, 28, 32) */
    float *const dconv2d_out = A + 3211264;  /* dconv2d_out (128, 28, 28, 32) */
    float *const dbatch_normalization_gamma = G + 288;  /* dbatch_normalization/gamma (32) */
    float *const dbatch_normalization_beta = G + 320;  /* dbatch_normalization/beta (32) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 32) */
    s->loss = 0.0;
    s->metric = 0.0;
    k00_rescale_n128_h28w28c1(x, rescaling_out, nb);
    k01_conv2d_fwd_n128_h28w28c32(rescaling_out, conv2d_kernel, conv2d_out, nb);
    k02_batchnorm_fwd_training_n128_h28w28c32(conv2d_out, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out, batch_normalization_mean, batch_normalization_invstd, nb);
    k03_relu_n128_h28w28c32(batch_normalization_out, re_lu_out, nb);
    k04_maxpool_fwd_n128_h14w14c32(re_lu_out, max_pooling2d_out, nb);
    k05_conv2d_fwd_n128_h14w14c16(max_pooling2d_out, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre, nb);
    k06_relu_n128_h14w14c16(conv2d_1_pre, conv2d_1_out, nb);
    k07_maxpool_fwd_n128_h7w7c16(conv2d_1_out, max_pooling2d_1_out, nb);
    k08_conv2d_fwd_n128_h7w7c24(max_pooling2d_1_out, conv2d_2_kernel, conv2d_2_out, nb);
    k09_batchnorm_fwd_training_n128_h7w7c24(conv2d_2_out, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out, batch_normalization_1_mean, batch_normalization_1_invstd, nb);
    k10_relu_n128_h7w7c24(batch_normalization_1_out, re_lu_1_out, nb);
    k11_dense_fwd_n128_k100(flatten_out, dense_kernel, dense_bias, dense_pre, nb);
    k12_relu_n128_k100(dense_pre, dense_out, nb);
    k13_dropout_n128_k100(dense_out, dropout_out, dropout_mask, nb, s->seed, s->step);
    k14_dense_fwd_n128_k48(dropout_out, dense_1_kernel, dense_1_bias, dense_1_pre, nb);
    k15_relu_n128_k48(dense_1_pre, dense_1_out, nb);
    k16_dense_fwd_n128_k10(dense_1_out, dense_2_kernel, dense_2_bias, dense_2_pre, nb);
    k34_softmax_ce_sparse_n128_k10(dense_2_pre, y, probs, nb, &s->loss, &s->metric);
    k37_softmax_ce_sparse_bwd_n128_k10(probs, y, ddense_2_pre, nb);
    k38_dense_bwd_data_n128_k48(ddense_2_pre, dense_2_kernel, ddense_1_out, nb);
    k39_dense_bwd_weights_48x10(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
    k40_relu_bwd_n128_k48(ddense_1_out, dense_1_out, ddense_1_pre, nb);
    k41_dense_bwd_data_n128_k100(ddense_1_pre, dense_1_kernel, ddropout_out, nb);
    k42_dense_bwd_weights_100x48(ddense_1_pre, dropout_out, ddense_1_kernel, ddense_1_bias, nb);
    k43_dropout_bwd_n128_k100(ddropout_out, dropout_mask, ddense_out, nb);
    k44_relu_bwd_n128_k100(ddense_out, dense_out, ddense_pre, nb);
    k45_dense_bwd_data_n128_k1176(ddense_pre, dense_kernel, dflatten_out, nb);
    k46_dense_bwd_weights_1176x100(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
    k47_relu_bwd_n128_h7w7c24(dre_lu_1_out, re_lu_1_out, dbatch_normalization_1_out, nb);
    k48_batchnorm_bwd_n128_h7w7c24(dbatch_normalization_1_out, conv2d_2_out, batch_normalization_1_gamma, batch_normalization_1_mean, batch_normalization_1_invstd, dconv2d_2_out, dbatch_normalization_1_gamma, dbatch_normalization_1_beta, nb);
    k49_conv2d_bwd_data_n128_h7w7c16(dconv2d_2_out, conv2d_2_kernel, dmax_pooling2d_1_out, nb);
    k50_conv2d_bwd_weights_3x3x16x24(dconv2d_2_out, max_pooling2d_1_out, dconv2d_2_kernel, nb);
    k51_maxpool_bwd_n128_h14w14c16(dmax_pooling2d_1_out, conv2d_1_out, dconv2d_1_out, nb);
    k52_relu_bwd_n128_h14w14c16(dconv2d_1_out, conv2d_1_out, dconv2d_1_pre, nb);
    k53_conv2d_bwd_data_n128_h14w14c32(dconv2d_1_pre, conv2d_1_kernel, dmax_pooling2d_out, nb);
    k54_conv2d_bwd_weights_3x3x32x16(dconv2d_1_pre, max_pooling2d_out, dconv2d_1_kernel, dconv2d_1_bias, nb);
    k55_maxpool_bwd_n128_h28w28c32(dmax_pooling2d_out, re_lu_out, dre_lu_out, nb);
    k56_relu_bwd_n128_h28w28c32(dre_lu_out, re_lu_out, dbatch_normalization_out, nb);
    k57_batchnorm_bwd_n128_h28w28c32(dbatch_normalization_out, conv2d_out, batch_normalization_gamma, batch_normalization_mean, batch_normalization_invstd, dconv2d_out, dbatch_normalization_gamma, dbatch_normalization_beta, nb);
    k58_conv2d_bwd_weights_3x3x1x32(dconv2d_out, rescaling_out, dconv2d_kernel, nb);
    k59_adam_update_p131552(P, G, M, V, s->step, s->learning_rate);
}

/* Loss and metric of one batch in inference mode; no update. */
void kiln_eval_step(kiln_step *s)
{
    const int nb = s->nb;
    float *const P = s->params;
    float *const S = s->state;
    float *const A = s->arena;
    (void)A;
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const rescaling_out_infer = A + 3211264;  /* rescaling_out_infer (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 28, 28, 32) */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (32) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (32) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (32) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (32) */
    float *const batch_normalization_out_infer = A + 3211264;  /* batch_normalization_out_infer (128, 28, 28, 32) */
    float *const re_lu_out_infer = A + 0;  /* re_lu_out_infer (128, 28, 28, 32) */
    float *const max_pooling2d_out_infer = A + 3211264;  /* max_pooling2d_out_infer (128, 14, 14, 32) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 32, 16) */
    float *const conv2d_1_bias = P + 4960;  /* conv2d_1/bias (16) */
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 14, 14, 16) */
    float *const conv2d_1_out_infer = A + 401408;  /* conv2d_1_out_infer (128, 14, 14, 16) */
    float *const max_pooling2d_1_out_infer = A + 150528;  /* max_pooling2d_1_out_infer (128, 7, 7, 16) */
    float *const conv2d_2_kernel = P + 4976;  /* conv2d_2/kernel (3, 3, 16, 24) */
    float *const conv2d_2_out_infer = A + 0;  /* conv2d_2_out_infer (128, 7, 7, 24) */
    float *const batch_normalization_1_gamma = P + 8432;  /* batch_normalization_1/gamma (24) */
    float *const batch_normalization_1_beta = P + 8464;  /* batch_normalization_1/beta (24) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (24) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (24) */
    float *const batch_normalization_1_out_infer = A + 150528;  /* batch_normalization_1_out_infer (128, 7, 7, 24) */
    float *const re_lu_1_out_infer = A + 0;  /* re_lu_1_out_infer (128, 7, 7, 24) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 1176) */
    float *const dense_kernel = P + 8496;  /* dense/kernel (1176, 100) */
    float *const dense_bias = P + 126096;  /* dense/bias (100) */
    float *const dense_pre_infer = A + 150528;  /* dense_pre_infer (128, 100) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 100) */
    float *const dense_1_kernel = P + 126208;  /* dense_1/kernel (100, 48) */
    float *const dense_1_bias = P + 131008;  /* dense_1/bias (48) */
    float *const dense_1_pre_infer = A + 12800;  /* dense_1_pre_infer (128, 48) */
    float *const dense_1_out_infer = A + 0;  /* dense_1_out_infer (128, 48) */
    float *const dense_2_kernel = P + 131056;  /* dense_2/kernel (48, 10) */
    float *const dense_2_bias = P + 131536;  /* dense_2/bias (10) */
    float *const dense_2_pre_infer = A + 6144;  /* dense_2_pre_infer (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    s->loss = 0.0;
    s->metric = 0.0;
    k17_rescale_n128_h28w28c1(x, rescaling_out_infer, nb);
    k18_conv2d_fwd_n128_h28w28c32(rescaling_out_infer, conv2d_kernel, conv2d_out_infer, nb);
    k19_batchnorm_fwd_inference_n128_h28w28c32(conv2d_out_infer, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out_infer, nb);
    k20_relu_n128_h28w28c32(batch_normalization_out_infer, re_lu_out_infer, nb);
    k21_maxpool_fwd_n128_h14w14c32(re_lu_out_infer, max_pooling2d_out_infer, nb);
    k22_conv2d_fwd_n128_h14w14c16(max_pooling2d_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
    k23_relu_n128_h14w14c16(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
    k24_maxpool_fwd_n128_h7w7c16(conv2d_1_out_infer, max_pooling2d_1_out_infer, nb);
    k25_conv2d_fwd_n128_h7w7c24(max_pooling2d_1_out_infer, conv2d_2_kernel, conv2d_2_out_infer, nb);
    k26_batchnorm_fwd_inference_n128_h7w7c24(conv2d_2_out_infer, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_infer, nb);
    k27_relu_n128_h7w7c24(batch_normalization_1_out_infer, re_lu_1_out_infer, nb);
    k28_dense_fwd_n128_k100(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
    k29_relu_n128_k100(dense_pre_infer, dense_out_infer, nb);
    k30_dense_fwd_n128_k48(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
    k31_relu_n128_k48(dense_1_pre_infer, dense_1_out_infer, nb);
    k32_dense_fwd_n128_k10(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
    k35_softmax_ce_sparse_n128_k10(dense_2_pre_infer, y, probs_eval, nb, &s->loss, &s->metric);
}

/* Model outputs of one batch in inference mode, into s->out. */
void kiln_predict(kiln_step *s)
{
    const int nb = s->nb;
    float *const P = s->params;
    float *const S = s->state;
    float *const A = s->arena;
    (void)A;
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const rescaling_out_infer = A + 3211264;  /* rescaling_out_infer (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 28, 28, 32) */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (32) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (32) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (32) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (32) */
    float *const batch_normalization_out_infer = A + 3211264;  /* batch_normalization_out_infer (128, 28, 28, 32) */
    float *const re_lu_out_infer = A + 0;  /* re_lu_out_infer (128, 28, 28, 32) */
    float *const max_pooling2d_out_infer = A + 3211264;  /* max_pooling2d_out_infer (128, 14, 14, 32) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 32, 16) */
    float *const conv2d_1_bias = P + 4960;  /* conv2d_1/bias (16) */
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 14, 14, 16) */
    float *const conv2d_1_out_infer = A + 401408;  /* conv2d_1_out_infer (128, 14, 14, 16) */
    float *const max_pooling2d_1_out_infer = A + 150528;  /* max_pooling2d_1_out_infer (128, 7, 7, 16) */
    float *const conv2d_2_kernel = P + 4976;  /* conv2d_2/kernel (3, 3, 16, 24) */
    float *const conv2d_2_out_infer = A + 0;  /* conv2d_2_out_infer (128, 7, 7, 24) */
    float *const batch_normalization_1_gamma = P + 8432;  /* batch_normalization_1/gamma (24) */
    float *const batch_normalization_1_beta = P + 8464;  /* batch_normalization_1/beta (24) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (24) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (24) */
    float *const batch_normalization_1_out_infer = A + 150528;  /* batch_normalization_1_out_infer (128, 7, 7, 24) */
    float *const re_lu_1_out_infer = A + 0;  /* re_lu_1_out_infer (128, 7, 7, 24) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 1176) */
    float *const dense_kernel = P + 8496;  /* dense/kernel (1176, 100) */
    float *const dense_bias = P + 126096;  /* dense/bias (100) */
    float *const dense_pre_infer = A + 150528;  /* dense_pre_infer (128, 100) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 100) */
    float *const dense_1_kernel = P + 126208;  /* dense_1/kernel (100, 48) */
    float *const dense_1_bias = P + 131008;  /* dense_1/bias (48) */
    float *const dense_1_pre_infer = A + 12800;  /* dense_1_pre_infer (128, 48) */
    float *const dense_1_out_infer = A + 0;  /* dense_1_out_infer (128, 48) */
    float *const dense_2_kernel = P + 131056;  /* dense_2/kernel (48, 10) */
    float *const dense_2_bias = P + 131536;  /* dense_2/bias (10) */
    float *const dense_2_pre_infer = A + 6144;  /* dense_2_pre_infer (128, 10) */
    float *const dense_2_out_infer = A + 0;  /* dense_2_out_infer (128, 10) */
    k17_rescale_n128_h28w28c1(x, rescaling_out_infer, nb);
    k18_conv2d_fwd_n128_h28w28c32(rescaling_out_infer, conv2d_kernel, conv2d_out_infer, nb);
    k19_batchnorm_fwd_inference_n128_h28w28c32(conv2d_out_infer, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out_infer, nb);
    k20_relu_n128_h28w28c32(batch_normalization_out_infer, re_lu_out_infer, nb);
    k21_maxpool_fwd_n128_h14w14c32(re_lu_out_infer, max_pooling2d_out_infer, nb);
    k22_conv2d_fwd_n128_h14w14c16(max_pooling2d_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
    k23_relu_n128_h14w14c16(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
    k24_maxpool_fwd_n128_h7w7c16(conv2d_1_out_infer, max_pooling2d_1_out_infer, nb);
    k25_conv2d_fwd_n128_h7w7c24(max_pooling2d_1_out_infer, conv2d_2_kernel, conv2d_2_out_infer, nb);
    k26_batchnorm_fwd_inference_n128_h7w7c24(conv2d_2_out_infer, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_infer, nb);
    k27_relu_n128_h7w7c24(batch_normalization_1_out_infer, re_lu_1_out_infer, nb);
    k28_dense_fwd_n128_k100(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
    k29_relu_n128_k100(dense_pre_infer, dense_out_infer, nb);
    k30_dense_fwd_n128_k48(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
    k31_relu_n128_k48(dense_1_pre_infer, dense_1_out_infer, nb);
    k32_dense_fwd_n128_k10(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
    k33_softmax_n128_k10(dense_2_pre_infer, dense_2_out_infer, nb);
    k36_output_n128_k10(dense_2_out_infer, s->out, nb);
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"rescaling_out", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 12845056, 100352, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 3, 9, 288},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 0, 3211264, 0, 0, 0},
    {"batch_normalization/gamma", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 288, 32, 2, 0, 0},
    {"batch_normalization/beta", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 320, 32, 1, 0, 0},
    {"batch_normalization/moving_mean", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 0, 32, 1, 0, 0},
    {"batch_normalization/moving_variance", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 32, 32, 2, 0, 0},
    {"batch_normalization_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 3211264, 3211264, 0, 0, 0},
    {"batch_normalization_mean", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 12945408, 32, 0, 0, 0},
    {"batch_normalization_invstd", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 12945440, 32, 0, 0, 0},
    {"re_lu_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 6422528, 3211264, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 3211264, 802816, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 16}, "HWIO", 352, 4608, 3, 288, 144},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 4960, 16, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 4014080, 401408, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 4415488, 401408, 0, 0, 0},
    {"max_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 16}, "NHWC", 4315136, 100352, 0, 0, 0},
    {"conv2d_2/kernel", KILN_ROLE_PARAM, 4, {3, 3, 16, 24}, "HWIO", 4976, 3456, 3, 144, 216},
    {"conv2d_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 4014080, 150528, 0, 0, 0},
    {"batch_normalization_1/gamma", KILN_ROLE_PARAM, 1, {24, 0, 0, 0}, "C", 8432, 24, 2, 0, 0},
    {"batch_normalization_1/beta", KILN_ROLE_PARAM, 1, {24, 0, 0, 0}, "C", 8464, 24, 1, 0, 0},
    {"batch_normalization_1/moving_mean", KILN_ROLE_STATE, 1, {24, 0, 0, 0}, "C", 64, 24, 1, 0, 0},
    {"batch_normalization_1/moving_variance", KILN_ROLE_STATE, 1, {24, 0, 0, 0}, "C", 96, 24, 2, 0, 0},
    {"batch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 4164608, 150528, 0, 0, 0},
    {"batch_normalization_1_mean", KILN_ROLE_ACT, 1, {24, 0, 0, 0}, "C", 5117952, 24, 0, 0, 0},
    {"batch_normalization_1_invstd", KILN_ROLE_ACT, 1, {24, 0, 0, 0}, "C", 5117984, 24, 0, 0, 0},
    {"re_lu_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 4816896, 150528, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {1176, 100, 0, 0}, "IO", 8496, 117600, 3, 1176, 100},
    {"dense/bias", KILN_ROLE_PARAM, 1, {100, 0, 0, 0}, "C", 126096, 100, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 4164608, 12800, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 4177408, 12800, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 4164608, 12800, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 4190208, 12800, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {100, 48, 0, 0}, "IO", 126208, 4800, 3, 100, 48},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {48, 0, 0, 0}, "C", 131008, 48, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 4203008, 6144, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 4209152, 6144, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {48, 10, 0, 0}, "IO", 131056, 480, 3, 48, 10},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 131536, 10, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 4203008, 1280, 0, 0, 0},
    {"rescaling_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 3211264, 100352, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 0, 3211264, 0, 0, 0},
    {"batch_normalization_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 3211264, 3211264, 0, 0, 0},
    {"re_lu_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 0, 3211264, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 3211264, 802816, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 0, 401408, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 401408, 401408, 0, 0, 0},
    {"max_pooling2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 16}, "NHWC", 150528, 100352, 0, 0, 0},
    {"conv2d_2_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 0, 150528, 0, 0, 0},
    {"batch_normalization_1_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 150528, 150528, 0, 0, 0},
    {"re_lu_1_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 0, 150528, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 150528, 12800, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 0, 12800, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 12800, 6144, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 0, 6144, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 6144, 1280, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 1, {128, 0, 0, 0}, "N", 0, 128, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 4204288, 1280, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 4215296, 1280, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 4203008, 6144, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 131536, 10, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {48, 10, 0, 0}, "IO", 131056, 480, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 4215808, 6144, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 4203008, 12800, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {48, 0, 0, 0}, "C", 131008, 48, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {100, 48, 0, 0}, "IO", 126208, 4800, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 4164608, 12800, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 100, 0, 0}, "NC", 4967424, 12800, 0, 0, 0},
    {"dre_lu_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 4164608, 150528, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {100, 0, 0, 0}, "C", 126096, 100, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {1176, 100, 0, 0}, "IO", 8496, 117600, 0, 0, 0},
    {"dbatch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 4967424, 150528, 0, 0, 0},
    {"dconv2d_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 24}, "NHWC", 4164608, 150528, 0, 0, 0},
    {"dbatch_normalization_1/gamma", KILN_ROLE_GRAD, 1, {24, 0, 0, 0}, "C", 8432, 24, 0, 0, 0},
    {"dbatch_normalization_1/beta", KILN_ROLE_GRAD, 1, {24, 0, 0, 0}, "C", 8464, 24, 0, 0, 0},
    {"dmax_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 16}, "NHWC", 4816896, 100352, 0, 0, 0},
    {"dconv2d_2/kernel", KILN_ROLE_GRAD, 4, {3, 3, 16, 24}, "HWIO", 4976, 3456, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 4014080, 401408, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 4816896, 401408, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 9633792, 802816, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {16, 0, 0, 0}, "C", 4960, 16, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 16}, "HWIO", 352, 4608, 0, 0, 0},
    {"dre_lu_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 3211264, 3211264, 0, 0, 0},
    {"dbatch_normalization_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 9633792, 3211264, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 3211264, 3211264, 0, 0, 0},
    {"dbatch_normalization/gamma", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 288, 32, 0, 0, 0},
    {"dbatch_normalization/beta", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 320, 32, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 0, 0, 0},
    {"m_conv2d/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 1, 0, 0},
    {"v_conv2d/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 1, 0, 0},
    {"m_batch_normalization/gamma", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"v_batch_normalization/gamma", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"m_batch_normalization/beta", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 320, 32, 1, 0, 0},
    {"v_batch_normalization/beta", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 320, 32, 1, 0, 0},
    {"m_conv2d_1/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 32, 16}, "HWIO", 352, 4608, 1, 0, 0},
    {"v_conv2d_1/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 32, 16}, "HWIO", 352, 4608, 1, 0, 0},
    {"m_conv2d_1/bias", KILN_ROLE_OPT_M, 1, {16, 0, 0, 0}, "C", 4960, 16, 1, 0, 0},
    {"v_conv2d_1/bias", KILN_ROLE_OPT_V, 1, {16, 0, 0, 0}, "C", 4960, 16, 1, 0, 0},
    {"m_conv2d_2/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 16, 24}, "HWIO", 4976, 3456, 1, 0, 0},
    {"v_conv2d_2/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 16, 24}, "HWIO", 4976, 3456, 1, 0, 0},
    {"m_batch_normalization_1/gamma", KILN_ROLE_OPT_M, 1, {24, 0, 0, 0}, "C", 8432, 24, 1, 0, 0},
    {"v_batch_normalization_1/gamma", KILN_ROLE_OPT_V, 1, {24, 0, 0, 0}, "C", 8432, 24, 1, 0, 0},
    {"m_batch_normalization_1/beta", KILN_ROLE_OPT_M, 1, {24, 0, 0, 0}, "C", 8464, 24, 1, 0, 0},
    {"v_batch_normalization_1/beta", KILN_ROLE_OPT_V, 1, {24, 0, 0, 0}, "C", 8464, 24, 1, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {1176, 100, 0, 0}, "IO", 8496, 117600, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {1176, 100, 0, 0}, "IO", 8496, 117600, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {100, 0, 0, 0}, "C", 126096, 100, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {100, 0, 0, 0}, "C", 126096, 100, 1, 0, 0},
    {"m_dense_1/kernel", KILN_ROLE_OPT_M, 2, {100, 48, 0, 0}, "IO", 126208, 4800, 1, 0, 0},
    {"v_dense_1/kernel", KILN_ROLE_OPT_V, 2, {100, 48, 0, 0}, "IO", 126208, 4800, 1, 0, 0},
    {"m_dense_1/bias", KILN_ROLE_OPT_M, 1, {48, 0, 0, 0}, "C", 131008, 48, 1, 0, 0},
    {"v_dense_1/bias", KILN_ROLE_OPT_V, 1, {48, 0, 0, 0}, "C", 131008, 48, 1, 0, 0},
    {"m_dense_2/kernel", KILN_ROLE_OPT_M, 2, {48, 10, 0, 0}, "IO", 131056, 480, 1, 0, 0},
    {"v_dense_2/kernel", KILN_ROLE_OPT_V, 2, {48, 10, 0, 0}, "IO", 131056, 480, 1, 0, 0},
    {"m_dense_2/bias", KILN_ROLE_OPT_M, 1, {10, 0, 0, 0}, "C", 131536, 10, 1, 0, 0},
    {"v_dense_2/bias", KILN_ROLE_OPT_V, 1, {10, 0, 0, 0}, "C", 131536, 10, 1, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_rescale_n128_h28w28c1", "void k00_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out, int nb)", 200704, 802816, 1},
    {"k01_conv2d_fwd_n128_h28w28c32", "void k01_conv2d_fwd_n128_h28w28c32(const float *restrict rescaling_out, const float *restrict conv2d_kernel, float *restrict conv2d_out, int nb)", 57802752, 13247616, 1},
    {"k02_batchnorm_fwd_training_n128_h28w28c32", "void k02_batchnorm_fwd_training_n128_h28w28c32(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, int nb)", 25690112, 25690880, 1},
    {"k03_relu_n128_h28w28c32", "void k03_relu_n128_h28w28c32(const float *restrict batch_normalization_out, float *restrict re_lu_out, int nb)", 6422528, 25690112, 1},
    {"k04_maxpool_fwd_n128_h14w14c32", "void k04_maxpool_fwd_n128_h14w14c32(const float *restrict re_lu_out, float *restrict max_pooling2d_out, int nb)", 3211264, 16056320, 1},
    {"k05_conv2d_fwd_n128_h14w14c16", "void k05_conv2d_fwd_n128_h14w14c16(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)", 231211008, 4835392, 1},
    {"k06_relu_n128_h14w14c16", "void k06_relu_n128_h14w14c16(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)", 802816, 3211264, 1},
    {"k07_maxpool_fwd_n128_h7w7c16", "void k07_maxpool_fwd_n128_h7w7c16(const float *restrict conv2d_1_out, float *restrict max_pooling2d_1_out, int nb)", 401408, 2007040, 1},
    {"k08_conv2d_fwd_n128_h7w7c24", "void k08_conv2d_fwd_n128_h7w7c24(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel, float *restrict conv2d_2_out, int nb)", 43352064, 1017344, 1},
    {"k09_batchnorm_fwd_training_n128_h7w7c24", "void k09_batchnorm_fwd_training_n128_h7w7c24(const float *restrict conv2d_2_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, int nb)", 1204224, 1204800, 1},
    {"k10_relu_n128_h7w7c24", "void k10_relu_n128_h7w7c24(const float *restrict batch_normalization_1_out, float *restrict re_lu_1_out, int nb)", 301056, 1204224, 1},
    {"k11_dense_fwd_n128_k100", "void k11_dense_fwd_n128_k100(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)", 30105600, 1124112, 1},
    {"k12_relu_n128_k100", "void k12_relu_n128_k100(const float *restrict dense_pre, float *restrict dense_out, int nb)", 25600, 102400, 1},
    {"k13_dropout_n128_k100", "void k13_dropout_n128_k100(const float *restrict dense_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 25600, 153600, 1},
    {"k14_dense_fwd_n128_k48", "void k14_dense_fwd_n128_k48(const float *restrict dropout_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)", 1228800, 95168, 1},
    {"k15_relu_n128_k48", "void k15_relu_n128_k48(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)", 12288, 49152, 1},
    {"k16_dense_fwd_n128_k10", "void k16_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)", 122880, 31656, 1},
    {"k17_rescale_n128_h28w28c1", "void k17_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out_infer, int nb)", 200704, 802816, 6},
    {"k18_conv2d_fwd_n128_h28w28c32", "void k18_conv2d_fwd_n128_h28w28c32(const float *restrict rescaling_out_infer, const float *restrict conv2d_kernel, float *restrict conv2d_out_infer, int nb)", 57802752, 13247616, 6},
    {"k19_batchnorm_fwd_inference_n128_h28w28c32", "void k19_batchnorm_fwd_inference_n128_h28w28c32(const float *restrict conv2d_out_infer, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out_infer, int nb)", 6422528, 25690624, 6},
    {"k20_relu_n128_h28w28c32", "void k20_relu_n128_h28w28c32(const float *restrict batch_normalization_out_infer, float *restrict re_lu_out_infer, int nb)", 6422528, 25690112, 6},
    {"k21_maxpool_fwd_n128_h14w14c32", "void k21_maxpool_fwd_n128_h14w14c32(const float *restrict re_lu_out_infer, float *restrict max_pooling2d_out_infer, int nb)", 3211264, 16056320, 6},
    {"k22_conv2d_fwd_n128_h14w14c16", "void k22_conv2d_fwd_n128_h14w14c16(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)", 231211008, 4835392, 6},
    {"k23_relu_n128_h14w14c16", "void k23_relu_n128_h14w14c16(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)", 802816, 3211264, 6},
    {"k24_maxpool_fwd_n128_h7w7c16", "void k24_maxpool_fwd_n128_h7w7c16(const float *restrict conv2d_1_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)", 401408, 2007040, 6},
    {"k25_conv2d_fwd_n128_h7w7c24", "void k25_conv2d_fwd_n128_h7w7c24(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel, float *restrict conv2d_2_out_infer, int nb)", 43352064, 1017344, 6},
    {"k26_batchnorm_fwd_inference_n128_h7w7c24", "void k26_batchnorm_fwd_inference_n128_h7w7c24(const float *restrict conv2d_2_out_infer, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_infer, int nb)", 301056, 1204608, 6},
    {"k27_relu_n128_h7w7c24", "void k27_relu_n128_h7w7c24(const float *restrict batch_normalization_1_out_infer, float *restrict re_lu_1_out_infer, int nb)", 301056, 1204224, 6},
    {"k28_dense_fwd_n128_k100", "void k28_dense_fwd_n128_k100(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)", 30105600, 1124112, 6},
    {"k29_relu_n128_k100", "void k29_relu_n128_k100(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)", 25600, 102400, 6},
    {"k30_dense_fwd_n128_k48", "void k30_dense_fwd_n128_k48(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)", 1228800, 95168, 6},
    {"k31_relu_n128_k48", "void k31_relu_n128_k48(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)", 12288, 49152, 6},
    {"k32_dense_fwd_n128_k10", "void k32_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)", 122880, 31656, 6},
    {"k33_softmax_n128_k10", "void k33_softmax_n128_k10(const float *restrict dense_2_pre_infer, float *restrict dense_2_out_infer, int nb)", 2560, 10240, 4},
    {"k34_softmax_ce_sparse_n128_k10", "void k34_softmax_ce_sparse_n128_k10(const float *restrict dense_2_pre, const int32_t *restrict y, float *restrict probs, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 1},
    {"k35_softmax_ce_sparse_n128_k10", "void k35_softmax_ce_sparse_n128_k10(const float *restrict dense_2_pre_infer, const int32_t *restrict y, float *restrict probs_eval, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 2},
    {"k36_output_n128_k10", "void k36_output_n128_k10(const float *restrict dense_2_out_infer, float *restrict out, int nb)", 2560, 5120, 4},
    {"k37_softmax_ce_sparse_bwd_n128_k10", "void k37_softmax_ce_sparse_bwd_n128_k10(const float *restrict probs, const int32_t *restrict y, float *restrict ddense_2_pre, int nb)", 2560, 10752, 1},
    {"k38_dense_bwd_data_n128_k48", "void k38_dense_bwd_data_n128_k48(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, int nb)", 122880, 31616, 1},
    {"k39_dense_bwd_weights_48x10", "void k39_dense_bwd_weights_48x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 122880, 31656, 1},
    {"k40_relu_bwd_n128_k48", "void k40_relu_bwd_n128_k48(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 12288, 73728, 1},
    {"k41_dense_bwd_data_n128_k100", "void k41_dense_bwd_data_n128_k100(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddropout_out, int nb)", 1228800, 94976, 1},
    {"k42_dense_bwd_weights_100x48", "void k42_dense_bwd_weights_100x48(const float *restrict ddense_1_pre, const float *restrict dropout_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 1228800, 95168, 1},
    {"k43_dropout_bwd_n128_k100", "void k43_dropout_bwd_n128_k100(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict ddense_out, int nb)", 25600, 153600, 1},
    {"k44_relu_bwd_n128_k100", "void k44_relu_bwd_n128_k100(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 25600, 153600, 1},
    {"k45_dense_bwd_data_n128_k1176", "void k45_dense_bwd_data_n128_k1176(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, int nb)", 30105600, 1123712, 1},
    {"k46_dense_bwd_weights_1176x100", "void k46_dense_bwd_weights_1176x100(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 30105600, 1124112, 1},
    {"k47_relu_bwd_n128_h7w7c24", "void k47_relu_bwd_n128_h7w7c24(const float *restrict dre_lu_1_out, const float *restrict re_lu_1_out, float *restrict dbatch_normalization_1_out, int nb)", 301056, 1806336, 1},
    {"k48_batchnorm_bwd_n128_h7w7c24", "void k48_batchnorm_bwd_n128_h7w7c24(const float *restrict dbatch_normalization_1_out, const float *restrict conv2d_2_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_2_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, int nb)", 1204224, 1806816, 1},
    {"k49_conv2d_bwd_data_n128_h7w7c16", "void k49_conv2d_bwd_data_n128_h7w7c16(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_kernel, float *restrict dmax_pooling2d_1_out, int nb)", 43352064, 1017344, 1},
    {"k50_conv2d_bwd_weights_3x3x16x24", "void k50_conv2d_bwd_weights_3x3x16x24(const float *restrict dconv2d_2_out, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel, int nb)", 43352064, 1017344, 1},
    {"k51_maxpool_bwd_n128_h14w14c16", "void k51_maxpool_bwd_n128_h14w14c16(const float *restrict dmax_pooling2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_out, int nb)", 401408, 3612672, 1},
    {"k52_relu_bwd_n128_h14w14c16", "void k52_relu_bwd_n128_h14w14c16(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)", 802816, 4816896, 1},
    {"k53_conv2d_bwd_data_n128_h14w14c32", "void k53_conv2d_bwd_data_n128_h14w14c32(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dmax_pooling2d_out, int nb)", 231211008, 4835328, 1},
    {"k54_conv2d_bwd_weights_3x3x32x16", "void k54_conv2d_bwd_weights_3x3x32x16(const float *restrict dconv2d_1_pre, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)", 231211008, 4835392, 1},
    {"k55_maxpool_bwd_n128_h28w28c32", "void k55_maxpool_bwd_n128_h28w28c32(const float *restrict dmax_pooling2d_out, const float *restrict re_lu_out, float *restrict dre_lu_out, int nb)", 3211264, 28901376, 1},
    {"k56_relu_bwd_n128_h28w28c32", "void k56_relu_bwd_n128_h28w28c32(const float *restrict dre_lu_out, const float *restrict re_lu_out, float *restrict dbatch_normalization_out, int nb)", 6422528, 38535168, 1},
    {"k57_batchnorm_bwd_n128_h28w28c32", "void k57_batchnorm_bwd_n128_h28w28c32(const float *restrict dbatch_normalization_out, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, int nb)", 25690112, 38535808, 1},
    {"k58_conv2d_bwd_weights_3x3x1x32", "void k58_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_out, const float *restrict rescaling_out, float *restrict dconv2d_kernel, int nb)", 57802752, 13247616, 1},
    {"k59_adam_update_p131552", "void k59_adam_update_p131552(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 1315520, 3683456, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed000_cnn",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .out_size = 10,
    .label_kind = KILN_LABEL_SPARSE,
    .label_size = 1,
    .has_accuracy = 1,
    .n_params = 131552,
    .n_state = 128,
    .n_arena = 12945472,
    .n_tensors = 119,
    .tensors = tensors,
    .n_kernels = 60,
    .kernels = kernels,
    .isa = "generic",
};

