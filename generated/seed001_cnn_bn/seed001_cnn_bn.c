/* seed001_cnn_bn.c — emitted by kiln from models/seed001_cnn_bn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 34704, state 192, arena 19368032.
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

/* k01_conv2d_fwd_n128_h28w28c48 — node n1 "conv2d" (conv2d), from $.layers[1]
 *   in  rescaling_out              (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 48) HWIO
 *   out conv2d_out                 (128, 28, 28, 48) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k01_conv2d_fwd_n128_h28w28c48(const float *restrict rescaling_out, const float *restrict conv2d_kernel, float *restrict conv2d_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 28; i++) {
            for (int j = 0; j < 28; j++) {
                float acc[48];
                for (int f = 0; f < 48; f++) acc[f] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = rescaling_out + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 48;
                        for (int c = 0; c < 1; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 48; f++) acc[f] += xv * wp[c * 48 + f];
                        }
                    }
                }
                float *yp = conv2d_out + (((long)n * 28 + i) * 28 + j) * 48;
                for (int f = 0; f < 48; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k02_batchnorm_fwd_training_n128_h28w28c48 — node n2 "batch_normalization" (bn_train), from $.layers[2]
 *   in  conv2d_out                 (128, 28, 28, 48) NHWC
 *   in  batch_normalization/gamma  (48) C
 *   in  batch_normalization/beta   (48) C
 *   in  batch_normalization/moving_mean (48) C
 *   in  batch_normalization/moving_variance (48) C
 *   out batch_normalization_out    (128, 28, 28, 48) NHWC
 *   out batch_normalization_mean   (48) C
 *   out batch_normalization_invstd (48) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k02_batchnorm_fwd_training_n128_h28w28c48(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, int nb)
{
    const long rows = (long)nb * 784;  /* M: values per channel */
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 48; c0 += 16) {
        const int cn = 48 - c0 < 16 ? 48 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += conv2d_out[r * 48 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = conv2d_out[r * 48 + c0 + c] - s[c];
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
            for (int c = 0; c < cn; c++) batch_normalization_out[r * 48 + c0 + c] = conv2d_out[r * 48 + c0 + c] * scale[c] + shift[c];
    }
}

/* k03_relu_n128_h28w28c48 — node n3 "activation.relu" (relu), from $.layers[3]
 *   in  batch_normalization_out    (128, 28, 28, 48) NHWC
 *   out activation_out             (128, 28, 28, 48) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k03_relu_n128_h28w28c48(const float *restrict batch_normalization_out, float *restrict activation_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 37632; e < (long)(n + 1) * 37632; e++) {
            activation_out[e] = batch_normalization_out[e] > 0.0f ? batch_normalization_out[e] : (batch_normalization_out[e] != batch_normalization_out[e] ? batch_normalization_out[e] : 0.0f);
        }
    }
}

/* k04_maxpool_fwd_n128_h14w14c48 — node n4 "max_pooling2d" (maxpool), from $.layers[4]
 *   in  activation_out             (128, 28, 28, 48) NHWC
 *   out max_pooling2d_out          (128, 14, 14, 48) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k04_maxpool_fwd_n128_h14w14c48(const float *restrict activation_out, float *restrict max_pooling2d_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float m[48];
                for (int c = 0; c < 48; c++) m[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = activation_out + (((long)n * 28 + h) * 28 + v) * 48;
                        /* NaN-propagating max */
                        for (int c = 0; c < 48; c++) m[c] = (xp[c] > m[c] || xp[c] != xp[c]) ? xp[c] : m[c];
                    }
                }
                float *yp = max_pooling2d_out + (((long)n * 14 + i) * 14 + j) * 48;
                for (int c = 0; c < 48; c++) yp[c] = m[c];
            }
        }
    }
}

/* k05_conv2d_fwd_n128_h14w14c16 — node n5 "conv2d_1" (conv2d), from $.layers[5]
 *   in  max_pooling2d_out          (128, 14, 14, 48) NHWC
 *   in  conv2d_1/kernel            (3, 3, 48, 16) HWIO
 *   out conv2d_1_out               (128, 14, 14, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k05_conv2d_fwd_n128_h14w14c16(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel, float *restrict conv2d_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float acc[16];
                for (int f = 0; f < 16; f++) acc[f] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = max_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 48;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 768;
                        for (int c = 0; c < 48; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 16; f++) acc[f] += xv * wp[c * 16 + f];
                        }
                    }
                }
                float *yp = conv2d_1_out + (((long)n * 14 + i) * 14 + j) * 16;
                for (int f = 0; f < 16; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k06_batchnorm_fwd_training_n128_h14w14c16 — node n6 "batch_normalization_1" (bn_train), from $.layers[6]
 *   in  conv2d_1_out               (128, 14, 14, 16) NHWC
 *   in  batch_normalization_1/gamma (16) C
 *   in  batch_normalization_1/beta (16) C
 *   in  batch_normalization_1/moving_mean (16) C
 *   in  batch_normalization_1/moving_variance (16) C
 *   out batch_normalization_1_out  (128, 14, 14, 16) NHWC
 *   out batch_normalization_1_mean (16) C
 *   out batch_normalization_1_invstd (16) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k06_batchnorm_fwd_training_n128_h14w14c16(const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, int nb)
{
    const long rows = (long)nb * 196;  /* M: values per channel */
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 16; c0 += 16) {
        const int cn = 16 - c0 < 16 ? 16 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += conv2d_1_out[r * 16 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = conv2d_1_out[r * 16 + c0 + c] - s[c];
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
            for (int c = 0; c < cn; c++) batch_normalization_1_out[r * 16 + c0 + c] = conv2d_1_out[r * 16 + c0 + c] * scale[c] + shift[c];
    }
}

/* k07_relu_n128_h14w14c16 — node n7 "activation_1.relu" (relu), from $.layers[7]
 *   in  batch_normalization_1_out  (128, 14, 14, 16) NHWC
 *   out activation_1_out           (128, 14, 14, 16) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k07_relu_n128_h14w14c16(const float *restrict batch_normalization_1_out, float *restrict activation_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3136; e < (long)(n + 1) * 3136; e++) {
            activation_1_out[e] = batch_normalization_1_out[e] > 0.0f ? batch_normalization_1_out[e] : (batch_normalization_1_out[e] != batch_normalization_1_out[e] ? batch_normalization_1_out[e] : 0.0f);
        }
    }
}

/* k08_maxpool_fwd_n128_h7w7c16 — node n8 "max_pooling2d_1" (maxpool), from $.layers[8]
 *   in  activation_1_out           (128, 14, 14, 16) NHWC
 *   out max_pooling2d_1_out        (128, 7, 7, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k08_maxpool_fwd_n128_h7w7c16(const float *restrict activation_1_out, float *restrict max_pooling2d_1_out, int nb)
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
                        const float *xp = activation_1_out + (((long)n * 14 + h) * 14 + v) * 16;
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

/* k09_dense_fwd_n128_k32 — node n9 "dense" (dense), from $.layers[10]
 *   in  flatten_out                (128, 784) NC
 *   in  dense/kernel               (784, 32) IO
 *   out dense_out                  (128, 32) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k09_dense_fwd_n128_k32(const float *restrict flatten_out, const float *restrict dense_kernel, float *restrict dense_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[32];
        for (int m = 0; m < 32; m++) acc[m] = 0.0f;
        for (int k = 0; k < 784; k++) {
            const float xv = flatten_out[(long)n * 784 + k];
            for (int m = 0; m < 32; m++) acc[m] += xv * dense_kernel[k * 32 + m];
        }
        for (int m = 0; m < 32; m++) dense_out[(long)n * 32 + m] = acc[m];
    }
}

/* k10_batchnorm_fwd_training_n128_k32 — node n10 "batch_normalization_2" (bn_train), from $.layers[11]
 *   in  dense_out                  (128, 32) NC
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2/beta (32) C
 *   in  batch_normalization_2/moving_mean (32) C
 *   in  batch_normalization_2/moving_variance (32) C
 *   out batch_normalization_2_out  (128, 32) NC
 *   out batch_normalization_2_mean (32) C
 *   out batch_normalization_2_invstd (32) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k10_batchnorm_fwd_training_n128_k32(const float *restrict dense_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, float *restrict batch_normalization_2_moving_mean, float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out, float *restrict batch_normalization_2_mean, float *restrict batch_normalization_2_invstd, int nb)
{
    const long rows = (long)nb * 1;  /* M: values per channel */
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += dense_out[r * 32 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = dense_out[r * 32 + c0 + c] - s[c];
                ss[c] += d * d;
            }
        float scale[16], shift[16];
        for (int c = 0; c < cn; c++) {
            const double var = ss[c] / (double)rows;  /* biased, as Keras */
            const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
            batch_normalization_2_mean[c0 + c] = (float)s[c];
            batch_normalization_2_invstd[c0 + c] = invstd;
            batch_normalization_2_moving_mean[c0 + c] = batch_normalization_2_moving_mean[c0 + c] * 0.99000001f + (float)s[c] * 0.00999999046f;
            batch_normalization_2_moving_variance[c0 + c] = batch_normalization_2_moving_variance[c0 + c] * 0.99000001f + (float)var * 0.00999999046f;
            scale[c] = invstd * batch_normalization_2_gamma[c0 + c];
            shift[c] = batch_normalization_2_beta[c0 + c] - (float)s[c] * scale[c];
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) batch_normalization_2_out[r * 32 + c0 + c] = dense_out[r * 32 + c0 + c] * scale[c] + shift[c];
    }
}

/* k11_relu_n128_k32 — node n11 "activation_2.relu" (relu), from $.layers[12]
 *   in  batch_normalization_2_out  (128, 32) NC
 *   out activation_2_out           (128, 32) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k11_relu_n128_k32(const float *restrict batch_normalization_2_out, float *restrict activation_2_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 32; e < (long)(n + 1) * 32; e++) {
            activation_2_out[e] = batch_normalization_2_out[e] > 0.0f ? batch_normalization_2_out[e] : (batch_normalization_2_out[e] != batch_normalization_2_out[e] ? batch_normalization_2_out[e] : 0.0f);
        }
    }
}

/* k12_dense_fwd_n128_k48 — node n12 "dense_1" (dense), from $.layers[13]
 *   in  activation_2_out           (128, 32) NC
 *   in  dense_1/kernel             (32, 48) IO
 *   in  dense_1/bias               (48) C
 *   out dense_1_pre                (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k12_dense_fwd_n128_k48(const float *restrict activation_2_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[48];
        for (int m = 0; m < 48; m++) acc[m] = dense_1_bias[m];
        for (int k = 0; k < 32; k++) {
            const float xv = activation_2_out[(long)n * 32 + k];
            for (int m = 0; m < 48; m++) acc[m] += xv * dense_1_kernel[k * 48 + m];
        }
        for (int m = 0; m < 48; m++) dense_1_pre[(long)n * 48 + m] = acc[m];
    }
}

/* k13_relu_n128_k48 — node n13 "dense_1.relu" (relu), from $.layers[13]
 *   in  dense_1_pre                (128, 48) NC
 *   out dense_1_out                (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k13_relu_n128_k48(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 48; e < (long)(n + 1) * 48; e++) {
            dense_1_out[e] = dense_1_pre[e] > 0.0f ? dense_1_pre[e] : (dense_1_pre[e] != dense_1_pre[e] ? dense_1_pre[e] : 0.0f);
        }
    }
}

/* k14_dense_fwd_n128_k10 — node n14 "dense_2" (dense), from $.layers[14]
 *   in  dense_1_out                (128, 48) NC
 *   in  dense_2/kernel             (48, 10) IO
 *   in  dense_2/bias               (10) C
 *   out dense_2_pre                (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k14_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)
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

/* k15_rescale_n128_h28w28c1 — node n15 "rescaling_infer" (rescale), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out rescaling_out_infer        (128, 28, 28, 1) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k15_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 784; e < (long)(n + 1) * 784; e++) {
            rescaling_out_infer[e] = x[e] * 0.00392156886f + 0.0f;
        }
    }
}

/* k16_conv2d_fwd_n128_h28w28c48 — node n16 "conv2d_infer" (conv2d), from $.layers[1]
 *   in  rescaling_out_infer        (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 48) HWIO
 *   out conv2d_out_infer           (128, 28, 28, 48) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k16_conv2d_fwd_n128_h28w28c48(const float *restrict rescaling_out_infer, const float *restrict conv2d_kernel, float *restrict conv2d_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 28; i++) {
            for (int j = 0; j < 28; j++) {
                float acc[48];
                for (int f = 0; f < 48; f++) acc[f] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = rescaling_out_infer + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 48;
                        for (int c = 0; c < 1; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 48; f++) acc[f] += xv * wp[c * 48 + f];
                        }
                    }
                }
                float *yp = conv2d_out_infer + (((long)n * 28 + i) * 28 + j) * 48;
                for (int f = 0; f < 48; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k17_batchnorm_fwd_inference_n128_h28w28c48 — node n17 "batch_normalization_infer" (bn_infer), from $.layers[2]
 *   in  conv2d_out_infer           (128, 28, 28, 48) NHWC
 *   in  batch_normalization/gamma  (48) C
 *   in  batch_normalization/beta   (48) C
 *   in  batch_normalization/moving_mean (48) C
 *   in  batch_normalization/moving_variance (48) C
 *   out batch_normalization_out_infer (128, 28, 28, 48) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k17_batchnorm_fwd_inference_n128_h28w28c48(const float *restrict conv2d_out_infer, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out_infer, int nb)
{
    float scale[48], shift[48];
    for (int c = 0; c < 48; c++) {
        scale[c] = batch_normalization_gamma[c] / sqrtf(batch_normalization_moving_variance[c] + 0.00100000005f);
        shift[c] = batch_normalization_beta[c] - batch_normalization_moving_mean[c] * scale[c];
    }
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++)
        for (long r = (long)n * 784; r < (long)(n + 1) * 784; r++)
            for (int c = 0; c < 48; c++) batch_normalization_out_infer[r * 48 + c] = conv2d_out_infer[r * 48 + c] * scale[c] + shift[c];
}

/* k18_relu_n128_h28w28c48 — node n18 "activation.relu_infer" (relu), from $.layers[3]
 *   in  batch_normalization_out_infer (128, 28, 28, 48) NHWC
 *   out activation_out_infer       (128, 28, 28, 48) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k18_relu_n128_h28w28c48(const float *restrict batch_normalization_out_infer, float *restrict activation_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 37632; e < (long)(n + 1) * 37632; e++) {
            activation_out_infer[e] = batch_normalization_out_infer[e] > 0.0f ? batch_normalization_out_infer[e] : (batch_normalization_out_infer[e] != batch_normalization_out_infer[e] ? batch_normalization_out_infer[e] : 0.0f);
        }
    }
}

/* k19_maxpool_fwd_n128_h14w14c48 — node n19 "max_pooling2d_infer" (maxpool), from $.layers[4]
 *   in  activation_out_infer       (128, 28, 28, 48) NHWC
 *   out max_pooling2d_out_infer    (128, 14, 14, 48) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k19_maxpool_fwd_n128_h14w14c48(const float *restrict activation_out_infer, float *restrict max_pooling2d_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float m[48];
                for (int c = 0; c < 48; c++) m[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = activation_out_infer + (((long)n * 28 + h) * 28 + v) * 48;
                        /* NaN-propagating max */
                        for (int c = 0; c < 48; c++) m[c] = (xp[c] > m[c] || xp[c] != xp[c]) ? xp[c] : m[c];
                    }
                }
                float *yp = max_pooling2d_out_infer + (((long)n * 14 + i) * 14 + j) * 48;
                for (int c = 0; c < 48; c++) yp[c] = m[c];
            }
        }
    }
}

/* k20_conv2d_fwd_n128_h14w14c16 — node n20 "conv2d_1_infer" (conv2d), from $.layers[5]
 *   in  max_pooling2d_out_infer    (128, 14, 14, 48) NHWC
 *   in  conv2d_1/kernel            (3, 3, 48, 16) HWIO
 *   out conv2d_1_out_infer         (128, 14, 14, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k20_conv2d_fwd_n128_h14w14c16(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel, float *restrict conv2d_1_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float acc[16];
                for (int f = 0; f < 16; f++) acc[f] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = max_pooling2d_out_infer + (((long)n * 14 + h) * 14 + v) * 48;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 768;
                        for (int c = 0; c < 48; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 16; f++) acc[f] += xv * wp[c * 16 + f];
                        }
                    }
                }
                float *yp = conv2d_1_out_infer + (((long)n * 14 + i) * 14 + j) * 16;
                for (int f = 0; f < 16; f++) yp[f] = acc[f];
            }
        }
    }
}

/* k21_batchnorm_fwd_inference_n128_h14w14c16 — node n21 "batch_normalization_1_infer" (bn_infer), from $.layers[6]
 *   in  conv2d_1_out_infer         (128, 14, 14, 16) NHWC
 *   in  batch_normalization_1/gamma (16) C
 *   in  batch_normalization_1/beta (16) C
 *   in  batch_normalization_1/moving_mean (16) C
 *   in  batch_normalization_1/moving_variance (16) C
 *   out batch_normalization_1_out_infer (128, 14, 14, 16) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k21_batchnorm_fwd_inference_n128_h14w14c16(const float *restrict conv2d_1_out_infer, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_infer, int nb)
{
    float scale[16], shift[16];
    for (int c = 0; c < 16; c++) {
        scale[c] = batch_normalization_1_gamma[c] / sqrtf(batch_normalization_1_moving_variance[c] + 0.00100000005f);
        shift[c] = batch_normalization_1_beta[c] - batch_normalization_1_moving_mean[c] * scale[c];
    }
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++)
        for (long r = (long)n * 196; r < (long)(n + 1) * 196; r++)
            for (int c = 0; c < 16; c++) batch_normalization_1_out_infer[r * 16 + c] = conv2d_1_out_infer[r * 16 + c] * scale[c] + shift[c];
}

/* k22_relu_n128_h14w14c16 — node n22 "activation_1.relu_infer" (relu), from $.layers[7]
 *   in  batch_normalization_1_out_infer (128, 14, 14, 16) NHWC
 *   out activation_1_out_infer     (128, 14, 14, 16) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k22_relu_n128_h14w14c16(const float *restrict batch_normalization_1_out_infer, float *restrict activation_1_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3136; e < (long)(n + 1) * 3136; e++) {
            activation_1_out_infer[e] = batch_normalization_1_out_infer[e] > 0.0f ? batch_normalization_1_out_infer[e] : (batch_normalization_1_out_infer[e] != batch_normalization_1_out_infer[e] ? batch_normalization_1_out_infer[e] : 0.0f);
        }
    }
}

/* k23_maxpool_fwd_n128_h7w7c16 — node n23 "max_pooling2d_1_infer" (maxpool), from $.layers[8]
 *   in  activation_1_out_infer     (128, 14, 14, 16) NHWC
 *   out max_pooling2d_1_out_infer  (128, 7, 7, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k23_maxpool_fwd_n128_h7w7c16(const float *restrict activation_1_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)
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
                        const float *xp = activation_1_out_infer + (((long)n * 14 + h) * 14 + v) * 16;
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

/* k24_dense_fwd_n128_k32 — node n24 "dense_infer" (dense), from $.layers[10]
 *   in  flatten_out_infer          (128, 784) NC
 *   in  dense/kernel               (784, 32) IO
 *   out dense_out_infer            (128, 32) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k24_dense_fwd_n128_k32(const float *restrict flatten_out_infer, const float *restrict dense_kernel, float *restrict dense_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[32];
        for (int m = 0; m < 32; m++) acc[m] = 0.0f;
        for (int k = 0; k < 784; k++) {
            const float xv = flatten_out_infer[(long)n * 784 + k];
            for (int m = 0; m < 32; m++) acc[m] += xv * dense_kernel[k * 32 + m];
        }
        for (int m = 0; m < 32; m++) dense_out_infer[(long)n * 32 + m] = acc[m];
    }
}

/* k25_batchnorm_fwd_inference_n128_k32 — node n25 "batch_normalization_2_infer" (bn_infer), from $.layers[11]
 *   in  dense_out_infer            (128, 32) NC
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2/beta (32) C
 *   in  batch_normalization_2/moving_mean (32) C
 *   in  batch_normalization_2/moving_variance (32) C
 *   out batch_normalization_2_out_infer (128, 32) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k25_batchnorm_fwd_inference_n128_k32(const float *restrict dense_out_infer, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, const float *restrict batch_normalization_2_moving_mean, const float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out_infer, int nb)
{
    float scale[32], shift[32];
    for (int c = 0; c < 32; c++) {
        scale[c] = batch_normalization_2_gamma[c] / sqrtf(batch_normalization_2_moving_variance[c] + 0.00100000005f);
        shift[c] = batch_normalization_2_beta[c] - batch_normalization_2_moving_mean[c] * scale[c];
    }
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++)
        for (long r = (long)n * 1; r < (long)(n + 1) * 1; r++)
            for (int c = 0; c < 32; c++) batch_normalization_2_out_infer[r * 32 + c] = dense_out_infer[r * 32 + c] * scale[c] + shift[c];
}

/* k26_relu_n128_k32 — node n26 "activation_2.relu_infer" (relu), from $.layers[12]
 *   in  batch_normalization_2_out_infer (128, 32) NC
 *   out activation_2_out_infer     (128, 32) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k26_relu_n128_k32(const float *restrict batch_normalization_2_out_infer, float *restrict activation_2_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 32; e < (long)(n + 1) * 32; e++) {
            activation_2_out_infer[e] = batch_normalization_2_out_infer[e] > 0.0f ? batch_normalization_2_out_infer[e] : (batch_normalization_2_out_infer[e] != batch_normalization_2_out_infer[e] ? batch_normalization_2_out_infer[e] : 0.0f);
        }
    }
}

/* k27_dense_fwd_n128_k48 — node n27 "dense_1_infer" (dense), from $.layers[13]
 *   in  activation_2_out_infer     (128, 32) NC
 *   in  dense_1/kernel             (32, 48) IO
 *   in  dense_1/bias               (48) C
 *   out dense_1_pre_infer          (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k27_dense_fwd_n128_k48(const float *restrict activation_2_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[48];
        for (int m = 0; m < 48; m++) acc[m] = dense_1_bias[m];
        for (int k = 0; k < 32; k++) {
            const float xv = activation_2_out_infer[(long)n * 32 + k];
            for (int m = 0; m < 48; m++) acc[m] += xv * dense_1_kernel[k * 48 + m];
        }
        for (int m = 0; m < 48; m++) dense_1_pre_infer[(long)n * 48 + m] = acc[m];
    }
}

/* k28_relu_n128_k48 — node n28 "dense_1.relu_infer" (relu), from $.layers[13]
 *   in  dense_1_pre_infer          (128, 48) NC
 *   out dense_1_out_infer          (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k28_relu_n128_k48(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 48; e < (long)(n + 1) * 48; e++) {
            dense_1_out_infer[e] = dense_1_pre_infer[e] > 0.0f ? dense_1_pre_infer[e] : (dense_1_pre_infer[e] != dense_1_pre_infer[e] ? dense_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k29_dense_fwd_n128_k10 — node n29 "dense_2_infer" (dense), from $.layers[14]
 *   in  dense_1_out_infer          (128, 48) NC
 *   in  dense_2/kernel             (48, 10) IO
 *   in  dense_2/bias               (10) C
 *   out dense_2_pre_infer          (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k29_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)
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

/* k30_softmax_n128_k10 — node n30 "dense_2.softmax_infer" (softmax), from $.layers[14]
 *   in  dense_2_pre_infer          (128, 10) NC
 *   out dense_2_out_infer          (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k30_softmax_n128_k10(const float *restrict dense_2_pre_infer, float *restrict dense_2_out_infer, int nb)
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

/* k31_softmax_ce_sparse_n128_k10 — node n31 "loss" (softmax_ce_sparse), from $.loss
 *   in  dense_2_pre                (128, 10) NC
 *   in  y                          (128) N
 *   out probs                      (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k31_softmax_ce_sparse_n128_k10(const float *restrict dense_2_pre, const int32_t *restrict y, float *restrict probs, int nb, double *restrict loss, double *restrict metric)
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

/* k32_softmax_ce_sparse_n128_k10 — node n32 "loss_eval" (softmax_ce_sparse), from $.loss
 *   in  dense_2_pre_infer          (128, 10) NC
 *   in  y                          (128) N
 *   out probs_eval                 (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k32_softmax_ce_sparse_n128_k10(const float *restrict dense_2_pre_infer, const int32_t *restrict y, float *restrict probs_eval, int nb, double *restrict loss, double *restrict metric)
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

/* k33_output_n128_k10 — node n33 "output" (output), from $.layers
 *   in  dense_2_out_infer          (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k33_output_n128_k10(const float *restrict dense_2_out_infer, float *restrict out, int nb)
{
    memcpy(out, dense_2_out_infer, sizeof(float) * (size_t)nb * 10);
}

/* k34_softmax_ce_sparse_bwd_n128_k10 — node n34 "dloss" (softmax_ce_sparse_bwd), from $.loss
 *   in  probs                      (128, 10) NC
 *   in  y                          (128) N
 *   out ddense_2_pre               (128, 10) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k34_softmax_ce_sparse_bwd_n128_k10(const float *restrict probs, const int32_t *restrict y, float *restrict ddense_2_pre, int nb)
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

/* k35_dense_bwd_data_n128_k48 — node n35 "ddense_2.data" (dense_bwd_data), from $.layers[14]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_2/kernel             (48, 10) IO
 *   out ddense_1_out               (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k35_dense_bwd_data_n128_k48(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, int nb)
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

/* k36_dense_bwd_weights_48x10 — node n36 "ddense_2.weights" (dense_bwd_weights), from $.layers[14]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_1_out                (128, 48) NC
 *   out ddense_2/kernel            (48, 10) IO
 *   out ddense_2/bias              (10) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k36_dense_bwd_weights_48x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
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

/* k37_relu_bwd_n128_k48 — node n37 "ddense_1.relu" (relu_bwd), from $.layers[13]
 *   in  ddense_1_out               (128, 48) NC
 *   in  dense_1_out                (128, 48) NC
 *   out ddense_1_pre               (128, 48) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k37_relu_bwd_n128_k48(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 48; e < (long)(n + 1) * 48; e++) {
            ddense_1_pre[e] = dense_1_out[e] > 0.0f ? ddense_1_out[e] : 0.0f;
        }
    }
}

/* k38_dense_bwd_data_n128_k32 — node n38 "ddense_1.data" (dense_bwd_data), from $.layers[13]
 *   in  ddense_1_pre               (128, 48) NC
 *   in  dense_1/kernel             (32, 48) IO
 *   out dactivation_2_out          (128, 32) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k38_dense_bwd_data_n128_k32(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict dactivation_2_out, int nb)
{
    /* Transposed kernel wt[m][k] = w[k][m]: the innermost loop runs over k. */
    static float wt[1536] __attribute__((aligned(64)));
    for (int k = 0; k < 32; k++)
        for (int m = 0; m < 48; m++) wt[m * 32 + k] = dense_1_kernel[k * 48 + m];
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[32] = {0};
        for (int m = 0; m < 48; m++) {
            const float d = ddense_1_pre[(long)n * 48 + m];
            for (int k = 0; k < 32; k++) acc[k] += d * wt[m * 32 + k];
        }
        for (int k = 0; k < 32; k++) dactivation_2_out[(long)n * 32 + k] = acc[k];
    }
}

/* k39_dense_bwd_weights_32x48 — node n39 "ddense_1.weights" (dense_bwd_weights), from $.layers[13]
 *   in  ddense_1_pre               (128, 48) NC
 *   in  activation_2_out           (128, 32) NC
 *   out ddense_1/kernel            (32, 48) IO
 *   out ddense_1/bias              (48) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k39_dense_bwd_weights_32x48(const float *restrict ddense_1_pre, const float *restrict activation_2_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp parallel for schedule(static)
    for (int k = 0; k < 32; k++) {
        float acc[48] = {0};
        for (int n = 0; n < nb; n++) {
            const float xv = activation_2_out[(long)n * 32 + k];
            for (int m = 0; m < 48; m++) acc[m] += xv * ddense_1_pre[(long)n * 48 + m];
        }
        for (int m = 0; m < 48; m++) ddense_1_kernel[k * 48 + m] = acc[m];
    }
    float accb[48] = {0};
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 48; m++) accb[m] += ddense_1_pre[(long)n * 48 + m];
    for (int m = 0; m < 48; m++) ddense_1_bias[m] = accb[m];
}

/* k40_relu_bwd_n128_k32 — node n40 "dactivation_2.relu" (relu_bwd), from $.layers[12]
 *   in  dactivation_2_out          (128, 32) NC
 *   in  activation_2_out           (128, 32) NC
 *   out dbatch_normalization_2_out (128, 32) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k40_relu_bwd_n128_k32(const float *restrict dactivation_2_out, const float *restrict activation_2_out, float *restrict dbatch_normalization_2_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 32; e < (long)(n + 1) * 32; e++) {
            dbatch_normalization_2_out[e] = activation_2_out[e] > 0.0f ? dactivation_2_out[e] : 0.0f;
        }
    }
}

/* k41_batchnorm_bwd_n128_k32 — node n41 "dbatch_normalization_2" (bn_bwd), from $.layers[11]
 *   in  dbatch_normalization_2_out (128, 32) NC
 *   in  dense_out                  (128, 32) NC
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2_mean (32) C
 *   in  batch_normalization_2_invstd (32) C
 *   out ddense_out                 (128, 32) NC
 *   out dbatch_normalization_2/gamma (32) C
 *   out dbatch_normalization_2/beta (32) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k41_batchnorm_bwd_n128_k32(const float *restrict dbatch_normalization_2_out, const float *restrict dense_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_mean, const float *restrict batch_normalization_2_invstd, float *restrict ddense_out, float *restrict dbatch_normalization_2_gamma, float *restrict dbatch_normalization_2_beta, int nb)
{
    const long rows = (long)nb * 1;
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (dense_out[r * 32 + c0 + c] - batch_normalization_2_mean[c0 + c]) * batch_normalization_2_invstd[c0 + c];
                sdy[c] += dbatch_normalization_2_out[r * 32 + c0 + c];
                sdyx[c] += dbatch_normalization_2_out[r * 32 + c0 + c] * xhat;
            }
        for (int c = 0; c < cn; c++) {
            dbatch_normalization_2_gamma[c0 + c] = (float)sdyx[c];
            dbatch_normalization_2_beta[c0 + c] = (float)sdy[c];
        }
        /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
        float k[16], mdy[16], mdyx[16];
        for (int c = 0; c < cn; c++) {
            k[c] = batch_normalization_2_gamma[c0 + c] * batch_normalization_2_invstd[c0 + c];
            mdy[c] = (float)(sdy[c] / (double)rows);
            mdyx[c] = (float)(sdyx[c] / (double)rows);
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (dense_out[r * 32 + c0 + c] - batch_normalization_2_mean[c0 + c]) * batch_normalization_2_invstd[c0 + c];
                ddense_out[r * 32 + c0 + c] = k[c] * (dbatch_normalization_2_out[r * 32 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k42_dense_bwd_data_n128_k784 — node n42 "ddense.data" (dense_bwd_data), from $.layers[10]
 *   in  ddense_out                 (128, 32) NC
 *   in  dense/kernel               (784, 32) IO
 *   out dflatten_out               (128, 784) NC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k42_dense_bwd_data_n128_k784(const float *restrict ddense_out, const float *restrict dense_kernel, float *restrict dflatten_out, int nb)
{
    /* Transposed kernel wt[m][k] = w[k][m]: the innermost loop runs over k. */
    static float wt[25088] __attribute__((aligned(64)));
    for (int k = 0; k < 784; k++)
        for (int m = 0; m < 32; m++) wt[m * 784 + k] = dense_kernel[k * 32 + m];
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float acc[784] = {0};
        for (int m = 0; m < 32; m++) {
            const float d = ddense_out[(long)n * 32 + m];
            for (int k = 0; k < 784; k++) acc[k] += d * wt[m * 784 + k];
        }
        for (int k = 0; k < 784; k++) dflatten_out[(long)n * 784 + k] = acc[k];
    }
}

/* k43_dense_bwd_weights_784x32 — node n43 "ddense.weights" (dense_bwd_weights), from $.layers[10]
 *   in  ddense_out                 (128, 32) NC
 *   in  flatten_out                (128, 784) NC
 *   out ddense/kernel              (784, 32) IO
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k43_dense_bwd_weights_784x32(const float *restrict ddense_out, const float *restrict flatten_out, float *restrict ddense_kernel, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp parallel for schedule(static)
    for (int k = 0; k < 784; k++) {
        float acc[32] = {0};
        for (int n = 0; n < nb; n++) {
            const float xv = flatten_out[(long)n * 784 + k];
            for (int m = 0; m < 32; m++) acc[m] += xv * ddense_out[(long)n * 32 + m];
        }
        for (int m = 0; m < 32; m++) ddense_kernel[k * 32 + m] = acc[m];
    }
}

/* k44_maxpool_bwd_n128_h14w14c16 — node n44 "dmax_pooling2d_1" (maxpool_bwd), from $.layers[8]
 *   in  dmax_pooling2d_1_out       (128, 7, 7, 16) NHWC
 *   in  activation_1_out           (128, 14, 14, 16) NHWC
 *   out dactivation_1_out          (128, 14, 14, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k44_maxpool_bwd_n128_h14w14c16(const float *restrict dmax_pooling2d_1_out, const float *restrict activation_1_out, float *restrict dactivation_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dactivation_1_out + (long)n * 3136;
        const float *xn = activation_1_out + (long)n * 3136;
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

/* k45_relu_bwd_n128_h14w14c16 — node n45 "dactivation_1.relu" (relu_bwd), from $.layers[7]
 *   in  dactivation_1_out          (128, 14, 14, 16) NHWC
 *   in  activation_1_out           (128, 14, 14, 16) NHWC
 *   out dbatch_normalization_1_out (128, 14, 14, 16) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k45_relu_bwd_n128_h14w14c16(const float *restrict dactivation_1_out, const float *restrict activation_1_out, float *restrict dbatch_normalization_1_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3136; e < (long)(n + 1) * 3136; e++) {
            dbatch_normalization_1_out[e] = activation_1_out[e] > 0.0f ? dactivation_1_out[e] : 0.0f;
        }
    }
}

/* k46_batchnorm_bwd_n128_h14w14c16 — node n46 "dbatch_normalization_1" (bn_bwd), from $.layers[6]
 *   in  dbatch_normalization_1_out (128, 14, 14, 16) NHWC
 *   in  conv2d_1_out               (128, 14, 14, 16) NHWC
 *   in  batch_normalization_1/gamma (16) C
 *   in  batch_normalization_1_mean (16) C
 *   in  batch_normalization_1_invstd (16) C
 *   out dconv2d_1_out              (128, 14, 14, 16) NHWC
 *   out dbatch_normalization_1/gamma (16) C
 *   out dbatch_normalization_1/beta (16) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k46_batchnorm_bwd_n128_h14w14c16(const float *restrict dbatch_normalization_1_out, const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, int nb)
{
    const long rows = (long)nb * 196;
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 16; c0 += 16) {
        const int cn = 16 - c0 < 16 ? 16 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_1_out[r * 16 + c0 + c] - batch_normalization_1_mean[c0 + c]) * batch_normalization_1_invstd[c0 + c];
                sdy[c] += dbatch_normalization_1_out[r * 16 + c0 + c];
                sdyx[c] += dbatch_normalization_1_out[r * 16 + c0 + c] * xhat;
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
                const float xhat = (conv2d_1_out[r * 16 + c0 + c] - batch_normalization_1_mean[c0 + c]) * batch_normalization_1_invstd[c0 + c];
                dconv2d_1_out[r * 16 + c0 + c] = k[c] * (dbatch_normalization_1_out[r * 16 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k47_conv2d_bwd_data_n128_h14w14c48 — node n47 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[5]
 *   in  dconv2d_1_out              (128, 14, 14, 16) NHWC
 *   in  conv2d_1/kernel            (3, 3, 48, 16) HWIO
 *   out dmax_pooling2d_out         (128, 14, 14, 48) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k47_conv2d_bwd_data_n128_h14w14c48(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_kernel, float *restrict dmax_pooling2d_out, int nb)
{
    /* Transposed kernel wt[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    static float wt[6912] __attribute__((aligned(64)));
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 48; c++)
            for (int f = 0; f < 16; f++) wt[(pq * 16 + f) * 48 + c] = conv2d_1_kernel[(pq * 48 + c) * 16 + f];
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 14; h++) {
            for (int v = 0; v < 14; v++) {
                float acc[48] = {0};
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 14) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 14) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_1_out + (((long)n * 14 + i) * 14 + j) * 16;
                        const float *wp = wt + (p * 3 + q) * 768;
                        for (int f = 0; f < 16; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 48; c++) acc[c] += d * wp[f * 48 + c];
                        }
                    }
                }
                float *dxp = dmax_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 48;
                for (int c = 0; c < 48; c++) dxp[c] = acc[c];
            }
        }
    }
}

/* k48_conv2d_bwd_weights_3x3x48x16 — node n48 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[5]
 *   in  dconv2d_1_out              (128, 14, 14, 16) NHWC
 *   in  max_pooling2d_out          (128, 14, 14, 48) NHWC
 *   out dconv2d_1/kernel           (3, 3, 48, 16) HWIO
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k48_conv2d_bwd_weights_3x3x48x16(const float *restrict dconv2d_1_out, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel, int nb)
{
    /* One work unit per filter tap (p, q) and block of 48 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp parallel for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 48;
        const int cn = 48 - c0 < 48 ? 48 - c0 : 48;
        float acc[48][16];
        memset(acc, 0, sizeof acc);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 14; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 14) continue;
                for (int j = 0; j < 14; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 14) continue;
                    const float *xp = max_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 48 + c0;
                    const float *dyp = dconv2d_1_out + (((long)n * 14 + i) * 14 + j) * 16;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 16; f++) acc[c][f] += xv * dyp[f];
                    }
                }
            }
        }
        for (int c = 0; c < cn; c++)
            for (int f = 0; f < 16; f++) dconv2d_1_kernel[((p * 3 + q) * 48 + c0 + c) * 16 + f] = acc[c][f];
    }
}

/* k49_maxpool_bwd_n128_h28w28c48 — node n49 "dmax_pooling2d" (maxpool_bwd), from $.layers[4]
 *   in  dmax_pooling2d_out         (128, 14, 14, 48) NHWC
 *   in  activation_out             (128, 28, 28, 48) NHWC
 *   out dactivation_out            (128, 28, 28, 48) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k49_maxpool_bwd_n128_h28w28c48(const float *restrict dmax_pooling2d_out, const float *restrict activation_out, float *restrict dactivation_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dactivation_out + (long)n * 37632;
        const float *xn = activation_out + (long)n * 37632;
        memset(dxn, 0, sizeof(float) * 37632);
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                float m[48];
                int at[48];
                for (int c = 0; c < 48; c++) { m[c] = -INFINITY; at[c] = -1; }
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 28) continue;
                        const int base = (h * 28 + v) * 48;
                        for (int c = 0; c < 48; c++)
                            if (xn[base + c] > m[c] || at[c] < 0) { m[c] = xn[base + c]; at[c] = base + c; }
                    }
                }
                const float *dyp = dmax_pooling2d_out + (((long)n * 14 + i) * 14 + j) * 48;
                for (int c = 0; c < 48; c++) dxn[at[c]] += dyp[c];
            }
        }
    }
}

/* k50_relu_bwd_n128_h28w28c48 — node n50 "dactivation.relu" (relu_bwd), from $.layers[3]
 *   in  dactivation_out            (128, 28, 28, 48) NHWC
 *   in  activation_out             (128, 28, 28, 48) NHWC
 *   out dbatch_normalization_out   (128, 28, 28, 48) NHWC
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k50_relu_bwd_n128_h28w28c48(const float *restrict dactivation_out, const float *restrict activation_out, float *restrict dbatch_normalization_out, int nb)
{
    #pragma omp parallel for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 37632; e < (long)(n + 1) * 37632; e++) {
            dbatch_normalization_out[e] = activation_out[e] > 0.0f ? dactivation_out[e] : 0.0f;
        }
    }
}

/* k51_batchnorm_bwd_n128_h28w28c48 — node n51 "dbatch_normalization" (bn_bwd), from $.layers[2]
 *   in  dbatch_normalization_out   (128, 28, 28, 48) NHWC
 *   in  conv2d_out                 (128, 28, 28, 48) NHWC
 *   in  batch_normalization/gamma  (48) C
 *   in  batch_normalization_mean   (48) C
 *   in  batch_normalization_invstd (48) C
 *   out dconv2d_out                (128, 28, 28, 48) NHWC
 *   out dbatch_normalization/gamma (48) C
 *   out dbatch_normalization/beta  (48) C
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k51_batchnorm_bwd_n128_h28w28c48(const float *restrict dbatch_normalization_out, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, int nb)
{
    const long rows = (long)nb * 784;
    #pragma omp parallel for schedule(static)
    for (int c0 = 0; c0 < 48; c0 += 16) {
        const int cn = 48 - c0 < 16 ? 48 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_out[r * 48 + c0 + c] - batch_normalization_mean[c0 + c]) * batch_normalization_invstd[c0 + c];
                sdy[c] += dbatch_normalization_out[r * 48 + c0 + c];
                sdyx[c] += dbatch_normalization_out[r * 48 + c0 + c] * xhat;
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
                const float xhat = (conv2d_out[r * 48 + c0 + c] - batch_normalization_mean[c0 + c]) * batch_normalization_invstd[c0 + c];
                dconv2d_out[r * 48 + c0 + c] = k[c] * (dbatch_normalization_out[r * 48 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k52_conv2d_bwd_weights_3x3x1x48 — node n52 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_out                (128, 28, 28, 48) NHWC
 *   in  rescaling_out              (128, 28, 28, 1) NHWC
 *   out dconv2d/kernel             (3, 3, 1, 48) HWIO
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k52_conv2d_bwd_weights_3x3x1x48(const float *restrict dconv2d_out, const float *restrict rescaling_out, float *restrict dconv2d_kernel, int nb)
{
    /* One work unit per filter tap (p, q) and block of 1 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp parallel for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 1;
        const int cn = 1 - c0 < 1 ? 1 - c0 : 1;
        float acc[1][48];
        memset(acc, 0, sizeof acc);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 28; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 28) continue;
                for (int j = 0; j < 28; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 28) continue;
                    const float *xp = rescaling_out + (((long)n * 28 + h) * 28 + v) * 1 + c0;
                    const float *dyp = dconv2d_out + (((long)n * 28 + i) * 28 + j) * 48;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 48; f++) acc[c][f] += xv * dyp[f];
                    }
                }
            }
        }
        for (int c = 0; c < cn; c++)
            for (int f = 0; f < 48; f++) dconv2d_kernel[((p * 3 + q) * 1 + c0 + c) * 48 + f] = acc[c][f];
    }
}

/* k53_adam_update_p34704 — node n53 "adam" (adam_update), from $.optimizer
 *   schedule: plain loops, OpenMP over samples; ISA generic via -march */
void k53_adam_update_p34704(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    #pragma omp parallel for schedule(static)
    for (long i = 0; i < 34704; i++) {
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
    float *const rescaling_out = A + 19267584;  /* rescaling_out (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 48) */
    float *const conv2d_out = A + 0;  /* conv2d_out (128, 28, 28, 48) */
    float *const batch_normalization_gamma = P + 432;  /* batch_normalization/gamma (48) */
    float *const batch_normalization_beta = P + 480;  /* batch_normalization/beta (48) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (48) */
    float *const batch_normalization_moving_variance = S + 48;  /* batch_normalization/moving_variance (48) */
    float *const batch_normalization_out = A + 4816896;  /* batch_normalization_out (128, 28, 28, 48) */
    float *const batch_normalization_mean = A + 19367936;  /* batch_normalization_mean (48) */
    float *const batch_normalization_invstd = A + 19367984;  /* batch_normalization_invstd (48) */
    float *const activation_out = A + 9633792;  /* activation_out (128, 28, 28, 48) */
    float *const max_pooling2d_out = A + 4816896;  /* max_pooling2d_out (128, 14, 14, 48) */
    float *const conv2d_1_kernel = P + 528;  /* conv2d_1/kernel (3, 3, 48, 16) */
    float *const conv2d_1_out = A + 6021120;  /* conv2d_1_out (128, 14, 14, 16) */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (16) */
    float *const batch_normalization_1_beta = P + 7456;  /* batch_normalization_1/beta (16) */
    float *const batch_normalization_1_moving_mean = S + 96;  /* batch_normalization_1/moving_mean (16) */
    float *const batch_normalization_1_moving_variance = S + 112;  /* batch_normalization_1/moving_variance (16) */
    float *const batch_normalization_1_out = A + 6422528;  /* batch_normalization_1_out (128, 14, 14, 16) */
    float *const batch_normalization_1_mean = A + 7626752;  /* batch_normalization_1_mean (16) */
    float *const batch_normalization_1_invstd = A + 7626768;  /* batch_normalization_1_invstd (16) */
    float *const activation_1_out = A + 6823936;  /* activation_1_out (128, 14, 14, 16) */
    float *const max_pooling2d_1_out = A + 6422528;  /* max_pooling2d_1_out (128, 7, 7, 16) */
    float *const flatten_out = A + 6422528;  /* flatten_out (128, 784) */
    float *const dense_kernel = P + 7472;  /* dense/kernel (784, 32) */
    float *const dense_out = A + 6541312;  /* dense_out (128, 32) */
    float *const batch_normalization_2_gamma = P + 32560;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 32592;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const batch_normalization_2_out = A + 6522880;  /* batch_normalization_2_out (128, 32) */
    float *const batch_normalization_2_mean = A + 6549504;  /* batch_normalization_2_mean (32) */
    float *const batch_normalization_2_invstd = A + 6549536;  /* batch_normalization_2_invstd (32) */
    float *const activation_2_out = A + 6545408;  /* activation_2_out (128, 32) */
    float *const dense_1_kernel = P + 32624;  /* dense_1/kernel (32, 48) */
    float *const dense_1_bias = P + 34160;  /* dense_1/bias (48) */
    float *const dense_1_pre = A + 6522880;  /* dense_1_pre (128, 48) */
    float *const dense_1_out = A + 6529024;  /* dense_1_out (128, 48) */
    float *const dense_2_kernel = P + 34208;  /* dense_2/kernel (48, 10) */
    float *const dense_2_bias = P + 34688;  /* dense_2/bias (10) */
    float *const dense_2_pre = A + 6522880;  /* dense_2_pre (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs = A + 6524160;  /* probs (128, 10) */
    float *const ddense_2_pre = A + 6535168;  /* ddense_2_pre (128, 10) */
    float *const ddense_1_out = A + 6522880;  /* ddense_1_out (128, 48) */
    float *const ddense_2_kernel = G + 34208;  /* ddense_2/kernel (48, 10) */
    float *const ddense_2_bias = G + 34688;  /* ddense_2/bias (10) */
    float *const ddense_1_pre = A + 6535168;  /* ddense_1_pre (128, 48) */
    float *const dactivation_2_out = A + 6522880;  /* dactivation_2_out (128, 32) */
    float *const ddense_1_kernel = G + 32624;  /* ddense_1/kernel (32, 48) */
    float *const ddense_1_bias = G + 34160;  /* ddense_1/bias (48) */
    float *const dbatch_normalization_2_out = A + 6526976;  /* dbatch_normalization_2_out (128, 32) */
    float *const ddense_out = A + 6522880;  /* ddense_out (128, 32) */
    float *const dbatch_normalization_2_gamma = G + 32560;  /* dbatch_normalization_2/gamma (32) */
    float *const dbatch_normalization_2_beta = G + 32592;  /* dbatch_normalization_2/beta (32) */
    float *const dflatten_out = A + 7225344;  /* dflatten_out (128, 784) */
    float *const ddense_kernel = G + 7472;  /* ddense/kernel (784, 32) */
    float *const dmax_pooling2d_1_out = A + 7225344;  /* dmax_pooling2d_1_out (128, 7, 7, 16) */
    float *const dactivation_1_out = A + 6422528;  /* dactivation_1_out (128, 14, 14, 16) */
    float *const dbatch_normalization_1_out = A + 7225344;  /* dbatch_normalization_1_out (128, 14, 14, 16) */
    float *const dconv2d_1_out = A + 6422528;  /* dconv2d_1_out (128, 14, 14, 16) */
    float *const dbatch_normalization_1_gamma = G + 7440;  /* dbatch_normalization_1/gamma (16) */
    float *const dbatch_normalization_1_beta = G + 7456;  /* dbatch_normalization_1/beta (16) */
    float *const dmax_pooling2d_out = A + 14450688;  /* dmax_pooling2d_out (128, 14, 14, 48) */
    float *const dconv2d_1_kernel = G + 528;  /* dconv2d_1/kernel (3, 3, 48, 16) */
    float *const dactivation_out = A + 4816896;  /* dactivation_out (128, 28, 28, 48) */
    float *const dbatch_normalization_out = A + 14450688;  /* dbatch_normalization_out (128, 28, 28, 48) */
    float *const dconv2d_out = A + 4816896;  /* dconv2d_out (128, 28, 28, 48) */
    float *const dbatch_normalization_gamma = G + 432;  /* dbatch_normalization/gamma (48) */
    float *const dbatch_normalization_beta = G + 480;  /* dbatch_normalization/beta (48) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 48) */
    s->loss = 0.0;
    s->metric = 0.0;
    k00_rescale_n128_h28w28c1(x, rescaling_out, nb);
    k01_conv2d_fwd_n128_h28w28c48(rescaling_out, conv2d_kernel, conv2d_out, nb);
    k02_batchnorm_fwd_training_n128_h28w28c48(conv2d_out, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out, batch_normalization_mean, batch_normalization_invstd, nb);
    k03_relu_n128_h28w28c48(batch_normalization_out, activation_out, nb);
    k04_maxpool_fwd_n128_h14w14c48(activation_out, max_pooling2d_out, nb);
    k05_conv2d_fwd_n128_h14w14c16(max_pooling2d_out, conv2d_1_kernel, conv2d_1_out, nb);
    k06_batchnorm_fwd_training_n128_h14w14c16(conv2d_1_out, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out, batch_normalization_1_mean, batch_normalization_1_invstd, nb);
    k07_relu_n128_h14w14c16(batch_normalization_1_out, activation_1_out, nb);
    k08_maxpool_fwd_n128_h7w7c16(activation_1_out, max_pooling2d_1_out, nb);
    k09_dense_fwd_n128_k32(flatten_out, dense_kernel, dense_out, nb);
    k10_batchnorm_fwd_training_n128_k32(dense_out, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, batch_normalization_2_out, batch_normalization_2_mean, batch_normalization_2_invstd, nb);
    k11_relu_n128_k32(batch_normalization_2_out, activation_2_out, nb);
    k12_dense_fwd_n128_k48(activation_2_out, dense_1_kernel, dense_1_bias, dense_1_pre, nb);
    k13_relu_n128_k48(dense_1_pre, dense_1_out, nb);
    k14_dense_fwd_n128_k10(dense_1_out, dense_2_kernel, dense_2_bias, dense_2_pre, nb);
    k31_softmax_ce_sparse_n128_k10(dense_2_pre, y, probs, nb, &s->loss, &s->metric);
    k34_softmax_ce_sparse_bwd_n128_k10(probs, y, ddense_2_pre, nb);
    k35_dense_bwd_data_n128_k48(ddense_2_pre, dense_2_kernel, ddense_1_out, nb);
    k36_dense_bwd_weights_48x10(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
    k37_relu_bwd_n128_k48(ddense_1_out, dense_1_out, ddense_1_pre, nb);
    k38_dense_bwd_data_n128_k32(ddense_1_pre, dense_1_kernel, dactivation_2_out, nb);
    k39_dense_bwd_weights_32x48(ddense_1_pre, activation_2_out, ddense_1_kernel, ddense_1_bias, nb);
    k40_relu_bwd_n128_k32(dactivation_2_out, activation_2_out, dbatch_normalization_2_out, nb);
    k41_batchnorm_bwd_n128_k32(dbatch_normalization_2_out, dense_out, batch_normalization_2_gamma, batch_normalization_2_mean, batch_normalization_2_invstd, ddense_out, dbatch_normalization_2_gamma, dbatch_normalization_2_beta, nb);
    k42_dense_bwd_data_n128_k784(ddense_out, dense_kernel, dflatten_out, nb);
    k43_dense_bwd_weights_784x32(ddense_out, flatten_out, ddense_kernel, nb);
    k44_maxpool_bwd_n128_h14w14c16(dmax_pooling2d_1_out, activation_1_out, dactivation_1_out, nb);
    k45_relu_bwd_n128_h14w14c16(dactivation_1_out, activation_1_out, dbatch_normalization_1_out, nb);
    k46_batchnorm_bwd_n128_h14w14c16(dbatch_normalization_1_out, conv2d_1_out, batch_normalization_1_gamma, batch_normalization_1_mean, batch_normalization_1_invstd, dconv2d_1_out, dbatch_normalization_1_gamma, dbatch_normalization_1_beta, nb);
    k47_conv2d_bwd_data_n128_h14w14c48(dconv2d_1_out, conv2d_1_kernel, dmax_pooling2d_out, nb);
    k48_conv2d_bwd_weights_3x3x48x16(dconv2d_1_out, max_pooling2d_out, dconv2d_1_kernel, nb);
    k49_maxpool_bwd_n128_h28w28c48(dmax_pooling2d_out, activation_out, dactivation_out, nb);
    k50_relu_bwd_n128_h28w28c48(dactivation_out, activation_out, dbatch_normalization_out, nb);
    k51_batchnorm_bwd_n128_h28w28c48(dbatch_normalization_out, conv2d_out, batch_normalization_gamma, batch_normalization_mean, batch_normalization_invstd, dconv2d_out, dbatch_normalization_gamma, dbatch_normalization_beta, nb);
    k52_conv2d_bwd_weights_3x3x1x48(dconv2d_out, rescaling_out, dconv2d_kernel, nb);
    k53_adam_update_p34704(P, G, M, V, s->step, s->learning_rate);
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
    float *const rescaling_out_infer = A + 4816896;  /* rescaling_out_infer (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 48) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 28, 28, 48) */
    float *const batch_normalization_gamma = P + 432;  /* batch_normalization/gamma (48) */
    float *const batch_normalization_beta = P + 480;  /* batch_normalization/beta (48) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (48) */
    float *const batch_normalization_moving_variance = S + 48;  /* batch_normalization/moving_variance (48) */
    float *const batch_normalization_out_infer = A + 4816896;  /* batch_normalization_out_infer (128, 28, 28, 48) */
    float *const activation_out_infer = A + 0;  /* activation_out_infer (128, 28, 28, 48) */
    float *const max_pooling2d_out_infer = A + 4816896;  /* max_pooling2d_out_infer (128, 14, 14, 48) */
    float *const conv2d_1_kernel = P + 528;  /* conv2d_1/kernel (3, 3, 48, 16) */
    float *const conv2d_1_out_infer = A + 0;  /* conv2d_1_out_infer (128, 14, 14, 16) */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (16) */
    float *const batch_normalization_1_beta = P + 7456;  /* batch_normalization_1/beta (16) */
    float *const batch_normalization_1_moving_mean = S + 96;  /* batch_normalization_1/moving_mean (16) */
    float *const batch_normalization_1_moving_variance = S + 112;  /* batch_normalization_1/moving_variance (16) */
    float *const batch_normalization_1_out_infer = A + 401408;  /* batch_normalization_1_out_infer (128, 14, 14, 16) */
    float *const activation_1_out_infer = A + 0;  /* activation_1_out_infer (128, 14, 14, 16) */
    float *const max_pooling2d_1_out_infer = A + 401408;  /* max_pooling2d_1_out_infer (128, 7, 7, 16) */
    float *const flatten_out_infer = A + 401408;  /* flatten_out_infer (128, 784) */
    float *const dense_kernel = P + 7472;  /* dense/kernel (784, 32) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 32) */
    float *const batch_normalization_2_gamma = P + 32560;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 32592;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const batch_normalization_2_out_infer = A + 4096;  /* batch_normalization_2_out_infer (128, 32) */
    float *const activation_2_out_infer = A + 8192;  /* activation_2_out_infer (128, 32) */
    float *const dense_1_kernel = P + 32624;  /* dense_1/kernel (32, 48) */
    float *const dense_1_bias = P + 34160;  /* dense_1/bias (48) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (128, 48) */
    float *const dense_1_out_infer = A + 6144;  /* dense_1_out_infer (128, 48) */
    float *const dense_2_kernel = P + 34208;  /* dense_2/kernel (48, 10) */
    float *const dense_2_bias = P + 34688;  /* dense_2/bias (10) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs_eval = A + 2560;  /* probs_eval (128, 10) */
    s->loss = 0.0;
    s->metric = 0.0;
    k15_rescale_n128_h28w28c1(x, rescaling_out_infer, nb);
    k16_conv2d_fwd_n128_h28w28c48(rescaling_out_infer, conv2d_kernel, conv2d_out_infer, nb);
    k17_batchnorm_fwd_inference_n128_h28w28c48(conv2d_out_infer, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out_infer, nb);
    k18_relu_n128_h28w28c48(batch_normalization_out_infer, activation_out_infer, nb);
    k19_maxpool_fwd_n128_h14w14c48(activation_out_infer, max_pooling2d_out_infer, nb);
    k20_conv2d_fwd_n128_h14w14c16(max_pooling2d_out_infer, conv2d_1_kernel, conv2d_1_out_infer, nb);
    k21_batchnorm_fwd_inference_n128_h14w14c16(conv2d_1_out_infer, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_infer, nb);
    k22_relu_n128_h14w14c16(batch_normalization_1_out_infer, activation_1_out_infer, nb);
    k23_maxpool_fwd_n128_h7w7c16(activation_1_out_infer, max_pooling2d_1_out_infer, nb);
    k24_dense_fwd_n128_k32(flatten_out_infer, dense_kernel, dense_out_infer, nb);
    k25_batchnorm_fwd_inference_n128_k32(dense_out_infer, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, batch_normalization_2_out_infer, nb);
    k26_relu_n128_k32(batch_normalization_2_out_infer, activation_2_out_infer, nb);
    k27_dense_fwd_n128_k48(activation_2_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
    k28_relu_n128_k48(dense_1_pre_infer, dense_1_out_infer, nb);
    k29_dense_fwd_n128_k10(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
    k32_softmax_ce_sparse_n128_k10(dense_2_pre_infer, y, probs_eval, nb, &s->loss, &s->metric);
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
    float *const rescaling_out_infer = A + 4816896;  /* rescaling_out_infer (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 48) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 28, 28, 48) */
    float *const batch_normalization_gamma = P + 432;  /* batch_normalization/gamma (48) */
    float *const batch_normalization_beta = P + 480;  /* batch_normalization/beta (48) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (48) */
    float *const batch_normalization_moving_variance = S + 48;  /* batch_normalization/moving_variance (48) */
    float *const batch_normalization_out_infer = A + 4816896;  /* batch_normalization_out_infer (128, 28, 28, 48) */
    float *const activation_out_infer = A + 0;  /* activation_out_infer (128, 28, 28, 48) */
    float *const max_pooling2d_out_infer = A + 4816896;  /* max_pooling2d_out_infer (128, 14, 14, 48) */
    float *const conv2d_1_kernel = P + 528;  /* conv2d_1/kernel (3, 3, 48, 16) */
    float *const conv2d_1_out_infer = A + 0;  /* conv2d_1_out_infer (128, 14, 14, 16) */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (16) */
    float *const batch_normalization_1_beta = P + 7456;  /* batch_normalization_1/beta (16) */
    float *const batch_normalization_1_moving_mean = S + 96;  /* batch_normalization_1/moving_mean (16) */
    float *const batch_normalization_1_moving_variance = S + 112;  /* batch_normalization_1/moving_variance (16) */
    float *const batch_normalization_1_out_infer = A + 401408;  /* batch_normalization_1_out_infer (128, 14, 14, 16) */
    float *const activation_1_out_infer = A + 0;  /* activation_1_out_infer (128, 14, 14, 16) */
    float *const max_pooling2d_1_out_infer = A + 401408;  /* max_pooling2d_1_out_infer (128, 7, 7, 16) */
    float *const flatten_out_infer = A + 401408;  /* flatten_out_infer (128, 784) */
    float *const dense_kernel = P + 7472;  /* dense/kernel (784, 32) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 32) */
    float *const batch_normalization_2_gamma = P + 32560;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 32592;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const batch_normalization_2_out_infer = A + 4096;  /* batch_normalization_2_out_infer (128, 32) */
    float *const activation_2_out_infer = A + 8192;  /* activation_2_out_infer (128, 32) */
    float *const dense_1_kernel = P + 32624;  /* dense_1/kernel (32, 48) */
    float *const dense_1_bias = P + 34160;  /* dense_1/bias (48) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (128, 48) */
    float *const dense_1_out_infer = A + 6144;  /* dense_1_out_infer (128, 48) */
    float *const dense_2_kernel = P + 34208;  /* dense_2/kernel (48, 10) */
    float *const dense_2_bias = P + 34688;  /* dense_2/bias (10) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (128, 10) */
    float *const dense_2_out_infer = A + 1280;  /* dense_2_out_infer (128, 10) */
    k15_rescale_n128_h28w28c1(x, rescaling_out_infer, nb);
    k16_conv2d_fwd_n128_h28w28c48(rescaling_out_infer, conv2d_kernel, conv2d_out_infer, nb);
    k17_batchnorm_fwd_inference_n128_h28w28c48(conv2d_out_infer, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out_infer, nb);
    k18_relu_n128_h28w28c48(batch_normalization_out_infer, activation_out_infer, nb);
    k19_maxpool_fwd_n128_h14w14c48(activation_out_infer, max_pooling2d_out_infer, nb);
    k20_conv2d_fwd_n128_h14w14c16(max_pooling2d_out_infer, conv2d_1_kernel, conv2d_1_out_infer, nb);
    k21_batchnorm_fwd_inference_n128_h14w14c16(conv2d_1_out_infer, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_infer, nb);
    k22_relu_n128_h14w14c16(batch_normalization_1_out_infer, activation_1_out_infer, nb);
    k23_maxpool_fwd_n128_h7w7c16(activation_1_out_infer, max_pooling2d_1_out_infer, nb);
    k24_dense_fwd_n128_k32(flatten_out_infer, dense_kernel, dense_out_infer, nb);
    k25_batchnorm_fwd_inference_n128_k32(dense_out_infer, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, batch_normalization_2_out_infer, nb);
    k26_relu_n128_k32(batch_normalization_2_out_infer, activation_2_out_infer, nb);
    k27_dense_fwd_n128_k48(activation_2_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
    k28_relu_n128_k48(dense_1_pre_infer, dense_1_out_infer, nb);
    k29_dense_fwd_n128_k10(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
    k30_softmax_n128_k10(dense_2_pre_infer, dense_2_out_infer, nb);
    k33_output_n128_k10(dense_2_out_infer, s->out, nb);
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"rescaling_out", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 19267584, 100352, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 48}, "HWIO", 0, 432, 3, 9, 432},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 0, 4816896, 0, 0, 0},
    {"batch_normalization/gamma", KILN_ROLE_PARAM, 1, {48, 0, 0, 0}, "C", 432, 48, 2, 0, 0},
    {"batch_normalization/beta", KILN_ROLE_PARAM, 1, {48, 0, 0, 0}, "C", 480, 48, 1, 0, 0},
    {"batch_normalization/moving_mean", KILN_ROLE_STATE, 1, {48, 0, 0, 0}, "C", 0, 48, 1, 0, 0},
    {"batch_normalization/moving_variance", KILN_ROLE_STATE, 1, {48, 0, 0, 0}, "C", 48, 48, 2, 0, 0},
    {"batch_normalization_out", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 4816896, 4816896, 0, 0, 0},
    {"batch_normalization_mean", KILN_ROLE_ACT, 1, {48, 0, 0, 0}, "C", 19367936, 48, 0, 0, 0},
    {"batch_normalization_invstd", KILN_ROLE_ACT, 1, {48, 0, 0, 0}, "C", 19367984, 48, 0, 0, 0},
    {"activation_out", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 9633792, 4816896, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 14, 14, 48}, "NHWC", 4816896, 1204224, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 48, 16}, "HWIO", 528, 6912, 3, 432, 144},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 6021120, 401408, 0, 0, 0},
    {"batch_normalization_1/gamma", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 7440, 16, 2, 0, 0},
    {"batch_normalization_1/beta", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 7456, 16, 1, 0, 0},
    {"batch_normalization_1/moving_mean", KILN_ROLE_STATE, 1, {16, 0, 0, 0}, "C", 96, 16, 1, 0, 0},
    {"batch_normalization_1/moving_variance", KILN_ROLE_STATE, 1, {16, 0, 0, 0}, "C", 112, 16, 2, 0, 0},
    {"batch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 6422528, 401408, 0, 0, 0},
    {"batch_normalization_1_mean", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 7626752, 16, 0, 0, 0},
    {"batch_normalization_1_invstd", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 7626768, 16, 0, 0, 0},
    {"activation_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 6823936, 401408, 0, 0, 0},
    {"max_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 16}, "NHWC", 6422528, 100352, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {784, 32, 0, 0}, "IO", 7472, 25088, 3, 784, 32},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 6541312, 4096, 0, 0, 0},
    {"batch_normalization_2/gamma", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 32560, 32, 2, 0, 0},
    {"batch_normalization_2/beta", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 32592, 32, 1, 0, 0},
    {"batch_normalization_2/moving_mean", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 128, 32, 1, 0, 0},
    {"batch_normalization_2/moving_variance", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 160, 32, 2, 0, 0},
    {"batch_normalization_2_out", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 6522880, 4096, 0, 0, 0},
    {"batch_normalization_2_mean", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 6549504, 32, 0, 0, 0},
    {"batch_normalization_2_invstd", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 6549536, 32, 0, 0, 0},
    {"activation_2_out", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 6545408, 4096, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {32, 48, 0, 0}, "IO", 32624, 1536, 3, 32, 48},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {48, 0, 0, 0}, "C", 34160, 48, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 6522880, 6144, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 6529024, 6144, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {48, 10, 0, 0}, "IO", 34208, 480, 3, 48, 10},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 34688, 10, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 6522880, 1280, 0, 0, 0},
    {"rescaling_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 4816896, 100352, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 0, 4816896, 0, 0, 0},
    {"batch_normalization_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 4816896, 4816896, 0, 0, 0},
    {"activation_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 0, 4816896, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 48}, "NHWC", 4816896, 1204224, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 0, 401408, 0, 0, 0},
    {"batch_normalization_1_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 401408, 401408, 0, 0, 0},
    {"activation_1_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 0, 401408, 0, 0, 0},
    {"max_pooling2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 16}, "NHWC", 401408, 100352, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 0, 4096, 0, 0, 0},
    {"batch_normalization_2_out_infer", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 4096, 4096, 0, 0, 0},
    {"activation_2_out_infer", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 8192, 4096, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 0, 6144, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 6144, 6144, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 1, {128, 0, 0, 0}, "N", 0, 128, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 6524160, 1280, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 2560, 1280, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 6535168, 1280, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 6522880, 6144, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 34688, 10, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {48, 10, 0, 0}, "IO", 34208, 480, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 48, 0, 0}, "NC", 6535168, 6144, 0, 0, 0},
    {"dactivation_2_out", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 6522880, 4096, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {48, 0, 0, 0}, "C", 34160, 48, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {32, 48, 0, 0}, "IO", 32624, 1536, 0, 0, 0},
    {"dbatch_normalization_2_out", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 6526976, 4096, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 32, 0, 0}, "NC", 6522880, 4096, 0, 0, 0},
    {"dbatch_normalization_2/gamma", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 32560, 32, 0, 0, 0},
    {"dbatch_normalization_2/beta", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 32592, 32, 0, 0, 0},
    {"dmax_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 16}, "NHWC", 7225344, 100352, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {784, 32, 0, 0}, "IO", 7472, 25088, 0, 0, 0},
    {"dactivation_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 6422528, 401408, 0, 0, 0},
    {"dbatch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 7225344, 401408, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 16}, "NHWC", 6422528, 401408, 0, 0, 0},
    {"dbatch_normalization_1/gamma", KILN_ROLE_GRAD, 1, {16, 0, 0, 0}, "C", 7440, 16, 0, 0, 0},
    {"dbatch_normalization_1/beta", KILN_ROLE_GRAD, 1, {16, 0, 0, 0}, "C", 7456, 16, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 14, 14, 48}, "NHWC", 14450688, 1204224, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 48, 16}, "HWIO", 528, 6912, 0, 0, 0},
    {"dactivation_out", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 4816896, 4816896, 0, 0, 0},
    {"dbatch_normalization_out", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 14450688, 4816896, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 28, 28, 48}, "NHWC", 4816896, 4816896, 0, 0, 0},
    {"dbatch_normalization/gamma", KILN_ROLE_GRAD, 1, {48, 0, 0, 0}, "C", 432, 48, 0, 0, 0},
    {"dbatch_normalization/beta", KILN_ROLE_GRAD, 1, {48, 0, 0, 0}, "C", 480, 48, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 1, 48}, "HWIO", 0, 432, 0, 0, 0},
    {"m_conv2d/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 1, 48}, "HWIO", 0, 432, 1, 0, 0},
    {"v_conv2d/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 1, 48}, "HWIO", 0, 432, 1, 0, 0},
    {"m_batch_normalization/gamma", KILN_ROLE_OPT_M, 1, {48, 0, 0, 0}, "C", 432, 48, 1, 0, 0},
    {"v_batch_normalization/gamma", KILN_ROLE_OPT_V, 1, {48, 0, 0, 0}, "C", 432, 48, 1, 0, 0},
    {"m_batch_normalization/beta", KILN_ROLE_OPT_M, 1, {48, 0, 0, 0}, "C", 480, 48, 1, 0, 0},
    {"v_batch_normalization/beta", KILN_ROLE_OPT_V, 1, {48, 0, 0, 0}, "C", 480, 48, 1, 0, 0},
    {"m_conv2d_1/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 48, 16}, "HWIO", 528, 6912, 1, 0, 0},
    {"v_conv2d_1/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 48, 16}, "HWIO", 528, 6912, 1, 0, 0},
    {"m_batch_normalization_1/gamma", KILN_ROLE_OPT_M, 1, {16, 0, 0, 0}, "C", 7440, 16, 1, 0, 0},
    {"v_batch_normalization_1/gamma", KILN_ROLE_OPT_V, 1, {16, 0, 0, 0}, "C", 7440, 16, 1, 0, 0},
    {"m_batch_normalization_1/beta", KILN_ROLE_OPT_M, 1, {16, 0, 0, 0}, "C", 7456, 16, 1, 0, 0},
    {"v_batch_normalization_1/beta", KILN_ROLE_OPT_V, 1, {16, 0, 0, 0}, "C", 7456, 16, 1, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {784, 32, 0, 0}, "IO", 7472, 25088, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {784, 32, 0, 0}, "IO", 7472, 25088, 1, 0, 0},
    {"m_batch_normalization_2/gamma", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 32560, 32, 1, 0, 0},
    {"v_batch_normalization_2/gamma", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 32560, 32, 1, 0, 0},
    {"m_batch_normalization_2/beta", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 32592, 32, 1, 0, 0},
    {"v_batch_normalization_2/beta", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 32592, 32, 1, 0, 0},
    {"m_dense_1/kernel", KILN_ROLE_OPT_M, 2, {32, 48, 0, 0}, "IO", 32624, 1536, 1, 0, 0},
    {"v_dense_1/kernel", KILN_ROLE_OPT_V, 2, {32, 48, 0, 0}, "IO", 32624, 1536, 1, 0, 0},
    {"m_dense_1/bias", KILN_ROLE_OPT_M, 1, {48, 0, 0, 0}, "C", 34160, 48, 1, 0, 0},
    {"v_dense_1/bias", KILN_ROLE_OPT_V, 1, {48, 0, 0, 0}, "C", 34160, 48, 1, 0, 0},
    {"m_dense_2/kernel", KILN_ROLE_OPT_M, 2, {48, 10, 0, 0}, "IO", 34208, 480, 1, 0, 0},
    {"v_dense_2/kernel", KILN_ROLE_OPT_V, 2, {48, 10, 0, 0}, "IO", 34208, 480, 1, 0, 0},
    {"m_dense_2/bias", KILN_ROLE_OPT_M, 1, {10, 0, 0, 0}, "C", 34688, 10, 1, 0, 0},
    {"v_dense_2/bias", KILN_ROLE_OPT_V, 1, {10, 0, 0, 0}, "C", 34688, 10, 1, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_rescale_n128_h28w28c1", "void k00_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out, int nb)", 200704, 802816, 1},
    {"k01_conv2d_fwd_n128_h28w28c48", "void k01_conv2d_fwd_n128_h28w28c48(const float *restrict rescaling_out, const float *restrict conv2d_kernel, float *restrict conv2d_out, int nb)", 86704128, 19670720, 1},
    {"k02_batchnorm_fwd_training_n128_h28w28c48", "void k02_batchnorm_fwd_training_n128_h28w28c48(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, int nb)", 38535168, 38536320, 1},
    {"k03_relu_n128_h28w28c48", "void k03_relu_n128_h28w28c48(const float *restrict batch_normalization_out, float *restrict activation_out, int nb)", 9633792, 38535168, 1},
    {"k04_maxpool_fwd_n128_h14w14c48", "void k04_maxpool_fwd_n128_h14w14c48(const float *restrict activation_out, float *restrict max_pooling2d_out, int nb)", 4816896, 24084480, 1},
    {"k05_conv2d_fwd_n128_h14w14c16", "void k05_conv2d_fwd_n128_h14w14c16(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel, float *restrict conv2d_1_out, int nb)", 346816512, 6450176, 1},
    {"k06_batchnorm_fwd_training_n128_h14w14c16", "void k06_batchnorm_fwd_training_n128_h14w14c16(const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, int nb)", 3211264, 3211648, 1},
    {"k07_relu_n128_h14w14c16", "void k07_relu_n128_h14w14c16(const float *restrict batch_normalization_1_out, float *restrict activation_1_out, int nb)", 802816, 3211264, 1},
    {"k08_maxpool_fwd_n128_h7w7c16", "void k08_maxpool_fwd_n128_h7w7c16(const float *restrict activation_1_out, float *restrict max_pooling2d_1_out, int nb)", 401408, 2007040, 1},
    {"k09_dense_fwd_n128_k32", "void k09_dense_fwd_n128_k32(const float *restrict flatten_out, const float *restrict dense_kernel, float *restrict dense_out, int nb)", 6422528, 518144, 1},
    {"k10_batchnorm_fwd_training_n128_k32", "void k10_batchnorm_fwd_training_n128_k32(const float *restrict dense_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, float *restrict batch_normalization_2_moving_mean, float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out, float *restrict batch_normalization_2_mean, float *restrict batch_normalization_2_invstd, int nb)", 32768, 33536, 1},
    {"k11_relu_n128_k32", "void k11_relu_n128_k32(const float *restrict batch_normalization_2_out, float *restrict activation_2_out, int nb)", 8192, 32768, 1},
    {"k12_dense_fwd_n128_k48", "void k12_dense_fwd_n128_k48(const float *restrict activation_2_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)", 393216, 47296, 1},
    {"k13_relu_n128_k48", "void k13_relu_n128_k48(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)", 12288, 49152, 1},
    {"k14_dense_fwd_n128_k10", "void k14_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)", 122880, 31656, 1},
    {"k15_rescale_n128_h28w28c1", "void k15_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out_infer, int nb)", 200704, 802816, 6},
    {"k16_conv2d_fwd_n128_h28w28c48", "void k16_conv2d_fwd_n128_h28w28c48(const float *restrict rescaling_out_infer, const float *restrict conv2d_kernel, float *restrict conv2d_out_infer, int nb)", 86704128, 19670720, 6},
    {"k17_batchnorm_fwd_inference_n128_h28w28c48", "void k17_batchnorm_fwd_inference_n128_h28w28c48(const float *restrict conv2d_out_infer, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out_infer, int nb)", 9633792, 38535936, 6},
    {"k18_relu_n128_h28w28c48", "void k18_relu_n128_h28w28c48(const float *restrict batch_normalization_out_infer, float *restrict activation_out_infer, int nb)", 9633792, 38535168, 6},
    {"k19_maxpool_fwd_n128_h14w14c48", "void k19_maxpool_fwd_n128_h14w14c48(const float *restrict activation_out_infer, float *restrict max_pooling2d_out_infer, int nb)", 4816896, 24084480, 6},
    {"k20_conv2d_fwd_n128_h14w14c16", "void k20_conv2d_fwd_n128_h14w14c16(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel, float *restrict conv2d_1_out_infer, int nb)", 346816512, 6450176, 6},
    {"k21_batchnorm_fwd_inference_n128_h14w14c16", "void k21_batchnorm_fwd_inference_n128_h14w14c16(const float *restrict conv2d_1_out_infer, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_infer, int nb)", 802816, 3211520, 6},
    {"k22_relu_n128_h14w14c16", "void k22_relu_n128_h14w14c16(const float *restrict batch_normalization_1_out_infer, float *restrict activation_1_out_infer, int nb)", 802816, 3211264, 6},
    {"k23_maxpool_fwd_n128_h7w7c16", "void k23_maxpool_fwd_n128_h7w7c16(const float *restrict activation_1_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)", 401408, 2007040, 6},
    {"k24_dense_fwd_n128_k32", "void k24_dense_fwd_n128_k32(const float *restrict flatten_out_infer, const float *restrict dense_kernel, float *restrict dense_out_infer, int nb)", 6422528, 518144, 6},
    {"k25_batchnorm_fwd_inference_n128_k32", "void k25_batchnorm_fwd_inference_n128_k32(const float *restrict dense_out_infer, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, const float *restrict batch_normalization_2_moving_mean, const float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out_infer, int nb)", 8192, 33280, 6},
    {"k26_relu_n128_k32", "void k26_relu_n128_k32(const float *restrict batch_normalization_2_out_infer, float *restrict activation_2_out_infer, int nb)", 8192, 32768, 6},
    {"k27_dense_fwd_n128_k48", "void k27_dense_fwd_n128_k48(const float *restrict activation_2_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)", 393216, 47296, 6},
    {"k28_relu_n128_k48", "void k28_relu_n128_k48(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)", 12288, 49152, 6},
    {"k29_dense_fwd_n128_k10", "void k29_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)", 122880, 31656, 6},
    {"k30_softmax_n128_k10", "void k30_softmax_n128_k10(const float *restrict dense_2_pre_infer, float *restrict dense_2_out_infer, int nb)", 2560, 10240, 4},
    {"k31_softmax_ce_sparse_n128_k10", "void k31_softmax_ce_sparse_n128_k10(const float *restrict dense_2_pre, const int32_t *restrict y, float *restrict probs, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 1},
    {"k32_softmax_ce_sparse_n128_k10", "void k32_softmax_ce_sparse_n128_k10(const float *restrict dense_2_pre_infer, const int32_t *restrict y, float *restrict probs_eval, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 2},
    {"k33_output_n128_k10", "void k33_output_n128_k10(const float *restrict dense_2_out_infer, float *restrict out, int nb)", 2560, 5120, 4},
    {"k34_softmax_ce_sparse_bwd_n128_k10", "void k34_softmax_ce_sparse_bwd_n128_k10(const float *restrict probs, const int32_t *restrict y, float *restrict ddense_2_pre, int nb)", 2560, 10752, 1},
    {"k35_dense_bwd_data_n128_k48", "void k35_dense_bwd_data_n128_k48(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, int nb)", 122880, 31616, 1},
    {"k36_dense_bwd_weights_48x10", "void k36_dense_bwd_weights_48x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 122880, 31656, 1},
    {"k37_relu_bwd_n128_k48", "void k37_relu_bwd_n128_k48(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 12288, 73728, 1},
    {"k38_dense_bwd_data_n128_k32", "void k38_dense_bwd_data_n128_k32(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict dactivation_2_out, int nb)", 393216, 47104, 1},
    {"k39_dense_bwd_weights_32x48", "void k39_dense_bwd_weights_32x48(const float *restrict ddense_1_pre, const float *restrict activation_2_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 393216, 47296, 1},
    {"k40_relu_bwd_n128_k32", "void k40_relu_bwd_n128_k32(const float *restrict dactivation_2_out, const float *restrict activation_2_out, float *restrict dbatch_normalization_2_out, int nb)", 8192, 49152, 1},
    {"k41_batchnorm_bwd_n128_k32", "void k41_batchnorm_bwd_n128_k32(const float *restrict dbatch_normalization_2_out, const float *restrict dense_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_mean, const float *restrict batch_normalization_2_invstd, float *restrict ddense_out, float *restrict dbatch_normalization_2_gamma, float *restrict dbatch_normalization_2_beta, int nb)", 32768, 49792, 1},
    {"k42_dense_bwd_data_n128_k784", "void k42_dense_bwd_data_n128_k784(const float *restrict ddense_out, const float *restrict dense_kernel, float *restrict dflatten_out, int nb)", 6422528, 518144, 1},
    {"k43_dense_bwd_weights_784x32", "void k43_dense_bwd_weights_784x32(const float *restrict ddense_out, const float *restrict flatten_out, float *restrict ddense_kernel, int nb)", 6422528, 518144, 1},
    {"k44_maxpool_bwd_n128_h14w14c16", "void k44_maxpool_bwd_n128_h14w14c16(const float *restrict dmax_pooling2d_1_out, const float *restrict activation_1_out, float *restrict dactivation_1_out, int nb)", 401408, 3612672, 1},
    {"k45_relu_bwd_n128_h14w14c16", "void k45_relu_bwd_n128_h14w14c16(const float *restrict dactivation_1_out, const float *restrict activation_1_out, float *restrict dbatch_normalization_1_out, int nb)", 802816, 4816896, 1},
    {"k46_batchnorm_bwd_n128_h14w14c16", "void k46_batchnorm_bwd_n128_h14w14c16(const float *restrict dbatch_normalization_1_out, const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, int nb)", 3211264, 4817216, 1},
    {"k47_conv2d_bwd_data_n128_h14w14c48", "void k47_conv2d_bwd_data_n128_h14w14c48(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_kernel, float *restrict dmax_pooling2d_out, int nb)", 346816512, 6450176, 1},
    {"k48_conv2d_bwd_weights_3x3x48x16", "void k48_conv2d_bwd_weights_3x3x48x16(const float *restrict dconv2d_1_out, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel, int nb)", 346816512, 6450176, 1},
    {"k49_maxpool_bwd_n128_h28w28c48", "void k49_maxpool_bwd_n128_h28w28c48(const float *restrict dmax_pooling2d_out, const float *restrict activation_out, float *restrict dactivation_out, int nb)", 4816896, 43352064, 1},
    {"k50_relu_bwd_n128_h28w28c48", "void k50_relu_bwd_n128_h28w28c48(const float *restrict dactivation_out, const float *restrict activation_out, float *restrict dbatch_normalization_out, int nb)", 9633792, 57802752, 1},
    {"k51_batchnorm_bwd_n128_h28w28c48", "void k51_batchnorm_bwd_n128_h28w28c48(const float *restrict dbatch_normalization_out, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, int nb)", 38535168, 57803712, 1},
    {"k52_conv2d_bwd_weights_3x3x1x48", "void k52_conv2d_bwd_weights_3x3x1x48(const float *restrict dconv2d_out, const float *restrict rescaling_out, float *restrict dconv2d_kernel, int nb)", 86704128, 19670720, 1},
    {"k53_adam_update_p34704", "void k53_adam_update_p34704(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 347040, 971712, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed001_cnn_bn",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .out_size = 10,
    .label_kind = KILN_LABEL_SPARSE,
    .label_size = 1,
    .has_accuracy = 1,
    .n_params = 34704,
    .n_state = 192,
    .n_arena = 19368032,
    .n_tensors = 113,
    .tensors = tensors,
    .n_kernels = 54,
    .kernels = kernels,
    .isa = "generic",
};

